// The sticky pull-request comment: find ours by its marker on any page of the conversation,
// update it, else create it; or, once the gates pass, hide or delete it. @actions/github is
// imported on first use so runs that do not comment never load Octokit.
import { COMMENT_LIMIT } from '../report/comment.js';
import { ApiRequestError, DEFAULT_API_TIMEOUT_SECONDS, guardedFetch, retryOnce } from './api.js';
import { setVisibility, type VisibilityChange } from './visibility.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface UpsertCommentOptions {
  /** A GitHub token allowed to write pull-request (issue) comments. Never logged nor put in a message. */
  token: string;
  repo: Repo;
  /** The pull request's (or issue's) number. */
  issueNumber: number;
  /** The whole comment (renderComment's, already fitted to GitHub's limit); it must start with `marker`. */
  body: string;
  /** The hidden marker (commentMarker) that identifies our comment. */
  marker: string;
  /** The REST API's URL; default GITHUB_API_URL, else https://api.github.com. No request goes to another origin. */
  baseUrl?: string;
  /** Seconds GitHub has to answer each request (default 30); a GET or our PATCH without an answer is repeated once. */
  timeoutSeconds?: number;
  /**
   * write (the default): update our comment, else create it. hide: update our comment, then hide it
   * (minimized as resolved). delete: delete our comment. Neither hide nor delete creates one.
   */
  goal?: 'write' | 'hide' | 'delete';
  /** With write: show our comment again if it is hidden. */
  unhide?: boolean;
}

export type UpsertResult =
  | {
      action: 'created' | 'updated';
      id: number;
      url?: string;
      /** The comment was hidden or shown again by this run. */
      changed?: VisibilityChange;
      /** Why the comment, written, could not be hidden or shown again. */
      visibilityError?: string;
    }
  | { action: 'deleted'; id: number }
  | { action: 'skipped'; reason: string }
  /** Nothing to do: there is no earlier comment to hide or delete. */
  | { action: 'none'; reason: string };

type Written = { action: 'created' | 'updated'; id: number; url?: string; nodeId?: string };

/**
 * Requests that may be repeated when GitHub did not answer: reads, and the PATCH that sets our own
 * comment to the same body. Never the POST that creates the comment: if it reached GitHub, a second
 * one would leave two comments.
 */
const REPEATABLE: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PATCH']);

/** The comment could neither be written nor skipped for a known reason (bad token, no such pull request, GitHub down). */
export class CommentError extends Error {
  readonly status: number | undefined;

  constructor(message: string, status: number | undefined) {
    super(message);
    this.name = 'CommentError';
    this.status = status;
  }
}

const NOT_PERMITTED = /resource not accessible by integration/i;

/**
 * Creates our comment on the pull request, or updates it in place when an earlier run left one; or,
 * as `goal` says, hides or deletes the one an earlier run left.
 */
export async function upsertComment(options: UpsertCommentOptions): Promise<UpsertResult> {
  const { token, repo, issueNumber, marker, timeoutSeconds = DEFAULT_API_TIMEOUT_SECONDS, goal = 'write' } = options;
  const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
  if (!token) return { action: 'skipped', reason: `no GitHub token to comment on ${where} with (input "github-token")` };
  const { body } = options;
  if (!body.startsWith(marker)) throw new RangeError('the comment body must start with its marker, or the next run cannot find it');
  // shortening needs the report's structure, which only the renderer has: a body over the limit is a bug, not a request to make
  if (body.length > COMMENT_LIMIT)
    throw new RangeError(`the comment body has ${body.length} characters, over GitHub's limit of ${COMMENT_LIMIT}: renderComment fits it`);

  // getOctokit, but with our fetch around the one @actions/github sets up (it honours the runner's proxy settings)
  const { GitHub, defaults, getOctokitOptions } = await import('@actions/github/lib/utils');
  const baseUrl = options.baseUrl ?? defaults.baseUrl ?? 'https://api.github.com';
  const fetch = guardedFetch(defaults.request?.fetch ?? globalThis.fetch, baseUrl, timeoutSeconds);
  const octokit = new GitHub(getOctokitOptions(token, { baseUrl, request: { fetch } }));
  retryOnce(octokit, REPEATABLE);
  const step = { now: `list the comments of ${where}` };
  let result: Written;
  try {
    const existing = await findComment(octokit, repo, issueNumber, marker, step);
    if (existing === undefined && goal !== 'write') return { action: 'none', reason: `there is no earlier comment on ${where} to ${goal}` };
    if (existing !== undefined && goal === 'delete') {
      step.now = `delete comment ${existing} on ${where}`;
      await octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: existing });
      return { action: 'deleted', id: existing };
    }
    if (existing !== undefined) {
      step.now = `update comment ${existing} on ${where}`;
      const { data } = await octokit.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: existing, body });
      result = written('updated', data);
    } else {
      step.now = `comment on ${where}`;
      const { data } = await octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, body });
      result = written('created', data);
    }
  } catch (error) {
    const { status, message } = describe(error);
    if (status === 403 && NOT_PERMITTED.test(message)) {
      return {
        action: 'skipped',
        reason: `the token may not ${step.now} (403 Resource not accessible by integration). Pull requests from forks get a read-only token; elsewhere grant "permissions: pull-requests: write"`
      };
    }
    throw new CommentError(redact(`could not ${step.now}: ${status === undefined ? '' : `${status} `}${message}`, token), status);
  }
  const { nodeId, ...comment } = result;
  // a comment created just now is shown
  const visibility = goal === 'hide' ? 'hide' : options.unhide && result.action === 'updated' ? 'show' : undefined;
  if (!visibility) return comment;
  try {
    if (nodeId === undefined) throw new Error("GitHub's answer has no node_id");
    return { ...comment, changed: await setVisibility(octokit, nodeId, visibility) };
  } catch (error) {
    const { status, message } = describe(error);
    return { ...comment, visibilityError: redact(`${status === undefined ? '' : `${status} `}${message}`, token) };
  }
}

type Octokit = InstanceType<typeof import('@actions/github/lib/utils').GitHub>;

/** The comment GitHub answered with. Anything else (an answer from elsewhere, a cut-off body) is an error, not a comment without an id. */
function written(action: 'created' | 'updated', data: unknown): Written {
  const {
    id,
    html_url: url,
    node_id: nodeId
  } = (typeof data === 'object' && data !== null ? data : {}) as { id?: unknown; html_url?: unknown; node_id?: unknown };
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) throw new Error(`GitHub's answer is not a comment (no id in ${describeData(data)})`);
  return { action, id, ...(typeof url === 'string' && /^https?:\/\//.test(url) ? { url } : {}), ...(typeof nodeId === 'string' && nodeId ? { nodeId } : {}) };
}

function describeData(data: unknown): string {
  if (typeof data === 'string') return data ? `a text of ${data.length} characters` : 'an empty body';
  if (Array.isArray(data)) return 'a list';
  return typeof data === 'object' && data !== null ? 'an object' : String(data);
}

/**
 * The id of the first comment of ours that starts with the marker, paging through every comment.
 * Starting with it, not merely containing it: someone quoting our comment does not get overwritten.
 * Ours: written by the token's own account, so nobody can plant a marked comment for us to edit
 * under their name. Installation tokens (GITHUB_TOKEN) may not ask who they are; they comment as
 * an app's bot account, which a person taking part in the pull request cannot write as.
 */
async function findComment(octokit: Octokit, repo: Repo, issueNumber: number, marker: string, step: { now: string }): Promise<number | undefined> {
  const listing = step.now;
  step.now = `find our comment on ${repo.owner}/${repo.repo}#${issueNumber} (asking which account the token belongs to)`;
  // refused (an installation token gets 403): judge by the author's type; no answer, or a server error: stop here
  const self = await octokit.rest.users.getAuthenticated().then(
    ({ data }) => (typeof data?.login === 'string' ? data.login : undefined),
    (error: unknown) => {
      const { status } = describe(error);
      if (status !== undefined && status < 500) return undefined;
      throw error;
    }
  );
  step.now = listing;
  const isOurs = (author: { login: string; type: string } | null | undefined): boolean =>
    self === undefined ? author?.type === 'Bot' : author?.login === self;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: issueNumber, per_page: 100 });
  for await (const { data } of pages) {
    const ours = data.find((comment) => comment.body?.startsWith(marker) && isOurs(comment.user));
    if (ours) return ours.id;
  }
  return undefined;
}

function describe(error: unknown): { status: number | undefined; message: string } {
  if (!isErrorLike(error)) return { status: undefined, message: String(error) };
  // Octokit reports a refused connection or a DNS failure as status 500 "fetch failed", the reason deep in `cause`;
  // a request our fetch gave up on (no answer in time, a redirect elsewhere) likewise.
  if (error.cause instanceof ApiRequestError) return { status: undefined, message: error.cause.message };
  if (isErrorLike(error.cause)) return { status: undefined, message: `no response (${innermost(error.cause).message})` };
  return { status: typeof error.status === 'number' ? error.status : undefined, message: error.message };
}

interface ErrorLike {
  message: string;
  status?: unknown;
  cause?: unknown;
}

// Duck-typed: errors from undici's fetch may come from another realm, where `instanceof Error` fails.
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

function innermost(error: ErrorLike): ErrorLike {
  let inner = error;
  for (let depth = 0; depth < 5 && isErrorLike(inner.cause); depth++) inner = inner.cause;
  return inner;
}

function redact(text: string, token: string): string {
  return token ? text.split(token).join('***') : text;
}
