import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';

/** Candidate and baseline on the same rows: McNemar's exact test on the discordant pairs. */
export interface PairedComparison {
  rows: number;
  candidateAccuracy: number;
  baselineAccuracy: number;
  /** Rows only the candidate gets right. */
  candidateOnlyCorrect: number;
  /** Rows only the baseline gets right. */
  baselineOnlyCorrect: number;
  /** Two-sided exact p-value: SciPy's binomtest(b, b + c, 0.5). */
  pValue: number;
}

/**
 * McNemar's exact test = a two-sided binomial test of b successes in b + c trials at p = 0.5.
 * SciPy sums the outcomes no likelier than b; at p = 0.5 the distribution is symmetric, so that
 * is 2·P(X ≤ min(b, c)), capped at 1 (and exactly 1 when b = c).
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (b === c) return 1;
  return Math.min(1, 2 * binomialCdf(Math.min(b, c), n, 0.5));
}

export function comparePaired(rows: number, bothCorrect: number, candidateOnly: number, baselineOnly: number): PairedComparison {
  return {
    rows,
    candidateAccuracy: (bothCorrect + candidateOnly) / rows,
    baselineAccuracy: (bothCorrect + baselineOnly) / rows,
    candidateOnlyCorrect: candidateOnly,
    baselineOnlyCorrect: baselineOnly,
    pValue: mcnemarExact(candidateOnly, baselineOnly)
  };
}
