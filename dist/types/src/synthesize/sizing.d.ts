import type { DisruptionBudget } from '../read/release-file.js';
/**
 * The canary's replica bound for a stable bound at `weight` percent of the traffic:
 * ceil(weight/100 × stable), at least 1 (Argo Rollouts sizes its canary the same way).
 * `stable * weight` is an exact integer, so the division cannot push an integer over the ceiling.
 */
export declare function canaryReplicas(stable: number, weight: number): number;
/** The default route's split: integers that always sum to 100. */
export declare function trafficSplit(canaryWeight: number): {
    stable: number;
    canary: number;
};
/**
 * The canary's disruption budget. maxUnavailable carries over; minAvailable becomes a number of
 * pods below the canary's minimum, or a small canary could never be evicted and would block every
 * node drain. (Kubernetes rounds a minAvailable percentage up: 50% of one pod is that one pod.)
 */
export declare function canaryBudget(budget: DisruptionBudget, canaryMin: number): DisruptionBudget;
/** "50%" → 50. */
export declare function percent(value: string): number;
