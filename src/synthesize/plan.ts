import { checkOutcome } from '../read/outcome.js';
import { serviceHost, type DisruptionBudget, type ModelVersion, type ReleaseSpec } from '../read/release-file.js';
import { canaryBudget, canaryReplicas, trafficSplit } from './sizing.js';
import type { Outcome } from '../model/decision.js';
import type { DestinationRuleSpec, HttpRetry, HttpRoute, HttpRouteDestination, Subset, VirtualServiceSpec } from '../model/istio.js';

export type Track = 'stable' | 'canary';

/**
 * What the canary does under a gate outcome:
 * - `serving`: hold or advance at a weight w > 0. Both Deployments run with their own autoscaler
 *   and budget; the header route reaches the canary; the default route splits 100 − w / w.
 *   A hold at 100 (the canary already took all traffic, then a warn gate failed) keeps the
 *   stable pods running at 0% so that a rollback needs no cold start.
 * - `idle`: rollback, or a hold at 0 (a warn gate failed before the canary got any traffic).
 *   All traffic goes to stable; the canary Deployment stays, scaled to 0, without autoscaler,
 *   budget or header route. Its DestinationRule subset stays too, so a VirtualService still
 *   naming it while the manifests are applied never points at a missing subset.
 * - `none`: promote. The candidate runs under the stable names and serves 100%; there are no
 *   canary objects (prune the old ones when applying).
 */
export type CanaryState = 'serving' | 'idle' | 'none';

export interface WorkloadPlan {
  track: Track;
  /** Name of the Deployment, its autoscaler and its disruption budget. */
  name: string;
  model: ModelVersion;
  /** Labels of the pods: the release's labels, then app, version and track. */
  podLabels: Record<string, string>;
  /**
   * The Deployment's selector: app and track. `version` is left out on purpose: a selector is
   * immutable, and the version label changes with every release (and on promote).
   */
  selector: Record<string, string>;
  /** Set only when no autoscaler manages the Deployment (the idle canary: 0). */
  replicas?: number;
  autoscaler?: { minReplicas: number; maxReplicas: number };
  disruptionBudget?: DisruptionBudget;
}

/** The DestinationRule model-gate writes: a subset per track. */
export interface PlannedDestinationRuleSpec extends DestinationRuleSpec {
  readonly subsets: readonly Subset[];
}

/** The VirtualService model-gate writes: routes whose destinations all have weights, and that always state their retries. */
export interface PlannedVirtualServiceSpec extends VirtualServiceSpec {
  readonly http: readonly PlannedRoute[];
}

/** A route model-gate writes: weighted destinations, and retries stated (attempts: 0 unless the release file sets them). */
export interface PlannedRoute extends HttpRoute {
  readonly route: readonly (HttpRouteDestination & { readonly weight: number })[];
  readonly retries: HttpRetry;
}

/** Everything the manifests say, as plain data; infra/ turns it into Kubernetes objects. */
export interface ReleasePlan {
  spec: ReleaseSpec;
  outcome: Outcome;
  canary: CanaryState;
  /** Labels of every object: the release's labels and `app`. */
  labels: Record<string, string>;
  /** Stable first. */
  workloads: WorkloadPlan[];
  service: { name: string; selector: { app: string }; port: number; targetPort: number; portName: 'http' };
  destinationRule: { name: string; spec: PlannedDestinationRuleSpec };
  virtualService: { name: string; annotations: Record<string, string>; spec: PlannedVirtualServiceSpec };
}

export const ANNOTATION_PREFIX = 'model-gate.dev';

/**
 * The manifests that follow from a release and a gate outcome. Pure: the same input always gives
 * the same plan. Throws an InputError (naming `reportFile`) when the outcome is inconsistent.
 */
export function planRelease(spec: ReleaseSpec, outcome: Outcome, reportFile = 'gate report'): ReleasePlan {
  checkOutcome(outcome, reportFile);
  const canary: CanaryState = outcome.decision === 'promote' ? 'none' : outcome.canaryWeight > 0 ? 'serving' : 'idle';
  const weight = canary === 'serving' ? outcome.canaryWeight : 0;
  const host = serviceHost(spec);
  const labels = { ...spec.labels, app: spec.name };

  const workload = (track: Track, model: ModelVersion): WorkloadPlan => ({
    track,
    name: track === 'stable' ? spec.name : `${spec.name}-canary`,
    model,
    podLabels: { ...labels, version: model.version, track },
    selector: { app: spec.name, track }
  });
  const { minReplicas, maxReplicas } = spec.autoscaling;
  const stable: WorkloadPlan = {
    ...workload('stable', canary === 'none' ? spec.candidate : spec.stable),
    autoscaler: { minReplicas, maxReplicas },
    disruptionBudget: spec.disruptionBudget
  };
  const workloads = [stable];
  if (canary === 'serving') {
    const canaryMin = canaryReplicas(minReplicas, weight);
    workloads.push({
      ...workload('canary', spec.candidate),
      autoscaler: { minReplicas: canaryMin, maxReplicas: canaryReplicas(maxReplicas, weight) },
      disruptionBudget: canaryBudget(spec.disruptionBudget, canaryMin)
    });
  } else if (canary === 'idle') {
    workloads.push({ ...workload('canary', spec.candidate), replicas: 0 });
  }

  // On promote the stable subset selects by track, not version: while the stable Deployment rolls
  // to the candidate, its old pods keep serving instead of the traffic waiting on new pods alone.
  const subsets = workloads.map((w): Subset =>
    canary === 'none' ? { name: w.track, labels: { track: w.track } } : { name: w.track, labels: { version: w.model.version } }
  );
  const { outlierDetection, hosts, gateways } = spec.istio;
  const route = (name: string, destinations: [Track, number][], match?: HttpRoute['match']): PlannedRoute => ({
    name,
    ...(match ? { match } : {}),
    route: destinations.map(([subset, weight]) => ({ destination: { host, subset }, weight })),
    ...(spec.istio.timeout ? { timeout: spec.istio.timeout } : {}),
    retries: spec.istio.retries
  });
  const split = trafficSplit(weight);
  const http =
    canary === 'serving'
      ? [
          route('canary-header', [['canary', 100]], [{ headers: { [spec.istio.canaryHeader.name]: { exact: spec.istio.canaryHeader.value } } }]),
          route('default', [
            ['stable', split.stable],
            ['canary', split.canary]
          ])
        ]
      : [route('default', [['stable', 100]])];

  return {
    spec,
    outcome,
    canary,
    labels,
    workloads,
    service: { name: spec.name, selector: { app: spec.name }, port: spec.servicePort, targetPort: spec.port, portName: 'http' },
    destinationRule: { name: spec.name, spec: { host, subsets, ...(outlierDetection ? { trafficPolicy: { outlierDetection } } : {}) } },
    virtualService: {
      name: spec.name,
      annotations: {
        [`${ANNOTATION_PREFIX}/decision`]: outcome.decision,
        [`${ANNOTATION_PREFIX}/canary-weight`]: String(outcome.canaryWeight),
        [`${ANNOTATION_PREFIX}/candidate`]: spec.candidate.version
      },
      spec: { hosts, ...(gateways ? { gateways } : {}), http }
    }
  };
}
