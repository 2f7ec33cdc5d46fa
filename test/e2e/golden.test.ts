import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures.js';

// What users see for the examples and fixtures (outputs, log, job summary, report, manifests,
// comment; the CLI's output and files) is what test/golden/ holds: see scripts/golden.ts.
test('the Action and the CLI give the golden outputs for the examples and fixtures', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/golden.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.stdout).toMatch(/golden comparison: \d+ cases unchanged/);
  expect(result.status).toBe(0);
}, 120_000);
