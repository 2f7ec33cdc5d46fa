// Pseudo-random absolute errors for the tests of the median's selection, window and passes.

/** The same pseudo-random values in [0, 1) every run. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Absolute errors (never negative) of several shapes, from a source of random values. */
export const errorShapes: Record<string, (next: () => number) => number> = {
  uniform: (next) => next() * 4,
  'exact predictions among them (zeros)': (next) => (next() < 0.3 ? 0 : next()),
  'few distinct values': (next) => Math.floor(next() * 4),
  'all equal': () => 7,
  'within one part in 2^40': (next) => 1 + Math.floor(next() * 8) * 2 ** -40,
  'huge, tiny and infinite': (next) => [Infinity, Number.MIN_VALUE, 1e-300, 1e300, 0.5][Math.floor(next() * 5)] as number,
  'long tail': (next) => -Math.log(1 - next()) * 10
};
