import { InputError } from '../errors.js';
import { TASKS, type Task } from '../model/task.js';
import type { LatencySettings } from '../model/latency.js';
import type { ScoringSettings } from '../model/scoring.js';
import { parseLatency } from './latency.js';
import { parseScoring } from './scoring.js';
import { spec, type Label, type OptionName } from './table.js';
import { stepsProblem, weightProblem } from '../read/canary.js';
import { parsePrometheusHeaders, parsePrometheusUrl } from '../read/prometheus-options.js';

/** The predictions' task: named, or inferred from the labels (auto). */
export type TaskOption = 'auto' | Task;
export const TASK_VALUES: readonly TaskOption[] = ['auto', ...TASKS];

/** How a run fails: on rollback (default), on rollback or hold, or never (report only). */
export type FailOn = 'rollback' | 'hold' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['rollback', 'hold', 'never'];

/** Raw option strings by name, as the user wrote them; an empty string means not given. */
export type RawOptions = Partial<Record<OptionName, string>>;

export type { LatencySettings };
export type { ScoringSettings } from '../model/scoring.js';

/** The options every front end (Action inputs, CLI flags) shares, as typed values. */
export interface Options {
  metrics?: string;
  baseline?: string;
  gates?: string;
  predictions?: string;
  /** The JSON Lines result of `model-gate sql`: counts computed where the data lives. */
  counts?: string;
  baselinePredictions?: string;
  task: TaskOption;
  /** Top-k accuracy's k, for a multiclass classifier with probability columns. */
  topK: number;
  sensitiveFeatures: string[];
  intersectional: boolean;
  positiveLabel: string;
  minGroupSize: number;
  /** Measure the ONNX model's latency (and the baseline model's, interleaved). */
  latency?: LatencySettings;
  /** Run the model (and the baseline model) on evaluation rows, and evaluate its predictions. */
  scoring?: ScoringSettings;
  /** Compare a reference sample of the features with a current one (data drift). */
  drift?: { reference: string; current: string; features?: string[]; alpha: number; featuresLabel: string };
  /** Release file: synthesize the manifests that follow from the decision. */
  release?: string;
  manifestsDir?: string;
  /** An integer percentage, or read from the manifests or from Prometheus. */
  currentWeight: number | 'auto';
  /** The live canary analysis: where Prometheus is, and the instant to replay instead of now. */
  prometheus: { url?: string; headers?: Record<string, string>; timeoutSeconds: number };
  /** How each option is called where the user wrote it, for messages about them later in the run. */
  label: Label;
  analysisTime?: Date;
  /** Explicit canary steps; when absent the gates file's `canary.steps` or the default apply. */
  canarySteps?: number[];
  failOn: FailOn;
  reportPath?: string;
}

/**
 * Turns the strings a user wrote into typed options, naming the option in every error.
 * `label` says how an option is called where the user wrote it: `input "current-weight"` or `--current-weight`.
 */
export function parseOptions(raw: RawOptions, label: Label): Options {
  // what the user wrote, else the table's default (as the runner applies action.yml's)
  const given = (name: OptionName): string | undefined => {
    const value = raw[name]?.trim();
    return value ? value : spec(name).default;
  };
  const fail = (name: OptionName, message: string): never => {
    throw new InputError({ source: label(name), message });
  };

  const metrics = given('metrics');
  const predictions = given('predictions');
  const counts = given('counts');
  if (!metrics && !predictions && !counts && !given('model') && !given('reference-data') && !given('eval-data')) {
    fail(
      'metrics',
      `required: the path of the candidate model's metrics.json (or give ${label('predictions')}, ${label('counts')}, ${label('model')} or ${label('reference-data')})`
    );
  }
  if (counts && (predictions || given('eval-data')))
    fail('counts', `replaces ${label('predictions')} and ${label('eval-data')}: give the rows, or the counts computed from them, not both`);
  const baselinePredictions = given('baseline-predictions');
  const evalData = given('eval-data');
  if (baselinePredictions && !predictions && !evalData)
    fail('baseline-predictions', `needs ${label('predictions')}: the candidate's predictions on the same rows`);

  const sensitiveFeatures = (given('sensitive-features') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (sensitiveFeatures.length > 0 && !predictions && !evalData)
    fail('sensitive-features', `applies to ${label('predictions')} or ${label('eval-data')}; in metrics.json, per-group counts name their features`);
  const duplicate = sensitiveFeatures.find((f, i) => sensitiveFeatures.indexOf(f) !== i);
  if (duplicate) fail('sensitive-features', `lists ${JSON.stringify(duplicate)} twice`);

  const intersectional = parseBoolean(given('intersectional') as string, () =>
    fail('intersectional', `expected true or false, got ${JSON.stringify(given('intersectional'))}`)
  );
  if (intersectional && sensitiveFeatures.length < 2) fail('intersectional', `needs two or more ${label('sensitive-features')} to intersect`);

  const minGroupSizeText = given('min-group-size') as string;
  if (!/^\d+$/.test(minGroupSizeText)) fail('min-group-size', `expected a non-negative integer, got ${JSON.stringify(minGroupSizeText)}`);

  const weightText = given('current-weight') as string;
  const currentWeight = weightText === 'auto' ? 'auto' : /^\d+$/.test(weightText) ? Number(weightText) : Number.NaN;
  const weightError = currentWeight === 'auto' ? undefined : weightProblem(currentWeight);
  if (weightError)
    fail(
      'current-weight',
      `expected an integer percentage between 0 and 100, or auto, got ${/^\d+$/.test(weightText) ? weightText : JSON.stringify(weightText)}`
    );

  const prometheusUrl = given('prometheus-url');
  const headersText = given('prometheus-headers');
  const timeoutText = given('prometheus-timeout') as string;
  const prometheus = {
    ...(prometheusUrl === undefined ? {} : { url: parsePrometheusUrl(prometheusUrl, label('prometheus-url')) }),
    ...(headersText === undefined ? {} : { headers: parsePrometheusHeaders(headersText, label('prometheus-headers')) }),
    timeoutSeconds: Number(timeoutText)
  };
  if (!(prometheus.timeoutSeconds > 0 && prometheus.timeoutSeconds <= 600))
    fail('prometheus-timeout', `expected seconds above 0 and at most 600, got ${JSON.stringify(timeoutText)}`);
  const analysisText = given('analysis-time');
  const analysisTime =
    analysisText === undefined
      ? undefined
      : parseInstant(analysisText, () => fail('analysis-time', `expected an RFC 3339 instant like 2026-11-01T00:30:00Z, got ${JSON.stringify(analysisText)}`));

  const stepsText = given('canary-steps');
  const canarySteps = stepsText === undefined ? undefined : parseSteps(stepsText, label('canary-steps'));

  const latency = parseLatency(given, label);
  const scoring = parseScoring(given, label, latency?.threads ?? 1);
  if (scoring && sensitiveFeatures.includes(scoring.labelColumn))
    fail('sensitive-features', `lists the label column ${JSON.stringify(scoring.labelColumn)}: a sensitive feature is a column of its own`);
  const reference = given('reference-data');
  const current = given('current-data');
  if (Boolean(reference) !== Boolean(current))
    fail(reference ? 'current-data' : 'reference-data', `drift compares two samples: give both ${label('reference-data')} and ${label('current-data')}`);
  const driftStray = (['drift-features', 'drift-alpha'] as const).find((name) => given(name) !== undefined);
  if (!reference && driftStray) fail(driftStray, `applies to ${label('reference-data')} and ${label('current-data')}`);
  const alphaText = given('drift-alpha') ?? (spec('drift-alpha').fallback as string);
  const driftAlpha = Number(alphaText);
  if (!(driftAlpha > 0 && driftAlpha < 1)) fail('drift-alpha', `expected a significance level between 0 and 1, got ${JSON.stringify(alphaText)}`);
  const driftFeatures = given('drift-features')
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (driftFeatures?.length === 0) fail('drift-features', 'no features listed: expected at least one column name');
  const drift = reference && current ? { reference, current, features: driftFeatures, alpha: driftAlpha, featuresLabel: label('drift-features') } : undefined;
  if (given('manifests-dir') && !given('release')) fail('manifests-dir', `applies to ${label('release')}: the release file to synthesize manifests for`);

  const task = given('task') as TaskOption;
  if (!TASK_VALUES.includes(task)) fail('task', `expected one of ${TASK_VALUES.join(', ')}, got ${JSON.stringify(task)}`);
  if (task !== 'auto' && task !== 'binary' && scoring)
    fail('task', `${label('eval-data')} scores binary classifiers for now: give a ${task} model's ${label('predictions')} instead`);
  const topK = Number(given('top-k'));
  if (!(Number.isInteger(topK) && topK >= 1 && topK <= 1000)) fail('top-k', `expected a whole number from 1 to 1000, got ${JSON.stringify(given('top-k'))}`);
  const failOn = given('fail-on') as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) fail('fail-on', `expected one of ${FAIL_ON_VALUES.join(', ')}, got ${JSON.stringify(failOn)}`);

  return {
    metrics,
    baseline: given('baseline'),
    gates: given('gates'),
    predictions,
    counts,
    baselinePredictions,
    sensitiveFeatures,
    intersectional,
    task,
    topK,
    positiveLabel: given('positive-label') as string,
    minGroupSize: Number(minGroupSizeText),
    latency,
    ...(scoring ? { scoring } : {}),
    drift,
    release: given('release'),
    manifestsDir: given('manifests-dir'),
    currentWeight,
    prometheus,
    label,
    ...(analysisTime ? { analysisTime } : {}),
    canarySteps,
    failOn,
    reportPath: given('report-path')
  };
}

/** An RFC 3339 date-time with a time zone: `2026-11-01T00:30:00Z`, `2026-11-01T01:30:00+01:00`. */
function parseInstant(text: string, onError: () => never): Date {
  const rfc3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
  const date = new Date(text);
  return rfc3339.test(text) && Number.isFinite(date.getTime()) ? date : onError();
}

/** YAML 1.2 core schema booleans, as the Actions toolkit's getBooleanInput accepts them. */
function parseBoolean(text: string, onError: () => never): boolean {
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  return onError();
}

/** "10,25,50,100" → [10, 25, 50, 100], or an error naming what is wrong. */
export function parseSteps(text: string, source: string): number[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const bad = parts.find((p) => !/^\d+$/.test(p));
  if (bad !== undefined)
    throw new InputError({ source: source, message: `expected comma-separated integer percentages like 10,25,50,100; ${JSON.stringify(bad)} is not one` });
  const steps = parts.map(Number);
  const problem = stepsProblem(steps);
  if (problem) throw new InputError({ source: source, message: problem });
  return steps;
}

export function shouldFail(failOn: FailOn, decision: string): boolean {
  if (failOn === 'never') return false;
  return decision === 'rollback' || (failOn === 'hold' && decision === 'hold');
}
