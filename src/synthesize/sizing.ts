import type { DisruptionBudget } from '../read/release-file.js';

/**
 * The canary's replica bound for a stable bound at `weight` percent of the traffic:
 * ceil(weight/100 × stable), at least 1 (Argo Rollouts sizes its canary the same way).
 * `stable * weight` is an exact integer, so the division cannot push an integer over the ceiling.
 */
export function canaryReplicas(stable: number, weight: number): number {
  return Math.max(1, Math.ceil((stable * weight) / 100));
}

/** The default route's split: integers that always sum to 100. */
export function trafficSplit(canaryWeight: number): { stable: number; canary: number } {
  return { stable: 100 - canaryWeight, canary: canaryWeight };
}

/**
 * The canary's disruption budget. maxUnavailable carries over; minAvailable becomes a number of
 * pods below the canary's minimum, or a small canary could never be evicted and would block every
 * node drain. (Kubernetes rounds a minAvailable percentage up: 50% of one pod is that one pod.)
 */
export function canaryBudget(budget: DisruptionBudget, canaryMin: number): DisruptionBudget {
  if (!('minAvailable' in budget)) return budget;
  const pods = typeof budget.minAvailable === 'number' ? budget.minAvailable : Math.ceil((percent(budget.minAvailable) * canaryMin) / 100);
  return { minAvailable: Math.min(pods, canaryMin - 1) };
}

/** "50%" → 50. */
export function percent(value: string): number {
  return Number(value.replace('%', ''));
}
