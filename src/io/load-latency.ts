import { EMPTY_METRIC_SET, overlay } from '../evaluate/metric-set.js';
import { OUTPUTS_FINITE_METRIC } from '../model/metric-info.js';
import { measureLatency } from '../measure/harness.js';
import type { Progress } from '../model/progress.js';
import type { LatencyReport, ModelLatency } from '../model/latency.js';
import type { LatencySettings } from '../options/parse.js';
import type { ComputedMetrics, MetricSet, MetricValue } from '../model/metrics.js';

export interface WithLatency {
  candidate: MetricSet;
  baseline: MetricSet | undefined;
  latency: LatencyReport;
}

/**
 * Measures the ONNX model(s) and lets the measured percentiles of the first batch size replace
 * any typed into metrics.json. Loaded only when a model is given: other runs never load onnxruntime.
 */
export async function addMeasuredLatency(
  candidate: MetricSet,
  baseline: MetricSet | undefined,
  settings: LatencySettings,
  cwd: string,
  progress?: Progress
): Promise<WithLatency> {
  const latency = await measureLatency(settings, cwd, progress);
  // the latency metrics are batch 1's (what a single request waits), or the first batch size's when 1 was not measured
  const first = latency.batches.find((batch) => batch.batchSize === 1) ?? latency.batches[0];
  if (!first) throw new Error('the latency harness measured no batch size');
  const describe = (path: string): string =>
    `measured: ${path} (onnxruntime-node ${latency.runtime.version}, batch ${first.batchSize}, ${first.candidate.stats.samples} runs)`;
  const withCandidate = overlay(candidate, measured(first.candidate, describe(settings.model)), { quiet: true });
  const withBaseline =
    first.baseline && settings.baselineModel
      ? overlay(baseline ?? EMPTY_METRIC_SET, measured(first.baseline, describe(settings.baselineModel)), { quiet: true })
      : baseline;
  return { candidate: withCandidate, baseline: withBaseline, latency };
}

function measured(model: ModelLatency, source: string): ComputedMetrics {
  const { stats, finite } = model;
  const values: MetricValue[] = [
    { name: 'latency_p50_ms', value: stats.p50Ms, source },
    { name: 'latency_p95_ms', value: stats.p95Ms, source },
    { name: 'latency_p99_ms', value: stats.p99Ms, source },
    {
      name: OUTPUTS_FINITE_METRIC,
      value: finite.finite ? 1 : 0,
      source,
      ...(finite.finite ? {} : { note: `not finite: ${finite.nonFiniteOutputs.join(', ')}` })
    }
  ];
  return { values: new Map(values.map((v) => [v.name, v])), fairness: new Map(), warnings: [] };
}
