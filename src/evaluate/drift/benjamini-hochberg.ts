/**
 * Benjamini–Hochberg adjusted p-values, as statsmodels' fdrcorrection(p, method='indep') defines
 * them (SciPy 1.10 has no false_discovery_control yet): sort ascending, divide the i-th smallest
 * by i/m, take running minima from the largest down, cap at 1. A feature whose adjusted p-value
 * is ≤ α is rejected at false discovery rate α.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b);
  const adjusted = new Array<number>(m);
  let running = Infinity;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1] as number;
    running = Math.min(running, (pValues[index] as number) / (rank / m));
    adjusted[index] = Math.min(running, 1);
  }
  return adjusted;
}
