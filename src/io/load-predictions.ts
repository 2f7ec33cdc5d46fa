import { EMPTY_METRIC_SET, overlay } from '../evaluate/metric-set.js';
import { metricsFromPredictions } from '../evaluate/predictions/metrics.js';
import { pairPredictions } from '../evaluate/predictions/pairing.js';
import type { Options } from '../options/parse.js';
import { predictionsReader, type PredictionsRead } from '../read/predictions/reader.js';
import { readFileInChunks } from './predictions.js';
import type { MetricSet } from '../model/metrics.js';
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
export function addPredictions(
  candidate: MetricSet | undefined,
  baseline: MetricSet | undefined,
  options: Options,
  cwd: string,
  scored?: { candidate: PredictionsRead; baseline?: PredictionsRead }
): WithPredictions {
  const read = (path: string | undefined, featuresOptional: boolean): PredictionsRead | undefined =>
    path === undefined
      ? undefined
      : readFileInChunks(
          path,
          cwd,
          predictionsReader({
            file: path,
            positiveLabel: options.positiveLabel,
            sensitiveFeatures: options.sensitiveFeatures,
            intersectional: options.intersectional,
            keepRows: options.baselinePredictions !== undefined,
            featuresOptional
          })
        );
  const predictions = scored?.candidate ?? read(options.predictions, false);
  if (!predictions) return { candidate: candidate ?? EMPTY_METRIC_SET, baseline, comparison: undefined };
  const withCandidate = overlay(candidate ?? EMPTY_METRIC_SET, metricsFromPredictions(predictions, options.minGroupSize));
  // the baseline's file needs only what pairing needs; its fairness is computed where it has the columns
  const baselinePredictions = scored ? scored.baseline : read(options.baselinePredictions, true);
  if (!baselinePredictions) return { candidate: withCandidate, baseline, comparison: undefined };
  return {
    candidate: withCandidate,
    baseline: overlay(baseline ?? EMPTY_METRIC_SET, metricsFromPredictions(baselinePredictions, options.minGroupSize)),
    comparison: pairPredictions(predictions, baselinePredictions)
  };
}
