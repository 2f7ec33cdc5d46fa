import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommentMode, parseCommentOnPass, planComment, readGitHubContext } from '../../src/github/context.js';
import { InputError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-context-'));
let files = 0;
const eventFile = (payload: unknown): string => {
  const path = join(dir, `event-${files++}.json`);
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return path;
};

const RUNNER = {
  GITHUB_REPOSITORY: 'acme/models',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '987654321',
  GITHUB_WORKFLOW: 'Release'
};

describe('readGitHubContext', () => {
  test('a pull_request event: the pull request, the repository, the run link', () => {
    const context = readGitHubContext({
      ...RUNNER,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile({ action: 'synchronize', number: 7, pull_request: { number: 7 } })
    });
    expect(context).toEqual({
      eventName: 'pull_request',
      pullRequest: 7,
      repo: { owner: 'acme', repo: 'models' },
      runUrl: 'https://github.com/acme/models/actions/runs/987654321',
      apiUrl: 'https://api.github.com',
      workflow: 'Release',
      problems: []
    });
  });

  test('GitHub Enterprise Server URLs, and the attempt of a re-run', () => {
    const context = readGitHubContext({
      ...RUNNER,
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      GITHUB_RUN_ATTEMPT: '2'
    });
    expect(context.runUrl).toBe('https://ghe.example.com/acme/models/actions/runs/987654321/attempts/2');
    expect(context.apiUrl).toBe('https://ghe.example.com/api/v3');
  });

  test('issue_comment and workflow_run events name their pull request too; push names none', () => {
    expect(
      readGitHubContext({ GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: eventFile({ issue: { number: 12, pull_request: {} } }) }).pullRequest
    ).toBe(12);
    expect(
      readGitHubContext({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile({ workflow_run: { pull_requests: [{ number: 5 }] } }) }).pullRequest
    ).toBe(5);
    expect(readGitHubContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile({ ref: 'refs/heads/main' }) }).pullRequest).toBeUndefined();
  });

  test('outside GitHub: defaults, nothing to link to', () => {
    expect(readGitHubContext({})).toEqual({ apiUrl: 'https://api.github.com', problems: [] });
  });

  test.each([
    [{ pull_request: { number: '7' } }, /pull_request.number is not a positive integer: "7"/],
    [{ pull_request: { number: 7.5 } }, /not a positive integer: 7.5/],
    [{ pull_request: { number: -1 } }, /not a positive integer: -1/],
    [{ pull_request: { number: 1e300 } }, /not a positive integer/],
    ['{not json', /cannot read the pull_request event payload/]
  ])('an untrusted pull request number is refused: %j', (payload, problem) => {
    const context = readGitHubContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(payload) });
    expect(context.pullRequest).toBeUndefined();
    expect(context.problems).toEqual([expect.stringMatching(problem)]);
  });

  test('a missing event file is a problem, not a crash', () => {
    const context = readGitHubContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') });
    expect(context.problems).toEqual([expect.stringContaining('ENOENT')]);
  });

  test.each(['acme', 'acme/models/extra', '../etc/passwd', 'acme/..', '-acme/models', 'acme/mod els', 'ac me/models', 'acme/models?x=1'])(
    'GITHUB_REPOSITORY %j is not owner/name',
    (value) => {
      const context = readGitHubContext({ ...RUNNER, GITHUB_REPOSITORY: value });
      expect(context.repo).toBeUndefined();
      expect(context.runUrl).toBeUndefined();
      expect(context.problems).toEqual([expect.stringContaining('GITHUB_REPOSITORY: expected owner/name')]);
    }
  );

  test('repository names GitHub allows are kept', () => {
    expect(readGitHubContext({ GITHUB_REPOSITORY: 'my-org_emu/model.gate-v2_x' }).repo).toEqual({ owner: 'my-org_emu', repo: 'model.gate-v2_x' });
  });

  test('malformed URLs and run ids fall back or are left out', () => {
    const context = readGitHubContext({
      ...RUNNER,
      GITHUB_SERVER_URL: 'javascript:alert(1)',
      GITHUB_API_URL: 'https://user:pw@api.example.com',
      GITHUB_RUN_ID: '12; rm -rf /'
    });
    expect(context.apiUrl).toBe('https://api.github.com');
    expect(context.runUrl).toBeUndefined();
    expect(context.problems).toHaveLength(3);
    expect(context.problems.join('\n')).not.toContain('pw@');
  });

  test('the workflow name loses control characters', () => {
    expect(readGitHubContext({ GITHUB_WORKFLOW: 'Release\n<!-- x -->\u0000' }).workflow).toBe('Release <!-- x -->');
  });
});

describe('comment modes', () => {
  const pr = readGitHubContext({ ...RUNNER, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile({ pull_request: { number: 7 } }) });
  const prTarget = { ...pr, eventName: 'pull_request_target' };
  const issueComment = readGitHubContext({ ...RUNNER, GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: eventFile({ issue: { number: 9 } }) });
  const push = readGitHubContext({ ...RUNNER, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventFile({}) });

  test('auto comments on pull_request and pull_request_target events only', () => {
    expect(planComment('auto', pr)).toEqual({ comment: true, repo: { owner: 'acme', repo: 'models' }, issueNumber: 7 });
    expect(planComment('auto', prTarget)).toMatchObject({ comment: true, issueNumber: 7 });
    expect(planComment('auto', issueComment)).toEqual({ comment: false, reason: expect.stringContaining('not a pull request event (issue_comment)') });
    expect(planComment('auto', push)).toMatchObject({ comment: false });
  });

  test('always comments whenever the event names a pull request; never does not', () => {
    expect(planComment('always', issueComment)).toMatchObject({ comment: true, issueNumber: 9 });
    expect(planComment('always', push)).toEqual({ comment: false, reason: 'the push event names no pull request' });
    expect(planComment('never', pr)).toEqual({ comment: false, reason: 'comment is "never"' });
  });

  test('no repository, no comment', () => {
    expect(planComment('always', { ...pr, repo: undefined })).toMatchObject({ comment: false, reason: expect.stringContaining('GITHUB_REPOSITORY') });
  });

  test('parseCommentMode', () => {
    expect(parseCommentMode('')).toBe('auto');
    expect(parseCommentMode(' Always ')).toBe('always');
    expect(() => parseCommentMode('sometimes')).toThrow(InputError);
    expect(() => parseCommentMode('sometimes')).toThrow('input "comment": expected one of auto, always, never, got "sometimes"');
  });

  test('parseCommentOnPass', () => {
    expect(parseCommentOnPass('')).toBe('update');
    expect(parseCommentOnPass(' Hide ')).toBe('hide');
    expect(parseCommentOnPass('delete')).toBe('delete');
    expect(() => parseCommentOnPass('minimize')).toThrow('input "comment-on-pass": expected one of update, hide, delete, got "minimize"');
  });
});
