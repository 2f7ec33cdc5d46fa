import { RankSearch } from '../../../src/read/predictions/rank-search.js';
import { errorShapes, random } from '../../support/absolute-errors.js';

/** Passes over `values` until the search knows its value: the value and the passes it took. */
function search(values: Float64Array, rank: number, maxKept: number): { value: number | undefined; passes: number } {
  const found = new RankSearch(rank, maxKept);
  let passes = 0;
  while (found.value === undefined && passes < 10) {
    for (const value of values) found.visit(value);
    found.endPass();
    passes++;
  }
  return { value: found.value, passes };
}

describe('the rank-th value, by passes that keep at most maxKept values: what sorting gives, bit for bit', () => {
  for (const [shape, value] of Object.entries(errorShapes))
    test(shape, () => {
      const next = random(shape.length);
      const values = Float64Array.from({ length: 20_000 }, () => value(next));
      const sorted = Float64Array.from(values).sort();
      for (const rank of [0, 1, 9_999, 10_000, 19_999, Math.floor(next() * 20_000)])
        for (const maxKept of [16, 4096, 1 << 20]) {
          const { value: found, passes } = search(values, rank, maxKept);
          expect({ rank, maxKept, found }).toEqual({ rank, maxKept, found: sorted[rank] });
          // a pass to count each 16 bits at most, and one to keep the values
          expect(passes).toBeLessThanOrEqual(5);
        }
    });
});

test('two passes when the values around the rank are few: one counts the high 16 bits, the next keeps their values', () => {
  const next = random(5);
  const values = Float64Array.from({ length: 20_000 }, () => next() * 100);
  expect(search(values, 10_000, 4096).passes).toBe(2);
});

test('a rank beyond the values counted is a programming error', () => {
  const found = new RankSearch(3, 16);
  for (const value of [1, 2, 3]) found.visit(value);
  expect(() => found.endPass()).toThrow(RangeError);
});
