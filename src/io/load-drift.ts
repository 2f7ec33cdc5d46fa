import { evaluateDrift } from '../evaluate/drift/evaluate.js';
import { overlay } from '../evaluate/metric-set.js';
import type { Options } from '../options/parse.js';
import { loadDriftSample } from './drift-data.js';
import type { MetricSet } from '../model/metrics.js';
import type { DriftResult } from '../model/drift.js';

/** Compares the reference and current samples; drifted_feature_share and psi_max become metrics. Loaded on demand. */
export async function addDrift(candidate: MetricSet, drift: NonNullable<Options['drift']>, cwd: string): Promise<{ candidate: MetricSet; drift: DriftResult }> {
  const reference = await loadDriftSample(drift.reference, cwd, drift.features, drift.featuresLabel);
  const current = await loadDriftSample(drift.current, cwd, drift.features, drift.featuresLabel);
  const result = evaluateDrift(reference, current, { features: drift.features, featuresLabel: drift.featuresLabel, alpha: drift.alpha });
  const source = `drift: ${drift.current} against ${drift.reference}`;
  const values = new Map([
    ['drifted_feature_share', { name: 'drifted_feature_share', value: result.drifted_feature_share, source }],
    ['psi_max', { name: 'psi_max', value: result.psi_max, source }]
  ]);
  return { candidate: overlay(candidate, { values, fairness: new Map(), warnings: [] }), drift: result };
}
