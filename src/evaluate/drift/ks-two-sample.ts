import { kolmogorovSf } from './kolmogorov-sf.js';
import { probOutsideInside, probOutsideSquare } from './ks-exact.js';

/** SciPy's `method='auto'` computes exactly while the larger sample has at most this many values. */
export const KS_EXACT_MAX_N = 10000;

export interface KsResult {
  /** The largest distance between the two empirical CDFs. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/**
 * The two-sample Kolmogorov–Smirnov test, two-sided, as SciPy 1.10's
 * `ks_2samp(x, y, method='auto')` computes it. Both samples must be sorted ascending and hold
 * no NaN. The ECDFs are compared at every value of either sample, after all values equal to it
 * (so tied values step together, as SciPy's searchsorted(side='right') does). The p-value is
 * exact while the larger sample has ≤ 10000 values, and SciPy's exact statistic is then h/lcm(m, n)
 * rounded to the lattice. When the exact p-value falls outside [0, 1] through rounding, or the
 * samples are larger, it is kstwo.sf(D, round(m·n/(m + n))).
 */
export function ksTwoSample(x: Float64Array, y: Float64Array): KsResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ksTwoSample needs two non-empty samples');
  let d = largestEcdfDistance(x, y);

  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInside(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: d, pValue: p, method: 'exact' };
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const effective = (m * n) / (m + n);
  return { statistic: d, pValue: Math.min(Math.max(kolmogorovSf(roundHalfEven(effective), d), 0), 1), method: 'asymptotic' };
}

/** max |F_x − F_y| over the values of both samples, each difference formed as SciPy forms it. */
function largestEcdfDistance(x: Float64Array, y: Float64Array): number {
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  let max = -Infinity;
  let min = Infinity;
  while (i < n1 || j < n2) {
    const value = j >= n2 || (i < n1 && (x[i] as number) <= (y[j] as number)) ? (x[i] as number) : (y[j] as number);
    while (i < n1 && (x[i] as number) <= value) i++;
    while (j < n2 && (y[j] as number) <= value) j++;
    const difference = i / n1 - j / n2;
    if (difference > max) max = difference;
    if (difference < min) min = difference;
  }
  const below = Math.min(Math.max(-min, 0), 1);
  return below > max ? below : max;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** numpy.round: halves go to the even neighbour. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
