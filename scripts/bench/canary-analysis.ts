// `npm run bench` (part): the live canary analysis of a 30-minute window with 5 metrics against a
// real Prometheus (Debian's, backfilled with the Istio fixtures), every query issued at once.
// Goal: under 1 s on a 2-core machine.
import { NO_PROGRESS } from '../../src/model/progress.js';
import { watchCanary } from '../../src/io/canary-watch.js';
import type { CanaryAnalysisConfig, LiveMetricSpec } from '../../src/model/canary.js';
import { prometheusClient } from '../../src/prometheus/client.js';
import { startPrometheus } from '../../test/support/prometheus.js';

const ROUNDS = 7;
const metric = (name: string, bounds: LiveMetricSpec['gate']['bounds']): LiveMetricSpec => ({
  name,
  gate: { id: name, metric: name, bounds, severity: 'block' }
});
const config: CanaryAnalysisConfig = {
  windowSeconds: 1800,
  intervalSeconds: 60,
  durationSeconds: 0,
  timeoutSeconds: 60,
  failureLimit: 1,
  minRequests: 200,
  metrics: [
    metric('request_error_rate', { max_increase: 0.01 }),
    metric('request_success_rate', { max_drop: 0.01 }),
    metric('request_latency_p50_ms', { max_increase_relative: 0.1 }),
    metric('request_latency_p95_ms', { max_increase_relative: 0.1 }),
    metric('request_latency_p99_ms', { max: 250 })
  ]
};

const prometheus = await startPrometheus();
try {
  const client = prometheusClient({ url: prometheus.url, timeoutSeconds: 10 });
  let queries = 0;
  const counting = { query: (promql: string, at: Date) => (queries++, client.query(promql, at)) };
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    queries = 0;
    const start = process.hrtime.bigint();
    const analysis = await watchCanary({
      config,
      target: { namespace: 'ml-serving', app: 'healthy', stableVersion: 'v1', canaryVersion: 'v2' },
      client: counting,
      prometheus: prometheus.url,
      analysisTime: new Date('2026-11-01T00:45:00Z'),
      progress: NO_PROGRESS
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (analysis.status !== 'passed') throw new Error(`expected the healthy canary to pass, got ${analysis.status}: ${analysis.reason}`);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(ROUNDS / 2)]!;
  console.log(`canary analysis: 30-minute window, ${config.metrics.length} metrics, ${queries} queries at once against a real Prometheus`);
  console.log(
    `  median ${median.toFixed(1)} ms over ${ROUNDS} rounds (min ${times[0]!.toFixed(1)}, max ${times[ROUNDS - 1]!.toFixed(1)}); goal < 1000 ms: ${median < 1000 ? 'met' : 'NOT met'}`
  );
} finally {
  await prometheus.stop();
}
