// `model-gate summarize`: one row per JSON report, for a table of several models (a matrix job's).
import type { Decision } from './decision.js';
import type { ModelId } from './metrics.js';
import type { NoDecisionReport } from './report.js';

/** What one JSON report says about its model: a row of the summary. */
export interface ReportSummary {
  /** The report's path, as given on the command line (joined to its folder's when a folder was given). */
  file: string;
  /** The report's model block; empty when it has none (a run that stopped before deciding). */
  model: ModelId;
  /** none: the run stopped before deciding (bad input, a failure). */
  decision: Decision | 'none';
  canaryWeight: number;
  previousWeight: number;
  /** The report's `passed`: every blocking gate passed; never for a run that stopped. */
  passed: boolean;
  /** The gate checks that passed and failed (warn gates included); null when the run stopped. */
  checks: { passed: number; failed: number } | null;
  /** The ids of the failed checks, blocking and warn, in the report's order. */
  failedGates: string[];
  /** Why a run stopped before deciding: its report's error. */
  error?: Pick<NoDecisionReport['error'], 'kind' | 'message'>;
}

export const SUMMARY_SCHEMA_VERSION = 1;

/** `model-gate summarize --format json`: the reports merged into one document. */
export interface SummaryDocument {
  schemaVersion: number;
  /** Every report passed. */
  passed: boolean;
  reports: ReportSummary[];
}
