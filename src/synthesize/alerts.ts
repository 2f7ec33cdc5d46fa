import { formatNumber } from '../format.js';
import type { MonitoringSpec, ReleaseSpec } from '../read/release-file.js';
import { sideQueries } from '../evaluate/canary/queries.js';
import type { CanaryAnalysisConfig } from '../model/canary.js';
import { BOUND_KEYS, type BoundKey, type GatesConfig, type GateSpec } from '../model/gates.js';
import { formatDuration } from '../read/duration.js';

/** One Prometheus alerting rule, as the PrometheusRule CRD writes it. */
export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: { severity: 'critical' | 'warning'; gate: string; model: string };
  annotations: { summary: string; description: string };
}

interface Watch {
  alert: string;
  /** What the value is, in the summary. */
  what: string;
  /** The PromQL of the value, in the gate's units. */
  query: (m: MonitoringSpec, select: (extra?: Record<string, string>) => string) => string;
}

const quantile =
  (q: number) =>
  (m: MonitoringSpec, select: (extra?: Record<string, string>) => string): string =>
    // the histogram is in seconds, the gate in milliseconds: scale the query, not the threshold
    `histogram_quantile(${q}, sum by (le) (rate(${m.metrics.latency}_bucket${select()}[${m.window}]))) * 1000`;

const ratio =
  (numerator: Record<string, string>, denominator: Record<string, string>, window: (m: MonitoringSpec) => string, metric: keyof MonitoringSpec['metrics']) =>
  (m: MonitoringSpec, select: (extra?: Record<string, string>) => string): string =>
    `sum(rate(${m.metrics[metric]}${select(numerator)}[${window(m)}])) / sum(rate(${m.metrics[metric]}${select(denominator)}[${window(m)}]))`;

/**
 * The gates that have a production counterpart, and the query that measures it there.
 * Only min and max bounds carry over: a baseline is a CI notion.
 */
const WATCHES: Readonly<Record<string, Watch>> = {
  latency_p50_ms: { alert: 'ModelLatencyP50', what: 'latency p50 (ms)', query: quantile(0.5) },
  latency_p90_ms: { alert: 'ModelLatencyP90', what: 'latency p90 (ms)', query: quantile(0.9) },
  latency_p95_ms: { alert: 'ModelLatencyP95', what: 'latency p95 (ms)', query: quantile(0.95) },
  latency_p99_ms: { alert: 'ModelLatencyP99', what: 'latency p99 (ms)', query: quantile(0.99) },
  error_rate: { alert: 'ModelErrorRate', what: 'error rate', query: ratio({ status: 'error' }, {}, (m) => m.window, 'predictions') },
  accuracy: { alert: 'ModelAccuracy', what: 'accuracy on labelled predictions', query: ratio({ correct: 'true' }, {}, (m) => m.labelsWindow, 'labeled') },
  recall: {
    alert: 'ModelRecall',
    what: 'recall on labelled predictions',
    query: ratio({ label: '1', correct: 'true' }, { label: '1' }, (m) => m.labelsWindow, 'labeled')
  },
  prediction_confidence_median: {
    alert: 'ModelConfidenceMedian',
    what: 'median prediction confidence',
    query: (m, select) => `histogram_quantile(0.5, sum by (le) (rate(${m.metrics.confidence}_bucket${select()}[${m.window}])))`
  },
  psi_max: { alert: 'ModelFeatureDrift', what: 'largest feature drift score (PSI)', query: (m, select) => `max(${m.metrics.drift}${select()})` }
};

/**
 * Alerts whose thresholds are the gates' own: the gates file that blocks a release in CI also
 * watches it in production, so the two never disagree. One alert per gate bound with a
 * production counterpart; severity critical for blocking gates, warning for warn gates.
 */
export function alertRules(gates: GatesConfig, spec: ReleaseSpec & { monitoring: MonitoringSpec }): AlertRule[] {
  const monitoring = spec.monitoring;
  const select = (extra: Record<string, string> = {}): string => matchers({ ...monitoring.selector, ...extra });
  const offline: AlertRule[] = gates.gates.flatMap((gate): AlertRule[] => {
    const watch = WATCHES[gate.metric];
    if (!watch || gate.feature !== undefined) return [];
    return (['min', 'max'] as const).flatMap((bound) => {
      const limit = gate.bounds[bound];
      if (limit === undefined) return [];
      const comparison = bound === 'max' ? '>' : '<';
      return [
        {
          alert: `${watch.alert}${bound === 'max' ? 'High' : 'Low'}`,
          // the threshold as the gates file wrote it (its shortest decimal)
          expr: `${watch.query(monitoring, select)} ${comparison} ${String(limit)}`,
          for: monitoring.for,
          labels: { severity: gate.severity === 'block' ? 'critical' : 'warning', gate: gateId(gate, bound), model: spec.name },
          annotations: {
            summary: `${spec.name}: ${watch.what} ${bound === 'max' ? 'above' : 'below'} ${formatNumber(limit)} (gate ${gateId(gate, bound)} in ${templateText(gates.source)})`,
            description: `${watch.what} is {{ $value }} for ${monitoring.for}; the release gate ${gateId(gate, bound)} (${gate.severity}) requires ${bound === 'max' ? '≤' : '≥'} ${formatNumber(limit)}.`
          }
        }
      ];
    });
  });
  return [...offline, ...(gates.analysis ? liveAlertRules(gates.analysis, gates.source, spec) : [])];
}

/** How each bound of a live gate compares the canary's query (c) with the stable's (s). */
const LIVE_BOUNDS: Readonly<Record<BoundKey, { suffix: string; expr: (c: string, s: string, limit: string) => string; words: string; value: string }>> = {
  max: { suffix: 'High', expr: (c, _s, l) => `(${c}) > ${l}`, words: 'above', value: "the canary's value" },
  min: { suffix: 'Low', expr: (c, _s, l) => `(${c}) < ${l}`, words: 'below', value: "the canary's value" },
  max_increase: { suffix: 'Increase', expr: (c, s, l) => `(${c}) - (${s}) > ${l}`, words: "more than the stable's plus", value: 'canary − stable' },
  max_increase_relative: {
    suffix: 'IncreaseRelative',
    expr: (c, s, l) => `(${c}) > (${s}) * (1 + ${l})`,
    words: "more than the stable's times 1 +",
    value: "the canary's value"
  },
  max_drop: { suffix: 'Drop', expr: (c, s, l) => `(${c}) < (${s}) - ${l}`, words: "less than the stable's minus", value: 'canary − stable' },
  max_drop_relative: {
    suffix: 'DropRelative',
    expr: (c, s, l) => `(${c}) < (${s}) * (1 - ${l})`,
    words: "less than the stable's times 1 −",
    value: "the canary's value"
  }
};

/**
 * The live analysis's gates as alerts on the canary: the same queries and thresholds, and, as a
 * check is inconclusive with fewer than min-requests on a side, no alert without that traffic.
 */
function liveAlertRules(analysis: CanaryAnalysisConfig, source: string, spec: ReleaseSpec & { monitoring: MonitoringSpec }): AlertRule[] {
  const target = { namespace: spec.namespace, app: spec.name, stableVersion: spec.stable.version, canaryVersion: spec.candidate.version };
  return analysis.metrics.flatMap((metric) => {
    const canary = sideQueries(metric, target, target.canaryVersion, analysis.windowSeconds);
    const stable = sideQueries(metric, target, target.stableVersion, analysis.windowSeconds);
    const traffic = `and on() (${canary.requests} >= ${analysis.minRequests}) and on() (${stable.requests} >= ${analysis.minRequests})`;
    return BOUND_KEYS.flatMap((bound): AlertRule[] => {
      const limit = metric.gate.bounds[bound];
      if (limit === undefined) return [];
      const how = LIVE_BOUNDS[bound];
      const id = `canary.analysis.${metric.gate.id}.${bound}`;
      return [
        {
          alert: `Canary${camel(metric.gate.id)}${how.suffix}`,
          expr: `(${how.expr(canary.value, stable.value, String(limit))}) ${traffic}`,
          for: spec.monitoring.for,
          labels: { severity: metric.gate.severity === 'block' ? 'critical' : 'warning', gate: id, model: spec.name },
          annotations: {
            summary: `${spec.name}: the canary's ${metric.name} ${how.words} ${formatNumber(limit)} (gate ${id} in ${templateText(source)})`,
            description: `The canary (${target.canaryVersion}) against the stable (${target.stableVersion}) over ${formatDuration(analysis.windowSeconds)}: the live gate ${id} (${metric.gate.severity}) fails; ${how.value} is {{ $value }}.`
          }
        }
      ];
    });
  });
}

/** request_error_rate → RequestErrorRate */
function camel(id: string): string {
  return id.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
}

/** Annotations are Go templates: text from files must not open one. */
function templateText(text: string): string {
  return text.replace(/\{\{|\}\}/g, (braces) => braces.split('').join(' '));
}

function gateId(gate: GateSpec, bound: 'min' | 'max'): string {
  return `${gate.id}.${bound}`;
}

/** PromQL label matchers; values are escaped as PromQL strings. */
function matchers(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(',')}}`;
}
