import { type DisruptionBudget, type ModelVersion, type ReleaseSpec } from '../read/release-file.js';
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
    autoscaler?: {
        minReplicas: number;
        maxReplicas: number;
    };
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
    readonly route: readonly (HttpRouteDestination & {
        readonly weight: number;
    })[];
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
    service: {
        name: string;
        selector: {
            app: string;
        };
        port: number;
        targetPort: number;
        portName: 'http';
    };
    destinationRule: {
        name: string;
        spec: PlannedDestinationRuleSpec;
    };
    virtualService: {
        name: string;
        annotations: Record<string, string>;
        spec: PlannedVirtualServiceSpec;
    };
}
export declare const ANNOTATION_PREFIX = "model-gate.dev";
/**
 * The manifests that follow from a release and a gate outcome. Pure: the same input always gives
 * the same plan. Throws an InputError (naming `reportFile`) when the outcome is inconsistent.
 */
export declare function planRelease(spec: ReleaseSpec, outcome: Outcome, reportFile?: string): ReleasePlan;
