/** One feature column of a drift sample, typed by its values. */
export type SampleColumn = NumericColumn | CategoricalColumn | EmptyColumn;

/** Every non-empty value is a finite number. */
export interface NumericColumn {
  kind: 'numeric';
  /** The values, sorted ascending (what the KS test and the quantile bins need). */
  values: Float64Array;
  /** Rows where the value is empty (CSV), null or absent (JSON Lines). */
  missing: number;
}

/** Some non-empty value is not a number: the column is compared by its category counts. */
export interface CategoricalColumn {
  kind: 'categorical';
  /** Rows per distinct value, values as written in the file. */
  counts: ReadonlyMap<string, number>;
  missing: number;
  /** The first value that is not a number, which made the column categorical. */
  firstText: { text: string; line: number };
}

/** No row has a value. */
export interface EmptyColumn {
  kind: 'empty';
  missing: number;
}

/** A reference or current data sample, as read for the drift gate. */
export interface DriftSample {
  /** The file's name as the user gave it, for messages. */
  file: string;
  rows: number;
  /** The columns kept, in file order. */
  columns: readonly string[];
  values: ReadonlyMap<string, SampleColumn>;
}

/** Rows with a value, and rows without one, in one sample. */
export interface SampleCounts {
  values: number;
  missing: number;
}

export interface DriftCommon {
  feature: string;
  statistic: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted across all the features compared. */
  adjustedPValue: number;
  /** adjustedPValue ≤ alpha. */
  drifted: boolean;
  psi: number;
  reference: SampleCounts;
  current: SampleCounts;
}

export interface NumericDrift extends DriftCommon {
  kind: 'numeric';
  test: 'kolmogorov-smirnov';
  method: 'exact' | 'asymptotic';
}

export interface CategoricalDrift extends DriftCommon {
  kind: 'categorical';
  test: 'chi-square';
  degreesOfFreedom: number;
  /** Current categories absent from the reference, most frequent first. */
  unseenCategories: string[];
  /** Share of the current sample's values in those categories. */
  unseenShare: number;
}

export type FeatureDrift = NumericDrift | CategoricalDrift;

export interface DriftResult {
  alpha: number;
  /** Most severe first: drifted features, then by PSI, then by adjusted p-value. */
  features: FeatureDrift[];
  /** Share of the features compared that drifted: a gateable metric. */
  drifted_feature_share: number;
  /** The largest PSI of any feature: a gateable metric. */
  psi_max: number;
}
