import { medianInPlace, selectInPlace } from '../../../src/evaluate/predictions/select.js';

/** The same pseudo-random values every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const shapes: Record<string, (n: number, next: () => number) => number> = {
  random: (_, next) => next() * 100,
  'few distinct values': (_, next) => Math.floor(next() * 4),
  'all equal': () => 7,
  ascending: (i) => i,
  descending: (i, _) => -i,
  'organ pipe': (i, _) => Math.min(i, 1000 - i),
  'tiny differences': (_, next) => 1 + Math.floor(next() * 8) * Number.EPSILON
};

describe('selectInPlace and medianInPlace give what sorting gives, bit for bit', () => {
  for (const [shape, value] of Object.entries(shapes)) {
    test(shape, () => {
      const next = random(shape.length);
      for (const n of [1, 2, 3, 4, 5, 10, 101, 1000, 1001]) {
        const values = Float64Array.from({ length: n }, (_, i) => value(i, next));
        const sorted = Float64Array.from(values).sort();
        for (const k of new Set([0, n >> 1, n - 1, Math.floor(next() * n)])) {
          const selected = Float64Array.from(values);
          expect({ n, k, value: selectInPlace(selected, k) }).toEqual({ n, k, value: sorted[k] });
          expect(selected.subarray(0, k).every((v) => v <= (sorted[k] as number))).toBe(true);
          expect(selected.subarray(k + 1).every((v) => v >= (sorted[k] as number))).toBe(true);
        }
        const middle = n >> 1;
        const median = n % 2 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
        expect({ n, median: medianInPlace(Float64Array.from(values)) }).toEqual({ n, median });
      }
    });
  }
});
