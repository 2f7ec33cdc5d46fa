// `current-weight: auto`: the weight the cluster is serving now, read from the VirtualService an
// earlier run synthesized (as a GitOps repository keeps it), else from the canary's share of the
// requests Prometheus saw, rounded to the nearest step.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { trafficShareQueries } from '../evaluate/canary/queries.js';
import { formatNumber } from '../format.js';
import type { CanaryAnalysisConfig, CanaryTarget } from '../model/canary.js';
import type { Manifest } from '../model/manifest.js';
import { formatDuration } from '../read/duration.js';
import { ANNOTATION_PREFIX } from '../synthesize/plan.js';
import type { ReleaseSpec } from '../read/release-file.js';
import type { QueryClient } from './canary-watch.js';
import { readManifests } from './manifests.js';

export interface CurrentWeight {
  weight: number;
  /** Where it was read, for the report. */
  source: string;
  /** An earlier run rolled this candidate back: it is not started again. */
  rolledBack?: true;
}

export interface WeightSources {
  cwd: string;
  manifestsDir: string;
  spec?: ReleaseSpec;
  steps: readonly number[];
  live?: { config: CanaryAnalysisConfig; target: CanaryTarget; client: QueryClient; at: Date };
  /** How the option is called where the user wrote it. */
  label: string;
}

export async function readCurrentWeight(sources: WeightSources): Promise<CurrentWeight> {
  const fromManifests = await weightInManifests(sources);
  if (fromManifests) return fromManifests;
  if (sources.live) return weightFromTraffic(sources.live, sources.steps);
  throw new InputError({
    source: sources.label,
    message: `auto found no VirtualService of an earlier run in ${sources.manifestsDir}, and no Prometheus to read the traffic from (canary.analysis in the gates file): give the weight, or either source`
  });
}

/**
 * What the release's VirtualService says: the decision an earlier run annotated it with (its
 * weight, and the candidate it was about), else the canary subset's weight in the last route
 * without a match. A different candidate since starts at 0; the same one, rolled back, stays there.
 */
async function weightInManifests({ cwd, manifestsDir, spec }: WeightSources): Promise<CurrentWeight | undefined> {
  const folder = await stat(join(cwd, manifestsDir)).catch(() => undefined);
  if (!folder?.isDirectory()) return undefined;
  const file = spec ? join(manifestsDir, `${spec.name}.yaml`) : manifestsDir;
  if (spec && !(await stat(join(cwd, file)).catch(() => undefined))) return undefined;
  const manifests = await readManifests([file], cwd).catch((error: unknown) => {
    // no manifests at all is "not found here"; a broken file is bad input
    if (error instanceof InputError && /holds no \.yaml/.test(error.message)) return [] as Manifest[];
    throw error;
  });
  const services = manifests.filter((m) => isVirtualService(m) && (!spec || name(m) === spec.name));
  if (services.length !== 1) return undefined;
  const service = services[0] as Manifest;
  const where = `the VirtualService ${name(service)} in ${service.file}`;
  const annotations = (service.doc as { metadata?: { annotations?: Record<string, unknown> } }).metadata?.annotations ?? {};
  const decision = annotations[`${ANNOTATION_PREFIX}/decision`];
  const candidate = annotations[`${ANNOTATION_PREFIX}/candidate`];
  if (spec && typeof decision === 'string' && typeof candidate === 'string') {
    if (candidate !== spec.candidate.version)
      return { weight: 0, source: `${where}: a new candidate, ${spec.candidate.version}, since ${candidate} (${decision})` };
    if (decision === 'rollback') return { weight: 0, source: `${where}: ${candidate} was rolled back`, rolledBack: true };
  }
  const routes =
    (service.doc as { spec?: { http?: Array<{ match?: unknown; route?: Array<{ destination?: { subset?: string }; weight?: number }> }> } }).spec?.http ?? [];
  const fallback = [...routes].reverse().find((route) => !route.match);
  if (!fallback?.route) return undefined;
  const canary = fallback.route.find((d) => d.destination?.subset === 'canary');
  // after a promotion the candidate is the stable, at 100
  const weight = decision === 'promote' ? 100 : canary ? (canary.weight ?? (fallback.route.length === 1 ? 100 : 0)) : 0;
  if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
    throw new InputError({ source: service.file, line: service.line, message: `the canary's weight ${JSON.stringify(weight)} is not an integer percentage` });
  }
  return { weight, source: where };
}

async function weightFromTraffic(live: NonNullable<WeightSources['live']>, steps: readonly number[]): Promise<CurrentWeight> {
  const queries = trafficShareQueries(live.target, live.config.windowSeconds);
  const [canary, stable] = await Promise.all([queries.canary, queries.stable].map(async (q) => (await live.client.query(q, live.at))[0]?.value ?? 0));
  const total = (canary ?? 0) + (stable ?? 0);
  const window = formatDuration(live.config.windowSeconds);
  if (!(total > 0)) return { weight: 0, source: `Prometheus: no requests to either version over ${window}, so no canary traffic` };
  const share = (100 * (canary ?? 0)) / total;
  const weight = [0, ...steps].reduce((best, step) => (Math.abs(step - share) < Math.abs(best - share) ? step : best), 0);
  return { weight, source: `Prometheus: the canary had ${formatNumber(share, 3)}% of the requests over ${window}, the nearest step is ${weight}` };
}

function isVirtualService(m: Manifest): boolean {
  const doc = m.doc as { kind?: unknown; apiVersion?: unknown };
  return doc.kind === 'VirtualService' && typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('networking.istio.io/');
}

function name(m: Manifest): string | undefined {
  return (m.doc as { metadata?: { name?: string } }).metadata?.name;
}
