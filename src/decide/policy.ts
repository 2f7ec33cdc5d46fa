import type { Outcome } from '../model/decision.js';
import type { GateResult, Severity } from '../model/gates.js';

export const DEFAULT_STEPS: readonly number[] = [10, 25, 50, 100];

/**
 * The release policy. A failing blocking gate rolls back to 0; a failing warn gate holds the
 * current weight; otherwise the canary moves to the next step above the current weight,
 * and reaching 100 promotes. The weight never rises more than one step per run.
 * `steps` must already be valid (see stepsProblem) and `currentWeight` an integer in [0, 100].
 * `passed` is true when every blocking gate passed.
 */
export function decide(
  results: readonly Pick<GateResult, 'severity' | 'status'>[],
  currentWeight: number,
  steps: readonly number[]
): Outcome & { passed: boolean } {
  const failed = (severity: Severity): boolean => results.some((r) => r.severity === severity && r.status === 'fail');
  if (failed('block')) return { decision: 'rollback', canaryWeight: 0, passed: false };
  if (failed('warn')) return { decision: 'hold', canaryWeight: currentWeight, passed: true };
  const next = steps.find((step) => step > currentWeight) ?? 100;
  return { decision: next === 100 ? 'promote' : 'advance', canaryWeight: next, passed: true };
}
