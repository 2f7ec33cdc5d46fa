import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import type { PairedComparison } from '../model/comparison.js';

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
