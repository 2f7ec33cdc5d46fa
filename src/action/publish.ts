import { dirname, relative, resolve, sep } from 'node:path';
import { parseApiTimeout } from '../github/api.js';
import { artifactName, checkArtifactName, parseRetentionDays, uploadEvidence } from '../github/artifacts.js';
import { parseCommentMode, parseCommentOnPass, planComment, readGitHubContext } from '../github/context.js';
import type { RawOptions } from '../options/parse.js';
import type { Log } from './runner.js';
import type { Report } from '../model/report.js';

/** The inputs only the Action has: where the evidence goes. Read and checked before any work. */
export interface PublishInputs {
  comment: ReturnType<typeof parseCommentMode>;
  commentOnPass: ReturnType<typeof parseCommentOnPass>;
  token: string;
  artifactName?: string;
  retentionDays?: number;
  /** Seconds per GitHub API request; the artifact upload as a whole gets UPLOAD_DEADLINE_FACTOR times as long. */
  apiTimeout: number;
}

/** The upload is several requests (create, the blob's blocks, finalize), each retried by the client. */
const UPLOAD_DEADLINE_FACTOR = 4;

export function readPublishInputs(raw: RawOptions): PublishInputs {
  // No core.setSecret: its ::add-mask:: command would print the token; the runner already masks
  // secrets and github.token wherever they appear.
  const name = raw['artifact-name']?.trim();
  return {
    comment: parseCommentMode(raw.comment ?? ''),
    commentOnPass: parseCommentOnPass(raw['comment-on-pass'] ?? ''),
    token: raw['github-token'] ?? '',
    artifactName: name ? checkArtifactName(name) : undefined,
    retentionDays: parseRetentionDays(raw['retention-days'] ?? ''),
    apiTimeout: parseApiTimeout(raw['api-timeout'] ?? '')
  };
}

/**
 * The sticky pull-request comment: one per model and workflow, updated in place on every run. A run
 * whose gates pass may instead hide or delete it (`comment-on-pass`), creating none; with hide, a
 * later run whose gates fail shows it again. Failing to comment (a fork's read-only token, an outage,
 * no answer in time) warns and changes nothing else. Returns the comment written, if one was.
 */
export async function publishComment(
  report: Report,
  inputs: PublishInputs,
  modelLabel: string,
  log: Log,
  env: NodeJS.ProcessEnv
): Promise<{ id: number; url?: string } | undefined> {
  const context = readGitHubContext(env);
  for (const problem of context.problems) log.warning(`model-gate: ignored ${problem}`);
  const plan = planComment(inputs.comment, context);
  if (!plan.comment) {
    log.info(`model-gate: no pull-request comment: ${plan.reason}`);
    return undefined;
  }
  if (!inputs.token) {
    log.warning('model-gate: no pull-request comment: github-token is empty');
    return undefined;
  }
  // the comment's rendering and Octokit load only when there is a comment to write
  const [{ commentKey, commentMarker, renderComment }, { upsertComment }] = await Promise.all([import('../report/comment.js'), import('../github/comment.js')]);
  const modelKey = commentKey(context.workflow, modelLabel);
  const marker = commentMarker(modelKey);
  const body = renderComment(report, { modelKey, runUrl: context.runUrl, marker });
  try {
    const { repo, issueNumber } = plan;
    const passes = report.decision === 'advance' || report.decision === 'promote';
    const { commentOnPass } = inputs;
    const result = await upsertComment({
      token: inputs.token,
      repo,
      issueNumber,
      body,
      marker,
      baseUrl: context.apiUrl,
      timeoutSeconds: inputs.apiTimeout,
      goal: passes && commentOnPass !== 'update' ? commentOnPass : 'write',
      unhide: commentOnPass === 'hide'
    });
    if (result.action === 'skipped') {
      log.warning(`model-gate: could not comment on the pull request: ${result.reason}`);
      return undefined;
    }
    if (result.action === 'none') {
      log.info(`model-gate: no pull-request comment: the gates pass (comment-on-pass: ${commentOnPass}) and ${result.reason}`);
      return undefined;
    }
    if (result.action === 'deleted') {
      log.info(`model-gate: deleted the pull-request comment ${result.id} on ${repo.owner}/${repo.repo}#${issueNumber}: the gates pass`);
      return undefined;
    }
    const where = result.url ?? `${result.id} on ${repo.owner}/${repo.repo}#${issueNumber}`;
    const changed =
      result.changed === 'hidden' ? ', and hid it: the gates pass' : result.changed === 'unhidden' ? ', and showed it again: the gates no longer pass' : '';
    log.info(`model-gate: ${result.action} the pull-request comment ${where}${changed}`);
    if (result.visibilityError)
      log.warning(`model-gate: could not ${passes ? 'hide' : 'show again'} the pull-request comment ${where}: ${result.visibilityError}`);
    return { id: result.id, ...(result.url ? { url: result.url } : {}) };
  } catch (error) {
    log.warning(`model-gate: could not comment on the pull request: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Keeps the JSON report and the manifests this run wrote (only those: the folder may hold other
 * files) as a workflow artifact; skipped outside GitHub. Returns its id.
 */
export async function publishEvidence(
  inputs: PublishInputs,
  modelLabel: string,
  files: readonly string[],
  log: Log,
  env: NodeJS.ProcessEnv
): Promise<number | undefined> {
  try {
    const result = await uploadEvidence(
      {
        name: inputs.artifactName ?? artifactName(modelLabel),
        files,
        rootDirectory: commonDirectory(files),
        retentionDays: inputs.retentionDays,
        deadlineSeconds: UPLOAD_DEADLINE_FACTOR * inputs.apiTimeout
      },
      env
    );
    if ('skipped' in result) {
      log.notice(`model-gate: evidence not uploaded: ${result.skipped}`);
      return undefined;
    }
    return result.id;
  } catch (error) {
    log.warning(`model-gate: could not upload the evidence: ${(error as Error).message}`);
    return undefined;
  }
}

function commonDirectory(files: readonly string[]): string {
  const directories = files.map((file) => resolve(dirname(file)));
  return (
    directories
      .reduce(
        (common, directory) => {
          const outside = (path: string): boolean => path === '..' || path.startsWith(`..${sep}`);
          while (outside(relative(common, directory))) common = dirname(common);
          return common;
        },
        directories[0] ?? resolve('.')
      )
      .replace(new RegExp(`\\${sep}$`), '') || sep
  );
}
