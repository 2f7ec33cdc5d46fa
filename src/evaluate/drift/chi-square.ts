import gammainc from '@stdlib/math-base-special-gammainc';

export interface ChiSquareResult {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
}

/**
 * Pearson's chi-square test of homogeneity on the 2×k table of category counts (reference row,
 * current row): do both samples come from one categorical distribution? Both samples are random,
 * so this is the sound test here; a goodness-of-fit test that took the reference's shares as the
 * true probabilities would ignore the reference's own sampling error and reject too often.
 * Computed as SciPy 1.10's chi2_contingency(table) with its default correction=True: with two
 * categories (one degree of freedom), Yates's continuity correction moves each count up to ½
 * towards its expected value. With a single category there is nothing to test: statistic 0, p = 1.
 */
export function chiSquareHomogeneity(reference: readonly number[], current: readonly number[]): ChiSquareResult {
  const k = reference.length;
  const rows = [reference, current];
  const rowTotals = rows.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = reference.map((count, j) => count + (current[j] as number));
  const total = (rowTotals[0] as number) + (rowTotals[1] as number);
  const degreesOfFreedom = k - 1;
  if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };

  let statistic = 0;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < k; j++) {
      const expected = ((rowTotals[i] as number) * (columnTotals[j] as number)) / total;
      let observed = (rows[i] as readonly number[])[j] as number;
      if (degreesOfFreedom === 1) {
        const difference = expected - observed;
        observed += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  // chi2.sf(x, df) = Q(df/2, x/2), the regularized upper incomplete gamma function
  return { statistic, degreesOfFreedom, pValue: gammainc(statistic / 2, degreesOfFreedom / 2, true, true) };
}
