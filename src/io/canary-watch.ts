// Watching the canary: one check every interval for the configured duration, each reading every
// live metric of both versions from Prometheus at once, until the failure limit, the end of the
// duration, the timeout, or the runner's cancellation. With an analysis time, the same checks
// replay a past window without waiting.
import type { Progress } from '../model/progress.js';
import { failureLimit, judgeCheck, judgeMetric, plannedChecks, summarize, type SideReading } from '../decide/canary.js';
import { sideQueries, type SideQueries } from '../evaluate/canary/queries.js';
import { formatNumber } from '../format.js';
import type { CanaryAnalysis, CanaryAnalysisConfig, CanaryTarget, LiveCheck, LiveMetricResult } from '../model/canary.js';
import { formatDuration } from '../read/duration.js';

/** An instant query: the samples of the result vector (a scalar is one sample without labels). */
export interface QueryClient {
  query(promql: string, at: Date): Promise<ReadonlyArray<{ labels: Readonly<Record<string, string>>; value: number }>>;
}

export interface Watch {
  config: CanaryAnalysisConfig;
  target: CanaryTarget;
  client: QueryClient;
  /** The Prometheus URL without credentials, for the report. */
  prometheus: string;
  /** Replay the checks from this instant instead of now, without waiting. */
  analysisTime?: Date;
  /** How far the watch is: a line per check, for the job log. */
  progress: Progress;
  /** The runner cancelled the job: stop, and report what was seen. */
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * Checks the canary against the stable as configured. The client rejects only when Prometheus could
 * not be read (unreachable, an error, a timeout, an answer it cannot parse): the analysis is then an
 * error, with the checks seen before.
 */
export async function watchCanary(watch: Watch): Promise<CanaryAnalysis> {
  const { config, target, analysisTime, signal } = watch;
  const now = watch.now ?? (() => new Date());
  const queries = Object.fromEntries(
    config.metrics.map((metric) => [
      metric.gate.id,
      {
        canary: sideQueries(metric, target, target.canaryVersion, config.windowSeconds),
        stable: sideQueries(metric, target, target.stableVersion, config.windowSeconds)
      }
    ])
  );
  const checks: LiveCheck[] = [];
  const started = now().getTime();
  const total = plannedChecks(config);
  const limit = failureLimit(config);
  let stopped: string | undefined;
  let failure: string | undefined;
  watch.progress.start(`model-gate: canary analysis, ${total} check${total > 1 ? 's' : ''}`);
  // the progress ends however the watch does: an Action's log group is not left open
  try {
    for (let k = 0; k < total; k++) {
      const at = analysisTime ? new Date(analysisTime.getTime() + k * config.intervalSeconds * 1000) : now();
      let metrics: LiveMetricResult[];
      try {
        metrics = await Promise.all(
          config.metrics.map(async (metric): Promise<LiveMetricResult> => {
            const { canary, stable } = queries[metric.gate.id] as { canary: SideQueries; stable: SideQueries };
            const [c, s] = await Promise.all([read(watch.client, canary, at), read(watch.client, stable, at)]);
            return judgeMetric(metric, c, s, config.minRequests);
          })
        );
      } catch (error) {
        // the client rejects only when Prometheus could not be read: what was seen so far stays in the report
        failure = (error as Error).message;
        watch.progress.line(`model-gate: canary check ${k + 1}/${total} at ${at.toISOString()}: Prometheus could not be read: ${failure}`);
        break;
      }
      const check = judgeCheck(at, metrics);
      checks.push(check);
      watch.progress.line(progressLine(check, k + 1, total, checks, limit));
      if (checks.filter((c) => c.status === 'fail').length >= limit || k === total - 1) break;
      if (!analysisTime) {
        // slow queries push the checks back: the timeout bounds the whole watch, checks included
        const deadline = started + config.timeoutSeconds * 1000;
        const next = started + (k + 1) * config.intervalSeconds * 1000;
        if (Math.max(next, now().getTime()) > deadline) {
          stopped = `the watch reached its timeout (${formatDuration(config.timeoutSeconds)}) after ${checks.length} check${checks.length > 1 ? 's' : ''}`;
          break;
        }
        if (!(await sleepUntil(next, now, signal))) {
          stopped = `the job was cancelled after ${checks.length} of ${total} checks`;
          break;
        }
      }
    }
  } finally {
    watch.progress.done(`${checks.length} of ${total} checks`);
  }
  const summary = summarize(checks, limit);
  // a watch cut short has not seen the checks it planned: it never passes
  const cut = stopped ? { status: summary.status === 'failed' ? summary.status : ('inconclusive' as const), reason: `${stopped}: ${summary.reason}` } : {};
  const unread = failure === undefined ? {} : { status: 'error' as const, reason: `Prometheus could not be read, so the canary is not advanced: ${failure}` };
  return {
    ...summary,
    ...cut,
    ...unread,
    prometheus: watch.prometheus,
    target,
    settings: {
      window: formatDuration(config.windowSeconds),
      intervalSeconds: config.intervalSeconds,
      durationSeconds: config.durationSeconds,
      failureLimit: limit,
      minRequests: config.minRequests
    },
    checks,
    queries: Object.fromEntries(Object.entries(queries).map(([id, q]) => [id, { canary: q.canary.value, stable: q.stable.value }]))
  };
}

async function read(client: QueryClient, queries: SideQueries, at: Date): Promise<SideReading> {
  const scalar = async (promql: string): Promise<number | null> => {
    const samples = await client.query(promql, at);
    return samples.length === 0 ? null : (samples[0]?.value ?? null);
  };
  const [values, requests, events, buckets] = await Promise.all([
    client.query(queries.value, at),
    scalar(queries.requests),
    queries.events === undefined ? undefined : scalar(queries.events),
    queries.buckets === undefined ? undefined : client.query(queries.buckets, at)
  ]);
  return {
    value: values[0]?.value ?? null,
    ...(values.length > 1 ? { series: values.length } : {}),
    requests,
    ...(events === undefined ? {} : { events }),
    ...(buckets === undefined ? {} : { buckets: buckets.map((b) => ({ le: Number(b.labels.le === '+Inf' ? Infinity : b.labels.le), count: b.value })) })
  };
}

/** Waits until `time`; false when the signal aborted the wait. */
function sleepUntil(time: number, now: () => Date, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', abort);
        resolve(true);
      },
      Math.max(0, time - now().getTime())
    );
    const abort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** `check 2/31 at 2026-11-01T00:20:00Z: fail · request_error_rate 0.03 vs 0.005 fail · … (1 failed, limit 2)` */
function progressLine(check: LiveCheck, index: number, total: number, checks: readonly LiveCheck[], limit: number): string {
  const metrics = check.metrics.map((m) => `${m.metric} ${formatNumber(m.canary.value)} vs ${formatNumber(m.stable.value)} ${m.status}`).join(' · ');
  const failed = checks.filter((c) => c.status === 'fail').length;
  return `model-gate: canary check ${index}/${total} at ${check.time}: ${check.status} · ${metrics} (${failed} failed, limit ${limit})`;
}
