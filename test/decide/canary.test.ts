import { failureLimit, judgeCheck, judgeMetric, summarize, withCanaryAnalysis } from '../../src/decide/canary.js';
import type { CanaryAnalysis, LiveMetricSpec } from '../../src/model/canary.js';
import type { Report } from '../../src/model/report.js';

const errorRate: LiveMetricSpec = {
  name: 'request_error_rate',
  gate: { id: 'request_error_rate', metric: 'request_error_rate', bounds: { max_increase: 0.01 }, severity: 'block' }
};
const warnP99: LiveMetricSpec = {
  name: 'request_latency_p99_ms',
  gate: { id: 'request_latency_p99_ms', metric: 'request_latency_p99_ms', bounds: { max: 100 }, severity: 'warn' }
};
const side = (value: number | null, requests: number | null, events?: number) => ({ value, requests, ...(events === undefined ? {} : { events }) });

describe('judging one metric', () => {
  test('the gate vocabulary, decimal-exact: the canary is the candidate, the stable the baseline', () => {
    // 0.015 is exactly 0.005 + 0.01 in decimals (in floats it is 0.015000000000000001)
    expect(judgeMetric(errorRate, side(0.015, 1000, 15), side(0.005, 1000, 5), 200)).toMatchObject({ status: 'pass', threshold: 0.015, difference: 0.01 });
    const fail = judgeMetric(errorRate, side(0.03, 1000, 30), side(0.005, 1000, 5), 200);
    expect(fail).toMatchObject({ status: 'fail', message: 'request_error_rate 0.03 > 0.015 (baseline 0.005 + 0.01)' });
    expect(fail.differenceInterval!.low).toBeGreaterThan(0);
  });

  test('too little evidence is inconclusive, never a pass', () => {
    expect(judgeMetric(errorRate, side(0, 150, 0), side(0.005, 1000, 5), 200)).toMatchObject({
      status: 'inconclusive',
      message: '150 requests from the canary in the window, fewer than min-requests 200'
    });
    expect(judgeMetric(errorRate, side(null, null), side(0.005, 1000, 5), 200)).toMatchObject({
      status: 'inconclusive',
      message: 'no requests from the canary in the window: no series'
    });
    expect(judgeMetric(errorRate, side(Number.NaN, 1000), side(0.005, 1000, 5), 200)).toMatchObject({ status: 'inconclusive', canary: { value: null } });
    expect(judgeMetric(errorRate, side(0.01, 1000), side(0.005, 150), 200).status).toBe('inconclusive');
  });

  test('the bucket bounds around a quantile', () => {
    const buckets = [50, 100, 250, Infinity].map((le, i) => ({ le, count: i }));
    expect(judgeMetric(warnP99, { value: 80, requests: 500, buckets }, { value: 300, requests: 500, buckets }, 200)).toMatchObject({
      canary: { bucket: { low: 50, high: 100 } },
      stable: { bucket: { low: 250, high: null } }
    });
  });
});

describe('checks and their verdict', () => {
  const pass = judgeMetric(errorRate, side(0.005, 1000, 5), side(0.005, 1000, 5), 200);
  const fail = judgeMetric(errorRate, side(0.05, 1000, 50), side(0.005, 1000, 5), 200);
  const warn = judgeMetric(warnP99, side(150, 1000), side(80, 1000), 200);
  const at = new Date('2026-11-01T00:30:00Z');

  test('a check fails on a blocking metric; a failed warn gate or missing evidence makes it inconclusive', () => {
    expect([judgeCheck(at, [pass]), judgeCheck(at, [pass, fail]), judgeCheck(at, [pass, warn])].map((c) => c.status)).toEqual(['pass', 'fail', 'inconclusive']);
  });

  test('the failure limit counts failed checks, and cannot exceed the checks a watch makes', () => {
    expect(failureLimit({ failureLimit: 2, durationSeconds: 0, intervalSeconds: 60 })).toBe(1);
    expect(failureLimit({ failureLimit: 2, durationSeconds: 1800, intervalSeconds: 60 })).toBe(2);
    const checks = [judgeCheck(at, [fail]), judgeCheck(at, [pass]), judgeCheck(at, [fail])];
    expect(summarize(checks.slice(0, 2), 2)).toMatchObject({ status: 'inconclusive', failedChecks: 1 });
    expect(summarize(checks, 2)).toMatchObject({ status: 'failed', failedChecks: 2, reason: '2 of 3 checks failed, the failure limit is 2' });
    expect(summarize([judgeCheck(at, [pass])], 2)).toMatchObject({ status: 'passed' });
    expect(summarize([], 2).status).toBe('inconclusive');
  });
});

describe('the decision with the live analysis', () => {
  const offline = { decision: 'advance', canaryWeight: 25, previousWeight: 10, passed: true } as Report;
  const analysis = (status: CanaryAnalysis['status'], metrics = [judgeMetric(errorRate, side(0.005, 1000, 5), side(0.005, 1000, 5), 200)]): CanaryAnalysis => ({
    status,
    reason: status,
    checks: [judgeCheck(new Date(0), metrics)],
    failedChecks: 0,
    queries: {}
  });

  test.each([
    ['passed', { decision: 'advance', canaryWeight: 25, passed: true }],
    ['skipped', { decision: 'advance', canaryWeight: 25, passed: true }],
    ['failed', { decision: 'rollback', canaryWeight: 0, passed: false }],
    ['error', { decision: 'hold', canaryWeight: 10, passed: false }]
  ] as const)('%s', (status, expected) => {
    expect(withCanaryAnalysis(offline, analysis(status))).toMatchObject({ ...expected, canaryAnalysis: { status } });
  });

  test('inconclusive holds; passed stays true only when the one problem is a failed warn gate', () => {
    const warnOnly = analysis('inconclusive', [judgeMetric(warnP99, side(150, 1000), side(80, 1000), 200)]);
    expect(withCanaryAnalysis(offline, warnOnly)).toMatchObject({ decision: 'hold', canaryWeight: 10, passed: true });
    const thin = analysis('inconclusive', [judgeMetric(errorRate, side(0, 10, 0), side(0.005, 1000, 5), 200)]);
    expect(withCanaryAnalysis(offline, thin)).toMatchObject({ decision: 'hold', canaryWeight: 10, passed: false });
  });

  test('the live analysis never raises the weight above the offline decision', () => {
    const rolledBack = { ...offline, decision: 'rollback', canaryWeight: 0, passed: false } as Report;
    expect(withCanaryAnalysis(rolledBack, analysis('error'))).toMatchObject({ decision: 'rollback', canaryWeight: 0 });
  });
});
