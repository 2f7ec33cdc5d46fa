import type { Decision } from '../decide/policy.js';
/** The part of the engine's report that decides what is deployed. */
export interface GateOutcome {
    decision: Decision;
    /** The canary's new share of traffic, an integer from 0 to 100. */
    canaryWeight: number;
}
/** Reads the decision and canary weight from a JSON report written by `model-gate evaluate`. */
export declare function parseReportFile(text: string, file: string): GateOutcome;
/**
 * Throws unless the decision and weight are a pair the engine can produce: rollback at 0,
 * promote at 100, advance strictly between, hold anywhere (it keeps the current weight).
 */
export declare function checkOutcome(outcome: GateOutcome, file: string): void;
