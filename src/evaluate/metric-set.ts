import type { MetricsFile } from '../read/metrics-file.js';
import { addConfusion, EMPTY_CONFUSION, groupRates, overallRates, total } from './confusion.js';
import { fairnessMetrics, groupMetric } from './fairness.js';
import { FAIRNESS_METRICS, metricInfo } from '../model/metric-info.js';
import { wilsonInterval } from './wilson.js';
import { listSome } from '../format.js';
import type { Confusion, Interval, Rate } from '../model/evidence.js';
import type { ComputedMetrics, FeatureFairness, MetricSet, MetricValue } from '../model/metrics.js';
import { formatCount } from '../format.js';

/** A set with nothing in it yet: where computed metrics go when no metrics file was given. */
export const EMPTY_METRIC_SET: MetricSet = { model: {}, values: new Map(), fairness: new Map(), warnings: [] };

/** Confusion counts overall and per group: all the classification and fairness metrics need. */
export interface ConfusionEvidence {
  overall: Confusion;
  /** Sensitive feature → group → counts and the group's (unweighted) row count. */
  groups: ReadonlyMap<string, ReadonlyMap<string, { counts: Confusion; rows: number }>>;
  /** Counts are sums of row weights: rates are weighted, and get no Wilson interval. */
  weighted: boolean;
}

export const DEFAULT_MIN_GROUP_SIZE = 30;

/** Proportions whose denominator is the evaluation set, so `samples` gives their interval. */
const PER_SAMPLE_PROPORTIONS = new Set(['accuracy', 'error_rate']);

export function metricSetFromFile(file: MetricsFile, minGroupSize = DEFAULT_MIN_GROUP_SIZE): MetricSet {
  const samples = file.samples;
  const provided: MetricValue[] = [...file.metrics].map(([name, value]) => {
    const interval = samples && PER_SAMPLE_PROPORTIONS.has(name) ? withN(wilsonInterval(value * samples, samples), samples) : undefined;
    return { name, value, source: file.file, interval };
  });
  if (samples !== undefined && !file.metrics.has('samples')) provided.push({ name: 'samples', value: samples, source: file.file });
  const base: MetricSet = { model: file.model, values: byName(provided), fairness: new Map(), warnings: [] };
  if (file.groups.size === 0) return base;
  const groups = new Map(
    [...file.groups].map(([feature, byGroup]) => [feature, new Map([...byGroup].map(([group, counts]) => [group, { counts, rows: total(counts) }]))] as const)
  );
  const firstFeature = file.groups.values().next().value;
  const overall = [...(firstFeature?.values() ?? [])].reduce(addConfusion, EMPTY_CONFUSION);
  return overlay(base, fromConfusion({ overall, groups, weighted: false }, `${file.file} (groups)`, minGroupSize));
}

/** Past this many groups with the same problem, one warning lists a few and counts the rest. */
const MAX_GROUP_WARNINGS = 10;

/** What confusion counts determine: overall rates, per-group rates, and the fairness metrics. */
export function fromConfusion(evidence: ConfusionEvidence, source: string, minGroupSize = DEFAULT_MIN_GROUP_SIZE): ComputedMetrics {
  const warnings: string[] = [];
  const fairness = new Map<string, FeatureFairness>();
  for (const [feature, byGroup] of evidence.groups) {
    if (byGroup.size < 2) warnings.push(`sensitive feature ${JSON.stringify(feature)} has only one group: its fairness metrics compare nothing`);
    const rates = new Map([...byGroup].map(([group, { counts, rows }]) => [group, groupRates(counts, rows, evidence.weighted)] as const));
    const small: string[] = [];
    const noPositives: string[] = [];
    const noNegatives: string[] = [];
    for (const [group, r] of rates) {
      if (r.count < minGroupSize) r.small = true;
      if (r.count < minGroupSize) small.push(group);
      if (r.true_positive_rate.value === null) noPositives.push(group);
      if (r.false_positive_rate.value === null) noNegatives.push(group);
    }
    const where = (group: string): string => `${feature}=${JSON.stringify(group)}`;
    // one warning per group while they are few; a user id given as a feature makes 100,000
    const warn = (groups: readonly string[], one: (group: string) => string, many: (list: string) => string): void => {
      if (groups.length <= MAX_GROUP_WARNINGS) for (const group of groups) warnings.push(one(group));
      else warnings.push(many(listSome(groups.map((g) => JSON.stringify(g)))));
    };
    const feat = JSON.stringify(feature);
    warn(
      small,
      (g) => `${where(g)} has ${rates.get(g)!.count} rows, fewer than min-group-size ${minGroupSize}: fairness gates cannot pass on its evidence alone`,
      (list) =>
        `sensitive feature ${feat}: ${formatCount(small.length)} groups have fewer than min-group-size ${minGroupSize} rows (${list}): fairness gates cannot pass on their evidence alone`
    );
    warn(
      noPositives,
      (g) => `${where(g)}: true_positive_rate is undefined (no positive labels)`,
      (list) => `sensitive feature ${feat}: true_positive_rate is undefined in ${formatCount(noPositives.length)} groups with no positive labels (${list})`
    );
    warn(
      noNegatives,
      (g) => `${where(g)}: false_positive_rate is undefined (no negative labels)`,
      (list) => `sensitive feature ${feat}: false_positive_rate is undefined in ${formatCount(noNegatives.length)} groups with no negative labels (${list})`
    );
    fairness.set(feature, { task: 'binary', groups: rates, metrics: fairnessMetrics(rates, minGroupSize) });
  }
  const values: MetricValue[] = [{ name: 'samples', value: total(evidence.overall), source }];
  for (const [name, r] of Object.entries(overallRates(evidence.overall, evidence.weighted))) values.push(rateValue(name, r, source));
  if (fairness.size > 0) for (const name of FAIRNESS_METRICS) values.push(worstAcrossFeatures(name, fairness, source));
  return { values: byName(values), fairness, warnings };
}

function rateValue(name: string, r: Rate, source: string): MetricValue {
  if (r.value === null) return { name, value: null, source, note: `${name} is undefined: its denominator is 0` };
  return { name, value: r.value, source, interval: r.interval && withN(r.interval, r.trials) };
}

/** The worst feature decides: the largest difference, the smallest ratio; undefined anywhere is undefined. */
export function worstAcrossFeatures(name: string, fairness: ReadonlyMap<string, FeatureFairness>, source: string): MetricValue {
  const lowerIsBetter = metricInfo(name).direction === 'lower';
  let worst: MetricValue | undefined;
  const insufficient: string[] = [];
  for (const [feature, featureFairness] of fairness) {
    const metric = groupMetric(featureFairness, name);
    if (!metric) continue;
    const { value, note, insufficient: thin } = metric;
    if (thin) insufficient.push(`${feature}: ${thin}`);
    if (value === null) return { name, value: null, source, feature, note: `${feature}: ${note ?? 'undefined'}` };
    if (!worst || (lowerIsBetter ? value > (worst.value as number) : value < (worst.value as number))) {
      worst = { name, value, source, feature };
    }
  }
  const result = worst as MetricValue;
  if (insufficient.length > 0) result.insufficient = insufficient.join('; ');
  return result;
}

/**
 * Adds computed values over a set: computed values win, and a provided value that disagrees
 * with its computed counterpart (beyond the precision it was written with) is reported, unless
 * `quiet` (measured latencies are expected to differ from typed ones).
 */
export function overlay(base: MetricSet, computed: ComputedMetrics, { quiet = false } = {}): MetricSet {
  const values = new Map(base.values);
  const warnings = [...base.warnings, ...computed.warnings];
  for (const [name, value] of computed.values) {
    const previous = values.get(name);
    if (!quiet && previous?.value != null && value.value != null && !agrees(previous.value, value.value)) {
      warnings.push(`${name}: ${previous.source} says ${previous.value}, but ${value.source} gives ${value.value}; using the computed value`);
    }
    values.set(name, value);
  }
  const fairness = new Map([...base.fairness, ...computed.fairness]);
  const task = computed.task ?? base.task;
  const classes = computed.classes ?? base.classes;
  return { model: base.model, ...(task ? { task } : {}), ...(classes ? { classes } : {}), values, fairness, warnings };
}

/** True when `computed`, rounded to the decimals `written` was written with, equals it. */
function agrees(written: number, computed: number): boolean {
  const [mantissa = '', exponent = '0'] = String(written).split('e');
  const decimals = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  return Math.abs(written - computed) <= 0.5 * 10 ** -decimals + 1e-12;
}

function withN(interval: Interval, n: number): Interval & { n: number } {
  return { ...interval, n };
}

function byName(values: MetricValue[]): Map<string, MetricValue> {
  return new Map(values.map((v) => [v.name, v]));
}
