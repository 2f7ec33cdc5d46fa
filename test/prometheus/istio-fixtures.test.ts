// The generated OpenMetrics text holds consistent counters; test/prometheus/client.test.ts checks the
// figures Prometheus reads from it.
import {
  FIXTURE_END,
  FIXTURE_START,
  FIXTURE_STEP_SECONDS,
  ISTIO_BUCKETS_MS,
  SCENARIOS,
  errorRateAt,
  istioFixtures,
  latencyShares
} from '../../scripts/prometheus/istio-fixtures.js';

const text = istioFixtures();
const SAMPLES = (FIXTURE_END.getTime() - FIXTURE_START.getTime()) / 1000 / FIXTURE_STEP_SECONDS + 1;

interface Series {
  name: string;
  labels: Record<string, string>;
  times: number[];
  values: number[];
}

/** Every series by `name{labels}`, in the order of the text; the families in the order of their # TYPE lines. */
function parse(): { series: Map<string, Series>; families: string[] } {
  const series = new Map<string, Series>();
  const families: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line === '# EOF') continue;
    const type = /^# TYPE (\w+) (counter|histogram)$/.exec(line);
    if (type) {
      families.push(type[1]!);
      continue;
    }
    const sample = /^(\w+)\{([^}]*)\} (\S+) (\d+)$/.exec(line);
    if (!sample) throw new Error(`not a sample: ${line}`);
    const [, name, labelText, value, time] = sample;
    if (!name!.startsWith(families.at(-1)!)) throw new Error(`${name} outside its family, after # TYPE ${families.at(-1)}`);
    const key = `${name}{${labelText}}`;
    const labels = Object.fromEntries([...labelText!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    if (!series.has(key)) series.set(key, { name: name!, labels, times: [], values: [] });
    series.get(key)!.times.push(Number(time));
    series.get(key)!.values.push(Number(value));
  }
  return { series, families };
}

const { series, families } = parse();
const find = (name: string, labels: Record<string, string>) =>
  [...series.values()].filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

describe('the Istio fixtures', () => {
  it('are OpenMetrics: a # TYPE line per family, each family in one piece, # EOF at the end', () => {
    expect(families).toEqual(['istio_requests', 'istio_request_duration_milliseconds', 'sessions', 'orders']);
    expect(text.endsWith('\n# EOF\n')).toBe(true);
    expect(text.length).toBeLessThan(40e6);
  });

  it('sample every series every 15 s from FIXTURE_START to FIXTURE_END, counters never going down', () => {
    const times = Array.from({ length: SAMPLES }, (_, i) => FIXTURE_START.getTime() / 1000 + i * FIXTURE_STEP_SECONDS);
    const wrong = [];
    for (const [key, s] of series) {
      if (s.times.length !== times.length || s.times.some((t, i) => t !== times[i])) wrong.push(`${key}: not sampled every 15 s`);
      if (s.values.some((v, i) => i > 0 && v < s.values[i - 1]!)) wrong.push(`${key}: goes down`);
    }
    expect(wrong).toEqual([]);
    expect(series.size).toBe(15 * (3 + ISTIO_BUCKETS_MS.length + 3) + 4);
  });

  it('give each histogram buckets that grow with le, its +Inf bucket and _count equal to the requests of all codes', () => {
    let versions = 0;
    for (const { app, stable, canary } of SCENARIOS) {
      for (const [version, traffic] of [['v1', stable] as const, ['v2', canary] as const]) {
        const labels = { destination_app: app, destination_version: version };
        const buckets = find('istio_request_duration_milliseconds_bucket', labels);
        const requests = find('istio_requests_total', labels);
        if (!traffic) {
          expect([...buckets, ...requests]).toEqual([]);
          continue;
        }
        versions++;
        expect(buckets.map((b) => b.labels.le)).toEqual([...ISTIO_BUCKETS_MS.map(String), '+Inf']);
        expect(requests.map((r) => r.labels.response_code)).toEqual(['200', '404', '503']);
        const [count] = find('istio_request_duration_milliseconds_count', labels);
        const [sum] = find('istio_request_duration_milliseconds_sum', labels);
        const wrong = [];
        for (let i = 0; i < SAMPLES; i++) {
          const cumulative = buckets.map((b) => b.values[i]!);
          if (cumulative.some((n, j) => j > 0 && n < cumulative[j - 1]!)) wrong.push(`${app} ${version} sample ${i}: buckets not cumulative`);
          if (cumulative.at(-1) !== count!.values[i]) wrong.push(`${app} ${version} sample ${i}: +Inf bucket is not _count`);
          if (requests.reduce((total, r) => total + r.values[i]!, 0) !== count!.values[i])
            wrong.push(`${app} ${version} sample ${i}: _count is not the requests`);
        }
        expect(wrong).toEqual([]);
        // each code's count is rounded on its own
        expect(Math.abs(count!.values.at(-1)! - traffic.requestsPerSecond * 3600)).toBeLessThanOrEqual(1);
        const mean = sum!.values.at(-1)! / count!.values.at(-1)!;
        expect(mean).toBeGreaterThan(traffic.p99Ms / 10);
        expect(mean).toBeLessThan(traffic.p99Ms);
      }
    }
    expect(versions).toBe(15);
  });

  it('place each p99 exactly, as histogram_quantile interpolates between two buckets', () => {
    for (const p99 of [80, 400, 3]) {
      const shares = latencyShares(p99);
      const hi = shares.findIndex((s) => s >= 0.99);
      const [lo, loShare] = [ISTIO_BUCKETS_MS[hi - 1]!, shares[hi - 1]!];
      expect(lo + (ISTIO_BUCKETS_MS[hi]! - lo) * ((0.99 - loShare) / (shares[hi]! - loShare))).toBeCloseTo(p99, 9);
    }
    expect(() => latencyShares(0.2)).toThrow('p99 0.2 ms must be above 0.5 ms');
  });

  it("give the flaky canary its bad windows' error rate", () => {
    const flaky = SCENARIOS.find((s) => s.app === 'flaky')!.canary!;
    expect([0, 9.75, 10, 29.75, 30, 39.75, 40].map((m) => errorRateAt(flaky, m))).toEqual([0.04, 0.04, 0.005, 0.005, 0.04, 0.04, 0.005]);
  });
});
