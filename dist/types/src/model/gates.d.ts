import type { CanaryAnalysisConfig } from './canary.js';
import type { Direction } from './metric-info.js';
import type { MetricValue } from './metrics.js';
export declare const BOUND_KEYS: readonly ["min", "max", "max_drop", "max_drop_relative", "max_increase", "max_increase_relative"];
export type BoundKey = (typeof BOUND_KEYS)[number];
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
    /** `canary.analysis`: the live metrics each canary step is judged on. */
    analysis?: CanaryAnalysisConfig;
}
export type Check = BoundKey | 'not_worse';
export interface GateResult {
    /** `<gate id>.<check>`, e.g. `accuracy.max_drop`. */
    id: string;
    gate: string;
    metric: string;
    /** The sensitive feature checked: the gate's own, or the worst one when the gate names none. */
    feature?: string;
    check: Check;
    severity: Severity;
    status: 'pass' | 'fail';
    value: number | null;
    interval?: MetricValue['interval'];
    /** The limit the value was compared with (for baseline checks: derived from the baseline). */
    threshold: number | null;
    comparator: '≥' | '≤';
    /** The bound as configured (for not_worse: alpha). */
    limit: number;
    baseline: number | null;
    delta: number | null;
    /** not_worse: McNemar's exact p-value on the paired rows. */
    pValue?: number;
    message: string;
    /** Line of the gate in the gates file. */
    line?: number;
}
export interface SkippedCheck {
    id: string;
    metric: string;
    reason: string;
}
