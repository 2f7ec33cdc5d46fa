// A multiclass classifier's metrics from its confusion matrices, with scikit-learn 1.2's
// definitions (classification_report, balanced_accuracy_score, log_loss, top_k_accuracy_score),
// and per group its accuracy and selection rates with Fairlearn's MetricFrame spreads.
import type { MulticlassRead } from '../../read/predictions/multiclass-reader.js';
import { sortClasses } from '../../read/predictions/multiclass-reader.js';
import type { Confusion } from '../../read/predictions/multiclass-tally.js';
import { DEFAULT_MIN_GROUP_SIZE, worstAcrossFeatures } from '../metric-set.js';
import { spreadOf, thinEvidence } from '../fairness.js';
import { MULTICLASS_FAIRNESS_METRICS, type MulticlassFairnessMetric } from '../../model/metric-info.js';
import type { ClassReport, GroupClasses } from '../../model/evidence.js';
import type { ComputedMetrics, FairnessValue, FeatureFairness, MetricValue } from '../../model/metrics.js';
import { formatCount } from '../../format.js';

/** Class names that can be part of a metric name (`recall.fraud`); others are in the report's class table only. */
const GATEABLE_CLASS = /^[A-Za-z0-9_-]{1,64}$/;

/** A multiclass classifier's evidence, from rows or from counts computed where the data lives. */
export interface MulticlassEvidence {
  /** scikit-learn's labels: every class some row has as label or prediction, sorted. */
  labels: readonly string[];
  /** The confusion matrix in `labels` order: rows the true class. */
  confusion: number[][];
  rows: number;
  features: ReadonlyArray<{ name: string; groups: ReadonlyArray<readonly [group: string, classes: { confusion: number[][]; rows: number }]> }>;
  weighted: boolean;
  /** From the probability columns, when the rows had them. */
  scores?: { weight: number; logLoss: number; topKHits: number; topK: number; unnormalised: { rows: number; firstLine: number } };
}

export function metricsFromMulticlass(read: MulticlassRead, minGroupSize = DEFAULT_MIN_GROUP_SIZE): ComputedMetrics {
  const { tally } = read;
  // scikit-learn's labels: every class some row has, sorted; the tally's indexes in that order
  const labels = sortClasses([...tally.present].map((i) => tally.classes[i] as string));
  const order = labels.map((name) => tally.classes.indexOf(name));
  const evidence: MulticlassEvidence = {
    labels,
    confusion: reorder(tally.overall, tally.classes.length, order),
    rows: tally.overall.rows,
    features: tally.features.map((feature) => ({
      name: feature.name,
      groups: feature.groupNames.map((group, i) => {
        const confusion = feature.confusions[i] as Confusion;
        return [group, { confusion: reorder(confusion, tally.classes.length, order), rows: confusion.rows }] as const;
      })
    })),
    weighted: tally.weighted,
    ...(read.scoreClasses
      ? {
          scores: {
            weight: tally.totalWeight.value(),
            logLoss: tally.logLoss.value(),
            topKHits: tally.topKHits.value(),
            topK: read.topK,
            unnormalised: tally.unnormalised
          }
        }
      : {})
  };
  return multiclassMetrics(evidence, read.file, minGroupSize);
}

/** What a multiclass classifier's evidence determines, from rows or from counts. */
export function multiclassMetrics(evidence: MulticlassEvidence, source: string, minGroupSize = DEFAULT_MIN_GROUP_SIZE): ComputedMetrics {
  const { labels, confusion: matrix } = evidence;
  const value = (name: string, v: number | null, note?: string): MetricValue => ({ name, value: v, source, ...(note === undefined ? {} : { note }) });
  const warnings: string[] = [];
  if (evidence.weighted) warnings.push(`${source}: rows are weighted (weight column): rates are weighted`);

  const total = sum(matrix.flat());
  const correct = sum(matrix.map((row, i) => row[i] as number));
  const perClass = classScores(matrix);
  const values: MetricValue[] = [
    value('samples', evidence.rows),
    value('accuracy', total > 0 ? correct / total : null, total > 0 ? undefined : 'undefined: the rows weigh nothing'),
    balancedAccuracy(matrix, labels, source, warnings)
  ];
  for (const metric of ['precision', 'recall', 'f1'] as const) {
    values.push(value(`${metric}_macro`, mean(perClass.map((c) => c[metric]))));
    values.push(value(`${metric}_micro`, total > 0 ? correct / total : null));
    const support = sum(perClass.map((c) => c.support));
    values.push(value(`${metric}_weighted`, support > 0 ? sum(perClass.map((c) => c[metric] * c.support)) / support : 0));
  }
  const zeroDivision = labels.filter((_, i) => (perClass[i] as ClassReport).support === 0 || sum(matrix.map((row) => row[i] as number)) === 0);
  if (zeroDivision.length > 0)
    warnings.push(
      `${source}: precision or recall of ${zeroDivision.map((c) => JSON.stringify(c)).join(', ')} is 0/0 (a class never predicted or never true): counted as 0, as scikit-learn's zero_division does`
    );
  labels.forEach((name, i) => {
    if (!GATEABLE_CLASS.test(name)) return;
    const c = perClass[i] as ClassReport;
    values.push(value(`precision.${name}`, c.precision), value(`recall.${name}`, c.recall), value(`f1.${name}`, c.f1), value(`support.${name}`, c.support));
  });
  const scores = evidence.scores;
  if (scores) {
    const { weight, unnormalised } = scores;
    values.push(value('log_loss', weight > 0 ? scores.logLoss / weight : null, weight > 0 ? undefined : 'undefined: the rows weigh nothing'));
    values.push(value(`top_${scores.topK}_accuracy`, weight > 0 ? scores.topKHits / weight : null));
    if (unnormalised.rows > 0)
      warnings.push(
        `${source}: the probabilities of ${unnormalised.rows === 1 ? '1 row do' : `${formatCount(unnormalised.rows)} rows do`} not sum to 1 (within 1e-6; the first on line ${unnormalised.firstLine}): normalised, as scikit-learn does`
      );
  }

  const fairness = new Map<string, FeatureFairness>();
  for (const feature of evidence.features) {
    const groups = new Map(feature.groups.map(([group, { confusion, rows }]) => [group, groupClasses(confusion, labels, rows, minGroupSize)] as const));
    if (groups.size < 2) warnings.push(`sensitive feature ${JSON.stringify(feature.name)} has only one group: its fairness metrics compare nothing`);
    fairness.set(feature.name, { task: 'multiclass', classes: labels, groups, metrics: multiclassFairness(groups, minGroupSize) });
  }
  if (fairness.size > 0) for (const name of MULTICLASS_FAIRNESS_METRICS) values.push(worstAcrossFeatures(name, fairness, source));
  return {
    task: { kind: 'multiclass' },
    classes: { labels, confusion: matrix, perClass: Object.fromEntries(labels.map((name, i) => [name, perClass[i] as ClassReport])) },
    values: new Map(values.map((v) => [v.name, v])),
    fairness,
    warnings
  };
}

/** The confusion matrix with its rows and columns in `order` (tally indexes). */
function reorder(confusion: Confusion, classes: number, order: readonly number[]): number[][] {
  const full = confusion.matrix(classes);
  return order.map((t) => order.map((p) => (full[t] as number[])[p] as number));
}

/** Per class, as precision_recall_fscore_support: 0/0 counts 0 (zero_division), F1 = 2pr/(p + r). */
function classScores(matrix: readonly number[][]): ClassReport[] {
  return matrix.map((row, i) => {
    const tp = row[i] as number;
    const support = sum(row);
    const predicted = sum(matrix.map((r) => r[i] as number));
    const precision = predicted > 0 ? tp / predicted : 0;
    const recall = support > 0 ? tp / support : 0;
    const denominator = precision + recall;
    return { precision, recall, f1: denominator > 0 ? (2 * precision * recall) / denominator : 0, support };
  });
}

/** balanced_accuracy_score: the mean recall over the classes some row truly has. */
function balancedAccuracy(matrix: readonly number[][], labels: readonly string[], source: string, warnings: string[]): MetricValue {
  const recalls: number[] = [];
  const neverTrue: string[] = [];
  matrix.forEach((row, i) => {
    const support = sum(row);
    if (support > 0) recalls.push((row[i] as number) / support);
    else neverTrue.push(labels[i] as string);
  });
  if (neverTrue.length > 0)
    warnings.push(
      `${source}: balanced_accuracy leaves out ${neverTrue.map((c) => JSON.stringify(c)).join(', ')}, predicted but never true (as scikit-learn does)`
    );
  return recalls.length > 0
    ? { name: 'balanced_accuracy', value: mean(recalls), source }
    : { name: 'balanced_accuracy', value: null, source, note: 'undefined: the rows weigh nothing' };
}

function groupClasses(matrix: number[][], labels: readonly string[], rows: number, minGroupSize: number): GroupClasses {
  const total = sum(matrix.flat());
  return {
    count: rows,
    ...(rows < minGroupSize ? { small: true } : {}),
    accuracy: total > 0 ? sum(matrix.map((row, i) => row[i] as number)) / total : null,
    selection_rate: Object.fromEntries(labels.map((name, i) => [name, total > 0 ? sum(matrix.map((row) => row[i] as number)) / total : null])),
    confusion: matrix
  };
}

function multiclassFairness(groups: ReadonlyMap<string, GroupClasses>, minGroupSize: number): Record<MulticlassFairnessMetric, FairnessValue> {
  const of = (value: number | null, note?: string): FairnessValue => (value === null ? { value, note } : { value });
  const accuracy = spreadOf(
    [...groups].map(([group, g]) => [group, g.accuracy] as const),
    'accuracy',
    'its rows weigh nothing'
  );
  const metrics: Record<MulticlassFairnessMetric, FairnessValue> = {
    accuracy_difference: of(accuracy.difference, accuracy.note),
    accuracy_ratio: of(accuracy.ratio, accuracy.note)
  };
  const thin = thinEvidence(groups, minGroupSize);
  if (thin) for (const v of Object.values(metrics)) v.insufficient = thin;
  return metrics;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? sum(values) / values.length : 0;
}
