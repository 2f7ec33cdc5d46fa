import { resolve } from 'node:path';
import type { Options } from '../options/parse.js';
import { withCanaryAnalysis } from '../decide/canary.js';
import { effectiveGates, effectiveSteps, evaluateCandidate, type GateInput } from '../decide/engine.js';
import { InputError } from '../errors.js';
import type { CanaryAnalysis, CanaryAnalysisConfig, CanaryTarget } from '../model/canary.js';
import { withoutCredentials } from '../read/prometheus-options.js';
import type { ReleaseSpec } from '../read/release-file.js';
import { watchCanary, type QueryClient } from './canary-watch.js';
import { loadGateInput, type LoadedInput } from './load.js';
import { checkWritable, copyPending, writeOutput, type PendingFile } from './output.js';
import type { ReleaseManifests } from './release-manifests.js';
import type { Report } from '../model/report.js';
import { NO_PROGRESS, type Progress } from '../model/progress.js';
import { warmPartWorker } from './split-plan.js';

/** One run of the gate, complete in memory: what the Action and the CLI write out. */
export interface GateRun {
  input: GateInput;
  report: Report;
  manifests?: ReleaseManifests;
  /** The scored rows for predictions-out, held in a temporary file until writeGateRun. */
  predictionsOut?: PendingFile;
}

/** What a run needs besides its options: where files go, and the live analysis's log and cancellation. */
export interface RunContext {
  reportName?: string;
  manifestsDir: string;
  /** How far long work is (rows read or scored, latency runs, checks of a live analysis), for the log. */
  progress?: Progress;
  /** The runner cancelled the job: a watch stops and reports what it saw. */
  signal?: AbortSignal;
}

/**
 * Reads and validates every input, evaluates the gates, watches the canary when the gates file
 * asks for a live analysis, and synthesizes the manifests, writing nothing: bad input anywhere
 * stops the run before any output claims a decision.
 */
export async function prepareGateRun(options: Options, cwd: string, context: RunContext): Promise<GateRun> {
  warmPartWorker(options.predictions, cwd);
  const { predictionsOut, ...loaded } = await loadGateInput(options, cwd, context.progress);
  try {
    return { ...(await decide(options, cwd, context, loaded)), ...(predictionsOut ? { predictionsOut } : {}) };
  } catch (error) {
    await predictionsOut?.dispose();
    throw error;
  }
}

async function decide(options: Options, cwd: string, context: RunContext, loaded: Omit<LoadedInput, 'predictionsOut'>): Promise<GateRun> {
  // the release file, its manifests and current-weight auto are loaded only when used: a run that evaluates predictions starts sooner
  const releases = options.release ? await import('./release-manifests.js') : undefined;
  const spec = releases && options.release ? await releases.readReleaseSpec(options.release, cwd) : undefined;
  const gates = effectiveGates(loaded);
  const live = gates.analysis ? await liveAnalysis(gates.analysis, gates.source, spec, options) : undefined;
  if (!live) {
    const stray = (['prometheus-url', 'prometheus-headers', 'analysis-time'] as const).find(
      (name) =>
        ({ 'prometheus-url': options.prometheus.url, 'prometheus-headers': options.prometheus.headers, 'analysis-time': options.analysisTime })[name] !==
        undefined
    );
    if (stray)
      throw new InputError({ source: options.label(stray), message: `applies to the live canary analysis, and ${gates.source} has no canary.analysis` });
  }
  const at = options.analysisTime ?? new Date();
  const current =
    options.currentWeight === 'auto'
      ? await (
          await import('./current-weight.js')
        )
          .readCurrentWeight({
            cwd,
            manifestsDir: context.manifestsDir,
            ...(spec ? { spec } : {}),
            steps: effectiveSteps(loaded),
            ...(live ? { live: { ...live, at } } : {}),
            label: options.label('current-weight')
          })
          .catch((error: unknown) => {
            if (error instanceof InputError) throw error;
            throw new InputError({
              source: options.label('prometheus-url'),
              message: `current-weight auto could not read the traffic: ${(error as Error).message}`
            });
          })
      : { weight: options.currentWeight };
  const input: GateInput = { ...loaded, currentWeight: current.weight };
  let report = evaluateCandidate(input);
  if (loaded.provenance) report = { ...report, provenance: loaded.provenance };
  if ('source' in current) report = { ...report, weightSource: current.source };
  if ('rolledBack' in current) report = stayRolledBack(report);
  if (live) report = withCanaryAnalysis(report, await analyze(report, live, { at: options.analysisTime, context }));
  if (!spec || !releases) return { input, report };
  const manifests = await releases.synthesizeReleaseManifests(spec, report, context.manifestsDir, { reportName: context.reportName, gates });
  return { input, report, manifests };
}

/**
 * A candidate an earlier run rolled back stays rolled back until a new one comes: the gates alone
 * do not start it again, and the manifests keep saying so for the next run.
 */
function stayRolledBack(report: Report): Report {
  const warning = 'an earlier run rolled this candidate back (its VirtualService says so): it stays at 0; a new candidate version starts a new canary';
  return { ...report, decision: 'rollback', canaryWeight: 0, passed: false, warnings: [...report.warnings, warning] };
}

interface Live {
  config: CanaryAnalysisConfig;
  target: CanaryTarget;
  client: QueryClient;
  prometheus: string;
}

/** The live analysis's target (from the release file, else the gates file) and its Prometheus client. */
async function liveAnalysis(config: CanaryAnalysisConfig, gatesSource: string, spec: ReleaseSpec | undefined, options: Options): Promise<Live> {
  const target = spec
    ? { namespace: spec.namespace, app: spec.name, stableVersion: spec.stable.version, canaryVersion: spec.candidate.version }
    : config.target;
  const missing = (['namespace', 'app', 'stableVersion', 'canaryVersion'] as const).filter((key) => !target?.[key]);
  if (missing.length > 0) {
    const keys = { namespace: 'namespace', app: 'app', stableVersion: 'stable-version', canaryVersion: 'canary-version' };
    throw new InputError({
      source: gatesSource,
      line: config.line,
      path: '/canary/analysis',
      message: `the live analysis needs to know whose series to read: give a release file, or ${missing.map((key) => keys[key]).join(', ')} here`
    });
  }
  const url = options.prometheus.url ?? config.prometheus;
  if (!url)
    throw new InputError({
      source: gatesSource,
      line: config.line,
      path: '/canary/analysis',
      message: `needs a Prometheus URL: give ${options.label('prometheus-url')}, or prometheus here`
    });
  const { prometheusClient } = await import('../prometheus/client.js');
  const client = prometheusClient({
    url,
    ...(options.prometheus.headers ? { headers: options.prometheus.headers } : {}),
    timeoutSeconds: options.prometheus.timeoutSeconds
  });
  return { config, target: target as CanaryTarget, client, prometheus: withoutCredentials(url) };
}

/** Watches the canary, unless there is nothing to judge: the offline gates rolled back, or the canary serves no traffic. */
async function analyze(report: Report, live: Live, { at, context }: { at?: Date; context: RunContext }): Promise<CanaryAnalysis> {
  const skipped = (reason: string): CanaryAnalysis => ({
    status: 'skipped',
    reason,
    prometheus: live.prometheus,
    target: live.target,
    checks: [],
    failedChecks: 0,
    queries: {}
  });
  if (report.decision === 'rollback') return skipped('the offline gates roll back: there is no canary to watch');
  if (report.previousWeight === 0) return skipped('the canary serves no traffic at weight 0: the live analysis judges the steps after the first');
  return watchCanary({
    ...live,
    ...(at ? { analysisTime: at } : {}),
    progress: context.progress ?? NO_PROGRESS,
    ...(context.signal ? { signal: context.signal } : {})
  });
}

/** Where a run's files go, and how each destination is named in errors. */
export interface Destinations {
  reportPath?: string;
  reportOption: string;
  manifestsOption: string;
}

/**
 * Writes the manifests, the scored rows, then the JSON report, after checking that each can be
 * written. The report goes last because it is what later steps read the decision from.
 */
export async function writeGateRun(run: GateRun, cwd: string, { reportPath, reportOption, manifestsOption }: Destinations): Promise<void> {
  const { predictionsOut } = run;
  try {
    if (reportPath) await checkWritable(reportPath, reportOption);
    if (predictionsOut) await checkWritable(predictionsOut.to, predictionsOut.option);
    if (run.manifests) {
      const { checkManifestsWritable, writeReleaseManifests } = await import('./release-manifests.js');
      await checkManifestsWritable(run.manifests, cwd, manifestsOption);
      await writeReleaseManifests(run.manifests, cwd, manifestsOption);
    }
    if (predictionsOut) await copyPending(predictionsOut);
    if (reportPath) await writeOutput(reportPath, reportJson(run.report), reportOption);
  } finally {
    await predictionsOut?.dispose();
  }
}

export function reportJson(report: object): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function manifestsPath(run: GateRun, cwd: string): string | undefined {
  return run.manifests && resolve(cwd, run.manifests.file);
}
