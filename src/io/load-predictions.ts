import { EMPTY_METRIC_SET, overlay } from '../evaluate/metric-set.js';
import { metricsFromPredictions } from '../evaluate/predictions/metrics.js';
import { pairPredictions } from '../evaluate/predictions/pairing.js';
import type { Options } from '../options/parse.js';
import { readPredictionsFile } from './predictions.js';
import type { MetricSet } from '../model/metrics.js';
import type { PairedComparison } from '../model/comparison.js';

export interface WithPredictions {
  candidate: MetricSet;
  baseline: MetricSet | undefined;
  comparison: PairedComparison | undefined;
}

/**
 * Adds what the predictions files determine to the metrics read from files: computed values win.
 * Loaded only when predictions are given, so other runs do not pay for it at start-up.
 */
export function addPredictions(candidate: MetricSet | undefined, baseline: MetricSet | undefined, options: Options, cwd: string): WithPredictions {
  if (!options.predictions) return { candidate: candidate ?? EMPTY_METRIC_SET, baseline, comparison: undefined };
  const spec = {
    positiveLabel: options.positiveLabel,
    sensitiveFeatures: options.sensitiveFeatures,
    intersectional: options.intersectional,
    keepRows: options.baselinePredictions !== undefined
  };
  const predictions = readPredictionsFile(options.predictions, cwd, spec);
  const withCandidate = overlay(candidate ?? EMPTY_METRIC_SET, metricsFromPredictions(predictions, options.minGroupSize));
  if (!options.baselinePredictions) return { candidate: withCandidate, baseline, comparison: undefined };
  // the baseline's file needs only what pairing needs; its fairness is computed where it has the columns
  const baselinePredictions = readPredictionsFile(options.baselinePredictions, cwd, { ...spec, featuresOptional: true });
  return {
    candidate: withCandidate,
    baseline: overlay(baseline ?? EMPTY_METRIC_SET, metricsFromPredictions(baselinePredictions, options.minGroupSize)),
    comparison: pairPredictions(predictions, baselinePredictions)
  };
}
