import type { Decision, Outcome } from '../model/decision.js';
export declare const DECISIONS: readonly Decision[];
/** Reads the decision and canary weight from a JSON report written by `model-gate evaluate`. */
export declare function parseReportFile(text: string, file: string): Outcome;
/**
 * Throws unless the decision and weight are a pair the engine can produce: rollback at 0,
 * promote at 100, advance strictly between, hold anywhere (it keeps the current weight).
 */
export declare function checkOutcome(outcome: Outcome, file: string): void;
