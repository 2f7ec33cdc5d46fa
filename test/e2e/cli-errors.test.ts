import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../support/fixtures.js';
import { assertDistFresh } from '../../scripts/source-hash.mjs';

// these tests run the bundles: a stale dist/ must fail them, not be tested in place of src/
beforeAll(() => assertDistFresh());

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(args, { cwd, stdout: () => undefined, stderr: (t) => (err += t) });
  return { code, err };
}

describe('the CLI refuses what it cannot do, with a reason', () => {
  test('a report path that is a folder, or under a file, is bad input naming the option', async () => {
    expect(await cli(['evaluate', '--metrics', 'examples/metrics.json', '--report', 'examples'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--report: ')
    });
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-out-'));
    writeFileSync(join(dir, 'file'), '');
    const synth = await cli(
      ['synth', '--release', join(ROOT, 'examples/release.yaml'), '--report', join(ROOT, 'test/fixtures/reports/advance.json'), '--out', join(dir, 'file')],
      dir
    );
    expect(synth).toMatchObject({ code: 2, err: expect.stringContaining('--out: ') });
    expect(synth.err).toContain('a part of the path is a file, not a folder');
  });

  test('an empty gates file is no gate at all, even with a measured model', () => {
    // the bundle, not jest's sandbox: onnxruntime insists on the process's own typed arrays
    const run = spawnSync(
      process.execPath,
      ['dist/cli.js', 'evaluate', '--model', 'test/fixtures/onnx/classifier.onnx', '--latency-iterations', '10', '--gates', 'gates: {}'],
      { cwd: ROOT, encoding: 'utf8' }
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('inline gates: no gate applies');
  });

  test('intersectional needs two features to intersect', async () => {
    const run = await cli(['evaluate', '--predictions', 'test/fixtures/predictions/basic.csv', '--sensitive-features', 'sex', '--intersectional']);
    expect(run).toMatchObject({ code: 2, err: expect.stringContaining('--intersectional: needs two or more --sensitive-features') });
  });

  test('a report that is not an object is bad input for synth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-out-'));
    writeFileSync(join(dir, 'report.json'), 'null');
    const run = await cli(['synth', '--release', join(ROOT, 'examples/release.yaml'), '--report', 'report.json'], dir);
    expect(run).toMatchObject({ code: 2, err: expect.stringContaining('report.json: /: expected a JSON object') });
  });
});

test('messages about the features to compare name the flag as the user wrote it', async () => {
  const { code, err } = await cli([
    'evaluate',
    '--reference-data',
    'test/fixtures/drift/reference.csv',
    '--current-data',
    'test/fixtures/drift/current.csv',
    '--drift-features',
    'age,salary'
  ]);
  expect(code).toBe(2);
  expect(err).toContain('test/fixtures/drift/reference.csv: line 1: --drift-features column "salary" not found; columns found:');
});
