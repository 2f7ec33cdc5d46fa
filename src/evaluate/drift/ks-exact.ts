/**
 * Exact two-sided p-values of the two-sample Kolmogorov–Smirnov statistic D = h / lcm(m, n),
 * ported operation for operation from SciPy 1.10 (`_compute_prob_outside_square` in
 * scipy/stats/_stats_py.py and `_compute_outer_prob_inside_method` in _stats_pythran.py), so the
 * doubles come out as SciPy's do. Both follow Hodges (1958).
 */

/**
 * P(D ≥ h/n) for two samples of the same size n:
 * 2·(C(2n, n−h) − C(2n, n−2h) + …) / C(2n, n), each term divided through by C(2n, n) and the
 * alternating sum evaluated Horner-style to avoid cancellation.
 */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/**
 * P(D ≥ h / lcm(m, n)) for sizes m and n with gcd g: one minus the share of lattice paths from
 * (0, 0) to (m, n) that stay strictly inside |x/m − y/n| < h/lcm. Viehmann's recursion carries
 * 1 − share directly, in a sliding window of one column.
 */
export function probOutsideInside(sizeA: number, sizeB: number, g: number, h: number): number {
  const m = Math.max(sizeA, sizeB);
  const n = Math.min(sizeA, sizeB);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const a = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = ((a[jj + minj - lastminj] as number) * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, curlen, curlen + (lastlen - curlen));
  }
  return a[maxj - minj - 1] as number;
}
