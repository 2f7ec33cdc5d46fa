import { sideQueries } from '../../src/evaluate/canary/queries.js';
import type { LiveMetricSpec } from '../../src/model/canary.js';
import { inputErrorOf } from '../support/errors.js';

const target = { namespace: 'ml-serving', app: 'fraud-detector', stableVersion: 'v1', canaryVersion: 'v2' };
const metric = (name: string, query?: string): LiveMetricSpec => ({
  name,
  ...(query ? { query } : {}),
  gate: { id: name, metric: name, bounds: { max: 1 }, severity: 'block' }
});

describe('the queries of a live metric', () => {
  test("Istio's standard metrics, as the destination reports them, for one version", () => {
    const q = sideQueries(metric('request_error_rate'), target, 'v2', 600);
    const selector = 'reporter="destination",destination_workload_namespace="ml-serving",destination_app="fraud-detector",destination_version="v2"';
    expect(q.value).toBe(`sum(rate(istio_requests_total{${selector},response_code=~"5.."}[10m])) / sum(rate(istio_requests_total{${selector}}[10m]))`);
    expect(q.requests).toBe(`sum(increase(istio_requests_total{${selector}}[10m]))`);
    expect(q.events).toBe(`sum(increase(istio_requests_total{${selector},response_code=~"5.."}[10m]))`);
    expect(sideQueries(metric('request_latency_p99_ms'), target, 'v1', 90).value).toBe(
      'histogram_quantile(0.99, sum by (le) (rate(istio_request_duration_milliseconds_bucket{reporter="destination",destination_workload_namespace="ml-serving",destination_app="fraud-detector",destination_version="v1"}[1m30s])))'
    );
  });

  test('a custom query gets the validated values, and nothing else', () => {
    expect(sideQueries(metric('c', 'sum(rate(x{ns="{{namespace}}",v="{{ version }}"}[{{window}}]))'), target, 'v2', 300).value).toBe(
      'sum(rate(x{ns="ml-serving",v="v2"}[5m]))'
    );
  });

  test('a value that is no label value cannot reach a query', () => {
    expect(inputErrorOf(() => sideQueries(metric('request_rate'), { ...target, app: 'x"} or vector(1) #' }, 'v2', 600))).toMatch(
      /the app "x\\"} or vector\(1\) #" is not a Kubernetes label value/
    );
    expect(inputErrorOf(() => sideQueries(metric('request_rate'), target, 'v2\n', 600))).toMatch(/the version/);
  });
});
