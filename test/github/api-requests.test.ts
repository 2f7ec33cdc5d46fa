import { parseApiTimeout } from '../../src/github/api.js';
import { CommentError, upsertComment } from '../../src/github/comment.js';
import { InputError } from '../../src/errors.js';
import { commentMarker } from '../../src/report/comment.js';
import { FakeGitHub, type RecordedRequest, type Reply } from './fake-github.js';

const repo = { owner: 'acme', repo: 'models' };
const marker = commentMarker('Release/fraud-detector');
const TIMEOUT = 0.3;

/** Answers the requests `matches` picks with the replies in order, then as usual. */
function script(matches: (request: RecordedRequest) => boolean, ...replies: Reply[]): (request: RecordedRequest) => Reply | undefined {
  return (request) => (matches(request) ? replies.shift() : undefined);
}
const isList = (r: RecordedRequest): boolean => r.method === 'GET' && r.url.startsWith('/repos/acme/models/issues/7/comments');
const calls = (github: FakeGitHub): string[] => github.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`);

describe('GitHub API requests: a time limit, one retry where it is safe, and no other origin', () => {
  const github = new FakeGitHub();
  const elsewhere = new FakeGitHub();
  beforeAll(async () => {
    await github.start();
    await elsewhere.start();
  });
  beforeEach(() => {
    github.threads.clear();
    github.requests.length = 0;
    elsewhere.requests.length = 0;
    github.intercept = undefined;
    github.linkBaseUrl = undefined;
    github.thread('acme', 'models', 7);
  });
  afterAll(async () => {
    await github.stop();
    await elsewhere.stop();
  });

  const upsert = (body = `${marker}\nreport`) =>
    upsertComment({ token: github.token, repo, issueNumber: 7, body, marker, baseUrl: github.baseUrl, timeoutSeconds: TIMEOUT });

  test('a server that accepts the connection and never answers: each GET is tried twice, then it gives up', async () => {
    github.intercept = () => 'hang';
    const started = Date.now();
    const error = await upsert().catch((e: unknown) => e);
    const elapsed = Date.now() - started;

    expect(error).toBeInstanceOf(CommentError);
    expect((error as CommentError).message).toBe(
      `could not find our comment on acme/models#7 (asking which account the token belongs to): no answer within ${TIMEOUT} s`
    );
    expect(calls(github)).toEqual(['GET /user', 'GET /user']);
    expect(elapsed).toBeGreaterThanOrEqual(2 * TIMEOUT * 1000 - 50);
    expect(elapsed).toBeLessThan(2 * TIMEOUT * 1000 + 1500);
  });

  test('a GET without an answer the first time is retried, and the comment is written', async () => {
    github.intercept = script(isList, 'hang');
    expect(await upsert()).toMatchObject({ action: 'created', id: expect.any(Number) });
    expect(calls(github)).toEqual([
      'GET /user',
      'GET /repos/acme/models/issues/7/comments',
      'GET /repos/acme/models/issues/7/comments',
      'POST /repos/acme/models/issues/7/comments'
    ]);
  });

  test('500 then OK on a GET: the retry succeeds', async () => {
    github.addComment('acme', 'models', 7, `${marker}\nold`, 'github-actions[bot]');
    github.intercept = script(isList, { status: 500, data: { message: 'Server Error' } });
    expect(await upsert(`${marker}\nnew`)).toMatchObject({ action: 'updated' });
    expect(github.thread('acme', 'models', 7).map((c) => c.body)).toEqual([`${marker}\nnew`]);
    expect(calls(github).filter((c) => c.startsWith('GET /repos'))).toHaveLength(2);
  });

  test('two 502s on a GET: one retry only, then the status is reported', async () => {
    github.intercept = script(isList, { status: 502, data: { message: 'Bad Gateway' } }, { status: 502, data: { message: 'Bad Gateway' } });
    await expect(upsert()).rejects.toThrow('could not list the comments of acme/models#7: 502 Bad Gateway');
    expect(calls(github).filter((c) => c.startsWith('GET /repos'))).toHaveLength(2);
  });

  test('the PATCH of our own comment is repeated: it sets the same body', async () => {
    const ours = github.addComment('acme', 'models', 7, `${marker}\nold`, 'github-actions[bot]');
    github.intercept = script((r) => r.method === 'PATCH', 'hang');
    expect(await upsert(`${marker}\nnew`)).toMatchObject({ action: 'updated', id: ours.id });
    expect(calls(github).filter((c) => c.startsWith('PATCH'))).toHaveLength(2);
  });

  test('the POST that creates the comment is never repeated: it may have reached GitHub', async () => {
    github.intercept = script((r) => r.method === 'POST', 'hang', 'hang');
    await expect(upsert()).rejects.toThrow(`could not comment on acme/models#7: no answer within ${TIMEOUT} s`);
    github.intercept = script((r) => r.method === 'POST', { status: 502, data: { message: 'Bad Gateway' } });
    await expect(upsert()).rejects.toThrow('could not comment on acme/models#7: 502 Bad Gateway');
    expect(calls(github).filter((c) => c.startsWith('POST'))).toHaveLength(2);
  });

  test('a redirect to another origin is refused: neither the token nor the body goes there, and nothing is logged as created', async () => {
    github.intercept = (r) =>
      r.method === 'POST' ? { status: 307, headers: { location: `${elsewhere.baseUrl}/repos/acme/models/issues/7/comments` } } : undefined;
    const error = await upsert().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommentError);
    expect((error as CommentError).message).toBe(
      `could not comment on acme/models#7: refused to follow a redirect (307) to another origin, ${elsewhere.baseUrl}`
    );
    expect(elsewhere.requests).toHaveLength(0);
    expect(calls(github).filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  test('a pagination link to another origin is refused too', async () => {
    for (let i = 0; i < 120; i++) github.addComment('acme', 'models', 7, `comment ${i}`);
    github.linkBaseUrl = elsewhere.baseUrl;
    await expect(upsert()).rejects.toThrow(
      `could not list the comments of acme/models#7: refused to send a request to ${elsewhere.baseUrl}, which is not the API's origin`
    );
    expect(elsewhere.requests).toHaveLength(0);
  });

  test('a redirect within the API is followed', async () => {
    const ours = github.addComment('acme', 'models', 7, `${marker}\nold`, 'github-actions[bot]');
    github.intercept = script(isList, { status: 301, headers: { location: '/repos/acme/models/issues/7/comments?per_page=100&page=1' } });
    expect(await upsert()).toMatchObject({ action: 'updated', id: ours.id });
    expect(github.requests.filter(isList).map((r) => r.url)).toEqual([
      '/repos/acme/models/issues/7/comments?per_page=100',
      '/repos/acme/models/issues/7/comments?per_page=100&page=1'
    ]);
  });

  test('a redirect that would turn the POST into a GET is not followed', async () => {
    github.intercept = (r) => (r.method === 'POST' ? { status: 302, headers: { location: '/repos/acme/models/issues/7/comments' } } : undefined);
    await expect(upsert()).rejects.toThrow('could not comment on acme/models#7: answered 302 to POST /repos/acme/models/issues/7/comments: not followed');
    expect(github.thread('acme', 'models', 7)).toHaveLength(0);
  });

  test('an answer that is not a comment is an error, not a comment with an undefined id', async () => {
    github.intercept = (r) => (r.method === 'POST' ? { status: 201, data: { message: 'Created somewhere' } } : undefined);
    await expect(upsert()).rejects.toThrow("could not comment on acme/models#7: GitHub's answer is not a comment (no id in an object)");
  });
});

describe('parseApiTimeout', () => {
  test('seconds, greater than 0 and at most 600; empty is 30', () => {
    expect(parseApiTimeout('')).toBe(30);
    expect(parseApiTimeout(' 45 ')).toBe(45);
    expect(parseApiTimeout('0.5')).toBe(0.5);
    expect(parseApiTimeout('600')).toBe(600);
  });

  test('anything else is an InputError naming the input', () => {
    for (const bad of ['0', '601', '-1', '1e3', 'soon', '30s', '.5', 'Infinity']) {
      expect(() => parseApiTimeout(bad)).toThrow(InputError);
      expect(() => parseApiTimeout(bad)).toThrow(/^input "api-timeout": expected a number of seconds greater than 0 and at most 600, got "/);
    }
  });
});
