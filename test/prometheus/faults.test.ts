// The client's failures, each against a local server that misbehaves in one way.
import { PrometheusError, prometheusClient, type PrometheusOptions } from '../../src/prometheus/client.js';
import { FakePrometheus, answeringPrometheus, failingPrometheus, freePort, notJsonPrometheus, silentPrometheus } from '../support/prometheus.js';

const AT = new Date('2026-11-01T00:10:00Z');
const QUERY = 'sum(rate(istio_requests_total{destination_app="errors",response_code=~"5.."}[10m]))';
const servers: FakePrometheus[] = [];

async function started(server: FakePrometheus): Promise<FakePrometheus> {
  servers.push(server);
  await server.start();
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function failure(options: PrometheusOptions, promql = QUERY): Promise<PrometheusError> {
  const error = await prometheusClient(options)
    .query(promql, AT)
    .then(
      () => undefined,
      (e: unknown) => e
    );
  expect(error).toBeInstanceOf(PrometheusError);
  return error as PrometheusError;
}

describe('the failures of a query', () => {
  it("reports a server nobody listens on as 'unreachable'", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const error = await failure({ url, timeoutSeconds: 2 });
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(`Prometheus at ${url} is not reachable: ECONNREFUSED (query: ${QUERY})`);
    expect(error.query).toBe(QUERY);
  });

  it("reports an HTTP 500 as 'http' with Prometheus' error", async () => {
    const server = await started(failingPrometheus(500, 'internal', 'out of memory'));
    const error = await failure({ url: server.baseUrl, timeoutSeconds: 2 });
    expect(error.kind).toBe('http');
    expect(error.message).toBe(`Prometheus at ${server.baseUrl} answered HTTP 500: internal: out of memory (query: ${QUERY})`);
  });

  it("reports a 4xx with Prometheus' error as 'api', and one without (a proxy's 401) as 'http'", async () => {
    const refusing = await started(failingPrometheus(422, 'execution', 'query processing would load too many samples'));
    expect(await failure({ url: refusing.baseUrl, timeoutSeconds: 2 })).toMatchObject({
      kind: 'api',
      message: expect.stringContaining('refused the query (HTTP 422): execution: query processing would load too many samples (query:')
    });
    const proxy = await started(new FakePrometheus(() => ({ status: 401, body: 'Unauthorized', contentType: 'text/plain' })));
    expect(await failure({ url: proxy.baseUrl, timeoutSeconds: 2 })).toMatchObject({
      kind: 'http',
      message: expect.stringContaining('answered HTTP 401 (query:')
    });
  });

  it("reports a body that is not JSON as 'malformed'", async () => {
    const server = await started(notJsonPrometheus());
    const error = await failure({ url: server.baseUrl, timeoutSeconds: 2 });
    expect(error.kind).toBe('malformed');
    expect(error.message).toBe(`Prometheus at ${server.baseUrl} answered something that is not JSON (query: ${QUERY})`);
  });

  it("reports a server that does not answer as 'timeout', once the time limit has passed", async () => {
    const server = await started(silentPrometheus());
    const started_ = Date.now();
    const error = await failure({ url: server.baseUrl, timeoutSeconds: 0.5 });
    const elapsed = Date.now() - started_;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`Prometheus at ${server.baseUrl} did not answer within 0.5 s (query: ${QUERY})`);
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(2000);
  });

  it.each([
    ['a string', { resultType: 'string', result: [1, 'x'] }, 'answered a string where an instant vector or a scalar was expected'],
    [
      'a value that is no number',
      { resultType: 'vector', result: [{ metric: {}, value: [1, 'many'] }] },
      'answered sample 1 of a vector with a value that is not a number'
    ],
    ['an empty value', { resultType: 'scalar', result: [1, ''] }, 'answered a scalar with a value that is not a number'],
    ['a sample without labels', { resultType: 'vector', result: [{ value: [1, '1'] }] }, 'answered sample 1 of a vector without labels of strings'],
    ['a point that is not a pair', { resultType: 'scalar', result: '1' }, 'answered a scalar that is not a [time, "value"] pair'],
    ['no result type', { result: [] }, 'answered a result of no known type']
  ])("reports %s as 'malformed'", async (_, data, message) => {
    const server = await started(answeringPrometheus(data));
    expect(await failure({ url: server.baseUrl, timeoutSeconds: 2 })).toMatchObject({ kind: 'malformed', message: expect.stringContaining(message) });
  });

  it('reads numbers as Prometheus writes them', async () => {
    const values = ['1e+06', '-0.5', '+Inf', '-Inf', 'NaN', '3'];
    const server = await started(answeringPrometheus({ resultType: 'vector', result: values.map((v, i) => ({ metric: { i: String(i) }, value: [1, v] })) }));
    const samples = await prometheusClient({ url: server.baseUrl, timeoutSeconds: 2 }).query('x', AT);
    expect(samples.map((s) => s.value)).toEqual([1e6, -0.5, Infinity, -Infinity, NaN, 3]);
  });

  it('cuts a long query in messages to 500 characters, on one line', async () => {
    const long = `sum(\n${'a'.repeat(2000)})`;
    const error = await failure({ url: `http://127.0.0.1:${await freePort()}`, timeoutSeconds: 2 }, long);
    expect(error.message).toMatch(/\(query: sum\( a+…\)$/);
    expect(error.message.length).toBeLessThan(600);
    expect(error.query).toBe(long);
  });
});

describe('the requests', () => {
  it("sends the query URL-encoded, at the instant in unix seconds, under the URL's path prefix", async () => {
    const server = await started(answeringPrometheus({ resultType: 'vector', result: [] }));
    const promql = 'sum(x{a="b&c",d=~"e+ #f"})';
    await prometheusClient({ url: `${server.baseUrl}/prometheus/`, timeoutSeconds: 2 }).query(promql, AT);
    const url = new URL(server.requests[0]!.url, server.baseUrl);
    expect(url.pathname).toBe('/prometheus/api/v1/query');
    expect(url.searchParams.get('query')).toBe(promql);
    expect(url.searchParams.get('time')).toBe(String(AT.getTime() / 1000));
  });

  it("sends the URL's credentials as basic authentication and never shows them, nor the headers", async () => {
    const server = await started(failingPrometheus(503, 'unavailable', 'try later'));
    const withCredentials = server.baseUrl.replace('http://', 'http://gate:s3cr%40t@');
    const error = await failure({ url: `${withCredentials}/prom`, headers: { 'X-Scope-OrgID': 'tenant-42' }, timeoutSeconds: 2 });
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('gate:s3cr@t').toString('base64')}`);
    expect(server.requests[0]!.headers['x-scope-orgid']).toBe('tenant-42');
    expect(error.message).toBe(`Prometheus at ${server.baseUrl}/prom answered HTTP 503: unavailable: try later (query: ${QUERY})`);
    for (const secret of ['gate', 's3cr', 'tenant-42', 'Basic']) expect(error.message).not.toContain(secret);
  });

  it('lets an Authorization header win over the credentials of the URL', async () => {
    const server = await started(answeringPrometheus({ resultType: 'vector', result: [] }));
    const url = server.baseUrl.replace('http://', 'http://gate:secret@');
    await prometheusClient({ url, headers: { Authorization: 'Bearer token-1' }, timeoutSeconds: 2 }).query('x', AT);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer token-1');
  });

  it('never shows the credentials of an unreachable or silent server', async () => {
    const unreachable = await failure({ url: `http://gate:s3cret@127.0.0.1:${await freePort()}`, timeoutSeconds: 2 });
    const silent = await started(silentPrometheus());
    const slow = await failure({ url: silent.baseUrl.replace('http://', 'http://gate:s3cret@'), timeoutSeconds: 0.5 });
    for (const error of [unreachable, slow]) expect(error.message).not.toMatch(/gate|s3cret/);
  });
});

describe('ready', () => {
  it('is false when the server is not ready, not reachable, or silent past the time limit', async () => {
    const starting = await started(new FakePrometheus(() => ({ status: 503, body: 'Service Unavailable', contentType: 'text/plain' })));
    const silent = await started(silentPrometheus());
    await expect(prometheusClient({ url: starting.baseUrl, timeoutSeconds: 2 }).ready()).resolves.toBe(false);
    await expect(prometheusClient({ url: `http://127.0.0.1:${await freePort()}`, timeoutSeconds: 2 }).ready()).resolves.toBe(false);
    await expect(prometheusClient({ url: silent.baseUrl, timeoutSeconds: 0.5 }).ready()).resolves.toBe(false);
    expect(starting.requests[0]!.url).toBe('/-/ready');
  });
});
