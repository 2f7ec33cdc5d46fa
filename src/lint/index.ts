import { imagesPinned, containerResources, livenessAfterReadiness, readinessProbes } from './containers.js';
import { routeHostsExist } from './hosts.js';
import { lintContext, type LintContext } from './objects.js';
import { routeSubsetsDefined, routeWeights, subsetLabelsUnique, subsetsSelectPods } from './routing.js';
import { schemaFindings } from './schema.js';
import { servicePortProtocols, servicesSelectPods } from './services.js';
import type { Finding } from './types.js';
import { autoscalers, selectorsDisjoint, workloadSelectors } from './workloads.js';
import type { Manifest } from '../model/manifest.js';

export { RULES } from './rules.js';
export type { Finding, RuleId, Severity } from './types.js';
export type { Manifest } from '../model/manifest.js';

const CHECKS: readonly ((context: LintContext) => Finding[])[] = [
  routeWeights,
  routeSubsetsDefined,
  routeHostsExist,
  subsetsSelectPods,
  subsetLabelsUnique,
  servicesSelectPods,
  servicePortProtocols,
  containerResources,
  readinessProbes,
  livenessAfterReadiness,
  autoscalers,
  workloadSelectors,
  selectorsDisjoint,
  imagesPinned
];

export interface LintOptions {
  /** Validate each Kubernetes object against its schema (the `schema` rule; Istio kinds are checked by the routing rules). Default: true. */
  schema?: boolean;
}

/**
 * Checks a set of manifests as one release: routes against DestinationRules, subsets and Services
 * against pod templates, autoscalers against their targets. Pure; findings are sorted by file and line.
 */
export function lintManifests(manifests: readonly Manifest[], options: LintOptions = {}): Finding[] {
  const context = lintContext(manifests);
  const findings = [...(options.schema === false ? [] : schemaFindings(manifests)), ...CHECKS.flatMap((check) => check(context))];
  // Stable sort: by file, then line; rule order within one object.
  return findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** True when any finding is an error (the lint command then exits 1). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
