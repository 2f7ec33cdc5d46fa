import { float16Bits, float16Value, isFiniteFloat16 } from '../../src/measure/float16.js';
import { latencyStats, minimumSamples, percentile, percentileRatios, quantileInterval, sortedCopy } from '../../src/measure/latency-stats.js';
import { readJson } from '../support/fixtures.js';
import type { LatencyStats, Percentile, QuantileInterval } from '../../src/model/latency.js';

// Written by test/reference/latency.py (NumPy's np.quantile, SciPy's binom.cdf).
interface Reference {
  samples: { name: string; batchSize: number; durationsMs: number[]; expected: Omit<LatencyStats, 'notes'> }[];
  comparisons: {
    name: string;
    candidateMs: number[];
    baselineMs: number[];
    expected: Record<Percentile, { ratio: number; interval: { low: number; high: number } | null }>;
  }[];
  minimumSamples: { q: number; confidence: number; n: number }[];
  float16: { value: number; bits: number }[];
}

const reference = readJson<Reference>('test/fixtures/reference/latency.json');
const TOLERANCE = 1e-9;

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(expected)));
}

function sameInterval(actual: QuantileInterval | null, expected: QuantileInterval | null): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect(actual!.ranks).toEqual(expected.ranks);
  close(actual!.low, expected.low);
  close(actual!.high, expected.high);
  close(actual!.coverage, expected.coverage);
}

describe.each(reference.samples.map((s) => [s.name, s] as const))('statistics of %s match NumPy and SciPy', (_name, sample) => {
  const stats = latencyStats(sample.durationsMs, sample.batchSize);
  const expected = sample.expected;

  test('count, mean, percentiles (NumPy linear), max and throughput', () => {
    expect(stats.samples).toBe(expected.samples);
    for (const key of ['meanMs', 'p50Ms', 'p90Ms', 'p95Ms', 'p99Ms', 'maxMs', 'throughputPerSecond'] as const) close(stats[key], expected[key]);
  });

  test('order-statistic intervals for p50 and p99, or null with a note saying how many runs are needed', () => {
    sameInterval(stats.p50Interval, expected.p50Interval);
    sameInterval(stats.p99Interval, expected.p99Interval);
    if (expected.p99Interval === null) expect(stats.notes).toContain(`p99: no 95% interval from ${stats.samples} runs; it needs at least 299`);
    if (expected.p50Interval === null) expect(stats.notes).toContain(`p50: no 95% interval from ${stats.samples} runs; it needs at least 6`);
    if (expected.p50Interval !== null && expected.p99Interval !== null) expect(stats.notes).toEqual([]);
  });
});

test('the reference covers the edges: p99 gets its first interval at 299 runs and p50 at 6', () => {
  const byRuns = new Map(reference.samples.map((s) => [s.expected.samples, s.expected]));
  expect(byRuns.get(298)?.p99Interval).toBeNull();
  expect(byRuns.get(299)?.p99Interval).not.toBeNull();
  expect(byRuns.get(5)?.p50Interval).toBeNull();
  expect(byRuns.get(20)?.p50Interval).not.toBeNull();
});

describe.each(reference.comparisons.map((c) => [c.name, c] as const))('candidate ÷ baseline for %s matches the reference', (_name, comparison) => {
  test.each(['p50', 'p90', 'p95', 'p99'] as const)('%s', (name) => {
    const actual = percentileRatios(comparison.candidateMs, comparison.baselineMs)[name];
    const expected = comparison.expected[name];
    close(actual.ratio, expected.ratio);
    if (expected.interval === null) {
      expect(actual.interval).toBeNull();
      expect(actual.note).toMatch(new RegExp(`^${name}: no 95% interval for the ratio from \\d+ runs of each model; it needs at least \\d+$`));
    } else {
      close(actual.interval!.low, expected.interval.low);
      close(actual.interval!.high, expected.interval.high);
      expect(actual.interval!.low).toBeLessThanOrEqual(actual.ratio);
      expect(actual.interval!.high).toBeGreaterThanOrEqual(actual.ratio);
    }
  });
});

test.each(reference.minimumSamples.map((m) => [m.q, m.confidence, m.n]))(
  'the fewest runs for an interval of the %s-quantile at %s is %s',
  (q, confidence, n) => {
    expect(minimumSamples(q, confidence)).toBe(n);
    const ranks = (count: number): QuantileInterval | null => quantileInterval(sortedCopy(Array.from({ length: count }, (_, i) => i)), q, confidence);
    expect(ranks(n - 1)).toBeNull();
    expect(ranks(n)).not.toBeNull();
  }
);

describe('percentiles and intervals', () => {
  test('interpolates between order statistics as NumPy does', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0.9)).toBe(46);
    expect(percentile([7], 0.99)).toBe(7);
  });

  test('the order of the runs does not matter', () => {
    const runs = reference.samples.find((s) => s.durationsMs.length === 1000)!.durationsMs;
    expect(latencyStats([...runs].reverse(), 1)).toEqual(latencyStats(runs, 1));
  });

  test('throughput counts every item of a batch: 10 runs of 4 items in 2 ms each is 2000 items/s', () => {
    expect(latencyStats(Array(10).fill(2), 4).throughputPerSecond).toBe(2000);
  });

  test('an interval on a million runs still reaches its confidence and is centred on the quantile', () => {
    const n = 1_000_000;
    const interval = quantileInterval(sortedCopy(Array.from({ length: n }, (_, i) => i + 1)), 0.99, 0.95)!;
    expect(interval.coverage).toBeGreaterThanOrEqual(0.95);
    expect(interval.coverage).toBeLessThan(0.96);
    // ±1.96 standard deviations of Binomial(n, 0.99) is ±195 ranks around 990000
    expect(Math.abs(interval.ranks.low - (990_000 - 195))).toBeLessThanOrEqual(2);
    expect(Math.abs(interval.ranks.high - (990_000 + 196))).toBeLessThanOrEqual(2);
  });

  test('no runs is a programming error, not a silent zero', () => {
    expect(() => latencyStats([], 1)).toThrow(RangeError);
  });
});

describe('float16', () => {
  test.each(reference.float16.map((c) => [c.value, c.bits]))('%s rounds to the bits NumPy gives (%s)', (value, bits) => {
    expect(float16Bits(value)).toBe(bits);
  });

  test('decoding the bits gives back every float16 value, and only infinities and NaN are not finite', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      const value = float16Value(bits);
      expect(isFiniteFloat16(bits)).toBe(Number.isFinite(value));
      if (!Number.isNaN(value)) expect(float16Bits(value)).toBe(bits);
    }
    expect(float16Bits(Number.NaN)).toBe(0x7e00);
    expect(float16Bits(Infinity)).toBe(0x7c00);
    expect(float16Bits(-Infinity)).toBe(0xfc00);
  });
});
