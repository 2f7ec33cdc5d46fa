import { EMPTY_METRIC_SET, overlay } from '../evaluate/metric-set.js';
import { metricsFromPredictions } from '../evaluate/predictions/metrics.js';
import { pairPredictions } from '../evaluate/predictions/pairing.js';
import type { Options } from '../options/parse.js';
import { predictionsReader } from '../read/predictions/reader.js';
import { readFileInChunks } from './predictions.js';
import type { MetricSet } from '../model/metrics.js';
import type { PairedComparison } from '../model/comparison.js';

export interface WithPredictions {
  candidate: MetricSet;
  baseline: MetricSet | undefined;
  comparison: PairedComparison | undefined;
}

/** A predictions file: where it is, and how messages and metric sources name it (the model scored on eval-data, say). */
export interface PredictionsSource {
  path: string;
  name: string;
}

/**
 * Adds what the predictions files determine to the metrics read from files: computed values win.
 * The files are the predictions options', or `scored`: the rows the run scored itself.
 * Loaded only when predictions are given, so other runs do not pay for it at start-up.
 */
export function addPredictions(
  candidate: MetricSet | undefined,
  baseline: MetricSet | undefined,
  options: Options,
  cwd: string,
  scored?: { candidate: PredictionsSource; baseline?: PredictionsSource }
): WithPredictions {
  const given = (path: string | undefined): PredictionsSource | undefined => (path === undefined ? undefined : { path, name: path });
  const candidateFile = scored?.candidate ?? given(options.predictions);
  const baselineFile = scored?.baseline ?? given(options.baselinePredictions);
  if (!candidateFile) return { candidate: candidate ?? EMPTY_METRIC_SET, baseline, comparison: undefined };
  const spec = {
    positiveLabel: options.positiveLabel,
    sensitiveFeatures: options.sensitiveFeatures,
    intersectional: options.intersectional,
    keepRows: baselineFile !== undefined
  };
  const read = (source: PredictionsSource, featuresOptional: boolean) =>
    readFileInChunks(source.path, cwd, predictionsReader({ ...spec, featuresOptional, file: source.name }));
  const predictions = read(candidateFile, false);
  const withCandidate = overlay(candidate ?? EMPTY_METRIC_SET, metricsFromPredictions(predictions, options.minGroupSize));
  if (!baselineFile) return { candidate: withCandidate, baseline, comparison: undefined };
  // the baseline's file needs only what pairing needs; its fairness is computed where it has the columns
  const baselinePredictions = read(baselineFile, true);
  return {
    candidate: withCandidate,
    baseline: overlay(baseline ?? EMPTY_METRIC_SET, metricsFromPredictions(baselinePredictions, options.minGroupSize)),
    comparison: pairPredictions(predictions, baselinePredictions)
  };
}
