import { watchCanary, type QueryClient } from '../../src/io/canary-watch.js';
import { NO_PROGRESS } from '../../src/model/progress.js';
import type { CanaryAnalysisConfig } from '../../src/model/canary.js';

// The watch loop's timing, on a clock of its own: Prometheus itself is in canary-analysis.test.ts.
const config: CanaryAnalysisConfig = {
  windowSeconds: 600,
  intervalSeconds: 60,
  durationSeconds: 600,
  timeoutSeconds: 700,
  failureLimit: 2,
  minRequests: 100,
  metrics: [{ name: 'request_error_rate', gate: { id: 'request_error_rate', metric: 'request_error_rate', bounds: { max_increase: 0.01 }, severity: 'block' } }]
};
const target = { namespace: 'ml-serving', app: 'model', stableVersion: 'v1', canaryVersion: 'v2' };

/** Answers every query alike; each answer moves the clock on by `secondsPerQuery`. */
function slowPrometheus(clock: { now: number }, secondsPerQuery: number): QueryClient {
  return {
    query: async (promql) => {
      clock.now += secondsPerQuery * 1000;
      return [{ labels: {}, value: promql.startsWith('sum(increase') ? 1000 : 0.01 }];
    }
  };
}

test('the timeout bounds the whole watch, slow queries included: what was seen holds', async () => {
  const clock = { now: Date.parse('2026-11-30T12:00:00Z') };
  const lines: string[] = [];
  const analysis = await watchCanary({
    config,
    target,
    client: slowPrometheus(clock, 200),
    prometheus: 'http://p',
    progress: { ...NO_PROGRESS, line: (l) => void lines.push(l) },
    now: () => new Date(clock.now)
  });
  expect(analysis.checks).toHaveLength(1);
  expect(analysis).toMatchObject({ status: 'inconclusive' });
  expect(analysis.reason).toMatch(/^the watch reached its timeout \(11m40s\) after 1 check: the check passed$/);
  expect(lines).toHaveLength(1);
});

test('a cancelled watch stops at once and reports what it saw', async () => {
  const clock = { now: Date.parse('2026-11-30T12:00:00Z') };
  const cancel = new AbortController();
  const progress = { ...NO_PROGRESS, line: (): void => cancel.abort() };
  const analysis = await watchCanary({
    config,
    target,
    client: slowPrometheus(clock, 0),
    prometheus: 'http://p',
    progress,
    signal: cancel.signal,
    now: () => new Date(clock.now)
  });
  expect(analysis.checks).toHaveLength(1);
  expect(analysis.reason).toMatch(/^the job was cancelled after 1 of 11 checks/);
});

test('the progress starts with the planned checks and ends, whether the watch ends early or not', async () => {
  const clock = { now: Date.parse('2026-11-30T12:00:00Z') };
  const events: string[] = [];
  const progress = {
    start: (title: string) => void events.push(`start ${title}`),
    update: () => undefined,
    line: () => void events.push('line'),
    done: (summary: string) => void events.push(`done ${summary}`)
  };
  await watchCanary({ config, target, client: slowPrometheus(clock, 200), prometheus: 'http://p', progress, now: () => new Date(clock.now) });
  expect(events).toEqual(['start model-gate: canary analysis, 11 checks', 'line', 'done 1 of 11 checks']);
});
