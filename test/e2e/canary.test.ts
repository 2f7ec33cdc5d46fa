import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { assertDistFresh } from '../../scripts/source-hash.mjs';
import { ROOT } from '../support/fixtures.js';
import { startPrometheus, type RunningServer } from '../support/prometheus.js';

// The bundled Action, started as the runner starts it, judging each decision on a real Prometheus.
let prometheus: RunningServer;
let workspace: string;
beforeAll(async () => {
  await assertDistFresh();
  [prometheus, workspace] = await Promise.all([startPrometheus(), mkdtemp(join(tmpdir(), 'model-gate-canary-action-'))]);
  await cp(join(ROOT, 'examples/metrics.json'), join(workspace, 'metrics.json'));
}, 30_000);
afterAll(async () => {
  await prometheus.stop();
  await rm(workspace, { recursive: true, force: true });
});

async function action(app: string, currentWeight = '10') {
  const gates = [
    'gates:',
    '  accuracy: {min: 0.9}',
    'canary:',
    '  analysis:',
    `    {namespace: ml-serving, app: ${app}, stable-version: v1, canary-version: v2, window: 10m, min-requests: 200,`,
    '     metrics: {request_error_rate: {max_increase: 0.01}, request_latency_p99_ms: {max: 250}}}'
  ].join('\n');
  await writeFile(join(workspace, 'gates.yml'), gates);
  const result = await runAction({
    cwd: workspace,
    inputs: {
      metrics: 'metrics.json',
      gates: 'gates.yml',
      'current-weight': currentWeight,
      'prometheus-url': prometheus.url,
      'analysis-time': '2026-11-01T00:30:00Z'
    }
  });
  await cleanUp(result);
  return result;
}

describe('the Action judges each step on the canary against the stable', () => {
  test('a healthy canary advances; the summary shows the canary-against-stable table and the PromQL', async () => {
    const result = await action('healthy');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'advance', 'canary-weight': '25' });
    expect(result.stdout).toContain('model-gate: canary check 1/1 at 2026-11-01T00:30:00.000Z: pass');
    expect(result.summary).toContain('<details><summary>Canary against stable: ✅ passed · 1 check, 0 failed</summary>');
    expect(result.summary).toMatch(
      /\| ✅ pass \| request&#95;error&#95;rate \| 0\.005 \| 0\.005 \| 0 <sub>\[-0\.00\d+, \+0\.00\d+\]<\/sub> \| 0\.015 \(stable 0\.005 \+ 0\.01\) \| 6,000 \/ 30,000 \|/
    );
    expect(result.summary).toContain('<details><summary>PromQL</summary>');
  });

  test('a healthy canary at the last step before 100 promotes', async () => {
    const result = await action('healthy', '50');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', decision: 'promote', 'canary-weight': '100' });
  });

  test('3% 5xx rolls back and fails the step', async () => {
    const result = await action('errors');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', decision: 'rollback', 'canary-weight': '0' });
    expect(result.summary).toContain('Canary against stable: ❌ failed');
  });

  test('too little canary traffic holds', async () => {
    const result = await action('little');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'false', decision: 'hold', 'canary-weight': '10' });
    expect(result.summary).toContain('fewer than min-requests 200');
  });
});

test('cancelled by the runner (SIGINT), a watch writes what it saw and holds', async () => {
  await writeFile(
    join(workspace, 'gates.yml'),
    [
      'gates:',
      '  accuracy: {min: 0.9}',
      'canary:',
      '  analysis:',
      '    {namespace: ml-serving, app: healthy, stable-version: v1, canary-version: v2, interval: 1m, duration: 30m,',
      '     metrics: {request_error_rate: {max_increase: 0.01}}}'
    ].join('\n')
  );
  const started = Date.now();
  // no analysis-time: it watches now, with one check a minute; the runner cancels after the first
  const result = await runAction({
    cwd: workspace,
    inputs: { metrics: 'metrics.json', gates: 'gates.yml', 'current-weight': '10', 'prometheus-url': prometheus.url, 'report-path': 'report.json' },
    interrupt: { when: 'model-gate: canary check 1/31', signal: 'SIGINT' }
  });
  await cleanUp(result);
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(result.outputs).toMatchObject({ decision: 'hold', 'canary-weight': '10', passed: 'false' });
  const report = JSON.parse(await readFile(join(workspace, 'report.json'), 'utf8'));
  expect(report.canaryAnalysis.checks).toHaveLength(1);
  expect(report.canaryAnalysis.reason).toMatch(/^the job was cancelled after 1 of 31 checks/);
  expect(result.summary).toContain('Canary against stable');
}, 30_000);
