import type { CanaryAnalysisConfig } from './canary.js';
import type { Interval } from './evidence.js';
import type { Direction } from './metric-info.js';
import type { MetricValue } from './metrics.js';
export declare const BOUND_KEYS: readonly ["min", "max", "max_drop", "max_drop_relative", "max_increase", "max_increase_relative"];
export type BoundKey = (typeof BOUND_KEYS)[number];
export type Severity = 'block' | 'warn';
export type Bounds = Partial<Record<BoundKey, number>>;
/** The confidence levels a gate may set (the normal quantiles are in evaluate/confidence.ts). */
export declare const CONFIDENCE_LEVELS: readonly [0.9, 0.95, 0.99];
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
    /**
     * Set on the gate: pass only when the interval at this level clears the threshold (bad input when
     * the run has no interval for it). The file's default is `GatesConfig.confidence`.
     */
    confidence?: number;
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
    /** The file's top-level `confidence`: applies to every gate check that has an interval; the others stay point comparisons. */
    confidence?: number;
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
    /** The point estimate. */
    value: number | null;
    /**
     * The value's interval: its 95% Wilson interval, or with `confidence` the one at that level (for a
     * paired check: the baseline's accuracy plus `differenceInterval`, so it compares with `threshold`).
     */
    interval?: MetricValue['interval'];
    /** The level the gate's interval was compared at; absent for a point comparison. */
    confidence?: number;
    /** With `confidence`: the bound of `interval` compared with the threshold (low for ≥, high for ≤). */
    comparedBound?: 'low' | 'high';
    /** Paired checks with `confidence`: the interval of candidate − baseline accuracy on the same rows (Newcombe, paired). */
    differenceInterval?: Interval;
    /** A passing point comparison whose interval straddles its threshold: the evidence is thin. */
    pointEstimateOnly?: true;
    /** The limit the value was compared with (for baseline checks: derived from the baseline). */
    threshold: number | null;
    /**
     * Baseline checks: where the threshold comes from, threshold = baseline + change (decimal-exact).
     * `change` is −max_drop, +max_increase, or for the relative checks ∓ the limit × |baseline|.
     */
    thresholdFrom?: ThresholdOrigin;
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
/** A threshold derived from a baseline: threshold = baseline + change. */
export interface ThresholdOrigin {
    baseline: number;
    change: number;
    /** The relative checks: the configured fraction of the baseline that `change` is. */
    relative?: number;
}
export interface SkippedCheck {
    id: string;
    metric: string;
    reason: string;
}
