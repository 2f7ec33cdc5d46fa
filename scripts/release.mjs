// What a version tag releases, for .github/workflows/release.yml and for a dry run on your machine:
//
//   node scripts/release.mjs notes v1.2.3     the CHANGELOG.md section of the tag, for the release
//   node scripts/release.mjs plan v1.2.3      the plan as JSON (the workflow reads its notes and major tag)
//   npm run release:dry-run -- v1.2.3          the workflow's checks that need no GitHub: tag and
//                                              version, changelog, dist/ fresh (by the source hash
//                                              the build records; the workflow rebuilds and compares),
//                                              self-test
//
// A tag that is not package.json's version, or whose version has no changelog section, stops it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The body of `## [version]` in a Keep a Changelog file, or undefined when it has none. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/**
 * The release of `tag`: its notes, whether it is a pre-release (v1.2.3-rc.1), and the major tag it
 * moves (v1; none for a pre-release). Throws an Error that says what is wrong.
 */
export function releasePlan(tag, version, changelog) {
  if (tag !== `v${version}`) throw new Error(`the tag ${JSON.stringify(tag)} is not package.json's version v${version}`);
  const notes = releaseNotes(changelog, version);
  if (!notes) throw new Error(`CHANGELOG.md has no section "## [${version}]" (rename [Unreleased] before tagging)`);
  const prerelease = version.includes('-');
  return { tag, version, prerelease, majorTag: prerelease ? undefined : `v${version.split('.')[0]}`, notes };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

function planOf(tag) {
  return releasePlan(tag ?? '', JSON.parse(read('package.json')).version, read('CHANGELOG.md'));
}

async function dryRun(tag) {
  const plan = planOf(tag);
  const { assertDistFresh } = await import('./source-hash.mjs');
  await assertDistFresh();
  const selfTest = spawnSync(process.execPath, [fileURLToPath(new URL('./self-test.mjs', import.meta.url))], { cwd: root, encoding: 'utf8' });
  if (selfTest.status !== 0) throw new Error(`the self-test failed:\n${selfTest.stdout}${selfTest.stderr}`);
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'HEAD';
  process.stdout.write(
    [
      `release ${plan.tag}: tag and version agree, CHANGELOG.md has its section, dist/ is fresh, the self-test passes`,
      `would create the GitHub release ${plan.tag}${plan.prerelease ? ' (pre-release)' : ''} at ${head}, with ${plan.notes.split('\n').length} lines of notes`,
      plan.majorTag ? `would move the tag ${plan.majorTag} to ${plan.tag}` : `would leave the major tag alone (a pre-release)`
    ].join('\n') + '\n'
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, tag] = process.argv.slice(2);
  try {
    if (command === 'notes') process.stdout.write(`${planOf(tag).notes}\n`);
    else if (command === 'plan') process.stdout.write(`${JSON.stringify(planOf(tag))}\n`);
    else if (command === 'dry-run') await dryRun(tag);
    else throw new Error('usage: node scripts/release.mjs notes|plan|dry-run vX.Y.Z');
  } catch (error) {
    process.stderr.write(`release: ${error.message}\n`);
    process.exitCode = 1;
  }
}
