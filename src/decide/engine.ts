import { InputError } from '../errors.js';
import { defaultGates } from './default-gates.js';
import { evaluateGates } from './gates.js';
import { OUTPUTS_FINITE_METRIC } from '../model/metric-info.js';
import { decide, DEFAULT_STEPS } from './policy.js';
import type { LatencyReport } from '../model/latency.js';
import type { Rate } from '../model/evidence.js';
import type { FairnessValue, MetricSet } from '../model/metrics.js';
import type { GatesConfig, GateSpec } from '../model/gates.js';
import type { DriftResult } from '../model/drift.js';
import type { PairedComparison } from '../model/comparison.js';
import { type NoDecisionReport, type Report, REPORT_SCHEMA_VERSION, type ReportedFeature, type ReportedMetric, type ReportedRate } from '../model/report.js';

/** Everything the engine needs, already read and validated. No I/O happens past this point. */
export interface GateInput {
  candidate: MetricSet;
  /** How the candidate's source is named in messages (usually its file path). */
  candidateName: string;
  baseline?: MetricSet;
  baselineName?: string;
  /** Candidate and baseline predictions on the same rows. */
  comparison?: PairedComparison;
  /** The ONNX model's measured latency. */
  latency?: LatencyReport;
  /** Reference against current feature samples. */
  drift?: DriftResult;
  /** Configured gates, or undefined for the default gates. */
  gates?: GatesConfig;
  currentWeight: number;
  /** The canary-steps option; when absent, the gates file's `canary.steps`, else the default. */
  steps?: readonly number[];
}

/** The no-decision report for what stopped a run: bad input keeps its problems, anything else its message. */
export function noDecisionReport(error: unknown, currentWeight: number): NoDecisionReport {
  const reason: NoDecisionReport['error'] =
    error instanceof InputError
      ? { kind: 'bad-input', message: error.message, problems: error.problems }
      : { kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
  return { schemaVersion: REPORT_SCHEMA_VERSION, decision: 'none', passed: false, canaryWeight: currentWeight, previousWeight: currentWeight, error: reason };
}

export function evaluateCandidate(input: GateInput): Report {
  const gates = effectiveGates(input);
  // the options and the gates file validated the steps and the weight when they were read
  const steps = effectiveSteps(input);

  const { results, skipped } = evaluateGates(gates, input);
  const automatic = new Set(gates.gates.filter((g) => g.automatic).map((g) => g.id));
  if (!results.some((result) => !automatic.has(result.gate))) {
    throw new InputError({
      source: gates.source,
      message: `no gate applies to ${input.candidateName}, so nothing would be checked: configure gates for its metrics (${[...input.candidate.values.keys()].join(', ') || 'none found'})`
    });
  }
  const outcome = decide(results, input.currentWeight, steps);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    model: input.candidate.model,
    decision: outcome.decision,
    canaryWeight: outcome.canaryWeight,
    previousWeight: input.currentWeight,
    passed: outcome.passed,
    steps,
    gatesSource: gates.source,
    gates: results,
    skipped,
    ...(input.candidate.task ? { task: input.candidate.task } : {}),
    ...(input.candidate.classes ? { classes: input.candidate.classes } : {}),
    metrics: reportMetrics(input.candidate, input.baseline),
    fairness: reportFairness(input.candidate),
    ...(input.comparison ? { comparison: input.comparison } : {}),
    ...(input.latency ? { latency: input.latency } : {}),
    ...(input.drift ? { drift: input.drift } : {}),
    warnings: [...input.candidate.warnings, ...(input.baseline?.warnings.map((w) => `baseline: ${w}`) ?? [])]
  };
}

/** The canary steps: the option's, else the gates file's, else the default. */
export function effectiveSteps(input: Pick<GateInput, 'steps' | 'gates'>): number[] {
  return [...(input.steps ?? input.gates?.steps ?? DEFAULT_STEPS)];
}

/** The gates a run checks: the configured ones, or the defaults for its metrics, plus the model checks. */
export function effectiveGates(input: Pick<GateInput, 'gates' | 'candidate' | 'latency'>): GatesConfig {
  return withModelChecks(input.gates ?? defaultGates(new Set(input.candidate.values.keys())), input.latency !== undefined);
}

/** A measured model must give finite outputs: a warn gate, unless the gates check it already. */
function withModelChecks(gates: GatesConfig, measured: boolean): GatesConfig {
  if (!measured || gates.gates.some((g) => g.metric === OUTPUTS_FINITE_METRIC)) return gates;
  const finite: GateSpec = { id: OUTPUTS_FINITE_METRIC, metric: OUTPUTS_FINITE_METRIC, bounds: { min: 1 }, severity: 'warn', automatic: true };
  return { ...gates, gates: [...gates.gates, finite] };
}

function reportMetrics(candidate: MetricSet, baseline: MetricSet | undefined): Record<string, ReportedMetric> {
  const entries = [...candidate.values.values()].map(({ name, ...metric }): [string, ReportedMetric] => {
    const reported: ReportedMetric = { ...metric };
    if (baseline) reported.baseline = baseline.values.get(name)?.value ?? null;
    return [name, reported];
  });
  return Object.fromEntries(entries);
}

function reportFairness(candidate: MetricSet): Record<string, ReportedFeature> {
  const rate = (r: Rate): ReportedRate => (r.interval ? { value: r.value, interval: r.interval } : { value: r.value });
  const small = (g: { small?: boolean }): { small?: true } => (g.small ? { small: true } : {});
  const metrics = (values: Readonly<Record<string, FairnessValue>>): ReportedFeature['metrics'] =>
    Object.fromEntries(Object.entries(values).map(([name, v]) => [name, { ...v }]));
  const entries = [...candidate.fairness].map(([feature, fairness]): [string, ReportedFeature] => {
    if (fairness.task === 'multiclass') {
      const groups = [...fairness.groups].map(([group, { small: isSmall, ...g }]) => [group, { ...g, ...small({ small: isSmall }) }]);
      return [feature, { task: 'multiclass', classes: fairness.classes, groups: Object.fromEntries(groups), metrics: metrics(fairness.metrics) }];
    }
    if (fairness.task === 'regression') {
      const groups = [...fairness.groups].map(([group, { small: isSmall, ...g }]) => [group, { ...g, ...small({ small: isSmall }) }]);
      return [feature, { task: 'regression', groups: Object.fromEntries(groups), metrics: metrics(fairness.metrics) }];
    }
    const groups = [...fairness.groups].map(([group, g]) => [
      group,
      {
        count: g.count,
        ...small(g),
        selection_rate: rate(g.selection_rate),
        true_positive_rate: rate(g.true_positive_rate),
        false_positive_rate: rate(g.false_positive_rate),
        accuracy: rate(g.accuracy)
      }
    ]);
    return [feature, { task: 'binary', groups: Object.fromEntries(groups), metrics: metrics(fairness.metrics) }];
  });
  return Object.fromEntries(entries);
}
