import { durbinMatrixCdf } from './durbin-matrix.js';
import { pelzGoodCdf } from './pelz-good.js';
import { pomeranzCdf } from './pomeranz.js';
import { smirnovSf } from './smirnov.js';

const LOG_2PI = Math.log(2 * Math.PI);
// B_2j / (2j(2j − 1)) for j = 8, …, 1: Stirling's series, with SciPy's digits
/* eslint-disable no-loss-of-precision */
const STIRLING = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
  -2.7777777777777777778e-3, 8.3333333333333333333e-2
];
/* eslint-enable no-loss-of-precision */

/**
 * P(D_n ≥ x) for the one-sample two-sided Kolmogorov–Smirnov statistic: SciPy 1.10's
 * `kstwo.sf(x, n)`, that is `_kolmogn(n, x, cdf=False)` behind rv_continuous' support checks.
 * Simard and L'Ecuyer's (2011) choice of method by n and n·x²: closed forms at the ends
 * (Ruben–Gambino), Durbin's matrix or Pomeranz's recursion where exact is affordable, twice the
 * one-sided Smirnov tail where the two tails cannot overlap, else the Pelz–Good approximation.
 */
export function kolmogorovSf(n: number, x: number): number {
  if (x <= 0.5 / n) return 1;
  if (x >= 1) return 0;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - prob);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));

  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}

/** log(n! / n^n) by Stirling's series, with n·log(n) taken out to avoid cancellation. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let series = 0;
  for (const c of STIRLING) series = series * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * series;
}

function clip(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}
