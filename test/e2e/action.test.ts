import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction, type ActionRun } from '../../scripts/run-action.mjs';
import { ROOT } from '../support/fixtures.js';

/** dist/index.js, started as the runner starts it, in a workspace holding the given files. */
async function action(files: Record<string, string>, inputs: Record<string, string>): Promise<ActionRun> {
  const workspace = await mkdtemp(join(tmpdir(), 'model-gate-workspace-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(workspace, path, '..'), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
  const result = await runAction({ cwd: workspace, inputs });
  await cleanUp(result);
  return result;
}

const gates = [
  'gates:',
  '  accuracy: {min: 0.90, max_drop: 0.01}',
  '  latency_p99_ms: {max: 100}',
  '  f1: {min: 0.8, severity: warn}',
  'canary:',
  '  steps: [10, 25, 50, 100]'
].join('\n');
const good = JSON.stringify({ accuracy: 0.94, latency_p99_ms: 80, f1: 0.85 });
const baseline = JSON.stringify({ accuracy: 0.945, latency_p99_ms: 75, f1: 0.86 });

describe('dist/index.js run as the GitHub runner runs it', () => {
  test('the bundled example advances the canary from 10% to 25%', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: { metrics: 'examples/metrics.json', baseline: 'examples/baseline.json', gates: 'examples/model-gates.yml', 'current-weight': '10' }
    });
    await cleanUp(result);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'advance', 'canary-weight': '25' });
    expect(result.summary).toContain('## ✅ model-gate advance: canary 10% → 25%');
    expect(result.summary).toContain('| ✅ pass | accuracy <sub>max_drop</sub> |');
  });

  test('passing gates advance, and the JSON report is written where asked', async () => {
    const result = await action(
      { 'm.json': good, 'b.json': baseline, 'gates.yml': gates },
      {
        metrics: 'm.json',
        baseline: 'b.json',
        gates: 'gates.yml',
        'current-weight': '25',
        'report-path': 'out/report.json'
      }
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'advance', 'canary-weight': '50' });
    expect(result.outputs.report).toMatch(/out\/report\.json$/);
  });

  test('the JSON report carries the decision, the gates and every metric with its source', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'model-gate-workspace-'));
    await writeFile(join(workspace, 'm.json'), good);
    await writeFile(join(workspace, 'gates.yml'), 'gates:\n  accuracy: {min: 0.9, max_drop: 0.01}\n  f1: {min: 0.8}');
    const result = await runAction({ cwd: workspace, inputs: { metrics: 'm.json', gates: 'gates.yml', 'current-weight': '50' } });
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(report).toMatchObject({
      decision: 'rollback',
      canaryWeight: 0,
      previousWeight: 50,
      passed: false,
      gatesSource: 'gates.yml',
      steps: [10, 25, 50, 100]
    });
    expect(report.gates).toHaveLength(3);
    expect(report.gates[0]).toMatchObject({
      id: 'accuracy.min',
      metric: 'accuracy',
      status: 'pass',
      severity: 'block',
      value: 0.94,
      threshold: 0.9,
      baseline: null
    });
    expect(report.gates[1]).toMatchObject({
      id: 'accuracy.max_drop',
      status: 'fail',
      value: 0.94,
      threshold: null,
      message: 'max_drop compares with the baseline, but no baseline was given'
    });
    expect(report.metrics.latency_p99_ms).toEqual({ value: 80, source: 'm.json' });
  });

  test('reaching 100 promotes', async () => {
    const result = await action({ 'm.json': good }, { metrics: 'm.json', gates: 'gates:\n  accuracy: {min: 0.9}', 'current-weight': '50' });
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'promote', 'canary-weight': '100' });
    expect(result.summary).toContain('## 🚀 model-gate promote: candidate takes 100% of traffic (from 50%)');
  });

  test('a failing blocking gate rolls back, fails the step and annotates the gate line', async () => {
    const result = await action(
      { 'm.json': JSON.stringify({ accuracy: 0.92, latency_p99_ms: 80, f1: 0.85 }), 'b.json': baseline, '.github/model-gates.yml': gates },
      {
        metrics: 'm.json',
        baseline: 'b.json',
        'current-weight': '25'
      }
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', decision: 'rollback', 'canary-weight': '0' });
    expect(result.stdout).toContain(
      '::error title=model-gate%3A accuracy.max_drop,file=.github/model-gates.yml,line=2::accuracy 0.92 < 0.935 (baseline 0.945 − 0.01)'
    );
    expect(result.stdout).toContain('::error::model-gate rollback: canary 25%25 → 0%25');
    expect(result.summary).toContain('## ❌ model-gate rollback');
  });

  test('fail-on: never reports a rollback without failing the step', async () => {
    const result = await action({ 'm.json': JSON.stringify({ accuracy: 0.5 }) }, { metrics: 'm.json', 'fail-on': 'never' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'false', decision: 'rollback' });
  });

  test('a failing warn gate holds the current weight', async () => {
    const result = await action(
      { 'm.json': JSON.stringify({ accuracy: 0.94, latency_p99_ms: 80, f1: 0.7 }), 'b.json': baseline },
      {
        metrics: 'm.json',
        baseline: 'b.json',
        gates: gates,
        'current-weight': '25'
      }
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'hold', 'canary-weight': '25' });
    expect(result.stdout).toContain('::warning title=model-gate%3A f1.min::f1 0.7 < 0.8 (min)');
    expect(result.summary).toContain('## ⏸️ model-gate hold: canary stays at 25%');
  });

  test('the canary-steps input wins over the gates file', async () => {
    const result = await action(
      { 'm.json': good, 'b.json': baseline, 'g.yml': gates },
      {
        metrics: 'm.json',
        baseline: 'b.json',
        gates: 'g.yml',
        'current-weight': '10',
        'canary-steps': '20,100'
      }
    );
    expect(result.outputs).toMatchObject({ decision: 'advance', 'canary-weight': '20' });
  });

  describe('bad input fails with a clear message and never passed=true', () => {
    const cases: Array<[string, Record<string, string>, Record<string, string>, string]> = [
      ['invalid JSON', { 'm.json': '{"accuracy": 0.9,' }, { metrics: 'm.json' }, 'm.json: line 1: column'],
      [
        'a missing metric',
        { 'm.json': JSON.stringify({ accuracy: 0.95 }) },
        { metrics: 'm.json', gates: 'gates:\n  recall: {min: 0.8}' },
        'recall is missing from m.json (it has: accuracy)'
      ],
      [
        'a string where a number belongs',
        { 'm.json': '{"accuracy": "high"}' },
        { metrics: 'm.json' },
        'm.json: /accuracy: expected a number, got the string "high"'
      ],
      ['an accuracy of 1.7', { 'm.json': '{"accuracy": 1.7}' }, { metrics: 'm.json' }, 'm.json: /accuracy: expected a proportion between 0 and 1, got 1.7'],
      [
        'unknown gate keys',
        { 'm.json': good, 'g.yml': 'gates:\n  accuracy: {minimum: 0.9}' },
        { metrics: 'm.json', gates: 'g.yml' },
        'g.yml: line 2: /gates/accuracy/minimum: unknown field "minimum"'
      ],
      ['a missing metrics file', {}, { metrics: 'nope.json' }, 'nope.json: file not found'],
      ['no metrics input', {}, {}, 'input "metrics": required'],
      [
        'a bad current weight',
        { 'm.json': good },
        { metrics: 'm.json', 'current-weight': '12.5' },
        'input "current-weight": expected an integer percentage between 0 and 100, or auto, got "12.5"'
      ],
      ['unsorted canary steps', { 'm.json': good }, { metrics: 'm.json', 'canary-steps': '50,25,100' }, 'input "canary-steps": steps must increase strictly'],
      ['an unknown fail-on', { 'm.json': good }, { metrics: 'm.json', 'fail-on': 'sometimes' }, 'input "fail-on": expected one of rollback, hold, never'],
      ['metrics no gate applies to', { 'm.json': '{"acc": 0.9}' }, { metrics: 'm.json' }, 'default gates: no gate applies to m.json']
    ];
    test.each(cases)('%s', async (name, files, inputs, expected) => {
      const result = await action(files, inputs);
      expect(result.exitCode).toBe(1);
      expect(result.outputs.passed).not.toBe('true');
      expect(result.stdout).toContain('::error::');
      expect(result.stdout).toContain(expected);
      // a missing metric is a failed gate (a rollback, read as blocked at weight 0), the rest are input errors with no decision
      expect(result.summary).toMatch(
        name === 'a missing metric' ? /^## ❌ model-gate blocked: the canary will not start/ : /^## ⛔ model-gate: bad input\n\n- /
      );
    });
  });
});
