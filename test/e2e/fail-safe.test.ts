import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction, type ActionRun } from '../../scripts/run-action.mjs';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../support/fixtures.js';

// Bad input anywhere stops the run before any output claims a decision: the step's outputs say
// passed=false and decision=none with the weight where it was, the report says why there is no
// decision, and no manifests are written. Each case breaks one input of a run that would advance.

const ADVANCING_INPUTS = {
  metrics: 'metrics.json',
  baseline: 'baseline.json',
  gates: 'model-gates.yml',
  release: 'release.yaml',
  'current-weight': '10',
  'report-path': 'out/report.json',
  'manifests-dir': 'out/manifests'
};

const STALE_REPORT = JSON.stringify({ decision: 'advance', canaryWeight: 25, passed: true });

async function workspace(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-fail-safe-'));
  for (const name of ['metrics.json', 'baseline.json', 'model-gates.yml', 'release.yaml']) await cp(join(ROOT, 'examples', name), join(dir, name));
  await cp(join(ROOT, 'test/fixtures/onnx/corrupt.onnx'), join(dir, 'corrupt.onnx'));
  await cp(join(ROOT, 'test/fixtures/predictions/basic.csv'), join(dir, 'predictions.csv'));
  await cp(join(ROOT, 'test/fixtures/drift/reference.csv'), join(dir, 'reference.csv'));
  await mkdir(join(dir, 'out'));
  // a report left by an earlier run: it must not survive a run that stops on bad input
  await writeFile(join(dir, 'out/report.json'), STALE_REPORT);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

async function runIn(dir: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const result = await runAction({ cwd: dir, inputs: { ...ADVANCING_INPUTS, ...inputs }, env });
  await cleanUp(result);
  return result;
}

async function manifestsIn(dir: string): Promise<string[]> {
  return readdir(join(dir, 'out/manifests')).catch(() => []);
}

const cases: Array<[string, Record<string, string>, Record<string, string>, string]> = [
  ['release: not valid YAML', { 'release.yaml': 'name: [fraud' }, {}, 'release.yaml: line'],
  ['release: empty', { 'release.yaml': '' }, {}, 'release.yaml'],
  ['release: an upper-case name', {}, { release: 'upper.yaml' }, 'upper.yaml: line 4: /name: expected a DNS-1035 label'],
  ['release: negative replicas', {}, { release: 'negative.yaml' }, 'negative.yaml: line'],
  ['release: no image', {}, { release: 'no-image.yaml' }, 'no-image.yaml'],
  ['release: missing file', {}, { release: 'nope.yaml' }, 'nope.yaml: file not found'],
  ['metrics: NaN', { 'metrics.json': '{"accuracy": NaN}' }, {}, 'metrics.json: line 1: column 14: NaN is not a number in JSON'],
  ['baseline: malformed', { 'baseline.json': '{"accuracy": }' }, {}, 'baseline.json: line 1'],
  [
    'gates: an unknown field',
    { 'model-gates.yml': 'gates:\n  accuracy: {minimum: 0.9}\n' },
    {},
    'model-gates.yml: line 2: /gates/accuracy/minimum: unknown field'
  ],
  ['gates: inline, undefined alias', {}, { gates: 'gates:\n  accuracy: *nope\n' }, 'inline gates'],
  ['predictions: no label column', { 'p.csv': 'id,prediction\n1,1\n' }, { predictions: 'p.csv' }, 'p.csv'],
  ['baseline predictions: missing file', {}, { predictions: 'predictions.csv', 'baseline-predictions': 'nope.csv' }, 'nope.csv: file not found'],
  ['model: corrupt ONNX', {}, { model: 'corrupt.onnx' }, 'corrupt.onnx'],
  ['drift: current sample missing', {}, { 'reference-data': 'reference.csv', 'current-data': 'nope.csv' }, 'nope.csv: file not found'],
  ['report-path: a folder', {}, { 'report-path': 'out' }, 'input "report-path": '],
  ['manifests-dir: under a file', {}, { 'manifests-dir': 'metrics.json/manifests' }, 'input "manifests-dir": '],
  ['comment: unknown mode', {}, { comment: 'sometimes' }, 'input "comment"'],
  ['canary-steps: not increasing', {}, { 'canary-steps': '50,25,100' }, 'input "canary-steps": steps must increase strictly']
];

/** Cases whose options cannot be read: the run knows neither the weight nor where the report goes. */
const optionErrors = new Set(['canary-steps: not increasing']);

const RELEASE_VARIANTS: Record<string, (release: string) => string> = {
  'upper.yaml': (r) => r.replace('name: fraud-detector', 'name: Fraud-Detector'),
  'negative.yaml': (r) => r.replace('minReplicas: 3', 'minReplicas: -1'),
  'no-image.yaml': (r) => r.replace(/^ {2}image: registry.example.com\/models\/fraud-detector:2\.4\.0\n/m, '')
};

describe('the Action stops on bad input before writing anything that claims a decision', () => {
  test('the unbroken run advances and writes the report and manifests (the baseline for every case)', async () => {
    const dir = await workspace();
    const result = await runIn(dir, {});
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'advance', 'canary-weight': '25' });
    expect(JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8'))).toMatchObject({ decision: 'advance' });
    expect(await manifestsIn(dir)).toEqual(['fraud-detector.yaml']);
    await rm(dir, { recursive: true, force: true });
  });

  test.each(cases)('%s', async (name, files, inputs, expected) => {
    const release = await readFile(join(ROOT, 'examples/release.yaml'), 'utf8');
    const variants = Object.fromEntries(Object.entries(RELEASE_VARIANTS).map(([name, change]) => [name, change(release)]));
    const dir = await workspace({ ...variants, ...files });
    const result = await runIn(dir, inputs);

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::model-gate: bad input');
    expect(result.stdout).toContain(expected);
    expect(result.stdout).not.toMatch(/\n\s+at /);
    // every output the step wrote, not only the last value of each
    // options that cannot be read leave no weight to keep: 0 then, never more
    const weight = optionErrors.has(name) ? 0 : 10;
    expect(result.outputsWritten.filter((line) => !line.startsWith('report='))).toEqual(['passed=false', 'decision=none', `canary-weight=${weight}`]);
    if (inputs['report-path'] === undefined) {
      const report = JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8'));
      expect(report).toMatchObject(
        optionErrors.has(name) ? JSON.parse(STALE_REPORT) : { decision: 'none', passed: false, canaryWeight: 10, error: { kind: 'bad-input' } }
      );
    }
    expect(await manifestsIn(dir)).toEqual([]);
    expect(result.summary).toMatch(/^## ⛔ model-gate: bad input/);
    await rm(dir, { recursive: true, force: true });
  });

  test('a current weight that cannot be read leaves the weight at 0', async () => {
    const dir = await workspace();
    const result = await runIn(dir, { 'current-weight': 'ten' });
    expect(result.outputsWritten).toEqual(['passed=false', 'decision=none', 'canary-weight=0']);
    // the options could not be read, so neither could the report's path: the stale report is left, and no output names it
    expect(result.outputs.report).toBeUndefined();
    await rm(dir, { recursive: true, force: true });
  });

  test('an unusable RUNNER_TEMP is named as such, not as report-path', async () => {
    const dir = await workspace();
    const result = await runIn(dir, { 'report-path': '' }, { RUNNER_TEMP: join(dir, 'metrics.json', 'temp') });
    expect(result.stdout).toContain('RUNNER_TEMP (the default folder for the report and the manifests)');
    expect(result.stdout).not.toContain('report-path');
    expect(result.outputsWritten).toEqual(['passed=false', 'decision=none', 'canary-weight=10']);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a broken runner environment', () => {
  test('a job summary that cannot be written warns, and the passing gate still passes', async () => {
    const dir = await workspace();
    const result = await runIn(dir, {}, { GITHUB_STEP_SUMMARY: join(dir, 'out') });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'advance' });
    expect(result.stdout).toContain('::warning::model-gate: could not write the job summary (GITHUB_STEP_SUMMARY)');
    await rm(dir, { recursive: true, force: true });
  });

  test('outputs that cannot be written fail the step with a message, not a stack trace', async () => {
    const dir = await workspace();
    const result = await runIn(dir, {}, { GITHUB_OUTPUT: join(dir, 'out') });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('GITHUB_OUTPUT: the step');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8'))).toMatchObject({ decision: 'none' });
    await rm(dir, { recursive: true, force: true });
  });
});

describe('the CLI stops on bad input before writing anything that claims a decision', () => {
  async function evaluate(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(['evaluate', ...args], { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }
  const base = [
    '--metrics',
    'metrics.json',
    '--baseline',
    'baseline.json',
    '--gates',
    'model-gates.yml',
    '--current-weight',
    '10',
    '--report',
    'out/report.json',
    '--manifests-dir',
    'out/manifests'
  ];

  test('an invalid release file: exit 2, the report says there is no decision, no manifests', async () => {
    const dir = await workspace({ 'release.yaml': 'name: Fraud\n' });
    const { code, stderr, stdout } = await evaluate(dir, [...base, '--release', 'release.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('release.yaml: line 1: /name: expected a DNS-1035 label');
    expect(stdout).toBe('');
    expect(JSON.parse(await readFile(join(dir, 'out/report.json'), 'utf8'))).toMatchObject({
      decision: 'none',
      passed: false,
      canaryWeight: 10,
      error: { kind: 'bad-input' }
    });
    expect(await manifestsIn(dir)).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });

  test('synth refuses a report that records no decision', async () => {
    const dir = await workspace({ 'release.yaml': 'name: Fraud\n' });
    await evaluate(dir, [...base, '--release', 'release.yaml']);
    let stderr = '';
    const code = await main(['synth', '--release', 'release.yaml', '--report', 'out/report.json'], {
      cwd: dir,
      stdout: () => undefined,
      stderr: (t) => (stderr += t)
    });
    expect(code).toBe(2);
    expect(stderr).toContain('out/report.json: /decision: the run that wrote this report made no decision');
    await rm(dir, { recursive: true, force: true });
  });
});
