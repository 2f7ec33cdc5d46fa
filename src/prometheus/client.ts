// Instant queries to Prometheus' HTTP API (GET /api/v1/query), each within a time limit and never
// repeated: the caller decides what a failed query means. Messages name the server without the
// credentials of its URL and never show the headers, which may carry a secret.
import { PrometheusError, type PrometheusErrorKind } from './error.js';
import { parseAnswer, type Sample } from './answer.js';

export { PrometheusError, type PrometheusErrorKind } from './error.js';
export type { Sample } from './answer.js';

export interface PrometheusOptions {
  /** The server's base URL, with a path prefix if it has one (http://host:9090/prometheus); `user:pass@` becomes basic authentication. */
  url: string;
  /** Sent with every request; they win over the URL's credentials. */
  headers?: Readonly<Record<string, string>>;
  /** Per request, body included. */
  timeoutSeconds: number;
}

export interface PrometheusClient {
  /** The instant vector (or scalar, as one sample without labels) `promql` evaluates to at `at`. */
  query(promql: string, at: Date): Promise<Sample[]>;
  /** Whether /-/ready answers 200; false when it answers otherwise, is not reachable or too slow. */
  ready(): Promise<boolean>;
}

const MAX_QUERY_IN_MESSAGE = 500;

export function prometheusClient(options: PrometheusOptions): PrometheusClient {
  const base = new URL(options.url);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new Error(`the Prometheus URL must be http or https, got ${base.protocol}`);
  if (!(options.timeoutSeconds > 0 && Number.isFinite(options.timeoutSeconds))) throw new Error(`timeoutSeconds must be a positive number`);
  const headers = requestHeaders(base, options.headers ?? {});
  base.username = '';
  base.password = '';
  base.hash = '';
  const where = base.origin + base.pathname.replace(/\/+$/, '');
  const endpoint = (path: string): URL => {
    const url = new URL(base.href);
    url.pathname = base.pathname.replace(/\/+$/, '') + path;
    return url;
  };

  return {
    async query(promql, at) {
      const seconds = at.getTime() / 1000;
      if (!Number.isFinite(seconds)) throw new Error('the instant of a query must be a valid date');
      const url = endpoint('/api/v1/query');
      url.searchParams.set('query', promql);
      url.searchParams.set('time', String(seconds));
      const fail = (kind: PrometheusErrorKind, what: string) =>
        new PrometheusError(kind, `Prometheus at ${where} ${what} (query: ${shortQuery(promql)})`, promql);
      const { status, body } = await get(url, headers, options.timeoutSeconds, fail);
      return parseAnswer(status, body, fail);
    },

    async ready() {
      try {
        const response = await fetch(endpoint('/-/ready'), { headers, signal: AbortSignal.timeout(options.timeoutSeconds * 1000) });
        await response.body?.cancel();
        return response.status === 200;
      } catch {
        return false;
      }
    }
  };
}

/** The status and text of a GET, read whole within the time limit. */
async function get(
  url: URL,
  headers: Record<string, string>,
  timeoutSeconds: number,
  fail: (kind: PrometheusErrorKind, what: string) => PrometheusError
): Promise<{ status: number; body: string }> {
  const signal = AbortSignal.timeout(timeoutSeconds * 1000);
  try {
    const response = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal, redirect: 'manual' });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    if (signal.aborted) throw fail('timeout', `did not answer within ${timeoutSeconds} s`);
    throw fail('unreachable', `is not reachable: ${reason(error)}`);
  }
}

/** The code of the innermost cause (ECONNREFUSED, ENOTFOUND…) that Node's fetch wraps in "fetch failed". */
function reason(error: unknown): string {
  let inner = error;
  for (let depth = 0; depth < 5; depth++) {
    const { code, cause } = (inner ?? {}) as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    if (cause === undefined) break;
    inner = cause;
  }
  return inner instanceof Error ? inner.message : 'the connection failed';
}

/** The given headers, plus basic authentication from the URL's `user:pass@` unless they set Authorization. */
function requestHeaders(base: URL, given: Readonly<Record<string, string>>): Record<string, string> {
  const headers = { ...given };
  const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  if ((base.username || base.password) && !hasAuthorization) {
    const credentials = `${decoded(base.username)}:${decoded(base.password)}`;
    headers['authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  return headers;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The query on one line, cut to MAX_QUERY_IN_MESSAGE characters. */
function shortQuery(promql: string): string {
  const line = promql.replace(/\s+/g, ' ').trim();
  return line.length <= MAX_QUERY_IN_MESSAGE ? line : `${line.slice(0, MAX_QUERY_IN_MESSAGE - 1)}…`;
}
