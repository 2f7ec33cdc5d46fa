import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseNotes, releasePlan } from '../../scripts/release.mjs';
import { ROOT } from '../support/fixtures.js';

const changelog = `# Changelog

## [Unreleased]

### Added
- next

## [1.2.0] - 2026-11-30

### Fixed
- a false pass

## [1.2.0-rc.1]

- a candidate

## [1.1.0]

- older
`;

test("a version's section, without its heading nor the next version's", () => {
  expect(releaseNotes(changelog, '1.2.0')).toBe('### Fixed\n- a false pass');
  expect(releaseNotes(changelog, '1.1.0')).toBe('- older');
  expect(releaseNotes(changelog.replace(/\n/g, '\r\n'), '1.2.0')).toBe('### Fixed\n- a false pass');
  expect(releaseNotes(changelog, '1.3.0')).toBeUndefined();
  expect(releaseNotes(changelog, '1.2')).toBeUndefined();
});

test('a release moves its major tag; a pre-release does not', () => {
  expect(releasePlan('v1.2.0', '1.2.0', changelog)).toEqual({
    tag: 'v1.2.0',
    version: '1.2.0',
    prerelease: false,
    majorTag: 'v1',
    notes: '### Fixed\n- a false pass'
  });
  expect(releasePlan('v1.2.0-rc.1', '1.2.0-rc.1', changelog)).toMatchObject({ prerelease: true, majorTag: undefined, notes: '- a candidate' });
});

test('a tag that is not the version, or a version the changelog lacks, stops the release', () => {
  expect(() => releasePlan('v1.2.1', '1.2.0', changelog)).toThrow('the tag "v1.2.1" is not package.json\'s version v1.2.0');
  expect(() => releasePlan('1.2.0', '1.2.0', changelog)).toThrow("is not package.json's version");
  expect(() => releasePlan('v1.3.0', '1.3.0', changelog)).toThrow('CHANGELOG.md has no section "## [1.3.0]" (rename [Unreleased] before tagging)');
});

describe('scripts/release.mjs on this repository', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  test("the notes and the plan of package.json's version, as the workflow reads them", () => {
    const notes = run('notes', `v${version}`);
    expect(notes.stderr).toBe('');
    expect(notes.stdout.trim()).toBe(releaseNotes(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version));
    expect(JSON.parse(run('plan', `v${version}`).stdout)).toMatchObject({ tag: `v${version}`, majorTag: `v${version.split('.')[0]}` });
  });

  test('the dry run makes every check that needs no GitHub, and says what the workflow would do', () => {
    const dry = run('dry-run', `v${version}`);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(
      new RegExp(`^release v${version}: tag and version agree, CHANGELOG.md has its section, dist/ is fresh, the self-test passes\\n`)
    );
    expect(dry.stdout).toMatch(
      new RegExp(
        `would create the GitHub release v${version} at \\w+, with \\d+ lines of notes\\nwould move the tag v${version.split('.')[0]} to v${version}\\n$`
      )
    );
  });

  test('a wrong tag stops it with exit 1', () => {
    const wrong = run('dry-run', 'v9.9.9');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(`release: the tag "v9.9.9" is not package.json's version v${version}\n`);
    expect(wrong.stdout).toBe('');
  });
});
