import { ldexp } from './ldexp.js';

const SCALE_EXPONENT = 128;
const BIG = 2 ** SCALE_EXPONENT;
const SMALL = 2 ** -SCALE_EXPONENT;

/**
 * P(D_n ≤ d) of the one-sample two-sided Kolmogorov–Smirnov statistic: Durbin's matrix
 * algorithm as Marsaglia, Tsang and Wang (2003) compute it, ported from SciPy 1.10's
 * `_kolmogn_DMTW` (scipy/stats/_ksstats.py). With d = (k − h)/n, it raises a (2k − 1)-square
 * matrix to the n-th power, rescaling by 2^128 to stay in range; suited to small k.
 */
export function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (v[j - 1] as number) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;

  let matrix: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let row = i - 1; row < m; row++) matrix[row * m + i] = w[row - (i - 1)] as number;
  }
  for (let row = 0; row < m; row++) matrix[row * m] = v[row] as number;
  for (let col = 0; col < m; col++) matrix[(m - 1) * m + col] = v[m - 1 - col] as number;

  let power: Float64Array = identity(m);
  let nn = n;
  let exponent = 0;
  let matrixExponent = 0;
  while (nn > 0) {
    if (nn % 2) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)] as number) > BIG) {
      for (let i = 0; i < matrix.length; i++) matrix[i] = (matrix[i] as number) / BIG;
      matrixExponent += SCALE_EXPONENT;
    }
    nn = Math.floor(nn / 2);
  }

  let p = power[(k - 1) * m + (k - 1)] as number;
  // times n!/n^n
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SMALL) {
      p *= BIG;
      exponent -= SCALE_EXPONENT;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return Math.min(Math.max(p, 0), 1);
}

function identity(m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) out[i * m + i] = 1;
  return out;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k] as number;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] = (out[i * m + j] as number) + aik * (b[k * m + j] as number);
    }
  }
  return out;
}
