/** log(2^-1022): exp of anything below is not a normal double (cephes' MINLOG). */
const MIN_LOG = -708.3964185322641;
/** Above this n, cephes approximates rather than sums (SMIRNOV_MAX_COMPUTE_N). */
const MAX_COMPUTE_N = 1_000_000;
const SPLITTER = 134217729; // 2^27 + 1

/**
 * The one-sided Kolmogorov–Smirnov survival function P(D_n+ ≥ x): SciPy 1.10's
 * `scipy.special.smirnov`, after cephes' kolmogorov.c. It is the Smirnov/Birnbaum–Tingey sum
 *   x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v),
 * with the same special cases. cephes sums in double-double; here each term is exp of a sum of
 * logs, with n·x split exactly into ⌊n·x⌋ + α as cephes does, which keeps the relative error near
 * 1e-12 for the n this gate meets. (cephes' alternative "upper sum", used only when
 * x ≤ 0.5/√n, equals the same series and is not needed by kolmogorovSf, which calls this only
 * for n·x² ≥ 2.2 or x ≥ 0.5.)
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const { floor: nxFloor, fraction: alpha } = splitNX(n, x);
  let lastTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastTerm -= 1;

  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) return 1 - x * Math.exp((n - 1) * Math.log1p(x));
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return Math.exp(n * Math.log1p(-x));
  if (n > MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }

  // C(n, v) as mantissa · 2^exponent, updated term by term: its relative error stays at a few ulps
  let mantissa = 1;
  let exponent = 0;
  let sum = 0;
  const terms = lastTerm + 1;
  const middle = Math.floor(n / 2);
  for (let v = 0; v < terms; v++) {
    const above = (nxFloor + v + alpha) / n; // x + v/n
    const below = (n - nxFloor - v - alpha) / n; // 1 − x − v/n
    const logTerm = Math.log(mantissa) + exponent * Math.LN2 + (v - 1) * Math.log(above) + (n - v) * Math.log(below);
    const term = Math.exp(logTerm);
    sum += term;
    if (term !== 0) {
      if (4 * (terms - v) * term < Number.EPSILON * sum && v !== terms - 1) break;
    } else if (v > middle) {
      break;
    }
    mantissa *= (n - v) / (v + 1);
    if (mantissa > 2 ** 512) {
      mantissa *= 2 ** -512;
      exponent += 512;
    } else if (mantissa < 2 ** -512) {
      mantissa *= 2 ** 512;
      exponent -= 512;
    }
  }
  return Math.min(Math.max(x * sum, 0), 1);
}

/** ⌊n·x⌋ and n·x − ⌊n·x⌋, exactly: n·x is formed as an unevaluated sum of two doubles (Dekker). */
function splitNX(n: number, x: number): { floor: number; fraction: number } {
  const hi = n * x;
  const lo = twoProductError(n, x, hi);
  let floor = Math.floor(hi);
  let fraction: number;
  if (floor === hi) {
    const loFloor = Math.floor(lo);
    floor = hi + loFloor;
    fraction = lo - loFloor;
  } else {
    fraction = hi - floor + lo;
  }
  if (fraction >= 1) {
    floor += 1;
    fraction = 0;
  }
  return { floor, fraction };
}

function twoProductError(a: number, b: number, product: number): number {
  const [aHi, aLo] = split(a);
  const [bHi, bLo] = split(b);
  return aHi * bHi - product + aHi * bLo + aLo * bHi + aLo * bLo;
}

function split(a: number): [number, number] {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}
