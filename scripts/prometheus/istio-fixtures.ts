// Istio's standard metrics for a stable (v1) and a canary (v2), one scenario per destination_app,
// as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`:
//   npx tsx scripts/prometheus/istio-fixtures.ts FILE
// The tests (test/support/prometheus.ts) write it to a temporary folder and backfill a real Prometheus
// with it. Purely arithmetic, so the same file every time; the expected figures are in SCENARIOS.
//
// Simplifications of what Istio exposes: only reporter="destination" series, and the duration
// histogram carries no response_code label (one histogram per version, over all its requests).
import { writeFile } from 'node:fs/promises';

/** The first sample, and the instant every counter is 0. */
export const FIXTURE_START = new Date('2026-11-01T00:00:00Z');
export const FIXTURE_STEP_SECONDS = 15;
export const FIXTURE_DURATION_SECONDS = 3600;
/** The last sample. */
export const FIXTURE_END = new Date(FIXTURE_START.getTime() + FIXTURE_DURATION_SECONDS * 1000);

export const NAMESPACE = 'ml-serving';
/** Share of every version's requests answered 404: client errors, which no 5xx ratio should count. */
export const CLIENT_ERROR_RATE = 0.01;
/** Istio's default buckets of istio_request_duration_milliseconds, in ms. */
export const ISTIO_BUCKETS_MS: readonly number[] = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000
];

export interface Traffic {
  requestsPerSecond: number;
  /** Share of requests answered 503. */
  errorRate: number;
  /** The 99th percentile latency, in ms, exactly as histogram_quantile interpolates it from the buckets. */
  p99Ms: number;
  /** Minutes since FIXTURE_START, [from, to), in which the 503 share is `errorRate` instead. */
  badWindows?: readonly { fromMinute: number; toMinute: number; errorRate: number }[];
}

/** A business metric: counters sessions_total and orders_total{namespace, app, version}; conversion = orders / sessions. */
export interface Business {
  sessionsPerSecond: number;
  conversion: number;
}

export interface Scenario {
  /** destination_app, destination_service_name; the stable's workload, and `<app>-canary` the canary's. */
  app: string;
  stable: Traffic;
  /** None: no series of v2 exist. */
  canary?: Traffic;
  business?: { stable: Business; canary: Business };
}

const healthy: Traffic = { requestsPerSecond: 50, errorRate: 0.005, p99Ms: 80 };
const healthyCanary: Traffic = { ...healthy, requestsPerSecond: 10 };

export const SCENARIOS: readonly Scenario[] = [
  { app: 'healthy', stable: healthy, canary: healthyCanary },
  { app: 'errors', stable: healthy, canary: { ...healthyCanary, errorRate: 0.03 } },
  { app: 'slow', stable: healthy, canary: { ...healthyCanary, p99Ms: 400 } },
  {
    app: 'business',
    stable: healthy,
    canary: healthyCanary,
    business: { stable: { sessionsPerSecond: 20, conversion: 0.05 }, canary: { sessionsPerSecond: 5, conversion: 0.04 } }
  },
  // 60 requests in 10 minutes
  { app: 'little', stable: healthy, canary: { ...healthyCanary, requestsPerSecond: 0.1 } },
  { app: 'nocanary', stable: healthy },
  {
    app: 'flaky',
    stable: healthy,
    canary: {
      ...healthyCanary,
      badWindows: [
        { fromMinute: 0, toMinute: 10, errorRate: 0.04 },
        { fromMinute: 30, toMinute: 40, errorRate: 0.04 }
      ]
    }
  },
  { app: 'share', stable: { ...healthy, requestsPerSecond: 75 }, canary: { ...healthy, requestsPerSecond: 25 } }
];

/** The 503 share of `traffic` at `minute` since FIXTURE_START. */
export function errorRateAt(traffic: Traffic, minute: number): number {
  return traffic.badWindows?.find((w) => minute >= w.fromMinute && minute < w.toMinute)?.errorRate ?? traffic.errorRate;
}

/**
 * The share of requests at most each bucket's bound (the last one +Inf): all at most the bucket
 * above p99, and the share at most the bucket below it set so that linear interpolation between the
 * two gives p99 exactly; each bucket further down holds half of the one above.
 */
export function latencyShares(p99Ms: number): number[] {
  const hiIndex = ISTIO_BUCKETS_MS.findIndex((le) => le >= p99Ms);
  if (hiIndex < 1) throw new Error(`p99 ${p99Ms} ms must be above ${ISTIO_BUCKETS_MS[0]} ms and at most ${ISTIO_BUCKETS_MS.at(-1)} ms`);
  const lo = ISTIO_BUCKETS_MS[hiIndex - 1]!;
  const hi = ISTIO_BUCKETS_MS[hiIndex]!;
  const f = (p99Ms - lo) / (hi - lo);
  const atLo = (0.99 - f) / (1 - f);
  const shares = ISTIO_BUCKETS_MS.map((_, i) => (i >= hiIndex ? 1 : atLo * 0.5 ** (hiIndex - 1 - i)));
  return [...shares, 1];
}

/** The mean latency those shares imply, each bucket's requests at its middle. */
function meanLatencyMs(shares: readonly number[]): number {
  let mean = 0;
  for (let i = 0; i < ISTIO_BUCKETS_MS.length; i++) {
    const below = i === 0 ? 0 : ISTIO_BUCKETS_MS[i - 1]!;
    mean += (shares[i]! - (i === 0 ? 0 : shares[i - 1]!)) * ((below + ISTIO_BUCKETS_MS[i]!) / 2);
  }
  return mean;
}

const STEPS = FIXTURE_DURATION_SECONDS / FIXTURE_STEP_SECONDS;
const startSeconds = FIXTURE_START.getTime() / 1000;

function labels(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([name, value]) => `${name}="${value}"`)
    .join(',');
}

/**
 * The cumulative counts of one version's requests at each sample, by response code, and their sum.
 * Each code's count is its own real counter rounded, so each is monotone and the total is their sum.
 */
function cumulativeRequests(traffic: Traffic): { byCode: Record<'200' | '404' | '503', number[]>; total: number[] } {
  const counts = { '200': [0], '404': [0], '503': [0] };
  const real = { '200': 0, '404': 0, '503': 0 };
  for (let step = 0; step < STEPS; step++) {
    const requests = traffic.requestsPerSecond * FIXTURE_STEP_SECONDS;
    const errorRate = errorRateAt(traffic, (step * FIXTURE_STEP_SECONDS) / 60);
    real['503'] += requests * errorRate;
    real['404'] += requests * CLIENT_ERROR_RATE;
    real['200'] += requests * (1 - errorRate - CLIENT_ERROR_RATE);
    for (const code of ['200', '404', '503'] as const) counts[code].push(Math.round(real[code]));
  }
  const total = counts['200'].map((ok, i) => ok + counts['404'][i]! + counts['503'][i]!);
  return { byCode: counts, total };
}

/** One series' lines: `name{labels} value timestamp`, a sample every step, integer counts. */
function series(name: string, labelText: string, values: readonly number[], round = Math.round): string {
  const lines = values.map((value, i) => `${name}{${labelText}} ${round(value)} ${startSeconds + i * FIXTURE_STEP_SECONDS}`);
  return lines.join('\n') + '\n';
}

function versionLabels(app: string, version: 'v1' | 'v2'): Record<string, string> {
  return {
    reporter: 'destination',
    destination_workload_namespace: NAMESPACE,
    destination_workload: version === 'v1' ? app : `${app}-canary`,
    destination_app: app,
    destination_version: version,
    destination_service_name: app,
    destination_service: `${app}.${NAMESPACE}.svc.cluster.local`
  };
}

interface Version {
  app: string;
  version: 'v1' | 'v2';
  traffic: Traffic;
}

function versions(): Version[] {
  return SCENARIOS.flatMap((s) => [
    { app: s.app, version: 'v1' as const, traffic: s.stable },
    ...(s.canary ? [{ app: s.app, version: 'v2' as const, traffic: s.canary }] : [])
  ]);
}

function requestsFamily(): string[] {
  const out = ['# TYPE istio_requests counter\n'];
  for (const { app, version, traffic } of versions()) {
    const base = versionLabels(app, version);
    for (const [code, counts] of Object.entries(cumulativeRequests(traffic).byCode)) {
      out.push(series('istio_requests_total', labels({ ...base, response_code: code }), counts));
    }
  }
  return out;
}

function durationFamily(): string[] {
  const name = 'istio_request_duration_milliseconds';
  const out = [`# TYPE ${name} histogram\n`];
  for (const { app, version, traffic } of versions()) {
    const { total } = cumulativeRequests(traffic);
    const shares = latencyShares(traffic.p99Ms);
    const base = versionLabels(app, version);
    const bounds = [...ISTIO_BUCKETS_MS.map(String), '+Inf'];
    bounds.forEach((le, i) =>
      out.push(
        series(
          `${name}_bucket`,
          labels({ ...base, le }),
          total.map((n) => n * shares[i]!)
        )
      )
    );
    const mean = meanLatencyMs(shares);
    out.push(
      series(
        `${name}_sum`,
        labels(base),
        total.map((n) => n * mean),
        (x) => Math.round(x * 1000) / 1000
      )
    );
    out.push(series(`${name}_count`, labels(base), total));
  }
  return out;
}

function businessFamilies(): string[] {
  const sessions = ['# TYPE sessions counter\n'];
  const orders = ['# TYPE orders counter\n'];
  for (const { app, business } of SCENARIOS) {
    if (!business) continue;
    for (const [version, b] of [['v1', business.stable] as const, ['v2', business.canary] as const]) {
      const count = Array.from({ length: STEPS + 1 }, (_, i) => i * FIXTURE_STEP_SECONDS * b.sessionsPerSecond);
      const labelText = labels({ namespace: NAMESPACE, app, version });
      sessions.push(series('sessions_total', labelText, count));
      orders.push(
        series(
          'orders_total',
          labelText,
          count.map((n) => n * b.conversion)
        )
      );
    }
  }
  return [...sessions, ...orders];
}

/** The whole OpenMetrics text: each family's series one after the other, time ascending within a series. */
export function istioFixtures(): string {
  return [...requestsFamily(), ...durationFamily(), ...businessFamilies(), '# EOF\n'].join('');
}

export async function writeIstioFixtures(file: string): Promise<void> {
  await writeFile(file, istioFixtures());
}

if (process.argv[1]?.endsWith('istio-fixtures.ts')) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx scripts/prometheus/istio-fixtures.ts FILE');
  await writeIstioFixtures(file);
  console.log('%s: %d scenarios from %s to %s', file, SCENARIOS.length, FIXTURE_START.toISOString(), FIXTURE_END.toISOString());
}
