import type { Interval } from '../model/evidence.js';
/** scipy.special.ndtri(0.975): the normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a binomial proportion, as SciPy computes
 * `binomtest(k, n).proportion_ci(method='wilson')` (Newcombe 1998, without continuity correction).
 * `successes` may be fractional when it is recovered from a rounded proportion.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (!(trials > 0)) throw new RangeError(`Wilson interval needs at least one trial, got ${trials}`);
  const p = successes / trials;
  const denominator = 2 * (trials + z * z);
  const center = (2 * trials * p + z * z) / denominator;
  const delta = (z * Math.sqrt(z * z + 4 * trials * p * (1 - p))) / denominator;
  return { low: Math.max(0, center - delta), high: Math.min(1, center + delta) };
}
