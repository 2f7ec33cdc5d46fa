import { type GateSpec } from '../model/gates.js';
import type { Problem } from '../model/problem.js';
/** What a gate's bounds say that the schema cannot check: a bound at all, min ≤ max, the metric's direction and kind. */
export declare function checkGate(gate: GateSpec, file: string, path?: string): Problem[];
