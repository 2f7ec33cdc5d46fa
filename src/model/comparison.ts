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
