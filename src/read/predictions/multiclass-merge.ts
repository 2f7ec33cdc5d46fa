// A multiclass classifier's file read in parts (src/io/split-table.ts): what a later part hands
// over, and how it joins the part before it, giving exactly what one pass over both would have.
import { namesUnique, withinValueLimit } from './binary-merge.js';
import type { MulticlassSink } from './multiclass-reader.js';
import { MAX_CLASSES, type ConfusionPartial, type MulticlassFeature } from './multiclass-tally.js';

/** A later part's tally as plain data, for a worker thread to post. */
export interface MulticlassPartial {
  classes: readonly string[];
  overall: ConfusionPartial;
  present: number[];
  trueClasses: number[];
  totalWeight: number;
  weighted: boolean;
  features: Array<{ groupNames: readonly string[]; confusions: ConfusionPartial[] }>;
}

/** Whether the rows read so far can still be merged: what is cheap to check after every chunk of a part. */
export function multiclassMayMerge(sink: MulticlassSink): boolean {
  return mergeable(sink);
}

/** The sink's tally to hand over, or undefined when it cannot be merged exactly (see mergeable). */
export function multiclassPartial(sink: MulticlassSink): MulticlassPartial | undefined {
  if (!mergeable(sink) || !namesUnique(sink.tally.features)) return undefined;
  const { tally } = sink;
  const confusion = ({ size, cells, rows }: ConfusionPartial): ConfusionPartial => ({ size, cells, rows });
  return {
    classes: tally.classes,
    overall: confusion(tally.overall),
    present: [...tally.present],
    trueClasses: [...tally.trueClasses],
    totalWeight: tally.totalWeight.value(),
    weighted: tally.weighted,
    features: tally.features.map((feature) => ({ groupNames: feature.groupNames, confusions: feature.confusions.map(confusion) }))
  };
}

/**
 * Adds the tally of the rows that follow the sink's in the file; false, and the sink untouched, when
 * the result could differ from one pass's in any bit. Integer weights add exactly (below 2^53);
 * classes and groups join by name, in the order one pass would have met them.
 */
export function mergeMulticlass(sink: MulticlassSink, later: MulticlassPartial): boolean {
  const { tally } = sink;
  const known = new Set(tally.classes);
  const added = later.classes.filter((name) => !known.has(name));
  if (
    !mergeable(sink) ||
    !namesUnique(tally.features) ||
    !withinValueLimit(tally.features, later.features) ||
    tally.totalWeight.value() + later.totalWeight > Number.MAX_SAFE_INTEGER ||
    tally.classes.length + added.length > MAX_CLASSES
  )
    return false;
  const at = Int32Array.from(later.classes, (name) => tally.classIndex(name) as number);
  const classes = tally.classes.length;
  tally.overall.merge(later.overall, at, classes);
  for (const index of later.present) tally.present.add(at[index] as number);
  for (const index of later.trueClasses) tally.trueClasses.add(at[index] as number);
  tally.totalWeight.add(later.totalWeight);
  tally.weighted ||= later.weighted;
  tally.features.forEach((feature, f) => mergeFeature(feature, later.features[f] as MulticlassPartial['features'][number], at, classes));
  return true;
}

/**
 * The probability columns' log loss is a float sum in row order, which another order could change
 * in its last bit; so are fractional weights.
 */
function mergeable(sink: MulticlassSink): boolean {
  return sink.scores.length === 0 && !sink.fractionalWeights;
}

function mergeFeature(feature: MulticlassFeature, later: MulticlassPartial['features'][number], at: Int32Array, classes: number): void {
  feature.adoptGroups(later.groupNames).forEach((group, i) => feature.confusions[group]?.merge(later.confusions[i] as ConfusionPartial, at, classes));
}
