import { groupMetric } from '../evaluate/fairness.js';
import { GROUP_METRICS, isKnownMetricName } from '../model/metric-info.js';
import { closestName } from '../read/closest-name.js';
import { throwIfAny } from '../errors.js';
import { formatNumber } from '../format.js';
import { confidenceZ } from '../evaluate/confidence.js';
import { pairedDifferenceInterval } from '../evaluate/paired-interval.js';
import { wilsonInterval } from '../evaluate/wilson.js';
import { decimal, toNumber, type Decimal } from './decimal.js';
import type { Interval } from '../model/evidence.js';
import type { Problem } from '../model/problem.js';
import type { MetricSet, MetricValue } from '../model/metrics.js';
import {
  BOUND_KEYS,
  type BoundKey,
  type GatesConfig,
  type GateSpec,
  type Check,
  type GateResult,
  type SkippedCheck,
  type ThresholdOrigin
} from '../model/gates.js';
import type { PairedComparison } from '../model/comparison.js';

export interface GateEvaluation {
  results: GateResult[];
  skipped: SkippedCheck[];
}

/** What the gates are checked against. */
export interface GateContext {
  candidate: MetricSet;
  /** How the candidate's source is named in messages. */
  candidateName: string;
  baseline?: MetricSet;
  baselineName?: string;
  /** Candidate and baseline predictions on the same rows, for not_worse. */
  comparison?: PairedComparison;
}

const BASELINE_CHECKS: ReadonlySet<Check> = new Set(['max_drop', 'max_drop_relative', 'max_increase', 'max_increase_relative']);

/**
 * Checks every gate. A gate that sets `confidence` on a metric the run has no interval for is bad
 * input (an InputError at the gate's line); the file's default confidence applies where there is one.
 */
export function evaluateGates(config: GatesConfig, context: GateContext): GateEvaluation {
  const evaluation: GateEvaluation = { results: [], skipped: [] };
  const problems: Problem[] = typos(config, context.candidate);
  for (const gate of config.gates) {
    for (const check of BOUND_KEYS) {
      const limit = gate.bounds[check];
      if (limit === undefined) continue;
      const outcome = evaluateBound(gate, check, limit, context, gate.confidence ?? config.confidence);
      if ('reason' in outcome) evaluation.skipped.push(outcome);
      else if ('problem' in outcome) problems.push({ source: config.source, line: gate.line, path: `/gates/${gate.id}/confidence`, message: outcome.problem });
      else evaluation.results.push(outcome);
    }
    if (gate.notWorse) evaluation.results.push(evaluateNotWorse(gate, gate.notWorse.alpha, context));
  }
  throwIfAny(problems);
  return evaluation;
}

/**
 * A gate on a metric the run lacks, named within two edits of one it has (`acuracy`): the gates
 * file's mistake, not the model's, so bad input that suggests the name, rather than a failing gate.
 * A name model-gate knows (latency_p99_ms where only latency_p50_ms was given) is missing data, not a typo.
 */
function typos(config: GatesConfig, candidate: MetricSet): Problem[] {
  return config.gates.flatMap((gate) => {
    if (gate.optional || gate.automatic || candidate.values.has(gate.metric) || isKnownMetricName(gate.metric)) return [];
    const known = gate.feature === undefined ? candidate.values.keys() : GROUP_METRICS;
    const suggestion = closestName(gate.metric, known);
    return suggestion === undefined
      ? []
      : [
          {
            source: config.source,
            line: gate.line,
            path: `/gates/${gate.id}`,
            message: `the run has no metric ${JSON.stringify(gate.metric)}: did you mean ${JSON.stringify(suggestion)}?`
          }
        ];
  });
}

/** The interval a confidence gate compares: its value's at the gate's level, with the bound to compare as a decimal. */
interface Evidence {
  interval: Interval & { n: number };
  low: Decimal;
  high: Decimal;
  /** Paired checks: the interval of candidate − baseline accuracy. */
  difference?: Interval;
}

function evaluateBound(
  gate: GateSpec,
  check: BoundKey,
  limit: number,
  context: GateContext,
  confidence: number | undefined
): GateResult | SkippedCheck | { problem: string } {
  const { candidate, baseline, candidateName, baselineName = 'the baseline' } = context;
  const id = `${gate.id}.${check}`;
  const label = gate.feature ? `${gate.metric}[${gate.feature}]` : gate.metric;
  const current = lookup(candidate, gate);
  const needsBaseline = BASELINE_CHECKS.has(check);
  const previous = baseline ? lookup(baseline, gate) : undefined;

  const base = {
    id,
    gate: gate.id,
    metric: gate.metric,
    feature: gate.feature ?? current?.feature,
    check,
    severity: gate.severity,
    limit,
    line: gate.line,
    value: current?.value ?? null,
    interval: current?.interval,
    baseline: previous?.value ?? null,
    comparator: check === 'min' || check.startsWith('max_drop') ? ('≥' as const) : ('≤' as const)
  };
  const fail = (message: string): GateResult => ({ ...base, status: 'fail', threshold: null, delta: null, message });

  if (gate.optional && (!current || (needsBaseline && !previous))) {
    const missing = !current ? `${candidateName} has no ${label}` : baseline ? `${baselineName} has no ${label}` : 'no baseline was given';
    return { id, metric: gate.metric, reason: `default gate not applied: ${missing}` };
  }
  if (!current) return fail(`${label} is missing from ${candidateName}${available(candidate)}: a gate never passes without its data`);
  if (current.value === null || !Number.isFinite(current.value)) return fail(`${label} is undefined (${current.note ?? 'no data'}): the gate cannot pass`);
  if (needsBaseline) {
    if (!baseline) return fail(`${check} compares with the baseline, but no baseline was given`);
    if (!previous) return fail(`${label} is missing from ${baselineName}${available(baseline)}: cannot compare with the baseline`);
    if (previous.value === null || !Number.isFinite(previous.value))
      return fail(`${label} is undefined in ${baselineName} (${previous.note ?? 'no data'}): cannot compare with the baseline`);
  }

  const evidence = confidence === undefined ? undefined : intervalAt(confidence, gate, current, needsBaseline ? previous : undefined, context);
  if (typeof evidence === 'string') {
    // the file's default asks for intervals where there are some; a gate's own confidence demands one
    if (gate.confidence !== undefined) return { problem: evidence };
  }
  const atLevel = typeof evidence === 'object' ? evidence : undefined;

  const value = decimal(current.value);
  const reference = previous?.value == null ? undefined : decimal(previous.value);
  const threshold = thresholdOf(check, decimal(limit), needsBaseline ? reference : undefined);
  const bound = base.comparator === '≥' ? 'low' : 'high';
  const compared = atLevel ? atLevel[bound] : value;
  const withinBound = base.comparator === '≥' ? compared.gte(threshold) : compared.lte(threshold);
  const how = !needsBaseline
    ? check
    : `baseline ${formatNumber(previous?.value)} ${check.startsWith('max_drop') ? '−' : '+'} ${check.endsWith('relative') ? `${formatNumber(limit * 100)}%` : formatNumber(limit)}`;
  const relation = withinBound ? base.comparator : base.comparator === '≥' ? '<' : '>';
  const shown = base.feature ? `${gate.metric}[${base.feature}]` : label;
  const [shownValue, shownThreshold] = distinguishable(atLevel ? toNumber(compared) : current.value, toNumber(threshold));
  const comparison = atLevel
    ? `${shown} ${formatNumber(current.value)}: the ${bound === 'low' ? 'lower' : 'upper'} bound of its ${percent(confidence)} interval${atLevel.difference ? ` (paired, ${atLevel.interval.n} rows)` : ''} ${shownValue} ${relation} ${shownThreshold} (${how})`
    : `${shown} ${shownValue} ${relation} ${shownThreshold} (${how})`;
  const thin = withinBound ? current.insufficient : undefined;
  const passed = withinBound && !thin;
  const straddles =
    !atLevel && passed && base.interval && (bound === 'low' ? decimal(base.interval.low).lt(threshold) : decimal(base.interval.high).gt(threshold));
  return {
    ...base,
    ...(atLevel
      ? { interval: atLevel.interval, confidence, comparedBound: bound, ...(atLevel.difference ? { differenceInterval: atLevel.difference } : {}) }
      : {}),
    status: passed ? 'pass' : 'fail',
    threshold: toNumber(threshold),
    ...(needsBaseline && reference !== undefined ? { thresholdFrom: thresholdOrigin(check, limit, reference, threshold) } : {}),
    delta: reference === undefined ? null : toNumber(value.minus(reference)),
    message: thin ? `${comparison}, but ${thin}: not enough evidence to pass` : comparison,
    ...(straddles ? { pointEstimateOnly: true as const } : {})
  };
}

const percent = (confidence: number | undefined): string => `${formatNumber((confidence ?? 0) * 100)}%`;

/**
 * The value's interval at `confidence`, or why there is none. Bounds against a fixed limit use the
 * value's Wilson interval; bounds against the baseline (accuracy's max_drop, max_drop_relative) use
 * the paired interval of the accuracy difference, shifted by the baseline so it compares with the
 * threshold: baseline + low ≥ baseline − max_drop is low ≥ −max_drop.
 */
function intervalAt(
  confidence: number,
  gate: GateSpec,
  current: MetricValue,
  previous: MetricValue | undefined,
  { candidate, comparison }: GateContext
): Evidence | string {
  const z = confidenceZ(confidence);
  const level = percent(confidence);
  if (!previous) {
    if (!current.interval) {
      const withIntervals = [...candidate.values.values()].filter((v) => v.interval).map((v) => v.name);
      return `confidence ${confidence} compares ${gate.metric}'s ${level} interval with the bound, but ${gate.metric} has no interval in this run: intervals come from counts (accuracy and error_rate with samples, rates from groups or predictions, unweighted); ${withIntervals.length ? `metrics with intervals here: ${withIntervals.join(', ')}` : 'no metric has one here'}`;
    }
    const { n } = current.interval;
    const interval = confidence === 0.95 ? current.interval : { ...wilsonInterval((current.value as number) * n, n, z), n };
    return { interval, low: decimal(interval.low), high: decimal(interval.high) };
  }
  if (gate.metric !== 'accuracy' || gate.feature !== undefined) {
    return `confidence ${confidence} on a baseline bound uses the paired interval of the accuracy difference, so it applies to accuracy, not to ${gate.metric}`;
  }
  if (!comparison) {
    return `confidence ${confidence} on ${gate.metric}'s baseline bound compares both models on the same rows: give baseline-predictions (and predictions), or baseline-model (and eval-data)`;
  }
  if (!current.interval) return `confidence ${confidence} needs unweighted predictions: weighted rows give accuracy no interval`;
  const { rows, candidateAccuracy, candidateOnlyCorrect: b, baselineOnlyCorrect: c } = comparison;
  const a = Math.round(candidateAccuracy * rows) - b;
  const difference = pairedDifferenceInterval({ bothCorrect: a, candidateOnlyCorrect: b, baselineOnlyCorrect: c, neitherCorrect: rows - a - b - c }, z);
  const reference = decimal(previous.value as number);
  const [low, high] = [reference.plus(decimal(difference.low)), reference.plus(decimal(difference.high))];
  return { interval: { low: toNumber(low), high: toNumber(high), n: rows }, low, high, difference };
}

/** Fails when the candidate is worse on the paired rows and McNemar's exact test says so at `alpha`. */
function evaluateNotWorse(gate: GateSpec, alpha: number, { comparison, candidate }: GateContext): GateResult {
  const base = {
    id: `${gate.id}.not_worse`,
    gate: gate.id,
    metric: gate.metric,
    check: 'not_worse' as const,
    severity: gate.severity,
    limit: alpha,
    line: gate.line,
    comparator: '≥' as const,
    threshold: null
  };
  if (!comparison) {
    return {
      ...base,
      status: 'fail',
      value: candidate.values.get(gate.metric)?.value ?? null,
      baseline: null,
      delta: null,
      message: 'not_worse compares the candidate with the baseline on the same rows: give baseline-predictions, or baseline-model with eval-data'
    };
  }
  const { candidateAccuracy: mine, baselineAccuracy: theirs, pValue, rows, candidateOnlyCorrect: b, baselineOnlyCorrect: c } = comparison;
  const worse = mine < theirs && pValue < alpha;
  const verdict = mine >= theirs ? 'not worse' : worse ? 'significantly worse' : 'worse, but not significantly';
  return {
    ...base,
    status: worse ? 'fail' : 'pass',
    value: mine,
    baseline: theirs,
    delta: mine - theirs,
    pValue,
    message: `accuracy ${formatNumber(mine)} vs baseline ${formatNumber(theirs)} on ${rows} paired rows (${b} only the candidate gets right, ${c} only the baseline): McNemar p = ${formatNumber(pValue)}, ${verdict} at α = ${formatNumber(alpha)}`
  };
}

/** Both numbers with as many digits as it takes to tell them apart ("0.7999996 < 0.8", not "0.8 < 0.8"). */
function distinguishable(a: number, b: number): [string, string] {
  for (let digits = 6; digits < 15; digits++) {
    const [x, y] = [formatNumber(a, digits), formatNumber(b, digits)];
    if (x !== y || a === b) return [x, y];
  }
  return [String(a), String(b)];
}

function thresholdOrigin(check: BoundKey, limit: number, baseline: Decimal, threshold: Decimal): ThresholdOrigin {
  const origin = { baseline: toNumber(baseline), change: toNumber(threshold.minus(baseline)) };
  return check.endsWith('_relative') ? { ...origin, relative: limit } : origin;
}

function thresholdOf(check: BoundKey, limit: Decimal, baseline: Decimal | undefined): Decimal {
  if (check === 'min' || check === 'max' || baseline === undefined) return limit;
  const change = check.endsWith('relative') ? limit.times(baseline.abs()) : limit;
  return check.startsWith('max_drop') ? baseline.minus(change) : baseline.plus(change);
}

function lookup(set: MetricSet, gate: GateSpec): MetricValue | undefined {
  if (gate.feature === undefined) return set.values.get(gate.metric);
  const fairness = set.fairness.get(gate.feature);
  if (!fairness) return undefined;
  const metric = groupMetric(fairness, gate.metric);
  if (!metric) return undefined;
  const { value, note, insufficient } = metric;
  return { name: gate.metric, value, note, insufficient, source: set.values.get(gate.metric)?.source ?? '', feature: gate.feature };
}

function available(set: MetricSet): string {
  const names = [...set.values.keys()];
  if (names.length === 0) return '';
  const shown = names.slice(0, 12).join(', ');
  return ` (it has: ${shown}${names.length > 12 ? ', …' : ''}${set.fairness.size ? `; sensitive features: ${[...set.fairness.keys()].join(', ')}` : ''})`;
}
