// How the Action talks to GitHub's REST API: every request is answered within a time limit or given
// up on, a request that is safe to repeat is repeated once, and nothing leaves the API's origin.
// Octokit puts the token on every request it makes, whatever the URL: a redirect or a pagination
// link to another host would hand it over, or make another server's answer pass for GitHub's.
import { InputError } from '../errors.js';

export const DEFAULT_API_TIMEOUT_SECONDS = 30;
const MAX_API_TIMEOUT_SECONDS = 600;
const MAX_REDIRECTS = 5;
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
/** Statuses whose responses may not have a body (the Response constructor refuses one). */
const NULL_BODY: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);
/** GitHub's answers to retry once: its servers, not the request, were at fault. */
const TRANSIENT: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** Seconds per request, from the `api-timeout` input; empty is the default. */
export function parseApiTimeout(value: string, source = 'input "api-timeout"'): number {
  const text = value.trim();
  if (!text) return DEFAULT_API_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(text) || seconds <= 0 || seconds > MAX_API_TIMEOUT_SECONDS) {
    throw new InputError({
      source: source,
      message: `expected a number of seconds greater than 0 and at most ${MAX_API_TIMEOUT_SECONDS}, got ${JSON.stringify(value)}`
    });
  }
  return seconds;
}

/** A request given up on by us, not refused by GitHub: no answer in time, or an answer from elsewhere. */
export class ApiRequestError extends Error {
  /** Whether repeating the request could help (a timeout may; a refused redirect will not). */
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean) {
    super(message);
    this.name = 'ApiRequestError';
    this.retryable = retryable;
  }
}

type Fetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

/**
 * `fetch` for Octokit's `request.fetch`: the whole exchange, redirects and body included, within
 * `timeoutSeconds`, else an ApiRequestError; requests to other origins than `apiUrl`'s refused;
 * redirects followed by hand within that origin only, and for a request with a body only when they
 * keep the method (307, 308), so a PATCH is never silently turned into a GET.
 */
export function guardedFetch(base: Fetch, apiUrl: string, timeoutSeconds: number): Fetch {
  const origin = new URL(apiUrl).origin;
  return async (input, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body;
    for (let hop = 0; ; hop++) {
      if (url.origin !== origin) throw new ApiRequestError(`refused to send a request to ${url.origin}, which is not the API's origin ${origin}`, false);
      try {
        const response = await base(url.href, { ...init, method, body, signal, redirect: 'manual' });
        if (!REDIRECTS.has(response.status)) return await buffered(response);
        await response.body?.cancel();
        const location = response.headers.get('location');
        const next = location === null ? undefined : parseUrl(location, url);
        if (!next) throw new ApiRequestError(`answered ${response.status} to ${method} ${url.pathname} without a usable Location`, false);
        if (next.origin !== origin) throw new ApiRequestError(`refused to follow a redirect (${response.status}) to another origin, ${next.origin}`, false);
        if (hop === MAX_REDIRECTS) throw new ApiRequestError(`more than ${MAX_REDIRECTS} redirects from ${method} ${url.pathname}`, false);
        const keepsMethod = response.status === 307 || response.status === 308;
        if (!keepsMethod && method !== 'GET' && method !== 'HEAD')
          throw new ApiRequestError(`answered ${response.status} to ${method} ${url.pathname}: not followed, it would turn the ${method} into a GET`, false);
        if (!keepsMethod && response.status === 303) [method, body] = ['GET', undefined];
        url = next;
      } catch (error) {
        if (timeout.aborted) throw new ApiRequestError(`no answer within ${timeoutSeconds} s`, true);
        throw error;
      }
    }
  };
}

// URL.parse is Node 22 and later
function parseUrl(text: string, base: URL): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/** The response with its body read already, so the time limit covers the body too. */
async function buffered(response: Response): Promise<Response> {
  const data = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
  const copy = new Response(data, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}

type Octokit = InstanceType<typeof import('@actions/github/lib/utils').GitHub>;

/**
 * Repeats once a request whose method is in `repeatable` when GitHub had no answer for it in time,
 * could not be reached, or answered 500, 502, 503 or 504.
 */
export function retryOnce(octokit: Octokit, repeatable: ReadonlySet<string>): void {
  octokit.hook.wrap('request', async (request, options) => {
    try {
      return await request(options);
    } catch (error) {
      if (!repeatable.has(options.method.toUpperCase()) || !transient(error)) throw error;
      return request(options);
    }
  });
}

function transient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { status, cause } = error as { status?: unknown; cause?: unknown };
  if (cause instanceof ApiRequestError) return cause.retryable;
  // Octokit reports a request without an answer (refused connection, reset, DNS) as 500 with the reason in `cause`
  if (cause !== undefined) return true;
  return typeof status === 'number' && TRANSIENT.has(status);
}
