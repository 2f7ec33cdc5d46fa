import type { CanaryAnalysisConfig, LiveMetricSpec } from '../model/canary.js';
import type { Bounds, GateSpec, Severity } from '../model/gates.js';
import { LIVE_METRICS, type Direction } from '../model/metric-info.js';
import type { Problem } from '../model/problem.js';
import { durationSeconds } from './duration.js';
import { checkGate } from './gate-checks.js';
import type { YamlDocument } from './yaml.js';

export interface AnalysisJson {
  prometheus?: string;
  namespace?: string;
  app?: string;
  'stable-version'?: string;
  'canary-version'?: string;
  window?: string | 0;
  interval?: string | 0;
  duration?: string | 0;
  timeout?: string | 0;
  'failure-limit'?: number;
  'min-requests'?: number;
  metrics: Record<string, Bounds & { metric?: string; query?: string; direction?: Direction; severity?: Severity; description?: string }>;
}

/** The placeholders a custom query may hold; each is replaced by a validated value. */
export const PLACEHOLDERS = ['namespace', 'app', 'version', 'window'] as const;

const DEFAULTS = { window: 600, interval: 60, duration: 0, failureLimit: 2, minRequests: 200 };
const PATH = '/canary/analysis';

/** `canary.analysis` of a gates file (already valid against the schema), and what the schema cannot check. */
export function parseCanaryAnalysis(raw: AnalysisJson, yaml: YamlDocument, source: string): { config: CanaryAnalysisConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (path: string[], message: string): void =>
    void problems.push({ source, line: yaml.lineOf(['canary', 'analysis', ...path]), path: [PATH, ...path].join('/'), message });
  const seconds = (key: 'window' | 'interval' | 'duration' | 'timeout', fallback: number): number => {
    const value = raw[key];
    return value === undefined ? fallback : durationSeconds(String(value));
  };

  const windowSeconds = seconds('window', DEFAULTS.window);
  const intervalSeconds = seconds('interval', DEFAULTS.interval);
  const duration = seconds('duration', DEFAULTS.duration);
  const timeoutSeconds = seconds('timeout', duration + 2 * intervalSeconds + 60);
  if (windowSeconds < 1) at(['window'], 'expected at least 1s: each check reads the requests of this range');
  if (duration > 0 && intervalSeconds < 1) at(['interval'], 'expected at least 1s between checks while watching');
  if (timeoutSeconds < duration) at(['timeout'], `${raw.timeout} is shorter than the duration ${raw.duration}: the watch could never finish`);

  const metrics = Object.entries(raw.metrics).map(([id, spec]): LiveMetricSpec => {
    const { metric = id, query, direction: given, severity = 'block', description, ...bounds } = spec;
    const direction = given ?? (query === undefined ? undefined : impliedDirection(bounds));
    const gate: GateSpec = { id, metric, direction, severity, description, bounds, line: yaml.lineOf(['canary', 'analysis', 'metrics', id]) };
    problems.push(...checkGate(gate, source, `${PATH}/metrics/${id}`));
    const builtIn = (LIVE_METRICS as readonly string[]).includes(metric);
    if (builtIn && query !== undefined)
      at(['metrics', id, 'query'], `${metric} is built in, from Istio's standard metrics: leave out query, or give the custom metric another name`);
    if (!builtIn && query === undefined) {
      at(['metrics', id], `${metric} is not a built-in live metric (${LIVE_METRICS.join(', ')}): give its query, PromQL with {{version}}`);
    }
    if (query !== undefined) for (const message of queryProblems(query)) at(['metrics', id, 'query'], message);
    return { name: metric, ...(query === undefined ? {} : { query }), gate };
  });

  const target = {
    ...(raw.namespace ? { namespace: raw.namespace } : {}),
    ...(raw.app ? { app: raw.app } : {}),
    ...(raw['stable-version'] ? { stableVersion: raw['stable-version'] } : {}),
    ...(raw['canary-version'] ? { canaryVersion: raw['canary-version'] } : {})
  };
  const config: CanaryAnalysisConfig = {
    ...(raw.prometheus ? { prometheus: raw.prometheus } : {}),
    ...(Object.keys(target).length ? { target } : {}),
    windowSeconds,
    intervalSeconds,
    durationSeconds: duration,
    timeoutSeconds,
    failureLimit: raw['failure-limit'] ?? DEFAULTS.failureLimit,
    minRequests: raw['min-requests'] ?? DEFAULTS.minRequests,
    metrics,
    line: yaml.lineOf(['canary', 'analysis'])
  };
  return { config, problems };
}

/** A custom metric's bounds say which way is better: a drop is bad for higher-is-better metrics, an increase for lower. */
function impliedDirection(bounds: Bounds): Direction | undefined {
  const keys = Object.keys(bounds);
  const drops = keys.some((key) => key.startsWith('max_drop'));
  const increases = keys.some((key) => key.startsWith('max_increase'));
  return drops === increases ? undefined : drops ? 'higher' : 'lower';
}

/** A custom query's placeholders: only the known ones, and {{version}}, or both sides would read the same series. */
function queryProblems(query: string): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const [, name] of query.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if ((PLACEHOLDERS as readonly string[]).includes(name as string)) used.add(name as string);
    else problems.push(`unknown placeholder {{${name}}}: expected ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
  }
  if (!used.has('version')) problems.push('has no {{version}}: the canary and the stable would read the same series');
  return problems;
}
