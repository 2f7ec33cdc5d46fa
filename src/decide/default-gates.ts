import type { GatesConfig, GateSpec } from '../model/gates.js';

/**
 * Common practice, used when no gates are configured. Each applies only when its metric
 * (and, for a baseline bound, the baseline) is present.
 */
export function defaultGates(candidateMetrics: ReadonlySet<string>): GatesConfig {
  const latency = candidateMetrics.has('latency_p99_ms') || !candidateMetrics.has('latency_ms') ? 'latency_p99_ms' : 'latency_ms';
  const gates: GateSpec[] = [
    { id: 'accuracy', metric: 'accuracy', bounds: { min: 0.9, max_drop: 0.01 }, severity: 'block', optional: true },
    { id: latency, metric: latency, bounds: { max: 100 }, severity: 'block', optional: true },
    { id: 'demographic_parity_ratio', metric: 'demographic_parity_ratio', bounds: { min: 0.8 }, severity: 'block', optional: true },
    { id: 'samples', metric: 'samples', bounds: { min: 1000 }, severity: 'block', optional: true },
    { id: 'drifted_feature_share', metric: 'drifted_feature_share', bounds: { max: 0.3 }, severity: 'block', optional: true }
  ];
  return { source: 'default gates', fromFile: false, gates };
}
