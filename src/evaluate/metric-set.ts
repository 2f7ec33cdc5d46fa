import type { Confusion, MetricsFile, ModelId } from '../read/metrics-file.js';
import { addConfusion, EMPTY_CONFUSION, groupRates, overallRates, total, type GroupRates, type Rate } from './confusion.js';
import { fairnessMetrics, type FairnessValue } from './fairness.js';
import { FAIRNESS_METRICS, metricInfo, type FairnessMetric } from './registry.js';
import { wilsonInterval, type Interval } from './wilson.js';

export interface MetricValue {
  name: string;
  /** null when the metric is undefined on this data (see `note`); a gate on it cannot pass. */
  value: number | null;
  /** Where the value came from: a file, or a file's per-group counts. */
  source: string;
  /** 95% Wilson interval, for binomial proportions whose denominator is known. */
  interval?: Interval & { n: number };
  /** Fairness metrics: the sensitive feature that gave this (worst) value. */
  feature?: string;
  note?: string;
}

export interface FeatureFairness {
  groups: ReadonlyMap<string, GroupRates>;
  metrics: Record<FairnessMetric, FairnessValue>;
}

/** Everything known about one model's quality, whatever it was read or computed from. */
export interface MetricSet {
  model: ModelId;
  values: ReadonlyMap<string, MetricValue>;
  /** Sensitive feature → per-group rates and fairness metrics. */
  fairness: ReadonlyMap<string, FeatureFairness>;
  warnings: readonly string[];
}

/** Proportions whose denominator is the evaluation set, so `samples` gives their interval. */
const PER_SAMPLE_PROPORTIONS = new Set(['accuracy', 'error_rate']);
/** Rates from counts that are binomial proportions (F1 is not one: it gets no interval). */
const BINOMIAL_RATES = new Set(['accuracy', 'error_rate', 'precision', 'recall', 'selection_rate']);

export function metricSetFromFile(file: MetricsFile): MetricSet {
  const samples = file.samples;
  const provided: MetricValue[] = [...file.metrics].map(([name, value]) => {
    const interval = samples && PER_SAMPLE_PROPORTIONS.has(name) ? withN(wilsonInterval(value * samples, samples), samples) : undefined;
    return { name, value, source: file.file, interval };
  });
  if (samples !== undefined && !file.metrics.has('samples')) provided.push({ name: 'samples', value: samples, source: file.file });
  const base: MetricSet = { model: file.model, values: byName(provided), fairness: new Map(), warnings: [] };
  return file.groups.size === 0 ? base : overlay(base, fromGroupCounts(file.groups, `${file.file} (groups)`));
}

/** What per-group confusion counts determine: overall rates, per-group rates, and the fairness metrics. */
export function fromGroupCounts(groups: ReadonlyMap<string, ReadonlyMap<string, Confusion>>, source: string): Omit<MetricSet, 'model'> {
  const warnings: string[] = [];
  const fairness = new Map<string, FeatureFairness>();
  for (const [feature, byGroup] of groups) {
    if (byGroup.size < 2) warnings.push(`sensitive feature ${JSON.stringify(feature)} has only one group: its fairness metrics compare nothing`);
    const rates = new Map([...byGroup].map(([group, counts]) => [group, groupRates(counts)] as const));
    fairness.set(feature, { groups: rates, metrics: fairnessMetrics(rates) });
  }
  const firstFeature = groups.values().next().value;
  const overall = [...(firstFeature?.values() ?? [])].reduce(addConfusion, EMPTY_CONFUSION);
  const values: MetricValue[] = [{ name: 'samples', value: total(overall), source }];
  for (const [name, r] of Object.entries(overallRates(overall))) values.push(rateValue(name, r, source));
  for (const name of FAIRNESS_METRICS) values.push(worstAcrossFeatures(name, fairness, source));
  return { values: byName(values), fairness, warnings };
}

export function rateValue(name: string, r: Rate, source: string): MetricValue {
  if (r.value === null) return { name, value: null, source, note: `${name} is undefined: its denominator is 0` };
  const interval = BINOMIAL_RATES.has(name) ? withN(wilsonInterval(r.successes, r.trials), r.trials) : undefined;
  return { name, value: r.value, source, interval };
}

/** The worst feature decides: the largest difference, the smallest ratio; undefined anywhere is undefined. */
function worstAcrossFeatures(name: FairnessMetric, fairness: ReadonlyMap<string, FeatureFairness>, source: string): MetricValue {
  const lowerIsBetter = metricInfo(name).direction === 'lower';
  let worst: MetricValue | undefined;
  for (const [feature, { metrics }] of fairness) {
    const { value, note } = metrics[name];
    if (value === null) return { name, value: null, source, feature, note: `${feature}: ${note ?? 'undefined'}` };
    if (!worst || (lowerIsBetter ? value > (worst.value as number) : value < (worst.value as number))) {
      worst = { name, value, source, feature };
    }
  }
  return worst as MetricValue;
}

/**
 * Adds computed values over a set: computed values win, and a provided value that disagrees
 * with its computed counterpart (beyond the precision it was written with) is reported.
 */
export function overlay(base: MetricSet, computed: Omit<MetricSet, 'model'>): MetricSet {
  const values = new Map(base.values);
  const warnings = [...base.warnings, ...computed.warnings];
  for (const [name, value] of computed.values) {
    const previous = values.get(name);
    if (previous?.value != null && value.value != null && !agrees(previous.value, value.value)) {
      warnings.push(`${name}: ${previous.source} says ${previous.value}, but ${value.source} gives ${value.value}; using the computed value`);
    }
    values.set(name, value);
  }
  const fairness = new Map([...base.fairness, ...computed.fairness]);
  return { model: base.model, values, fairness, warnings };
}

/** True when `computed`, rounded to the decimals `written` was written with, equals it. */
function agrees(written: number, computed: number): boolean {
  const decimals = (String(written).split('.')[1] ?? '').length;
  return Math.abs(written - computed) <= 0.5 * 10 ** -decimals + 1e-12;
}

function withN(interval: Interval, n: number): Interval & { n: number } {
  return { ...interval, n };
}

function byName(values: MetricValue[]): Map<string, MetricValue> {
  return new Map(values.map((v) => [v.name, v]));
}
