import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { lintManifests, type Finding } from '../lint/index.js';
import { MAX_RELEASE_FILE_BYTES } from '../read/limits.js';
import { parseManifests } from '../read/manifests.js';
import { parseReleaseFile, type ReleaseSpec } from '../read/release-file.js';
import { readText } from './text-files.js';
import { checkWritable, writeOutput } from './output.js';
import type { GatesConfig } from '../model/gates.js';
import type { Outcome } from '../model/decision.js';

/** A release's manifests, synthesized and linted in memory: nothing is written yet. */
export interface ReleaseManifests {
  /** The folder they go to, and the file in it (as given, relative to the working folder). */
  dir: string;
  file: string;
  yaml: string;
  findings: Finding[];
}

/**
 * Synthesizes the release's manifests for a gate outcome (and, when the release file asks for
 * monitoring, a PrometheusRule with the gates' thresholds) and lints them, writing nothing.
 * cdk8s is imported here, on demand: runs without a release file never load it.
 * Lint errors on our own output mean the release file asks for something unsafe: bad input.
 */
export async function synthesizeReleaseManifests(
  spec: ReleaseSpec,
  outcome: Outcome,
  dir: string,
  { reportName, gates }: { reportName?: string; gates?: GatesConfig } = {}
): Promise<ReleaseManifests> {
  const releasePath = spec.source;
  const { synthesizeRelease } = await import('../../infra/synthesize.js');
  const yaml = synthesizeRelease(spec, outcome, reportName, gates);
  const file = join(dir, `${spec.name}.yaml`);
  const findings = lintManifests(parseManifests(yaml, file));
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new InputError(errors.map((f) => ({ source: releasePath, message: `the synthesized ${f.object} fails lint rule ${f.rule}: ${f.message}` })));
  }
  return { dir, file, yaml, findings };
}

/** Reads and validates a release file. */
export async function readReleaseSpec(path: string, cwd: string): Promise<ReleaseSpec> {
  return parseReleaseFile(await readText(path, cwd, { bytes: MAX_RELEASE_FILE_BYTES, what: 'release files' }), path);
}

/** Checks that the manifests' file can be written, before any output of the run is. */
export async function checkManifestsWritable(manifests: ReleaseManifests, cwd: string, dirOption: string): Promise<void> {
  await checkWritable(resolve(cwd, manifests.file), dirOption);
}

export async function writeReleaseManifests(manifests: ReleaseManifests, cwd: string, dirOption: string): Promise<void> {
  await writeOutput(resolve(cwd, manifests.file), manifests.yaml, dirOption);
}
