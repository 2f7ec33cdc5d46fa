import type { ClassesSummary, GroupClasses, GroupErrors, GroupRates, Interval } from './evidence.js';
import type { FairnessMetric, MulticlassFairnessMetric, RegressionFairnessMetric } from './metric-info.js';
import type { TaskInfo } from './task.js';
export interface ModelId {
    name?: string;
    version?: string;
    /** SHA-256 of the ONNX file the metrics are from. */
    sha256?: string;
}
/** A fairness metric over one sensitive feature; null (with the reason) when a group's rate is undefined. */
export interface FairnessValue {
    value: number | null;
    note?: string;
    /** Set when a group is smaller than the minimum group size: a gate cannot pass on this value alone. */
    insufficient?: string;
}
export interface MetricValue {
    name: string;
    /** null when the metric is undefined on this data (see `note`); a gate on it cannot pass. */
    value: number | null;
    /** Where the value came from: a file, or a file's per-group counts. */
    source: string;
    /** 95% Wilson interval, for binomial proportions whose denominator is known. */
    interval?: Interval & {
        n: number;
    };
    /** Fairness metrics: the sensitive feature that gave this (worst) value. */
    feature?: string;
    note?: string;
    /** Why the evidence is too thin for a gate to pass on this value alone (small groups). */
    insufficient?: string;
}
/** One sensitive feature's groups and the fairness metrics between them, as the task defines them. */
export type FeatureFairness = {
    task: 'binary';
    groups: ReadonlyMap<string, GroupRates>;
    metrics: Record<FairnessMetric, FairnessValue>;
} | {
    task: 'regression';
    groups: ReadonlyMap<string, GroupErrors>;
    metrics: Record<RegressionFairnessMetric, FairnessValue>;
} | {
    task: 'multiclass';
    classes: readonly string[];
    groups: ReadonlyMap<string, GroupClasses>;
    metrics: Record<MulticlassFairnessMetric, FairnessValue>;
};
/** Everything known about one model's quality, whatever it was read or computed from. */
export interface MetricSet {
    model: ModelId;
    /** What the predictions say the model predicts, when it was computed from them. */
    task?: TaskInfo;
    /** A multiclass classifier's classes, confusion matrix and per-class scores. */
    classes?: ClassesSummary;
    values: ReadonlyMap<string, MetricValue>;
    /** Sensitive feature → per-group rates and fairness metrics. */
    fairness: ReadonlyMap<string, FeatureFairness>;
    warnings: readonly string[];
}
export type ComputedMetrics = Omit<MetricSet, 'model'>;
