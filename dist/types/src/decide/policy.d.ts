import type { Severity } from '../read/gates-file.js';
export type Decision = 'rollback' | 'hold' | 'advance' | 'promote';
export declare const DEFAULT_STEPS: readonly number[];
export interface Verdict {
    severity: Severity;
    status: 'pass' | 'fail';
}
export interface Outcome {
    decision: Decision;
    weight: number;
    /** True when every blocking gate passed. */
    passed: boolean;
}
/**
 * The release policy. A failing blocking gate rolls back to 0; a failing warn gate holds the
 * current weight; otherwise the canary moves to the next step above the current weight,
 * and reaching 100 promotes. The weight never rises more than one step per run.
 * `steps` must already be valid (see checkSteps) and `currentWeight` an integer in [0, 100].
 */
export declare function decide(verdicts: readonly Verdict[], currentWeight: number, steps: readonly number[]): Outcome;
/** Why a list of canary steps is unusable, or undefined when it is fine. */
export declare function stepsProblem(steps: readonly number[]): string | undefined;
export declare function weightProblem(weight: number): string | undefined;
