import { metricsFromCounts } from '../evaluate/counts.js';
import { overlay, EMPTY_METRIC_SET } from '../evaluate/metric-set.js';
import type { MetricSet } from '../model/metrics.js';
import type { Options } from '../options/parse.js';
import { countsReader } from '../read/counts.js';
import { readFileInChunks } from './predictions.js';

/** Adds what `model-gate sql`'s counts determine to the metrics read from files. Loaded only with counts. */
export function addCounts(candidate: MetricSet | undefined, options: Options, cwd: string): MetricSet {
  const path = options.counts as string;
  const read = readFileInChunks(path, cwd, countsReader(path, options.task));
  return overlay(candidate ?? EMPTY_METRIC_SET, metricsFromCounts(read, options.minGroupSize));
}
