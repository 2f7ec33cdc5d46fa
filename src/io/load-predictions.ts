import { EMPTY_METRIC_SET, overlay } from '../evaluate/metric-set.js';
import { metricsFromPredictions } from '../evaluate/predictions/metrics.js';
import type { Options } from '../options/parse.js';
import { metricsFromMulticlass } from '../evaluate/predictions/multiclass-metrics.js';
import { metricsFromRegression } from '../evaluate/predictions/regression-metrics.js';
import type { PredictionsRead } from '../read/predictions/reader.js';
import type { RowTask, TaskRead } from '../read/predictions/row-task.js';
import { NotBinary } from '../read/predictions/row-sink.js';
import { taskRows } from '../read/predictions/task-inference.js';
import { readPredictionsTable, readTable } from './tables.js';
import { NO_PROGRESS, type Progress } from '../model/progress.js';
import type { ComputedMetrics, MetricSet } from '../model/metrics.js';
import type { PairedComparison } from '../model/comparison.js';

export interface WithPredictions {
  candidate: MetricSet;
  baseline: MetricSet | undefined;
  comparison: PairedComparison | undefined;
}

/**
 * Adds what the predictions determine to the metrics read from files: computed values win.
 * The predictions are the predictions options' files, or `scored`: the rows the run scored itself.
 * Loaded only when predictions are given, so other runs do not pay for it at start-up.
 */
export async function addPredictions(
  candidate: MetricSet | undefined,
  baseline: MetricSet | undefined,
  options: Options,
  cwd: string,
  scored?: { candidate: PredictionsRead; baseline?: PredictionsRead },
  progress: Progress = NO_PROGRESS
): Promise<WithPredictions> {
  const table: Tables = (path, task) => readPredictionsTable(path, cwd, task, progress);
  if (scored) return addBinary(candidate, baseline, options, scored.candidate, scored.baseline);
  if (!options.predictions) return { candidate: candidate ?? EMPTY_METRIC_SET, baseline, comparison: undefined };
  if (options.task === 'regression' || options.task === 'multiclass') return addUnpaired(options.task, candidate, baseline, options, table);
  const read = async (path: string | undefined, featuresOptional: boolean): Promise<PredictionsRead | undefined> =>
    path === undefined
      ? undefined
      : table(path, {
          kind: 'binary',
          spec: {
            file: path,
            positiveLabel: options.positiveLabel,
            sensitiveFeatures: options.sensitiveFeatures,
            intersectional: options.intersectional,
            keepRows: options.baselinePredictions !== undefined,
            featuresOptional
          }
        });
  try {
    // the baseline's file needs only what pairing needs; its fairness is computed where it has the columns
    return await addBinary(
      candidate,
      baseline,
      options,
      (await read(options.predictions, false)) as PredictionsRead,
      await read(options.baselinePredictions, true)
    );
  } catch (error) {
    if (!(error instanceof NotBinary) || options.task !== 'auto') throw error;
    const inferred = await readTable(options.predictions, cwd, taskRows(), options.predictions, progress);
    if (inferred.kind === 'binary') throw error;
    return addUnpaired(inferred.kind, candidate, baseline, options, table, inferred.inferredFrom);
  }
}

async function addBinary(
  candidate: MetricSet | undefined,
  baseline: MetricSet | undefined,
  options: Options,
  predictions: PredictionsRead,
  baselinePredictions: PredictionsRead | undefined
): Promise<WithPredictions> {
  const withCandidate = overlay(candidate ?? EMPTY_METRIC_SET, { ...metricsFromPredictions(predictions, options.minGroupSize), task: { kind: 'binary' } });
  if (!baselinePredictions) return { candidate: withCandidate, baseline, comparison: undefined };
  // loaded only to pair: McNemar's binomial distribution takes some 5 ms to load
  const { pairPredictions } = await import('../evaluate/predictions/pairing.js');
  return {
    candidate: withCandidate,
    baseline: overlay(baseline ?? EMPTY_METRIC_SET, metricsFromPredictions(baselinePredictions, options.minGroupSize)),
    comparison: pairPredictions(predictions, baselinePredictions)
  };
}

/** Reads a table of predictions (CSV, JSON Lines or Parquet) as a task's rows, showing progress. */
type Tables = <T extends RowTask>(path: string, task: T) => Promise<TaskRead<T>>;

/** How a multiclass or regression file is read into metrics, by the task's reader. */
type Unpaired = (path: string, sensitiveFeatures: readonly string[]) => Promise<ComputedMetrics>;

const UNPAIRED: Record<'multiclass' | 'regression', (options: Options, table: Tables) => Unpaired> = {
  multiclass: (options, table) => async (path, sensitiveFeatures) =>
    metricsFromMulticlass(
      await table(path, { kind: 'multiclass', spec: { file: path, sensitiveFeatures, intersectional: options.intersectional, topK: options.topK } }),
      options.minGroupSize
    ),
  regression: (options, table) => async (path, sensitiveFeatures) =>
    metricsFromRegression(
      await table(path, { kind: 'regression', spec: { file: path, sensitiveFeatures, intersectional: options.intersectional } }),
      options.minGroupSize
    )
};

/** A multiclass or regression model's predictions, overall and per group; the baseline's, unpaired (McNemar's test is for binary predictions). */
async function addUnpaired(
  kind: 'multiclass' | 'regression',
  candidate: MetricSet | undefined,
  baseline: MetricSet | undefined,
  options: Options,
  table: Tables,
  inferredFrom?: string
): Promise<WithPredictions> {
  const read = UNPAIRED[kind](options, table);
  const computed = await read(options.predictions as string, options.sensitiveFeatures);
  return {
    candidate: overlay(candidate ?? EMPTY_METRIC_SET, { ...computed, task: { kind, ...(inferredFrom ? { inferredFrom } : {}) } }),
    baseline: options.baselinePredictions ? overlay(baseline ?? EMPTY_METRIC_SET, await read(options.baselinePredictions, [])) : baseline,
    comparison: undefined
  };
}
