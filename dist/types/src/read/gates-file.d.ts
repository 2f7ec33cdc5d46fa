import { type Direction } from '../evaluate/registry.js';
import { type BoundKey } from './schemas/gates.js';
export type Severity = 'block' | 'warn';
export type Bounds = Partial<Record<BoundKey, number>>;
export interface GateSpec {
    id: string;
    metric: string;
    /** Fairness metrics: check this sensitive feature only; otherwise the worst feature decides. */
    feature?: string;
    bounds: Bounds;
    /** Fail when the candidate is significantly worse than the baseline on the same rows (McNemar). */
    notWorse?: {
        alpha: number;
    };
    direction?: Direction;
    severity: Severity;
    description?: string;
    /** Default gates apply only when their metric (and, for baseline bounds, the baseline) is present. */
    optional?: boolean;
    /** Added by the engine (the finite-outputs check of a measured model), not by the user. */
    automatic?: boolean;
    /** Line of the gate in its file, for annotations. */
    line?: number;
}
export interface GatesConfig {
    /** Where the gates came from: a file path, "inline gates" or "default gates". */
    source: string;
    /** True when `source` is a file in the repository (annotations can point at it). */
    fromFile: boolean;
    gates: GateSpec[];
    steps?: number[];
}
/** Parses a gates file (YAML or JSON; JSON is YAML) and checks that every gate makes sense. */
export declare function parseGatesFile(text: string, source: string, fromFile?: boolean): GatesConfig;
