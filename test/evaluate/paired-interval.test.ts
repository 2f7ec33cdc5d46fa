import { CONFIDENCE_Z, confidenceZ } from '../../src/evaluate/confidence.js';
import { pairedDifferenceInterval, type PairedTable } from '../../src/evaluate/paired-interval.js';
import type { Interval } from '../../src/model/evidence.js';
import { readJson } from '../support/fixtures.js';

interface Case extends Interval {
  a: number;
  b: number;
  c: number;
  d: number;
  confidence: number;
  wald: Interval;
}

const { cases, z } = readJson<{ cases: Case[]; z: Record<string, number> }>('test/fixtures/reference/paired.json');
const TOLERANCE = 1e-9;
const table = (c: Pick<Case, 'a' | 'b' | 'c' | 'd'>): PairedTable => ({
  bothCorrect: c.a,
  candidateOnlyCorrect: c.b,
  baselineOnlyCorrect: c.c,
  neitherCorrect: c.d
});

/** Absolute error below 1e-9, and below 1e-9 of the interval's width (tiny for a million rows). */
function expectClose(actual: Interval, expected: Interval): void {
  const scale = Math.min(1, expected.high - expected.low);
  for (const bound of ['low', 'high'] as const) expect(Math.abs(actual[bound] - expected[bound])).toBeLessThan(TOLERANCE * scale);
}

describe("Newcombe's square-and-add interval for paired proportions", () => {
  test.each(cases.map((c) => [`${c.a}, ${c.b}, ${c.c}, ${c.d} at ${c.confidence}`, c]))('%s matches test/reference/paired.py', (_name, c) => {
    expectClose(pairedDifferenceInterval(table(c), confidenceZ(c.confidence)), c);
  });

  test('the z of each level is scipy.stats.norm.ppf(1 - (1 - confidence)/2)', () => {
    expect(Object.fromEntries([...CONFIDENCE_Z].map(([level, value]) => [String(level), value]))).toEqual(z);
    expect(() => confidenceZ(0.97)).toThrow(RangeError);
  });

  test('the published example: Cavo et al. (2012) in Fagerland, Lydersen & Laake (2014), -0.0621 (-0.1186 to -0.0046)', () => {
    const interval = pairedDifferenceInterval({ bothCorrect: 59, candidateOnlyCorrect: 6, baselineOnlyCorrect: 16, neitherCorrect: 80 }, confidenceZ(0.95));
    expect(interval.low.toFixed(4)).toBe('-0.1186');
    expect(interval.high.toFixed(4)).toBe('-0.0046');
  });

  test('unlike the Wald interval it does not collapse when the models never disagree', () => {
    const same = cases.find((c) => c.b === 0 && c.c === 0 && c.a === 9500 && c.confidence === 0.95)!;
    expect(same.wald).toEqual({ low: 0, high: 0 });
    const interval = pairedDifferenceInterval(table(same), confidenceZ(0.95));
    expect(interval.low).toBeLessThan(-1e-4);
    expect(interval.high).toBeGreaterThan(1e-4);
  });

  test('the cases tell it apart from the Wald interval, and it stays inside [-1, 1]', () => {
    expect(cases.filter((c) => Math.abs(c.low - c.wald.low) > 1e-6).length).toBeGreaterThan(cases.length / 2);
    for (const c of cases) {
      const interval = pairedDifferenceInterval(table(c), confidenceZ(c.confidence));
      expect(interval.low).toBeGreaterThanOrEqual(-1);
      expect(interval.high).toBeLessThanOrEqual(1);
    }
  });

  test('no rows, or a negative count, is a RangeError', () => {
    expect(() => pairedDifferenceInterval({ bothCorrect: 0, candidateOnlyCorrect: 0, baselineOnlyCorrect: 0, neitherCorrect: 0 }, 1.96)).toThrow(RangeError);
    expect(() => pairedDifferenceInterval({ bothCorrect: 1, candidateOnlyCorrect: -1, baselineOnlyCorrect: 0, neitherCorrect: 0 }, 1.96)).toThrow(RangeError);
  });
});
