import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { lintManifests, type Finding } from '../lint/index.js';
import { MAX_RELEASE_FILE_BYTES } from '../read/limits.js';
import { parseManifests } from '../read/manifests.js';
import type { GatesConfig } from '../read/gates-file.js';
import type { GateOutcome } from '../read/outcome.js';
import { parseReleaseFile } from '../read/release-file.js';
import { readText } from './load.js';
import { writeOutput } from './output.js';

export interface WrittenManifests {
  /** The folder written to, and the file in it. */
  dir: string;
  file: string;
  findings: Finding[];
}

/**
 * Synthesizes the release's manifests for a gate outcome (and, when the release file asks for
 * monitoring, a PrometheusRule with the gates' thresholds), lints them, and writes `<dir>/<name>.yaml`.
 * cdk8s is imported here, on demand: runs without a release file never load it.
 * Lint errors on our own output mean the release file asks for something unsafe: nothing is written.
 */
export async function writeReleaseManifests(
  releasePath: string,
  outcome: GateOutcome,
  dir: string,
  cwd: string,
  { reportName, gates, dirOption = 'manifests-dir' }: { reportName?: string; gates?: GatesConfig; dirOption?: string } = {}
): Promise<WrittenManifests> {
  const spec = parseReleaseFile(await readText(releasePath, cwd, { bytes: MAX_RELEASE_FILE_BYTES, what: 'release files' }), releasePath);
  const { synthesizeRelease } = await import('../../infra/synthesize.js');
  const yaml = synthesizeRelease(spec, outcome, reportName, gates);
  const file = join(dir, `${spec.name}.yaml`);
  const findings = lintManifests(parseManifests(yaml, file));
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new InputError(errors.map((f) => ({ file: releasePath, message: `the synthesized ${f.object} fails lint rule ${f.rule}: ${f.message}` })));
  }
  await writeOutput(resolve(cwd, file), yaml, dirOption);
  return { dir, file, findings };
}
