import { newcombeDifference } from '../../src/evaluate/newcombe.js';
import { wilsonInterval } from '../../src/evaluate/wilson.js';
import type { Interval } from '../../src/model/evidence.js';
import { readJson } from '../support/fixtures.js';

interface Case extends Interval {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  wald: Interval;
  wilson1: Interval;
  wilson2: Interval;
}

const { cases } = readJson<{ cases: Case[] }>('test/fixtures/reference/newcombe.json');
const TOLERANCE = 1e-9;
const name = (c: Case): string => `${c.x1}/${c.n1} - ${c.x2}/${c.n2}`;

/** Absolute error below 1e-9, and below 1e-9 of the interval's width (which is tiny for a million requests). */
function expectClose(actual: Interval, expected: Interval): void {
  const scale = Math.min(1, expected.high - expected.low);
  for (const bound of ['low', 'high'] as const) {
    expect(Math.abs(actual[bound] - expected[bound])).toBeLessThan(TOLERANCE * scale);
  }
}

describe('Newcombe hybrid score interval for p1 - p2', () => {
  test.each(cases.map((c) => [name(c), c]))('%s matches statsmodels confint_proportions_2indep(method="newcomb")', (_name, c) => {
    const interval = newcombeDifference(c.x1, c.n1, c.x2, c.n2);
    expect(interval).not.toBeNull();
    expectClose(interval!, c);
  });

  test('the Wilson intervals it is built from are those of statsmodels proportion_confint(method="wilson")', () => {
    for (const c of cases) {
      expectClose(wilsonInterval(c.x1, c.n1), c.wilson1);
      expectClose(wilsonInterval(c.x2, c.n2), c.wilson2);
    }
  });

  test('the reference cases tell it from the Wald interval', () => {
    const differs = (c: Case): boolean => Math.abs(c.low - c.wald.low) > 1e-6 || Math.abs(c.high - c.wald.high) > 1e-6;
    expect(cases.filter(differs).length).toBeGreaterThan(cases.length * 0.8);
    // no canary error in 200 requests: Wald's interval is [-0.0013, 0.0001], as if the canary were known to be no worse
    const interval = newcombeDifference(0, 200, 3, 5000)!;
    expect(interval.low).toBeLessThan(0);
    expect(interval.high).toBeGreaterThan(0.018);
  });

  test('reproduces Newcombe (1998) Table II, method 10, to 4 decimals', () => {
    const table: [number, number, number, number, number, number][] = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [6, 7, 2, 7, 0.0582, 0.8062],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1]
    ];
    for (const [x1, n1, x2, n2, low, high] of table) {
      const interval = newcombeDifference(x1, n1, x2, n2)!;
      expect(interval.low).toBeCloseTo(low, 4);
      expect(interval.high).toBeCloseTo(high, 4);
    }
  });

  test('swapping the two samples mirrors the interval', () => {
    for (const c of cases) {
      const forward = newcombeDifference(c.x1, c.n1, c.x2, c.n2)!;
      const backward = newcombeDifference(c.x2, c.n2, c.x1, c.n1)!;
      expect(backward.low).toBeCloseTo(-forward.high, 15);
      expect(backward.high).toBeCloseTo(-forward.low, 15);
    }
  });

  test('a side without requests is inconclusive: null', () => {
    expect(newcombeDifference(0, 0, 3, 100)).toBeNull();
    expect(newcombeDifference(3, 100, 0, 0)).toBeNull();
    expect(newcombeDifference(0, 0, 0, 0)).toBeNull();
  });

  test('refuses impossible counts and confidence levels other than 0.95', () => {
    expect(() => newcombeDifference(5, 4, 0, 10)).toThrow(RangeError);
    expect(() => newcombeDifference(-1, 4, 0, 10)).toThrow(RangeError);
    expect(() => newcombeDifference(1, 4, 0, Number.NaN)).toThrow(RangeError);
    expect(() => newcombeDifference(1, 4, 0, Infinity)).toThrow(RangeError);
    expect(() => newcombeDifference(1, 0, 0, 10)).toThrow(RangeError);
    expect(() => newcombeDifference(1, 4, 0, 10, 0.99)).toThrow(RangeError);
  });
});
