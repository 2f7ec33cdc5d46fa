import { resolve } from 'node:path';
import type { Options } from '../options/parse.js';
import { effectiveGates, evaluateCandidate, type GateInput } from '../decide/engine.js';
import { loadGateInput } from './load.js';
import { checkWritable, writeOutput } from './output.js';
import type { ReleaseManifests } from './release-manifests.js';
import type { Report } from '../model/report.js';

/** One run of the gate, complete in memory: what the Action and the CLI write out. */
export interface GateRun {
  input: GateInput;
  report: Report;
  manifests?: ReleaseManifests;
}

/**
 * Reads and validates every input, evaluates the gates and synthesizes the manifests, writing
 * nothing: bad input anywhere stops the run before any output claims a decision.
 */
export async function prepareGateRun(
  options: Options,
  cwd: string,
  { reportName, manifestsDir }: { reportName?: string; manifestsDir: string }
): Promise<GateRun> {
  const input = await loadGateInput(options, cwd);
  const report = evaluateCandidate(input);
  if (!options.release) return { input, report };
  const { synthesizeReleaseManifests } = await import('./release-manifests.js');
  const manifests = await synthesizeReleaseManifests(options.release, report, manifestsDir, cwd, { reportName, gates: effectiveGates(input) });
  return { input, report, manifests };
}

/** Where a run's files go, and how each destination is named in errors. */
export interface Destinations {
  reportPath?: string;
  reportOption: string;
  manifestsOption: string;
}

/**
 * Writes the manifests, then the JSON report, after checking that both can be written. The
 * report goes last because it is what later steps read the decision from.
 */
export async function writeGateRun(run: GateRun, cwd: string, { reportPath, reportOption, manifestsOption }: Destinations): Promise<void> {
  if (reportPath) await checkWritable(reportPath, reportOption);
  if (run.manifests) {
    const { checkManifestsWritable, writeReleaseManifests } = await import('./release-manifests.js');
    await checkManifestsWritable(run.manifests, cwd, manifestsOption);
    await writeReleaseManifests(run.manifests, cwd, manifestsOption);
  }
  if (reportPath) await writeOutput(reportPath, reportJson(run.report), reportOption);
}

export function reportJson(report: object): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function manifestsPath(run: GateRun, cwd: string): string | undefined {
  return run.manifests && resolve(cwd, run.manifests.file);
}
