import { AbsoluteErrors, type Median } from '../../../src/read/predictions/absolute-errors.js';
import { errorShapes, random } from '../../support/absolute-errors.js';

/** numpy's median: the middle value, or the mean of the middle two. */
function numpyMedian(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** scikit-learn's _weighted_percentile at 50, by sorting. */
function weightedMedian(values: readonly number[], weights: readonly number[]): number {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const total = order.reduce((sum, i) => sum + (weights[i] as number), 0);
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i] as number;
    if (cumulative >= 0.5 * total) return values[i] as number;
  }
  throw new Error('no weight');
}

function errorsOf(values: readonly number[], maxKept: number, weights?: readonly number[]): AbsoluteErrors {
  const errors = new AbsoluteErrors(weights !== undefined, maxKept);
  values.forEach((value, i) => errors.push(value, weights?.[i] ?? 1));
  return errors;
}

describe('the median of errors in random order is numpy’s, bit for bit, with at most maxKept errors kept', () => {
  for (const [shape, value] of Object.entries(errorShapes)) {
    test(shape, () => {
      const next = random(shape.length);
      for (const n of [1, 2, 3, 100, 1001, 20_000, 20_001]) {
        const values = Array.from({ length: n }, () => value(next));
        const errors = errorsOf(values, 1024);
        expect({ n, median: errors.median() }).toEqual({ n, median: { value: numpyMedian(values) } });
        expect(errors.partial().inside.length).toBeLessThanOrEqual(1024);
      }
    });
  }
});

test('a window of 32,768 narrows by a sample of the errors: the same medians', () => {
  for (const [shape, value] of Object.entries(errorShapes)) {
    const next = random(shape.length + 1);
    const values = Array.from({ length: 300_001 }, () => value(next));
    const errors = errorsOf(values, 1 << 15);
    expect({ shape, median: errors.median() }).toEqual({ shape, median: { value: numpyMedian(values) } });
    expect(errors.partial().inside.length).toBeLessThanOrEqual(1 << 15);
  }
});

test('before selecting among many kept errors, the window narrows around the median: the same medians', () => {
  for (const [shape, value] of Object.entries(errorShapes))
    for (const n of [100_000, 100_001]) {
      const next = random(shape.length + n);
      const values = Array.from({ length: n }, () => value(next));
      const errors = errorsOf(values, 1 << 20);
      expect(errors.partial().inside.length).toBeGreaterThan(0);
      expect({ shape, n, median: errors.median() }).toEqual({ shape, n, median: { value: numpyMedian(values) } });
      if (shape === 'uniform') expect(errors.partial().inside.length).toBeLessThan(10_000);
    }
  // a sample blind to the median (every 16th error is 0.5, the rest lie in [1, 2]): the window is left as it is
  const next = random(3);
  const values = Array.from({ length: 65_536 }, (_, i) => (i % 16 ? 1 + next() : 0.5));
  const errors = errorsOf(values, 1 << 20);
  expect(errors.median()).toEqual({ value: numpyMedian(values) });
  expect(errors.partial().inside.length).toBe(65_536);
});

test('a median deep among the errors tied at the window’s end, then many errors below it: the exact median, every error counted', () => {
  // 40% in (0, 5), half exactly 5, 10% above; then errors of 1 move the median down among the 5s' ranks
  const next = random(7);
  const values = Array.from({ length: 500_000 }, () => {
    const r = next();
    return r < 0.4 ? next() * 5 : r < 0.9 ? 5 : 5 + next() * 5;
  }).concat(Array.from({ length: 137_500 }, () => 1));
  const errors = errorsOf(values, 1 << 16);
  expect(errors.median()).toEqual({ value: numpyMedian(values) });
  const part = errors.partial();
  expect(part.below + part.atLow + part.inside.length + part.atHigh + part.above).toBe(values.length);
});

test('the window narrows as rows come, and only the errors near the median are kept', () => {
  const next = random(7);
  const values = Array.from({ length: 200_000 }, () => next() * 100);
  const part = errorsOf(values, 4096).partial();
  expect(part.below + part.above).toBeGreaterThan(150_000);
  expect(part.inside.length).toBeLessThanOrEqual(4096);
  expect(part.below + part.atLow + part.inside.length + part.atHigh + part.above).toBe(200_000);
  // the window holds the median, and is narrow: a few thousand ranks of 200,000
  expect(part.low).toBeLessThan(numpyMedian(values));
  expect(part.high).toBeGreaterThan(numpyMedian(values));
  expect(part.high - part.low).toBeLessThan(5);
});

test('errors that drift along the rows so much that the median leaves the window: it wants the ranks another pass can find', () => {
  const ascending = Array.from({ length: 10_000 }, (_, i) => i);
  const errors = errorsOf(ascending, 64);
  expect(errors.median()).toEqual({
    missing:
      'the absolute errors change so much along the rows (sorted by their error?) that the median of 10,000 left the 64 errors kept around it in bounded memory, and it takes another pass over the rows'
  });
  expect(errors.wanted()).toEqual([4999, 5000]);
  errors.settle([4999, 5000]);
  expect(errors.median()).toEqual({ value: 4999.5 });
  expect(errors.wanted()).toBeUndefined();
  const odd = errorsOf([...ascending, 10_000], 64);
  expect(odd.wanted()).toEqual([5000]);
  odd.settle({ missing: 'the file changed' });
  expect(odd.median()).toEqual({ missing: 'the file changed' });
  // with room for them all, the same rows give the exact median, and want nothing
  const roomy = errorsOf(ascending, 16_384);
  expect(roomy.median()).toEqual({ value: 4999.5 });
  expect(roomy.wanted()).toBeUndefined();
});

describe('two parts merged give the median of both', () => {
  test('at every kind of split point, random order: the exact median', () => {
    const next = random(11);
    const values = Array.from({ length: 30_001 }, () => Math.floor(next() * 1000) / 7);
    for (const split of [0, 1, 500, 15_000, 29_999, 30_001]) {
      const first = errorsOf(values.slice(0, split), 1024);
      first.merge(errorsOf(values.slice(split), 1024).partial());
      expect({ split, median: first.median() }).toEqual({ split, median: { value: numpyMedian(values) } });
      // two parts' worth at most; rows pushed after the merge narrow the window back
      expect(first.partial().inside.length).toBeLessThanOrEqual(2 * 1024);
      for (const value of values.slice(0, 5000)) first.push(value, 1);
      expect(first.partial().inside.length).toBeLessThanOrEqual(1024);
    }
  });

  test('parts whose windows do not overlap: the median wants another pass', () => {
    const first = errorsOf(
      Array.from({ length: 5000 }, (_, i) => i % 100),
      64
    );
    first.merge(
      errorsOf(
        Array.from({ length: 5000 }, (_, i) => 1000 + (i % 100)),
        64
      ).partial()
    );
    expect((first.median() as { missing: string }).missing).toMatch(/the median of 10,000 left the 64 errors kept around it/);
    expect(first.wanted()).toEqual([4999, 5000]);
  });
});

describe('weighted rows: every error is kept with its weight, for scikit-learn’s weighted median', () => {
  const next = random(3);
  const values = Array.from({ length: 5001 }, () => next() * 10);
  const weights = values.map((_, i) => (i < 100 ? 1 : Math.floor(next() * 3) + 0.5));

  test('weights from early on, the rows before them weighing 1', () => {
    expect(errorsOf(values, 1 << 16, weights).median()).toEqual({ value: weightedMedian(values, weights) });
  });

  test('a weighted part merged after one that weighs 1, and the other way round', () => {
    const ones = values.map(() => 1);
    for (const [a, b] of [
      [ones, weights],
      [weights, ones]
    ] as const) {
      const first = errorsOf(values.slice(0, 2000), 1 << 16, a.slice(0, 2000));
      first.merge(errorsOf(values.slice(2000), 1 << 16, b.slice(2000)).partial());
      expect(first.median()).toEqual({ value: weightedMedian(values, [...a.slice(0, 2000), ...b.slice(2000)]) });
    }
  });

  test('however late the first weight other than 1 comes, and with a window of 64: every error is kept', () => {
    const late = values.map((_, i) => (i < 3000 ? 1 : 2));
    expect(errorsOf(values, 64, late).median()).toEqual({ value: weightedMedian(values, late) });
  });

  test('a weight column whose weights are all 1: numpy’s median, as without weights', () => {
    const even = values.slice(0, 5000);
    expect(
      errorsOf(
        even,
        64,
        even.map(() => 1)
      ).median()
    ).toEqual({ value: numpyMedian(even) });
    expect(
      errorsOf(
        values,
        64,
        values.map(() => 1)
      ).median()
    ).toEqual({ value: numpyMedian(values) });
  });

  test('rows that weigh nothing', () => {
    expect(errorsOf([1, 2, 3], 64, [0, 0, 0]).median()).toEqual({ missing: 'undefined: the rows weigh nothing' });
  });
});

test('no rows', () => {
  const none: Median = new AbsoluteErrors(false).median();
  expect(none).toEqual({ missing: 'no rows' });
});

test('more than half the predictions exact: the median is 0, not −0', () => {
  for (const values of [[0, 0, 1], [0, 0, 0, 1], [0]]) expect(Object.is((errorsOf(values, 1024).median() as { value: number }).value, 0)).toBe(true);
});
