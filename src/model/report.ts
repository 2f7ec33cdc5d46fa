// The JSON report: the engine's whole answer, documented in the README.
import type { CanaryAnalysis } from './canary.js';
import type { PairedComparison } from './comparison.js';
import type { Outcome } from './decision.js';
import type { DriftResult } from './drift.js';
import type { ClassesSummary, GroupClasses, GroupErrors, GroupRates, Interval } from './evidence.js';
import type { GateResult, SkippedCheck } from './gates.js';
import type { LatencyReport } from './latency.js';
import type { MetricValue, ModelId } from './metrics.js';
import type { Problem } from './problem.js';
import type { TaskInfo } from './task.js';

export const REPORT_SCHEMA_VERSION = 1;

/** A metric as the report shows it: the value with its evidence, and the baseline's value when there is a baseline. */
export type ReportedMetric = Omit<MetricValue, 'name'> & { baseline?: number | null };

export interface ReportedRate {
  value: number | null;
  interval?: Interval;
}

type ReportedGroupMetrics = Record<string, { value: number | null; note?: string; insufficient?: string }>;

/** A sensitive feature's groups and the metrics between them, as the task defines them. */
export type ReportedFeature =
  | {
      task: 'binary';
      groups: Record<string, { count: number; small?: true } & Record<Exclude<keyof GroupRates, 'count' | 'small'>, ReportedRate>>;
      metrics: ReportedGroupMetrics;
    }
  | { task: 'regression'; groups: Record<string, Omit<GroupErrors, 'small'> & { small?: true }>; metrics: ReportedGroupMetrics }
  | { task: 'multiclass'; classes: readonly string[]; groups: Record<string, Omit<GroupClasses, 'small'> & { small?: true }>; metrics: ReportedGroupMetrics };

/** The JSON report: the engine's whole answer, documented in the README. */
export interface Report extends Outcome {
  schemaVersion: number;
  model: ModelId;
  previousWeight: number;
  passed: boolean;
  steps: number[];
  gatesSource: string;
  gates: GateResult[];
  skipped: SkippedCheck[];
  /** What the model predicts, when predictions or scoring told. */
  task?: TaskInfo;
  /** A multiclass classifier's classes: the confusion matrix and each class's precision, recall, F1 and support. */
  classes?: ClassesSummary;
  metrics: Record<string, ReportedMetric>;
  fairness: Record<string, ReportedFeature>;
  /** Candidate against baseline on the same rows (from baseline-predictions). */
  comparison?: PairedComparison;
  /** The ONNX model's measured latency, per batch size. */
  latency?: LatencyReport;
  /** What the metrics were measured from, when the run scored the model on eval-data. */
  provenance?: Provenance;
  /** Data drift per feature, most severe first. */
  drift?: DriftResult;
  /** The canary's live metrics against the stable's, check by check. */
  canaryAnalysis?: CanaryAnalysis;
  /** Where the current weight came from, when it was read (current-weight: auto). */
  weightSource?: string;
  warnings: string[];
}

/** A file the run read, by its content. */
export interface FileDigest {
  path: string;
  sha256: string;
}

/** The files a scored run's metrics come from, and the runtime that scored them. */
export interface Provenance {
  model: FileDigest;
  baselineModel?: FileDigest;
  evalData: FileDigest & { rows: number };
  runtime: { package: 'onnxruntime-node'; version: string };
}

/**
 * The report of a run that stopped before deciding (bad input, a failure): it claims no decision,
 * says why, and keeps the weight where it was, so a later step that reads it never raises it.
 */
export interface NoDecisionReport {
  schemaVersion: number;
  decision: 'none';
  passed: false;
  canaryWeight: number;
  previousWeight: number;
  error: { kind: 'bad-input' | 'unexpected'; message: string; problems?: readonly Problem[] };
}
