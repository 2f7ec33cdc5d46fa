import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction, type ActionRun } from '../../scripts/run-action.mjs';
import type { FakeGitHub } from '../github/fake-github.js';
import { ROOT } from './fixtures.js';

export interface PullRequest {
  github: FakeGitHub;
  owner: string;
  repo: string;
  number: number;
}

/** dist/index.js on a pull_request event of `pr`, talking to the local GitHub through GITHUB_API_URL. */
export async function runOnPullRequest(pr: PullRequest, inputs: Record<string, string>, token = pr.github.token): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-event-'));
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: pr.number, pull_request: { number: pr.number } }));
  const result = await runAction({
    cwd: ROOT,
    inputs: { 'github-token': token, ...inputs },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: `${pr.owner}/${pr.repo}`,
      GITHUB_API_URL: pr.github.baseUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      GITHUB_WORKFLOW: 'Release'
    }
  });
  await cleanUp(result);
  rmSync(dir, { recursive: true, force: true });
  return result;
}
