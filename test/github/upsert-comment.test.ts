import { CommentError, upsertComment } from '../../src/github/comment.js';
import { toMarkdown } from '../../src/report/blocks.js';
import { COMMENT_LIMIT, commentBlocks, commentMarker, renderComment } from '../../src/report/comment.js';
import { FakeGitHub } from './fake-github.js';
import { hostileReport, manyGroupsReport } from '../support/reports.js';

const repo = { owner: 'acme', repo: 'models' };
const marker = commentMarker('Release/fraud-detector');

describe('upsertComment against a local GitHub REST server', () => {
  let github: FakeGitHub;

  beforeEach(async () => {
    github = new FakeGitHub();
    await github.start();
    github.thread('acme', 'models', 7);
  });
  afterEach(() => github.stop());

  const upsert = (body: string, issueNumber = 7, token = github.token) => upsertComment({ token, repo, issueNumber, body, marker, baseUrl: github.baseUrl });

  test('the first run creates the comment, the second updates that same comment', async () => {
    github.addComment('acme', 'models', 7, 'LGTM');
    const first = await upsert(`${marker}\nfirst run`);
    expect(first).toMatchObject({ action: 'created', id: expect.any(Number) });
    const second = await upsert(`${marker}\nsecond run`);
    expect(second).toEqual({ action: 'updated', id: (first as { id: number }).id, url: expect.stringContaining('#issuecomment-') });

    const thread = github.thread('acme', 'models', 7);
    expect(thread.map((c) => c.body)).toEqual(['LGTM', `${marker}\nsecond run`]);
    expect(github.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /user',
      'GET /repos/acme/models/issues/7/comments',
      'POST /repos/acme/models/issues/7/comments',
      'GET /user',
      'GET /repos/acme/models/issues/7/comments',
      `PATCH /repos/acme/models/issues/comments/${thread[1]!.id}`
    ]);
    expect(github.requests.every((r) => r.authorization === `token ${github.token}`)).toBe(true);
  });

  test('finds the marker beyond the first page, following the Link headers', async () => {
    for (let i = 0; i < 250; i++) github.addComment('acme', 'models', 7, i === 120 ? `> quoting the bot:\n${marker}` : `comment ${i}`);
    const ours = github.addComment('acme', 'models', 7, `${marker}\nold report`, 'github-actions[bot]');
    for (let i = 0; i < 5; i++) github.addComment('acme', 'models', 7, `later ${i}`);

    expect(await upsert(`${marker}\nnew report`)).toMatchObject({ action: 'updated', id: ours.id });
    expect(ours.body).toBe(`${marker}\nnew report`);
    const pages = github.requests.filter((r) => r.method === 'GET' && r.url !== '/user').map((r) => new URL(r.url, github.baseUrl).searchParams.get('page'));
    expect(pages).toEqual([null, '2', '3']);
    expect(github.thread('acme', 'models', 7)).toHaveLength(256);
  });

  test('another model or workflow gets its own comment', async () => {
    await upsert(`${marker}\nfraud`);
    const other = commentMarker('Release/churn-model');
    await upsertComment({ token: github.token, repo, issueNumber: 7, body: `${other}\nchurn`, marker: other, baseUrl: github.baseUrl });
    expect(github.thread('acme', 'models', 7).map((c) => c.body)).toEqual([`${marker}\nfraud`, `${other}\nchurn`]);
  });

  test('a read-only token (a fork pull request) is skipped with a reason, never thrown, and never named', async () => {
    github.readOnly = true;
    const result = await upsert(`${marker}\nreport`);
    expect(result).toEqual({ action: 'skipped', reason: expect.stringContaining('403 Resource not accessible by integration') });
    expect(JSON.stringify(result)).not.toContain(github.token);
    expect(github.thread('acme', 'models', 7)).toHaveLength(0);
  });

  test('a read-only token is also skipped when our comment exists and would be updated', async () => {
    github.addComment('acme', 'models', 7, `${marker}\nold`, 'github-actions[bot]');
    github.readOnly = true;
    expect(await upsert(`${marker}\nnew`)).toMatchObject({
      action: 'skipped',
      reason: expect.stringMatching(/^the token may not update comment \d+ on acme\/models#7/)
    });
  });

  test('other failures throw a CommentError that names the status but not the token', async () => {
    const missing = upsert(`${marker}\nreport`, 999);
    await expect(missing).rejects.toThrow(CommentError);
    await expect(missing).rejects.toThrow(/could not list the comments of acme\/models#999: 404 Not Found/);

    const badToken = 'ghp_wrong_token_SECRET';
    const error = await upsert(`${marker}\nreport`, 7, badToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommentError);
    expect((error as CommentError).status).toBe(401);
    expect((error as CommentError).message).toMatch(/401 Bad credentials/);
    expect(`${(error as Error).message}${(error as Error).stack}`).not.toContain(badToken);
  });

  test('an unreachable API throws a clear error', async () => {
    await github.stop();
    await expect(upsert(`${marker}\nreport`)).rejects.toThrow(
      /could not find our comment on acme\/models#7 \(asking which account the token belongs to\): no response \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)/
    );
  });

  test('without a token it skips without calling GitHub', async () => {
    expect(await upsert(`${marker}\nreport`, 7, '')).toMatchObject({ action: 'skipped', reason: expect.stringContaining('github-token') });
    expect(github.requests).toHaveLength(0);
  });

  test('a body that does not start with its marker is refused: the next run could not find it', async () => {
    await expect(upsert(`report\n${marker}`)).rejects.toThrow(RangeError);
  });

  test('an oversize comment, shortened where it is rendered, is posted as it is: marker kept, pointing to the job summary', async () => {
    const context = { modelKey: 'Release/fraud-detector', runUrl: 'https://github.com/acme/models/actions/runs/42' };
    expect(toMarkdown(commentBlocks(manyGroupsReport(600), context)).length).toBeGreaterThan(COMMENT_LIMIT);
    const body = renderComment(manyGroupsReport(600), context);

    expect(await upsert(body)).toMatchObject({ action: 'created' });
    const posted = github.thread('acme', 'models', 7)[0]!.body;
    expect(posted).toBe(body);
    expect(posted.length).toBeLessThanOrEqual(65_536);
    expect(posted.startsWith(`${marker}\n### ✅ model-gate advance: canary 25% → 50%`)).toBe(true);
    expect(posted).toContain("the whole of it is in the run's job summary");
    expect(posted).toContain('| Status | Gate |');
    expect(posted).toContain('[Workflow run](https://github.com/acme/models/actions/runs/42)');
  });

  test("a body over GitHub's limit is refused before any request: only the renderer knows how to shorten it", async () => {
    await expect(upsert(`${marker}\n${'x'.repeat(COMMENT_LIMIT)}`)).rejects.toThrow(/over GitHub's limit of 65536/);
    expect(github.requests).toHaveLength(0);
    expect(github.thread('acme', 'models', 7)).toHaveLength(0);
  });

  test('hostile group names reach GitHub escaped: no HTML, no mention, no mermaid injection', async () => {
    const body = renderComment(hostileReport(), { modelKey: 'Release/hostile' });
    await upsertComment({ token: github.token, repo, issueNumber: 7, body, marker: commentMarker('Release/hostile'), baseUrl: github.baseUrl });
    const posted = github.thread('acme', 'models', 7)[0]!.body;

    expect(posted).not.toMatch(/<img|<script/i);
    expect(posted).not.toMatch(/@[A-Za-z0-9]/);
    expect(posted).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;');
    expect(posted.match(/<details/g)).toHaveLength(posted.match(/<\/details>/g)!.length);
    const mermaid = /```mermaid\n([\s\S]*?)\n```/.exec(posted)![1]!;
    for (const line of mermaid.split('\n').slice(1)) {
      expect(line).toMatch(/^ {2}(title "[^"]*"|x-axis \["[^"]*"(, "[^"]*")*\]|y-axis "[^"]*" [0-9.]+ --> [0-9.]+|(bar|line) \[[0-9.]+(, [0-9.]+)*\])$/);
      for (const quoted of line.match(/"[^"]*"/g) ?? []) expect(quoted).not.toMatch(/[<>#%`;{}@[\]\\]/);
    }
  });
});

describe('hiding our comment through the GraphQL API', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = new FakeGitHub();
    await github.start();
    github.thread('acme', 'models', 7);
  });
  afterEach(() => github.stop());
  const upsert = (goal: 'write' | 'hide' | 'delete', unhide = false) =>
    upsertComment({ token: github.token, repo, issueNumber: 7, body: `${marker}\nreport`, marker, baseUrl: github.baseUrl, goal, unhide });

  test('hide updates, then hides; write with unhide shows it again; a created comment is never asked about', async () => {
    expect(await upsert('hide')).toEqual({ action: 'none', reason: 'there is no earlier comment on acme/models#7 to hide' });
    const created = await upsert('write', true);
    expect(created).toMatchObject({ action: 'created' });
    expect(github.requests.some((r) => r.url === '/graphql')).toBe(false);
    expect(await upsert('hide')).toMatchObject({ action: 'updated', changed: 'hidden' });
    expect(github.thread('acme', 'models', 7)[0]!.minimized).toBe('RESOLVED');
    expect(await upsert('hide')).toMatchObject({ action: 'updated', changed: undefined });
    expect(await upsert('write', true)).toMatchObject({ action: 'updated', changed: 'unhidden' });
    expect(github.thread('acme', 'models', 7)[0]!.minimized).toBeUndefined();
  });

  test('a GraphQL error leaves the updated comment as the result, with the reason, and never the token', async () => {
    github.addComment('acme', 'models', 7, `${marker}\nold`, 'github-actions[bot]');
    github.intercept = (r) => (r.url === '/graphql' ? { status: 502, data: { message: `Bad gateway for ${github.token}` } } : undefined);
    const result = await upsert('hide');
    expect(result).toMatchObject({ action: 'updated', visibilityError: expect.stringMatching(/^502 Bad gateway for \*\*\*/) });
    expect(JSON.stringify(result)).not.toContain(github.token);
  });

  test('delete deletes our comment, not a planted one', async () => {
    const planted = github.addComment('acme', 'models', 7, `${marker}\nplanted`, 'mallory');
    const ours = github.addComment('acme', 'models', 7, `${marker}\nold`, 'github-actions[bot]');
    expect(await upsert('delete')).toEqual({ action: 'deleted', id: ours.id });
    expect(github.thread('acme', 'models', 7)).toEqual([planted]);
  });
});

describe('a marked comment somebody else wrote', () => {
  const other = new FakeGitHub();
  beforeAll(() => other.start());
  afterAll(() => other.stop());

  test('is never edited: an installation token only updates bot comments', async () => {
    const marker = '<!-- model-gate:Release/fraud -->';
    const planted = other.addComment('acme', 'models', 9, `${marker}\nplanted by a participant`, 'mallory');
    const result = await upsertComment({
      token: other.token,
      repo: { owner: 'acme', repo: 'models' },
      issueNumber: 9,
      body: `${marker}\nreal`,
      marker,
      baseUrl: other.baseUrl
    });
    expect(result.action).toBe('created');
    expect(planted.body).toBe(`${marker}\nplanted by a participant`);
  });

  test("with a personal token, only that account's comment is ours", async () => {
    const marker = '<!-- model-gate:Release/fraud -->';
    other.userLogin = 'release-bot-user';
    try {
      other.addComment('acme', 'models', 10, `${marker}\nplanted`, 'someone-else[bot]');
      const mine = other.addComment('acme', 'models', 10, `${marker}\nold`, 'release-bot-user');
      const result = await upsertComment({
        token: other.token,
        repo: { owner: 'acme', repo: 'models' },
        issueNumber: 10,
        body: `${marker}\nnew`,
        marker,
        baseUrl: other.baseUrl
      });
      expect(result).toMatchObject({ action: 'updated', id: mine.id });
    } finally {
      other.userLogin = undefined;
    }
  });
});
