import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/model/report.js';
import { ROOT } from '../support/fixtures.js';
import { failingPrometheus, notJsonPrometheus, silentPrometheus, startPrometheus, type RunningServer } from '../support/prometheus.js';

// The live canary analysis against a real Prometheus whose TSDB holds simulated Istio traffic of a
// stable (v1) and a canary (v2), one app per scenario (scripts/prometheus/istio-fixtures.ts), from
// 2026-11-01T00:00Z for an hour. Every run replays a past window with analysis-time.

let prometheus: RunningServer;
let dir: string;
beforeAll(async () => {
  [prometheus, dir] = await Promise.all([startPrometheus(), mkdtemp(join(tmpdir(), 'model-gate-canary-'))]);
  await cp(join(ROOT, 'examples/metrics.json'), join(dir, 'metrics.json'));
  // the release of the scenario "healthy": app healthy in ml-serving, stable v1, candidate v2
  const release = (await readFile(join(ROOT, 'examples/release.yaml'), 'utf8'))
    .replace(/fraud-detector/g, 'healthy')
    .replace('version: v2-3-0', 'version: v1')
    .replace('version: v2-4-0', 'version: v2');
  await writeFile(join(dir, 'release.yaml'), release);
}, 30_000);
afterAll(async () => {
  await prometheus.stop();
  await rm(dir, { recursive: true, force: true });
});

const CONVERSION =
  'sum(rate(orders_total{namespace="{{namespace}}",app="{{app}}",version="{{version}}"}[{{window}}])) / sum(rate(sessions_total{namespace="{{namespace}}",app="{{app}}",version="{{version}}"}[{{window}}]))';

function gates(app: string, { duration = '0', interval = '10m', failureLimit = 2, extra = '' } = {}): string {
  return [
    'gates:',
    '  accuracy: {min: 0.9}',
    'canary:',
    '  steps: [10, 25, 50, 100]',
    '  analysis:',
    '    namespace: ml-serving',
    `    app: ${app}`,
    '    stable-version: v1',
    '    canary-version: v2',
    '    window: 10m',
    `    interval: ${interval}`,
    `    duration: ${duration}`,
    `    failure-limit: ${failureLimit}`,
    '    min-requests: 200',
    '    metrics:',
    '      request_error_rate: {max_increase: 0.01}',
    '      request_latency_p99_ms: {max_increase_relative: 0.10, max: 250}',
    extra
  ].join('\n');
}

async function evaluate(gatesText: string, args: string[] = [], url = prometheus.url): Promise<{ code: number; report: Report; err: string }> {
  await writeFile(join(dir, 'gates.yml'), gatesText);
  let out = '';
  let err = '';
  const code = await main(
    [
      'evaluate',
      '--metrics',
      'metrics.json',
      '--gates',
      'gates.yml',
      '--current-weight',
      '10',
      '--prometheus-url',
      url,
      '--analysis-time',
      '2026-11-01T00:30:00Z',
      '--json',
      ...args
    ],
    { cwd: dir, stdout: (t) => (out += t), stderr: (t) => (err += t) }
  );
  return { code, report: code === 2 ? ({} as Report) : (JSON.parse(out) as Report), err };
}

describe('one check of the last window (duration 0)', () => {
  test('a healthy canary advances, with the evidence for each metric', async () => {
    const { report, err } = await evaluate(gates('healthy'));
    expect(report).toMatchObject({ decision: 'advance', canaryWeight: 25, passed: true });
    const analysis = report.canaryAnalysis!;
    expect(analysis).toMatchObject({
      status: 'passed',
      failedChecks: 0,
      target: { namespace: 'ml-serving', app: 'healthy', stableVersion: 'v1', canaryVersion: 'v2' }
    });
    const [errors, p99] = analysis.checks[0]!.metrics;
    expect(errors).toMatchObject({
      metric: 'request_error_rate',
      status: 'pass',
      difference: 0,
      canary: { value: 0.005, requests: 6000 },
      stable: { value: 0.005, requests: 30000 }
    });
    expect(errors!.differenceInterval!.low).toBeLessThan(0);
    expect(errors!.differenceInterval!.high).toBeGreaterThan(0);
    expect(p99).toMatchObject({ metric: 'request_latency_p99_ms', status: 'pass', canary: { value: 80, bucket: { low: 50, high: 100 } } });
    expect(analysis.queries.request_error_rate!.canary).toContain('destination_version="v2"');
    expect(err).toContain('model-gate: canary check 1/1 at 2026-11-01T00:30:00.000Z: pass');
  });

  test('3% 5xx on the canary against 0.5% on the stable rolls back', async () => {
    const { code, report } = await evaluate(gates('errors'));
    expect(code).toBe(1);
    expect(report).toMatchObject({ decision: 'rollback', canaryWeight: 0, passed: false, canaryAnalysis: { status: 'failed', failedChecks: 1 } });
    const errors = report.canaryAnalysis!.checks[0]!.metrics[0]!;
    expect(errors).toMatchObject({ status: 'fail', threshold: 0.015, difference: 0.025 });
    expect(errors.message).toBe('request_error_rate 0.03 > 0.015 (baseline 0.005 + 0.01)');
    expect(errors.thresholdFrom).toEqual({ baseline: 0.005, change: 0.01 });
    expect(errors.differenceInterval!.low).toBeGreaterThan(0.01);
  });

  test('a slow p99 rolls back, and the bucket bounds show the resolution', async () => {
    const { report } = await evaluate(gates('slow'));
    expect(report).toMatchObject({ decision: 'rollback', canaryAnalysis: { status: 'failed' } });
    expect(report.canaryAnalysis!.checks[0]!.metrics[1]).toMatchObject({
      status: 'fail',
      canary: { value: 400, bucket: { low: 250, high: 500 } },
      stable: { value: 80 }
    });
  });

  test('a business metric that drops rolls back', async () => {
    const custom = gates('business', { extra: `      conversion_rate:\n        query: '${CONVERSION}'\n        max_drop_relative: 0.02` });
    const { report } = await evaluate(custom);
    const conversion = report.canaryAnalysis!.checks[0]!.metrics.find((m) => m.metric === 'conversion_rate')!;
    expect(conversion).toMatchObject({ status: 'fail', canary: { value: 0.04 }, stable: { value: 0.05 }, threshold: 0.049 });
    expect(conversion.thresholdFrom).toEqual({ baseline: 0.05, change: -0.001, relative: 0.02 });
    expect(report.decision).toBe('rollback');
  });

  test('too little canary traffic holds, and is not a pass', async () => {
    const { report } = await evaluate(gates('little'));
    expect(report).toMatchObject({ decision: 'hold', canaryWeight: 10, passed: false, canaryAnalysis: { status: 'inconclusive' } });
    expect(report.canaryAnalysis!.checks[0]!.metrics[0]!.message).toMatch(/^60 requests from the canary in the window, fewer than min-requests 200$/);
  });

  test('no canary series at all holds', async () => {
    const { report } = await evaluate(gates('nocanary'));
    expect(report).toMatchObject({ decision: 'hold', canaryWeight: 10, passed: false });
    expect(report.canaryAnalysis!.checks[0]!.metrics[0]).toMatchObject({
      status: 'inconclusive',
      canary: { value: null, requests: null },
      message: 'no requests from the canary in the window: no series'
    });
  });

  test('at weight 0 the analysis is skipped, with the reason', async () => {
    const { report } = await evaluate(gates('errors'), ['--current-weight', '0']);
    expect(report).toMatchObject({ decision: 'advance', canaryWeight: 10, canaryAnalysis: { status: 'skipped', checks: [] } });
    expect(report.canaryAnalysis!.reason).toMatch(/weight 0/);
  });
});

describe('watching: a check every interval for the duration', () => {
  test('a canary failing one check in three holds with failure-limit 2, then rolls back on a longer watch', async () => {
    const flakyAt = ['--analysis-time', '2026-11-01T00:10:00Z'];
    const short = await evaluate(gates('flaky', { duration: '20m', interval: '10m', failureLimit: 2 }), flakyAt);
    expect(short.report.canaryAnalysis!.checks.map((c) => c.status)).toEqual(['fail', 'pass', 'pass']);
    expect(short.report).toMatchObject({ decision: 'hold', canaryWeight: 10, canaryAnalysis: { status: 'inconclusive', failedChecks: 1 } });

    const long = await evaluate(gates('flaky', { duration: '40m', interval: '10m', failureLimit: 2 }), flakyAt);
    // it stops at the second failure, at 00:40, before the duration is over
    expect(long.report.canaryAnalysis!.checks.map((c) => [c.time, c.status])).toEqual([
      ['2026-11-01T00:10:00.000Z', 'fail'],
      ['2026-11-01T00:20:00.000Z', 'pass'],
      ['2026-11-01T00:30:00.000Z', 'pass'],
      ['2026-11-01T00:40:00.000Z', 'fail']
    ]);
    expect(long.report).toMatchObject({ decision: 'rollback', canaryAnalysis: { status: 'failed', failedChecks: 2 } });
    expect(long.err.match(/model-gate: canary check \d\/5/g)).toHaveLength(4);
  });
});

describe('current-weight: auto', () => {
  test('from the traffic share, rounded to the nearest step', async () => {
    const share = await evaluate(gates('share'), ['--current-weight', 'auto']);
    expect(share.report).toMatchObject({ previousWeight: 25, decision: 'advance', canaryWeight: 50 });
    expect(share.report.weightSource).toBe('Prometheus: the canary had 25% of the requests over 10m, the nearest step is 25');
    const healthy = await evaluate(gates('healthy'), ['--current-weight', 'auto']);
    expect(healthy.report).toMatchObject({ previousWeight: 10, canaryWeight: 25 });
  });

  test('from the VirtualService an earlier run synthesized', async () => {
    const first = await evaluate(gates('healthy'), ['--release', 'release.yaml', '--manifests-dir', 'gitops', '--current-weight', '25']);
    expect(first.report).toMatchObject({ decision: 'advance', canaryWeight: 50 });
    const next = await evaluate(gates('healthy'), ['--release', 'release.yaml', '--manifests-dir', 'gitops', '--current-weight', 'auto']);
    expect(next.report).toMatchObject({
      previousWeight: 50,
      canaryWeight: 100,
      decision: 'promote',
      weightSource: 'the VirtualService healthy in gitops/healthy.yaml'
    });
  });

  test('a rolled-back candidate stays at 0; a promoted one reads 100; a new candidate starts at 0', async () => {
    const errors = (await readFile(join(dir, 'release.yaml'), 'utf8')).replace(/healthy/g, 'errors');
    await writeFile(join(dir, 'errors.yaml'), errors);
    const failing = await evaluate(gates('errors'), ['--release', 'errors.yaml', '--manifests-dir', 'rollback', '--current-weight', '25']);
    expect(failing.report).toMatchObject({ decision: 'rollback', canaryWeight: 0 });
    // the next run does not start the same candidate again
    const after = await evaluate(gates('errors'), ['--release', 'errors.yaml', '--manifests-dir', 'rollback', '--current-weight', 'auto']);
    expect(after.report).toMatchObject({
      previousWeight: 0,
      decision: 'rollback',
      canaryWeight: 0,
      passed: false,
      weightSource: 'the VirtualService errors in rollback/errors.yaml: v2 was rolled back'
    });
    expect(after.report.warnings).toContain(
      'an earlier run rolled this candidate back (its VirtualService says so): it stays at 0; a new candidate version starts a new canary'
    );

    await writeFile(join(dir, 'errors-v3.yaml'), errors.replace('version: v2', 'version: v3'));
    const fresh = await evaluate(gates('errors'), ['--release', 'errors-v3.yaml', '--manifests-dir', 'rollback', '--current-weight', 'auto']);
    expect(fresh.report).toMatchObject({ previousWeight: 0, decision: 'advance', canaryWeight: 10 });
    expect(fresh.report.weightSource).toMatch(/a new candidate, v3, since v2 \(rollback\)$/);

    await evaluate(gates('healthy'), ['--release', 'release.yaml', '--manifests-dir', 'promoted', '--current-weight', '50']);
    const promoted = await evaluate(gates('healthy'), ['--release', 'release.yaml', '--manifests-dir', 'promoted', '--current-weight', 'auto']);
    expect(promoted.report).toMatchObject({ previousWeight: 100, decision: 'promote', canaryWeight: 100 });
  });

  test('with neither source, auto is bad input', async () => {
    let err = '';
    await writeFile(join(dir, 'gates.yml'), 'gates:\n  accuracy: {min: 0.9}\n');
    const code = await main(['evaluate', '--metrics', 'metrics.json', '--gates', 'gates.yml', '--current-weight', 'auto'], {
      cwd: dir,
      stdout: () => undefined,
      stderr: (t) => (err += t)
    });
    expect(code).toBe(2);
    expect(err).toContain('--current-weight: auto found no VirtualService of an earlier run in manifests');
  });
});

test('a custom query that gives several series is inconclusive, not a pass', async () => {
  const several = gates('healthy', {
    extra: `      by_code:\n        query: 'sum by (response_code) (rate(istio_requests_total{destination_app="{{app}}",destination_version="{{version}}"}[{{window}}]))'\n        max: 1000`
  });
  const { report } = await evaluate(several);
  expect(report.canaryAnalysis!.checks[0]!.metrics.find((m) => m.metric === 'by_code')).toMatchObject({
    status: 'inconclusive',
    message: "the canary's query gave 3 series where one was expected: aggregate it (sum, avg) to one value"
  });
  expect(report.decision).toBe('hold');
});

test('the Prometheus options need a canary.analysis', async () => {
  const { code, err } = await evaluate('gates:\n  accuracy: {min: 0.9}\n');
  expect(code).toBe(2);
  expect(err).toContain('--prometheus-url: applies to the live canary analysis, and gates.yml has no canary.analysis');
});

describe('a Prometheus that cannot be read never advances the canary', () => {
  const expectHold = (report: Report, words: RegExp): void => {
    expect(report).toMatchObject({ decision: 'hold', canaryWeight: 10, passed: false, canaryAnalysis: { status: 'error' } });
    expect(report.canaryAnalysis!.reason).toMatch(words);
    expect(report.canaryAnalysis!.reason).toContain('(query: ');
  };

  test('stopped', async () => {
    const stopped = await startPrometheus();
    await stopped.stop();
    const { report } = await evaluate(gates('healthy'), [], stopped.url.replace('//', '//user:secret@'));
    expectHold(report, /Prometheus at http:\/\/127\.0\.0\.1:\d+ is not reachable/);
    expect(JSON.stringify(report)).not.toContain('secret');
  });

  test.each([
    ['answers HTTP 500', () => failingPrometheus(500, 'internal', 'out of memory'), /answered HTTP 500/],
    ['answers something that is not JSON', () => notJsonPrometheus(), /not JSON/],
    ['answers too late', () => silentPrometheus(), /did not answer within 0\.5 s/]
  ])('%s', async (_name, make, words) => {
    const fake = make();
    const url = await fake.start();
    try {
      const { report } = await evaluate(gates('healthy'), ['--prometheus-timeout', '0.5'], url);
      expectHold(report, words);
    } finally {
      await fake.stop();
    }
  });
});
