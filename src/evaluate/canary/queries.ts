// The PromQL each live metric runs for one side (the canary's version, or the stable's), over
// Istio's standard metrics as the destination reports them. Every value put into a query is a
// validated Kubernetes label value or a duration: nothing a user writes can change the query.
import { InputError } from '../../errors.js';
import type { CanaryTarget, LiveMetricSpec } from '../../model/canary.js';
import type { LiveMetric } from '../../model/metric-info.js';
import { formatDuration } from '../../read/duration.js';
import { LABEL_VALUE_PATTERN } from '../../read/schemas/gates.js';

export interface SideQueries {
  /** The metric's value. */
  value: string;
  /** Requests in the window, for min-requests. */
  requests: string;
  /** For rates of requests: the requests that count, for the interval of the difference. */
  events?: string;
  /** For latency quantiles: the histogram's buckets over the window, for the bounds around the value. */
  buckets?: string;
}

const LABEL_VALUE = new RegExp(LABEL_VALUE_PATTERN);
const QUANTILES: Partial<Record<LiveMetric, string>> = { request_latency_p50_ms: '0.5', request_latency_p95_ms: '0.95', request_latency_p99_ms: '0.99' };
const FIVE_XX = 'response_code=~"5.."';
const NOT_FIVE_XX = 'response_code!~"5.."';

/** The queries of one metric for the pods of `version` in the target's namespace and app. */
export function sideQueries(metric: LiveMetricSpec, target: CanaryTarget, version: string, windowSeconds: number): SideQueries {
  for (const [what, value] of [
    ['namespace', target.namespace],
    ['app', target.app],
    ['version', version]
  ] as const) {
    if (!LABEL_VALUE.test(value) || value.length > 63) {
      throw new InputError({
        source: 'canary analysis',
        message: `the ${what} ${JSON.stringify(value)} is not a Kubernetes label value, so it cannot select Istio's series`
      });
    }
  }
  const window = formatDuration(windowSeconds);
  const selector = `reporter="destination",destination_workload_namespace="${target.namespace}",destination_app="${target.app}",destination_version="${version}"`;
  const rate = (extra?: string): string => `sum(rate(istio_requests_total{${selector}${extra ? `,${extra}` : ''}}[${window}]))`;
  const increase = (extra?: string): string => `sum(increase(istio_requests_total{${selector}${extra ? `,${extra}` : ''}}[${window}]))`;
  const requests = increase();

  if (metric.query !== undefined) {
    const values: Record<string, string> = { namespace: target.namespace, app: target.app, version, window };
    return { value: metric.query.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_, name: string) => values[name] as string), requests };
  }
  const name = metric.name as LiveMetric;
  const quantile = QUANTILES[name];
  if (quantile !== undefined) {
    const buckets = `sum by (le) (increase(istio_request_duration_milliseconds_bucket{${selector}}[${window}]))`;
    return {
      value: `histogram_quantile(${quantile}, sum by (le) (rate(istio_request_duration_milliseconds_bucket{${selector}}[${window}])))`,
      requests,
      buckets
    };
  }
  switch (name) {
    case 'request_rate':
      return { value: rate(), requests };
    case 'request_error_rate':
      return { value: `${rate(FIVE_XX)} / ${rate()}`, requests, events: increase(FIVE_XX) };
    case 'request_success_rate':
      return { value: `${rate(NOT_FIVE_XX)} / ${rate()}`, requests, events: increase(NOT_FIVE_XX) };
    default:
      throw new RangeError(`${metric.name} is neither a built-in live metric nor has a query`);
  }
}

/** The canary's requests as a share of both versions', for a weight read from traffic. */
export function trafficShareQueries(target: CanaryTarget, windowSeconds: number): { canary: string; stable: string } {
  const probe: LiveMetricSpec = { name: 'request_rate', gate: { id: 'request_rate', metric: 'request_rate', bounds: {}, severity: 'block' } };
  return {
    canary: sideQueries(probe, target, target.canaryVersion, windowSeconds).requests,
    stable: sideQueries(probe, target, target.stableVersion, windowSeconds).requests
  };
}
