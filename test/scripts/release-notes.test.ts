import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseNotes } from '../../scripts/release-notes.mjs';
import { ROOT } from '../support/fixtures.js';

const changelog = `# Changelog

## [Unreleased]

### Added
- next

## [1.2.0] - 2026-11-30

### Fixed
- a false pass

## [1.1.0]

- older
`;

test("a version's section, without its heading nor the next version's", () => {
  expect(releaseNotes(changelog, '1.2.0')).toBe('### Fixed\n- a false pass');
  expect(releaseNotes(changelog, '1.1.0')).toBe('- older');
  expect(releaseNotes(changelog.replace(/\n/g, '\r\n'), '1.2.0')).toBe('### Fixed\n- a false pass');
});

test('a version the changelog does not have', () => {
  expect(releaseNotes(changelog, '1.3.0')).toBeUndefined();
  expect(releaseNotes(changelog, '1.2')).toBeUndefined();
});

describe('the release workflow step', () => {
  const run = (tag: string) => spawnSync(process.execPath, [join(ROOT, 'scripts/release-notes.mjs'), tag], { encoding: 'utf8' });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  test("prints the section of package.json's version", () => {
    const result = run(`v${version}`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(releaseNotes(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version));
  });

  test('refuses a tag that is not the version', () => {
    const result = run('v9.9.9');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`the tag "v9.9.9" is not package.json's version v${version}`);
  });
});
