// The client against a real Prometheus holding the Istio fixtures (test/support/prometheus.ts).
import { FIXTURE_END, FIXTURE_START, NAMESPACE, SCENARIOS } from '../../scripts/prometheus/istio-fixtures.js';
import { PrometheusError, prometheusClient, type Sample } from '../../src/prometheus/client.js';
import { startPrometheus, type RunningServer } from '../support/prometheus.js';

let prometheus: RunningServer;
let query: (promql: string, at: Date) => Promise<Sample[]>;

beforeAll(async () => {
  prometheus = await startPrometheus();
  query = prometheusClient({ url: prometheus.url, timeoutSeconds: 5 }).query;
});
afterAll(() => prometheus?.stop());

const minutes = (m: number) => new Date(FIXTURE_START.getTime() + m * 60_000);
const selector = (app: string, version: string, extra = '') =>
  `{reporter="destination",destination_workload_namespace="${NAMESPACE}",destination_app="${app}",destination_version="${version}"${extra}}`;
const errorRatio = (app: string, version: string) =>
  `sum(rate(istio_requests_total${selector(app, version, ',response_code=~"5.."')}[10m])) / sum(rate(istio_requests_total${selector(app, version)}[10m]))`;
const p99 = (app: string, version: string) =>
  `histogram_quantile(0.99, sum by (le) (rate(istio_request_duration_milliseconds_bucket${selector(app, version)}[10m])))`;
const scenario = (app: string) => SCENARIOS.find((s) => s.app === app)!;

async function single(promql: string, at = minutes(30)): Promise<number> {
  const samples = await query(promql, at);
  expect(samples).toHaveLength(1);
  return samples[0]!.value;
}

describe('against a real Prometheus', () => {
  it('is ready', async () => {
    await expect(prometheusClient({ url: prometheus.url, timeoutSeconds: 5 }).ready()).resolves.toBe(true);
  });

  it("reads the 5xx ratio of the errors scenario's canary and stable", async () => {
    expect(await single(errorRatio('errors', 'v2'))).toBeCloseTo(scenario('errors').canary!.errorRate, 4);
    expect(await single(errorRatio('errors', 'v1'))).toBeCloseTo(scenario('errors').stable.errorRate, 4);
  });

  it('reads the p99 latency of the slow canary and of its stable', async () => {
    expect(await single(p99('slow', 'v2'))).toBeCloseTo(400, 0);
    expect(await single(p99('slow', 'v1'))).toBeCloseTo(80, 0);
  });

  it('returns the labels of each sample of a vector', async () => {
    const samples = await query(`sum by (destination_version) (rate(istio_requests_total{destination_app="share"}[10m]))`, minutes(20));
    const byVersion = Object.fromEntries(samples.map((s) => [s.labels.destination_version, s.value]));
    expect(byVersion.v1).toBeCloseTo(75, 6);
    expect(byVersion.v2).toBeCloseTo(25, 6);
    expect(samples.every((s) => Object.keys(s.labels).length === 1)).toBe(true);
  });

  it("answers an empty vector for the canary that does not exist (nocanary's v2)", async () => {
    await expect(query(`sum(rate(istio_requests_total${selector('nocanary', 'v2')}[10m]))`, minutes(30))).resolves.toEqual([]);
    expect(await single(`sum(rate(istio_requests_total${selector('nocanary', 'v1')}[10m]))`)).toBeCloseTo(50, 6);
  });

  it('answers an empty vector before the data starts', async () => {
    await expect(query(errorRatio('healthy', 'v2'), minutes(-30))).resolves.toEqual([]);
  });

  it('keeps NaN for a ratio over zero requests, and ±Infinity', async () => {
    const none = `sum(rate(istio_requests_total${selector('healthy', 'v2')}[10m])) * 0`;
    expect(await single(`(${none}) / (${none})`)).toBeNaN();
    expect(await single(`sum(rate(istio_requests_total${selector('healthy', 'v2')}[10m])) / (${none})`)).toBe(Infinity);
    expect(await single(`-sum(rate(istio_requests_total${selector('healthy', 'v2')}[10m])) / (${none})`)).toBe(-Infinity);
  });

  it('reads a scalar as one sample without labels', async () => {
    await expect(query('scalar(sum(istio_requests_total{destination_app="share",destination_version="v2"}))', minutes(10))).resolves.toEqual([
      { labels: {}, value: 25 * 600 }
    ]);
    await expect(query('0 / 0', minutes(10))).resolves.toEqual([{ labels: {}, value: NaN }]);
  });

  it('refuses a range vector, which is not an instant answer', async () => {
    const error = await query(`istio_requests_total${selector('healthy', 'v2')}[1m]`, minutes(10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusError);
    expect(error).toMatchObject({ kind: 'malformed', message: expect.stringContaining('answered a matrix where an instant vector or a scalar was expected') });
  });

  it("reports Prometheus' own refusal of a bad query as 'api', with its reason and the query", async () => {
    const error = await query('sum(rate(istio_requests_total{', minutes(10)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'api', query: 'sum(rate(istio_requests_total{' });
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Prometheus at ${prometheus.url} refused the query \\(HTTP 400\\): bad_data: .*parse error.* \\(query: sum\\(rate\\(istio_requests_total\\{\\)$`
      )
    );
  });
});

describe('the fixtures, as Prometheus reads them', () => {
  it('give every scenario the 5xx ratio and p99 of its table, for both versions', async () => {
    for (const { app, stable, canary } of SCENARIOS) {
      for (const [version, traffic] of [['v1', stable] as const, ['v2', canary] as const]) {
        if (!traffic || traffic.badWindows || traffic.requestsPerSecond < 1) continue;
        expect([app, version, await single(errorRatio(app, version))]).toEqual([app, version, expect.closeTo(traffic.errorRate, 4)]);
        expect([app, version, await single(p99(app, version))]).toEqual([app, version, expect.closeTo(traffic.p99Ms, 0)]);
      }
    }
  });

  it('give the flaky canary 4% 5xx in minutes 0–10 and 30–40, and its usual 0.5% in the other windows', async () => {
    const ratios = [];
    for (const minute of [10, 20, 30, 40, 50, 60]) ratios.push(await single(errorRatio('flaky', 'v2'), minutes(minute)));
    expect(ratios.map((r) => Math.round(r * 1000) / 1000)).toEqual([0.04, 0.005, 0.005, 0.04, 0.005, 0.005]);
  });

  it('give the little canary about 60 requests in 10 minutes', async () => {
    expect(await single(`sum(increase(istio_requests_total${selector('little', 'v2')}[10m]))`)).toBeCloseTo(60, -1);
  });

  it("give the business scenario's canary a lower conversion", async () => {
    const conversion = (version: string) =>
      `sum(rate(orders_total{app="business",version="${version}"}[10m])) / sum(rate(sessions_total{app="business",version="${version}"}[10m]))`;
    expect(await single(conversion('v1'))).toBeCloseTo(0.05, 4);
    expect(await single(conversion('v2'))).toBeCloseTo(0.04, 4);
  });

  it('hold samples up to FIXTURE_END, every counter at 0 at FIXTURE_START', async () => {
    expect(await single('sum(istio_requests_total)', FIXTURE_START)).toBe(0);
    const total = SCENARIOS.reduce((sum, s) => sum + s.stable.requestsPerSecond + (s.canary?.requestsPerSecond ?? 0), 0) * 3600;
    expect(await single('sum(istio_requests_total)', FIXTURE_END)).toBeCloseTo(total, -1);
  });
});

describe('once Prometheus has stopped', () => {
  it("reports its port, now closed, as 'unreachable', and is not ready", async () => {
    await prometheus.stop();
    const client = prometheusClient({ url: prometheus.url, timeoutSeconds: 2 });
    await expect(client.query(errorRatio('errors', 'v2'), minutes(30))).rejects.toMatchObject({
      kind: 'unreachable',
      message: expect.stringContaining(`Prometheus at ${prometheus.url} is not reachable: ECONNREFUSED (query: sum(rate(`)
    });
    await expect(client.ready()).resolves.toBe(false);
  });
});
