// Where the Action runs, read from the runner's environment and event payload. Every value is
// untrusted: one that is set but malformed is left out and named in `problems`, for a warning.
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Repo } from './comment.js';

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** The events whose pull request `comment: auto` comments on. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

export interface GitHubContext {
  /** GITHUB_EVENT_NAME, e.g. "pull_request" or "push". */
  eventName?: string;
  /** The pull request (or issue) the event is about. */
  pullRequest?: number;
  repo?: Repo;
  /** Link to this workflow run. */
  runUrl?: string;
  /** The REST API's URL (GITHUB_API_URL; GitHub Enterprise Server has its own). */
  apiUrl: string;
  workflow?: string;
  /** Environment values that were set but malformed, and so ignored. */
  problems: string[];
}

export type CommentPlan = { comment: true; repo: Repo; issueNumber: number } | { comment: false; reason: string };

const OWNER = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const REPO_NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;
const DIGITS = /^[0-9]{1,20}$/;

export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const problems: string[] = [];
  const eventName = env.GITHUB_EVENT_NAME?.trim() || undefined;
  const repo = parseRepo(env.GITHUB_REPOSITORY, problems);
  const serverUrl = parseBaseUrl('GITHUB_SERVER_URL', env.GITHUB_SERVER_URL, 'https://github.com', problems);
  const apiUrl = parseBaseUrl('GITHUB_API_URL', env.GITHUB_API_URL, 'https://api.github.com', problems);
  const runId = digits('GITHUB_RUN_ID', env.GITHUB_RUN_ID, problems);
  const attempt = digits('GITHUB_RUN_ATTEMPT', env.GITHUB_RUN_ATTEMPT, problems);
  const workflow =
    env.GITHUB_WORKFLOW?.replace(/[\p{C}]+/gu, ' ')
      .trim()
      .slice(0, 200) || undefined;
  const pullRequest = eventName && env.GITHUB_EVENT_PATH ? pullRequestNumber(eventName, env.GITHUB_EVENT_PATH, problems) : undefined;
  const runUrl =
    repo && runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}${attempt && Number(attempt) > 1 ? `/attempts/${attempt}` : ''}` : undefined;
  return {
    ...(eventName ? { eventName } : {}),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    ...(repo ? { repo } : {}),
    ...(runUrl ? { runUrl } : {}),
    apiUrl,
    ...(workflow ? { workflow } : {}),
    problems
  };
}

export function parseCommentMode(value: string, source = 'input "comment"'): CommentMode {
  const mode = value.trim().toLowerCase() || 'auto';
  if ((COMMENT_MODES as readonly string[]).includes(mode)) return mode as CommentMode;
  throw new InputError({ source: source, message: `expected one of ${COMMENT_MODES.join(', ')}, got ${JSON.stringify(value)}` });
}

export const COMMENT_ON_PASS = ['update', 'hide', 'delete'] as const;
export type CommentOnPass = (typeof COMMENT_ON_PASS)[number];

export function parseCommentOnPass(value: string, source = 'input "comment-on-pass"'): CommentOnPass {
  const mode = value.trim().toLowerCase() || 'update';
  if ((COMMENT_ON_PASS as readonly string[]).includes(mode)) return mode as CommentOnPass;
  throw new InputError({ source: source, message: `expected one of ${COMMENT_ON_PASS.join(', ')}, got ${JSON.stringify(value)}` });
}

/** auto: on pull_request and pull_request_target events; always: whenever the event names a pull request or issue; never. */
export function planComment(mode: CommentMode, context: GitHubContext): CommentPlan {
  if (mode === 'never') return { comment: false, reason: 'comment is "never"' };
  const event = context.eventName ?? 'no event';
  if (mode === 'auto' && !PULL_REQUEST_EVENTS.has(event))
    return { comment: false, reason: `not a pull request event (${event}); set comment to "always" to comment anyway` };
  if (context.pullRequest === undefined) return { comment: false, reason: `the ${event} event names no pull request` };
  if (!context.repo) return { comment: false, reason: 'GITHUB_REPOSITORY is not set to owner/name' };
  return { comment: true, repo: context.repo, issueNumber: context.pullRequest };
}

function parseRepo(value: string | undefined, problems: string[]): Repo | undefined {
  if (!value) return undefined;
  const [owner = '', repo = '', ...rest] = value.split('/');
  if (rest.length === 0 && OWNER.test(owner) && REPO_NAME.test(repo)) return { owner, repo };
  problems.push(`GITHUB_REPOSITORY: expected owner/name, got ${JSON.stringify(value.slice(0, 200))}`);
  return undefined;
}

/** An http(s) URL without credentials, query or fragment, without its trailing slash. */
function parseBaseUrl(name: string, value: string | undefined, fallback: string, problems: string[]): string {
  if (!value) return fallback;
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.search && !url.hash) {
      return url.href.replace(/\/+$/, '');
    }
  } catch {
    // reported below
  }
  // The value is not repeated: a URL with credentials in it would put them in the log.
  problems.push(`${name}: expected an http(s) URL without credentials, query or fragment; using ${fallback}`);
  return fallback;
}

function digits(name: string, value: string | undefined, problems: string[]): string | undefined {
  if (!value) return undefined;
  if (DIGITS.test(value)) return value;
  problems.push(`${name}: expected digits, got ${JSON.stringify(value.slice(0, 200))}`);
  return undefined;
}

/** The number of the pull request (or issue) in the event payload. */
function pullRequestNumber(eventName: string, path: string, problems: string[]): number | undefined {
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`GITHUB_EVENT_PATH: cannot read the ${eventName} event payload: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const at = (...keys: (string | number)[]): unknown =>
    keys.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined), payload);
  const candidates: [string, unknown][] = [
    ['pull_request.number', at('pull_request', 'number')],
    ['issue.number', at('issue', 'number')],
    ['workflow_run.pull_requests[0].number', at('workflow_run', 'pull_requests', 0, 'number')],
    ['number', at('number')]
  ];
  const found = candidates.find(([, value]) => value !== undefined && value !== null);
  if (!found) return undefined;
  const [field, value] = found;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  problems.push(`GITHUB_EVENT_PATH: ${field} is not a positive integer: ${JSON.stringify(value)?.slice(0, 100)}`);
  return undefined;
}
