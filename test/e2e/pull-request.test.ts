import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionRun } from '../../scripts/run-action.mjs';
import { runOnPullRequest } from '../support/pull-request.js';
import { FakeGitHub } from '../github/fake-github.js';

const github = new FakeGitHub();
const OWNER = 'acme';
const REPO = 'models';
const PR = 17;

beforeAll(async () => {
  await github.start();
  github.thread(OWNER, REPO, PR); // the pull request exists, with no comments yet
});
afterAll(() => github.stop());
afterEach(() => {
  github.intercept = undefined;
});

const onPullRequest = (inputs: Record<string, string>, token = github.token): Promise<ActionRun> =>
  runOnPullRequest({ github, owner: OWNER, repo: REPO, number: PR }, inputs, token);

const example = { metrics: 'examples/metrics.json', baseline: 'examples/baseline.json', gates: 'examples/model-gates.yml', 'current-weight': '10' };
const ours = () => github.thread(OWNER, REPO, PR).filter((c) => c.body.startsWith('<!-- model-gate:'));

describe('the sticky pull-request comment, from the bundled Action', () => {
  test('the first run creates the comment, the second updates the same one', async () => {
    const first = await onPullRequest(example);
    expect(first.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    const id = ours()[0]!.id;
    expect(ours()[0]!.body).toContain('model-gate advance: canary 10% → 25%');
    expect(ours()[0]!.body).toContain('https://github.com/acme/models/actions/runs/4242');

    const second = await onPullRequest({ ...example, 'current-weight': '25' });
    expect(second.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(id);
    expect(ours()[0]!.body).toContain('canary 25% → 50%');
    expect(first.stdout + second.stdout).not.toContain(github.token);
    expect(first.stdout).toContain(`model-gate: created the pull-request comment https://github.com/acme/models/pull/1#issuecomment-${id}\n`);
    expect(second.stdout).toContain(`model-gate: updated the pull-request comment https://github.com/acme/models/pull/1#issuecomment-${id}\n`);
    expect(second.outputs).toMatchObject({
      'comment-id': String(id),
      'comment-url': `https://github.com/acme/models/pull/1#issuecomment-${id}`,
      'failed-gates': '[]'
    });
  });

  test('the marker is found beyond the first page of comments', async () => {
    const thread = github.thread(OWNER, REPO, PR);
    const existing = ours()[0]!;
    thread.splice(thread.indexOf(existing), 1);
    for (let i = 0; i < 130; i++) github.addComment(OWNER, REPO, PR, `review comment ${i}`);
    thread.push(existing);
    await onPullRequest(example);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(existing.id);
  });

  test("a fork's read-only token (403) warns and leaves the decision, outputs and exit code alone", async () => {
    github.readOnly = true;
    try {
      const result = await onPullRequest({ metrics: 'examples/flat-metrics.json', gates: 'gates:\n  accuracy: {min: 0.99}', 'current-weight': '25' });
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({ decision: 'rollback', passed: 'false', 'canary-weight': '0' });
      expect(JSON.parse(result.outputs['failed-gates']!)).not.toHaveLength(0);
      expect(result.outputs['comment-id']).toBeUndefined();
      expect(result.stdout).toContain('::warning::model-gate: could not comment on the pull request');
      expect(result.stdout).toContain('Resource not accessible by integration');
      expect(result.stdout).not.toContain(github.token);
    } finally {
      github.readOnly = false;
    }
  });

  test('hostile names are escaped and an oversize body is shortened below 65,536 characters', async () => {
    const groups = Object.fromEntries(
      Array.from({ length: 900 }, (_, i) => [
        i === 0 ? '<img src=x onerror=alert(1)>' : i === 1 ? '@org/team' : `group-${i}-${'x'.repeat(40)}`,
        { tp: 40, fp: 5, tn: 50, fn: 5 }
      ])
    );
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-hostile-'));
    writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ model: { name: 'hostile' }, metrics: {}, groups: { segment: groups } }));
    const result = await onPullRequest({ metrics: join(dir, 'metrics.json'), gates: 'gates:\n  accuracy: {min: 0.8}\n  demographic_parity_ratio: {min: 0.8}' });
    expect(result.exitCode).toBe(0);
    const comment = github.thread(OWNER, REPO, PR).find((c) => c.body.startsWith('<!-- model-gate:Release/hostile -->'));
    expect(comment).toBeDefined();
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body).toContain("shortened to fit GitHub's size limit");
    expect(comment!.body).not.toContain('<img');
    expect(comment!.body).not.toMatch(/@org/);
    expect(result.summary.length).toBeGreaterThan(65_536);
  });

  test('an API that never answers: the comment gives up after api-timeout (a read tried twice), warns, and the run ends', async () => {
    github.intercept = () => 'hang';
    const started = Date.now();
    const result = await onPullRequest({
      metrics: 'examples/flat-metrics.json',
      gates: 'gates:\n  accuracy: {min: 0.99}',
      'current-weight': '25',
      'api-timeout': '0.5'
    });
    const elapsed = Date.now() - started;

    expect(result.stdout).toContain(
      '::warning::model-gate: could not comment on the pull request: could not find our comment on acme/models#17 (asking which account the token belongs to): no answer within 0.5 s'
    );
    expect(github.requests.slice(-2).map((r) => `${r.method} ${r.url}`)).toEqual(['GET /user', 'GET /user']);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'rollback', passed: 'false', 'canary-weight': '0' });
    expect(elapsed).toBeLessThan(8000);
  });

  test('a redirect to another origin is refused with a warning, never logged as a comment "undefined"', async () => {
    const elsewhere = new FakeGitHub();
    await elsewhere.start();
    try {
      github.intercept = (r) =>
        r.method === 'POST' || r.method === 'PATCH' ? { status: 307, headers: { location: `${elsewhere.baseUrl}${r.url}` } } : undefined;
      const result = await onPullRequest(example);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(
        /::warning::model-gate: could not comment on the pull request: could not (comment on|update comment \d+ on) acme\/models#17: refused to follow a redirect \(307\) to another origin/
      );
      expect(result.stdout).not.toContain('pull-request comment undefined');
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.stop();
    }
  });

  test('a bad api-timeout is an input error', async () => {
    const result = await onPullRequest({ ...example, 'api-timeout': '0' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('input "api-timeout": expected a number of seconds greater than 0 and at most 600, got "0"');
  });

  test('outside GitHub the artifact upload is skipped with a notice', async () => {
    const result = await onPullRequest({ ...example, comment: 'never' });
    expect(result.stdout).toContain('::notice::model-gate: evidence not uploaded');
    expect(result.outputs['artifact-id']).toBeUndefined();
  });
});
