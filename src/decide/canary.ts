// Judging the canary on its live metrics against the stable's, in the gate vocabulary: the canary's
// value is the candidate, the stable's the baseline. Too little evidence is inconclusive, never a pass.
import { newcombeDifference } from '../evaluate/newcombe.js';
import type { CanaryAnalysis, CanaryAnalysisConfig, LiveCheck, LiveMetricResult, LiveMetricSpec, LiveSide, LiveStatus } from '../model/canary.js';
import type { MetricSet } from '../model/metrics.js';
import type { Report } from '../model/report.js';
import { decimal, toNumber } from './decimal.js';
import { evaluateGates } from './gates.js';

/** What Prometheus gave for one side of one metric in a check's window. */
export interface SideReading {
  /** The metric's value; null without a series, NaN for 0/0. */
  value: number | null;
  /** The series the value's query gave, when more than the one expected. */
  series?: number;
  requests: number | null;
  /** For rates of requests: the requests that count. */
  events?: number | null;
  /** For latency quantiles: cumulative bucket counts by upper bound (`le`, Infinity for +Inf). */
  buckets?: ReadonlyArray<{ le: number; count: number }>;
}

/** One metric at one check: inconclusive without enough requests or a value on both sides, else its gate. */
export function judgeMetric(spec: LiveMetricSpec, canary: SideReading, stable: SideReading, minRequests: number): LiveMetricResult {
  const sides = { canary: side(canary), stable: side(stable) };
  const severity = spec.gate.severity;
  // results are named by the gate's id: two gates may watch one metric
  const metric = spec.gate.id;
  const inconclusive = (message: string): LiveMetricResult => ({
    metric,
    severity,
    status: 'inconclusive',
    ...sides,
    difference: null,
    threshold: null,
    message
  });
  for (const [name, reading] of [
    ['canary', canary],
    ['stable', stable]
  ] as const) {
    if (reading.requests === null || !Number.isFinite(reading.requests)) return inconclusive(`no requests from the ${name} in the window: no series`);
    if (reading.requests < minRequests)
      return inconclusive(`${Math.round(reading.requests)} requests from the ${name} in the window, fewer than min-requests ${minRequests}`);
    if (reading.series !== undefined && reading.series > 1) {
      return inconclusive(`the ${name}'s query gave ${reading.series} series where one was expected: aggregate it (sum, avg) to one value`);
    }
    if (reading.value === null) return inconclusive(`no ${spec.name} series for the ${name}`);
    if (!Number.isFinite(reading.value)) return inconclusive(`${spec.name} of the ${name} is ${reading.value}: no value to compare`);
  }
  const [c, s] = [sides.canary.value as number, sides.stable.value as number];
  const set = (value: number, source: string): MetricSet => ({
    model: {},
    values: new Map([[spec.gate.metric, { name: spec.gate.metric, value, source }]]),
    fairness: new Map(),
    warnings: []
  });
  const { results } = evaluateGates(
    { source: 'canary analysis', fromFile: false, gates: [spec.gate] },
    { candidate: set(c, 'the canary'), candidateName: 'the canary', baseline: set(s, 'the stable'), baselineName: 'the stable' }
  );
  const failed = results.find((r) => r.status === 'fail');
  const shown = failed ?? results[0];
  const interval = rateInterval(canary, stable);
  return {
    metric,
    severity,
    status: failed ? 'fail' : 'pass',
    ...sides,
    // as the gates compare: in decimal, so 0.005 − 0.005 is 0, not float noise
    difference: toNumber(decimal(c).minus(decimal(s))),
    ...(interval ? { differenceInterval: interval } : {}),
    threshold: shown?.threshold ?? null,
    ...(shown?.thresholdFrom ? { thresholdFrom: shown.thresholdFrom } : {}),
    message: results.map((r) => r.message).join('; ')
  };
}

/** A check fails when a blocking metric failed; it is inconclusive when a metric was, or a warn metric failed. */
export function judgeCheck(time: Date, metrics: LiveMetricResult[]): LiveCheck {
  const status: LiveStatus = metrics.some((m) => m.status === 'fail' && m.severity === 'block')
    ? 'fail'
    : metrics.some((m) => m.status !== 'pass')
      ? 'inconclusive'
      : 'pass';
  return { time: time.toISOString(), status, metrics };
}

/**
 * The failed checks that roll back: the configured limit, or every check the watch makes when it
 * makes fewer (a single check, with duration 0, decides alone).
 */
export function failureLimit(config: Pick<CanaryAnalysisConfig, 'failureLimit' | 'durationSeconds' | 'intervalSeconds'>): number {
  return Math.min(config.failureLimit, plannedChecks(config));
}

/** The checks a watch makes: one, then one every interval until the duration has passed. */
export function plannedChecks(config: Pick<CanaryAnalysisConfig, 'durationSeconds' | 'intervalSeconds'>): number {
  return config.durationSeconds === 0 ? 1 : Math.floor(config.durationSeconds / config.intervalSeconds) + 1;
}

/** The analysis's verdict over its checks. */
export function summarize(checks: readonly LiveCheck[], limit: number): Pick<CanaryAnalysis, 'status' | 'reason' | 'failedChecks'> {
  const failedChecks = checks.filter((check) => check.status === 'fail').length;
  if (checks.length === 0) return { status: 'inconclusive', reason: 'no check was made', failedChecks };
  if (failedChecks >= limit) {
    return {
      status: 'failed',
      reason: `${failedChecks} of ${checks.length} check${checks.length > 1 ? 's' : ''} failed, the failure limit is ${limit}`,
      failedChecks
    };
  }
  const notPassed = checks.filter((check) => check.status !== 'pass').length;
  if (notPassed > 0) {
    const why = failedChecks > 0 ? `${failedChecks} failed (the failure limit is ${limit})` : `${notPassed} inconclusive or failed a warn gate`;
    return { status: 'inconclusive', reason: `${notPassed} of ${checks.length} checks did not pass: ${why}`, failedChecks };
  }
  return { status: 'passed', reason: checks.length === 1 ? 'the check passed' : `all ${checks.length} checks passed`, failedChecks };
}

/**
 * The report once the live analysis is in: a failed analysis rolls back; an error, an inconclusive
 * check or a failed warn gate holds (never advances); a passed one leaves the offline decision.
 * `passed` stays true only when no blocking gate failed and nothing was inconclusive.
 */
export function withCanaryAnalysis(report: Report, analysis: CanaryAnalysis): Report {
  const withSection = { ...report, canaryAnalysis: analysis };
  switch (analysis.status) {
    case 'skipped':
    case 'passed':
      return withSection;
    case 'failed':
      return { ...withSection, decision: 'rollback', canaryWeight: 0, passed: false };
    case 'error':
      return {
        ...withSection,
        decision: report.decision === 'rollback' ? 'rollback' : 'hold',
        canaryWeight: report.decision === 'rollback' ? 0 : report.previousWeight,
        passed: false
      };
    case 'inconclusive': {
      const evidenceMissing = analysis.checks.some((check) =>
        check.metrics.some((m) => m.status === 'inconclusive' || (m.status === 'fail' && m.severity === 'block'))
      );
      return { ...withSection, decision: 'hold', canaryWeight: report.previousWeight, passed: report.passed && !evidenceMissing };
    }
  }
}

function side(reading: SideReading): LiveSide {
  // Prometheus computes rates and quantiles in binary floats: 12 significant digits drop their noise
  // (0.004999999999999999 is 0.005, 80.00000000000007 is 80) and keep far more than a metric means
  const value = reading.value === null || !Number.isFinite(reading.value) ? null : Number(reading.value.toPrecision(12));
  const bucket = value === null || !reading.buckets ? undefined : bucketAround(value, reading.buckets);
  return {
    value,
    requests: reading.requests === null || !Number.isFinite(reading.requests) ? null : reading.requests,
    ...(reading.events !== undefined && reading.events !== null && Number.isFinite(reading.events) ? { events: reading.events } : {}),
    ...(bucket ? { bucket } : {})
  };
}

/** histogram_quantile interpolates inside a bucket: the value's resolution is that bucket's width. */
function bucketAround(value: number, buckets: ReadonlyArray<{ le: number }>): { low: number; high: number | null } {
  const bounds = [...new Set(buckets.map((b) => b.le))].sort((a, b) => a - b);
  const upper = bounds.findIndex((le) => value <= le);
  if (upper === -1 || !Number.isFinite(bounds[upper] as number)) return { low: bounds.filter(Number.isFinite).at(-1) ?? 0, high: null };
  return { low: upper === 0 ? 0 : (bounds[upper - 1] as number), high: bounds[upper] as number };
}

/** The 95% interval of canary − stable for a rate of requests: Newcombe's hybrid score on the request counts. */
function rateInterval(canary: SideReading, stable: SideReading) {
  if (canary.events == null || stable.events == null || canary.requests == null || stable.requests == null) return undefined;
  // increase() extrapolates to the window's edges: counts are whole requests, so round them
  const [x1, n1, x2, n2] = [canary.events, canary.requests, stable.events, stable.requests].map(Math.round) as [number, number, number, number];
  if (!(n1 > 0 && n2 > 0) || x1 > n1 || x2 > n2) return undefined;
  return newcombeDifference(x1, n1, x2, n2) ?? undefined;
}
