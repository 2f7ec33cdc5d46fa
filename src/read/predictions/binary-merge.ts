// A binary classifier's file read in parts (src/io/split-table.ts): what a later part hands over,
// and how it joins the part before it, giving exactly what one pass over both would have.
import { MAX_SENSITIVE_VALUES } from '../limits.js';
import type { RowSink } from './row-sink.js';
import type { ScorePartial } from './score-store.js';
import type { FeatureTally } from './tally.js';

/** A later part's tally as plain data, for a worker thread to post. */
export interface BinaryPartial {
  rows: number;
  totalWeight: number;
  overall: Float64Array;
  scored: number;
  weighted: boolean;
  negativeLabel: string | undefined;
  labelClasses: number;
  features: Array<{ groupNames: readonly string[]; counts: Float64Array; rows: Float64Array }>;
  scores: ScorePartial;
}

/** Whether the rows read so far can still be merged: what is cheap to check after every chunk of a part. */
export function binaryMayMerge(sink: RowSink): boolean {
  const scores = sink.tally.scores.partial();
  // a weight other than 1 among exact scores (even 0, which buckets drop) would have one pass keep them in another order
  return scores !== undefined && !(scores.kind === 'exact' && sink.tally.weighted) && mergeable(sink);
}

/** The sink's tally to hand over, or undefined when it cannot be merged exactly (see mergeable). */
export function binaryPartial(sink: RowSink): BinaryPartial | undefined {
  const { tally } = sink;
  const scores = tally.scores.partial();
  if (!scores || !binaryMayMerge(sink) || !namesUnique(sink.tally.features)) return undefined;
  return {
    rows: tally.rows,
    totalWeight: tally.totalWeight,
    overall: tally.overall,
    scored: tally.scored,
    weighted: tally.weighted,
    negativeLabel: sink.coder.negativeLabel,
    labelClasses: sink.labelClasses,
    features: tally.features.map((feature) => ({
      groupNames: feature.groupNames,
      counts: feature.counts.subarray(0, feature.groupNames.length * 4),
      rows: feature.rows.subarray(0, feature.groupNames.length)
    })),
    scores
  };
}

/**
 * Adds the tally of the rows that follow the sink's in the file; false, and the sink untouched, when
 * the result could differ from one pass's in any bit. Counts and integer weights add exactly (below
 * 2^53); groups and the negative class join by name, in the order one pass would have met them.
 */
export function mergeBinary(sink: RowSink, later: BinaryPartial): boolean {
  const { tally } = sink;
  if (
    !mergeable(sink) ||
    !namesUnique(tally.features) ||
    !withinValueLimit(tally.features, later.features) ||
    tally.totalWeight + later.totalWeight > Number.MAX_SAFE_INTEGER ||
    !tally.scores.mergeable(later.scores) ||
    !sink.coder.agrees(later.negativeLabel)
  )
    return false;
  // only now that nothing can fail: a part without a negative class adopts the later part's
  sink.coder.adoptNegative(later.negativeLabel);
  sink.labelClasses |= later.labelClasses;
  tally.rows += later.rows;
  tally.totalWeight += later.totalWeight;
  tally.scored += later.scored;
  tally.weighted ||= later.weighted;
  later.overall.forEach((weight, cell) => (tally.overall[cell] = (tally.overall[cell] as number) + weight));
  tally.features.forEach((feature, f) => mergeFeature(feature, later.features[f] as BinaryPartial['features'][number]));
  tally.scores.merge(later.scores);
  return true;
}

/** Fractional weights sum differently in another order; kept rows must stay in order. */
function mergeable(sink: RowSink): boolean {
  return !sink.fractionalWeights && sink.tally.rowClasses === undefined && sink.ids === undefined;
}

/** Groups join by name: two groups of one name (possible only with quoted values, which are never split) would not. */
export function namesUnique(features: readonly { namesUnique(): boolean }[]): boolean {
  return features.every((feature) => feature.namesUnique());
}

/** Whether both parts' values of each sensitive column stay within the limit one pass enforces; if not, one pass says so. */
export function withinValueLimit(
  features: readonly { columns: readonly number[]; groupNames: readonly string[] }[],
  later: readonly { groupNames: readonly string[] }[]
): boolean {
  return features.every(
    (feature, f) => feature.columns.length > 1 || new Set([...feature.groupNames, ...(later[f]?.groupNames ?? [])]).size <= MAX_SENSITIVE_VALUES
  );
}

function mergeFeature(feature: FeatureTally, later: BinaryPartial['features'][number]): void {
  const at = feature.adoptGroups(later.groupNames);
  at.forEach((group, i) => {
    for (let cell = 0; cell < 4; cell++)
      feature.counts[group * 4 + cell] = (feature.counts[group * 4 + cell] as number) + (later.counts[i * 4 + cell] as number);
    feature.rows[group] = (feature.rows[group] as number) + (later.rows[i] as number);
  });
}
