// Keeps the evidence (the JSON report, the synthesized manifests) as a workflow artifact.
// @actions/artifact is imported on first use: runs outside GitHub, or without evidence, never load it.
import { InputError } from '../errors.js';

export interface EvidenceUpload {
  name: string;
  /** Absolute paths, or paths relative to the working directory, all inside `rootDirectory`. */
  files: readonly string[];
  /** Paths inside the artifact are relative to this directory. */
  rootDirectory: string;
  /** 1 to 90; default the repository's setting. */
  retentionDays?: number;
  /** Give up on the whole upload (its retries included) after this many seconds; default 120. */
  deadlineSeconds?: number;
}

export type UploadResult = { id: number; size?: number; digest?: string } | { skipped: string };

/** The upload failed for a reason other than running outside GitHub Actions. */
export class ArtifactError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ArtifactError';
  }
}

// Characters GitHub refuses in artifact names (NTFS and friends), control characters included.
const FORBIDDEN = /[":<>|*?\\/\p{Cc}]/u;
const FORBIDDEN_RUNS = /[":<>|*?\\/\p{Cc}]+/gu;
const MAX_NAME_LENGTH = 100;
const RUNTIME_VARIABLES = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'] as const;
const DEFAULT_DEADLINE_SECONDS = 120;

/** "model-gate-<model name>", with what artifact names may not hold replaced by "-"; "model-gate-evidence" without a name. */
export function artifactName(modelName?: string): string {
  const name = `model-gate-${modelName?.trim() || 'evidence'}`
    .replace(FORBIDDEN_RUNS, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[\s.-]+$/, '');
  return name;
}

/** A user-given artifact name, checked before any work is done rather than after the gate ran. */
export function checkArtifactName(name: string, source = 'input "artifact-name"'): string {
  const problem = !name.trim()
    ? 'expected a name, got an empty string'
    : FORBIDDEN.test(name)
      ? `artifact names cannot contain " : < > | * ? \\ / or control characters, got ${JSON.stringify(name)}`
      : name.length > MAX_NAME_LENGTH
        ? `expected at most ${MAX_NAME_LENGTH} characters, got ${name.length}`
        : undefined;
  if (problem) throw new InputError({ source: source, message: problem });
  return name.trim();
}

export function parseRetentionDays(value: string, source = 'input "retention-days"'): number | undefined {
  if (!value.trim()) return undefined;
  const days = Number(value.trim());
  if (!/^[0-9]+$/.test(value.trim()) || days < 1 || days > 90) {
    throw new InputError({ source: source, message: `expected a whole number of days from 1 to 90, got ${JSON.stringify(value)}` });
  }
  return days;
}

/**
 * Uploads the files as one artifact. Skipped, with the reason, where there is nothing to upload or
 * no artifact service: outside GitHub Actions (the runner gives ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL to JavaScript actions only) and on GitHub Enterprise Server. `env` decides
 * only whether to skip; @actions/artifact itself reads process.env.
 */
export async function uploadEvidence(upload: EvidenceUpload, env: NodeJS.ProcessEnv = process.env): Promise<UploadResult> {
  const missing = RUNTIME_VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) return { skipped: `not running in GitHub Actions (${missing.join(' and ')} unset): no artifact uploaded` };
  if (onEnterpriseServer(env.GITHUB_SERVER_URL))
    return { skipped: `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) has no artifact service for @actions/artifact 2 and later: no artifact uploaded` };
  if (upload.files.length === 0) return { skipped: 'no files to upload' };
  const name = checkArtifactName(upload.name, 'artifact name');

  const { DefaultArtifactClient } = await import('@actions/artifact');
  const deadline = upload.deadlineSeconds ?? DEFAULT_DEADLINE_SECONDS;
  try {
    const uploading = new DefaultArtifactClient().uploadArtifact(name, [...upload.files], upload.rootDirectory, {
      ...(upload.retentionDays !== undefined ? { retentionDays: upload.retentionDays } : {})
    });
    const response = await withDeadline(
      uploading,
      deadline,
      () => new ArtifactError(`gave up on artifact "${name}": the artifact service did not finish the upload within ${deadline} s`)
    );
    if (response.id === undefined) throw new ArtifactError(`artifact "${name}" was uploaded but GitHub returned no id`);
    return { id: response.id, ...(response.size !== undefined ? { size: response.size } : {}), ...(response.digest ? { digest: response.digest } : {}) };
  } catch (error) {
    if (error instanceof ArtifactError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArtifactError(`could not upload artifact "${name}": ${reason}`, { cause: error });
  }
}

/**
 * The work, or an error once `seconds` have passed. The client has its own retries and HTTP stack and
 * takes no abort signal: an upload given up on may go on in the background, its outcome ignored.
 */
function withDeadline<T>(work: Promise<T>, seconds: number, expired: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expired()), seconds * 1000);
  });
  work.catch(() => undefined);
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

/** @actions/artifact's own test, made before loading it (it would log a warning of its own): github.com, *.ghe.com and *.localhost have the service. */
function onEnterpriseServer(serverUrl: string | undefined): boolean {
  if (!serverUrl) return false;
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
