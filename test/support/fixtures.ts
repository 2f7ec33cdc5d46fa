import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metricSetFromFile } from '../../src/evaluate/metric-set.js';
import { parseMetricsFile } from '../../src/read/metrics-file.js';
import type { MetricSet } from '../../src/model/metrics.js';

export const ROOT = process.cwd();

export function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(ROOT, relativePath), 'utf8')) as T;
}

/** A MetricSet from an inline metrics object, as if read from `file`. */
export function metricSet(json: unknown, file = 'metrics.json'): MetricSet {
  return metricSetFromFile(parseMetricsFile(JSON.stringify(json), file));
}
