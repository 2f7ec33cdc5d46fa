import { wilsonInterval } from '../../src/evaluate/wilson.js';
import { readJson } from '../support/fixtures.js';

interface Case {
  k: number;
  n: number;
  low: number;
  high: number;
}

const { cases } = readJson<{ cases: Case[] }>('test/fixtures/reference/wilson.json');

describe('Wilson score interval', () => {
  test.each(cases.map((c) => [c.k, c.n, c]))('k=%d n=%d matches SciPy binomtest().proportion_ci(wilson)', (_k, _n, c) => {
    const { low, high } = wilsonInterval(c.k, c.n);
    expect(Math.abs(low - c.low)).toBeLessThan(1e-12);
    expect(Math.abs(high - c.high)).toBeLessThan(1e-12);
  });

  test('has reference cases at both ends of the range', () => {
    expect(cases.some((c) => c.k === 0)).toBe(true);
    expect(cases.some((c) => c.k === c.n)).toBe(true);
    expect(cases.length).toBeGreaterThan(30);
  });

  test('refuses an empty sample', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
  });
});
