// `node scripts/release-notes.mjs v1.2.3`: the CHANGELOG.md section of that version, for the
// GitHub release. The release workflow stops when the tag does not match package.json's version
// or the changelog has no section for it.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tag = process.argv[2] ?? '';
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const fail = (message) => {
    process.stderr.write(`${message}\n`);
    process.exit(1);
  };
  if (tag !== `v${version}`) fail(`the tag ${JSON.stringify(tag)} is not package.json's version v${version}`);
  const notes = releaseNotes(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), version);
  if (!notes) fail(`CHANGELOG.md has no section "## [${version}]" (rename [Unreleased] before tagging)`);
  process.stdout.write(`${notes}\n`);
}
