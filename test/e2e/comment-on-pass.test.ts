import type { ActionRun } from '../../scripts/run-action.mjs';
import { runOnPullRequest } from '../support/pull-request.js';
import { FakeGitHub, nodeId } from '../github/fake-github.js';

// comment-on-pass: hide, from the bundled Action as the runner starts it, against a local GitHub
// that speaks the REST comment endpoints and the GraphQL minimizeComment and unminimizeComment.

const github = new FakeGitHub();
const OWNER = 'acme';
const REPO = 'models';
let pr = 40;
let firstRequest = 0;

beforeAll(() => github.start());
afterAll(() => github.stop());
beforeEach(() => {
  pr++;
  github.thread(OWNER, REPO, pr); // a pull request of its own for each test, with no comments yet
  firstRequest = github.requests.length;
});
afterEach(() => {
  github.intercept = undefined;
  github.readOnly = false;
});

const onPullRequest = (inputs: Record<string, string>): Promise<ActionRun> =>
  runOnPullRequest({ github, owner: OWNER, repo: REPO, number: pr }, { 'comment-on-pass': 'hide', ...inputs });

const passing = { metrics: 'examples/metrics.json', baseline: 'examples/baseline.json', gates: 'examples/model-gates.yml', 'current-weight': '10' };
// the same model, so the same comment: its accuracy of 0.94 fails this gate
const failing = { ...passing, gates: 'gates:\n  accuracy: {min: 0.99}' };
const ours = () => github.thread(OWNER, REPO, pr).filter((c) => c.body.startsWith('<!-- model-gate:'));
const graphqlRequests = () =>
  requestsOfThisPullRequest()
    .filter((r) => r.url === '/graphql')
    .map((r) => JSON.parse(r.body) as { query: string; variables: object });
/** The requests since this test's pull request was opened. */
const requestsOfThisPullRequest = () => github.requests.slice(firstRequest);
const url = (id: number) => `https://github.com/acme/models/pull/1#issuecomment-${id}`;

describe('comment-on-pass: hide', () => {
  test('a passing run with no earlier comment writes none and sets no comment output', async () => {
    const result = await onPullRequest(passing);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'advance', passed: 'true' });
    expect(ours()).toHaveLength(0);
    expect(result.outputs['comment-id']).toBeUndefined();
    expect(result.outputs['comment-url']).toBeUndefined();
    expect(result.stdout).toContain(
      `model-gate: no pull-request comment: the gates pass (comment-on-pass: hide) and there is no earlier comment on acme/models#${pr} to hide\n`
    );
  });

  test('fail, pass, fail: the comment is created, hidden as resolved once the gates pass, and shown again when they fail', async () => {
    const first = await onPullRequest(failing);
    expect(first.exitCode).toBe(1);
    expect(ours()).toHaveLength(1);
    const comment = ours()[0]!;
    expect(comment.minimized).toBeUndefined();
    expect(first.outputs).toMatchObject({ 'comment-id': String(comment.id), 'comment-url': url(comment.id) });
    expect(first.stdout).toContain(`model-gate: created the pull-request comment ${url(comment.id)}\n`);

    const before = github.requests.length;
    const second = await onPullRequest(passing);
    expect(second.exitCode).toBe(0);
    expect(ours()).toEqual([expect.objectContaining({ id: comment.id, minimized: 'RESOLVED' })]);
    expect(comment.body).toContain('model-gate advance: canary 10% → 25%');
    expect(second.outputs).toMatchObject({ 'comment-id': String(comment.id), 'comment-url': url(comment.id) });
    expect(second.stdout).toContain(`model-gate: updated the pull-request comment ${url(comment.id)}, and hid it: the gates pass\n`);
    // the body first, so the hidden comment holds the passing report; then whether it is hidden, then the hiding
    expect(github.requests.slice(before).map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /user',
      `GET /repos/acme/models/issues/${pr}/comments`,
      `PATCH /repos/acme/models/issues/comments/${comment.id}`,
      'POST /graphql',
      'POST /graphql'
    ]);
    const [question, mutation] = graphqlRequests().slice(-2);
    expect(question!.variables).toEqual({ id: nodeId(comment.id) });
    expect(mutation!.query).toContain('minimizeComment(input: {subjectId: $id, classifier: $classifier})');
    expect(mutation!.variables).toEqual({ id: nodeId(comment.id), classifier: 'RESOLVED' });

    const third = await onPullRequest(passing);
    expect(third.stdout).toContain(`model-gate: updated the pull-request comment ${url(comment.id)}\n`);
    expect(graphqlRequests().slice(-1)[0]!.query).toMatch(/^query/); // already hidden: asked, not hidden again
    expect(ours()[0]!.minimized).toBe('RESOLVED');

    const fourth = await onPullRequest(failing);
    expect(fourth.exitCode).toBe(1);
    expect(ours()).toEqual([expect.objectContaining({ id: comment.id, minimized: undefined })]);
    expect(comment.body).toContain('model-gate rollback: canary 10% → 0%');
    expect(fourth.outputs).toMatchObject({ 'comment-id': String(comment.id), 'comment-url': url(comment.id) });
    expect(fourth.stdout).toContain(`model-gate: updated the pull-request comment ${url(comment.id)}, and showed it again: the gates no longer pass\n`);
    expect(graphqlRequests().slice(-1)[0]!.query).toContain('unminimizeComment(input: {subjectId: $id})');
    expect(first.stdout + second.stdout + third.stdout + fourth.stdout).not.toContain(github.token);
  });

  test('a hiding GitHub refuses warns, keeps the updated comment in the outputs, and leaves the decision alone', async () => {
    const existing = github.addComment(OWNER, REPO, pr, '<!-- model-gate:Release/fraud-detector -->\nold', 'github-actions[bot]');
    github.intercept = (r) =>
      r.url === '/graphql' && r.body.includes('minimizeComment')
        ? { status: 200, data: { data: null, errors: [{ type: 'FORBIDDEN', message: `Resource not accessible by integration (${github.token})` }] } }
        : undefined;
    const result = await onPullRequest(passing);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'advance', passed: 'true', 'comment-id': String(existing.id), 'comment-url': url(existing.id) });
    expect(existing.body).toContain('model-gate advance');
    expect(existing.minimized).toBeUndefined();
    expect(result.stdout).toContain(
      `::warning::model-gate: could not hide the pull-request comment ${url(existing.id)}: Request failed due to following response errors:`
    );
    expect(result.stdout).toContain('Resource not accessible by integration (***)');
    expect(result.stdout).not.toContain(github.token);
  });

  test('a GraphQL API that never answers gives up after api-timeout, warns, and the run ends', async () => {
    github.addComment(OWNER, REPO, pr, '<!-- model-gate:Release/fraud-detector -->\nold', 'github-actions[bot]');
    github.intercept = (r) => (r.url === '/graphql' ? 'hang' : undefined);
    const started = Date.now();
    const result = await onPullRequest({ ...passing, 'api-timeout': '0.5' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/::warning::model-gate: could not hide the pull-request comment \S+: no answer within 0\.5 s/);
    expect(result.outputs['comment-id']).toBeDefined();
    expect(Date.now() - started).toBeLessThan(8000);
  });

  test('comment-on-pass: update (the default) leaves a hidden comment hidden and asks GitHub nothing about it', async () => {
    const hidden = github.addComment(OWNER, REPO, pr, '<!-- model-gate:Release/fraud-detector -->\nold', 'github-actions[bot]');
    hidden.minimized = 'OUTDATED';
    const before = github.requests.length;
    const result = await onPullRequest({ ...failing, 'comment-on-pass': 'update' });
    expect(result.outputs['comment-id']).toBe(String(hidden.id));
    expect(hidden.body).toContain('rollback');
    expect(hidden.minimized).toBe('OUTDATED');
    expect(github.requests.slice(before).some((r) => r.url === '/graphql')).toBe(false);
  });

  test('an unknown comment-on-pass is bad input', async () => {
    const result = await onPullRequest({ ...passing, 'comment-on-pass': 'minimize' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'none', passed: 'false' });
    expect(result.stdout).toContain('input "comment-on-pass": expected one of update, hide, delete, got "minimize"');
  });
});

describe('comment-on-pass: delete', () => {
  test('a passing run deletes the earlier comment and sets no comment output; a failing one creates a new comment', async () => {
    const first = await onPullRequest({ ...failing, 'comment-on-pass': 'delete' });
    const [comment] = ours();
    expect(first.outputs['comment-id']).toBe(String(comment!.id));

    const second = await onPullRequest({ ...passing, 'comment-on-pass': 'delete' });
    expect(second.exitCode).toBe(0);
    expect(ours()).toHaveLength(0);
    expect(github.requests.at(-1)).toMatchObject({ method: 'DELETE', url: `/repos/acme/models/issues/comments/${comment!.id}` });
    expect(second.outputs['comment-id']).toBeUndefined();
    expect(second.outputs['comment-url']).toBeUndefined();
    expect(second.stdout).toContain(`model-gate: deleted the pull-request comment ${comment!.id} on acme/models#${pr}: the gates pass\n`);

    const third = await onPullRequest({ ...passing, 'comment-on-pass': 'delete' });
    expect(third.stdout).toContain(
      `model-gate: no pull-request comment: the gates pass (comment-on-pass: delete) and there is no earlier comment on acme/models#${pr} to delete\n`
    );

    const fourth = await onPullRequest({ ...failing, 'comment-on-pass': 'delete' });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).not.toBe(comment!.id);
    expect(fourth.outputs['comment-id']).toBe(String(ours()[0]!.id));
    expect(graphqlRequests()).toHaveLength(0);
  });

  test("a fork's read-only token warns and leaves the comment and the decision alone", async () => {
    const existing = github.addComment(OWNER, REPO, pr, '<!-- model-gate:Release/fraud-detector -->\nold', 'github-actions[bot]');
    github.readOnly = true;
    const result = await onPullRequest({ ...passing, 'comment-on-pass': 'delete' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ decision: 'advance', passed: 'true' });
    expect(ours()).toEqual([existing]);
    expect(result.stdout).toContain(
      `::warning::model-gate: could not comment on the pull request: the token may not delete comment ${existing.id} on acme/models#${pr} (403`
    );
  });
});
