/** What the engine knows about a metric name: which direction is better, and which values are valid. */
export type Direction = 'higher' | 'lower';
export type Kind = 'proportion' | 'count' | 'nonnegative' | 'number';
export interface MetricInfo {
    direction?: Direction;
    kind: Kind;
}
export declare const FAIRNESS_METRICS: readonly ["demographic_parity_difference", "demographic_parity_ratio", "equalized_odds_difference", "equalized_odds_ratio", "equal_opportunity_difference", "equal_opportunity_ratio"];
export type FairnessMetric = (typeof FAIRNESS_METRICS)[number];
/** Fairlearn's MetricFrame(...).difference() and .ratio() between groups, of a regression's per-group errors. */
export declare const REGRESSION_FAIRNESS_METRICS: readonly ["mean_absolute_error_difference", "mean_absolute_error_ratio", "root_mean_squared_error_difference", "root_mean_squared_error_ratio"];
export type RegressionFairnessMetric = (typeof REGRESSION_FAIRNESS_METRICS)[number];
/** MetricFrame(accuracy_score).difference() and .ratio() between groups, for a multiclass classifier. */
export declare const MULTICLASS_FAIRNESS_METRICS: readonly ["accuracy_difference", "accuracy_ratio"];
export type MulticlassFairnessMetric = (typeof MULTICLASS_FAIRNESS_METRICS)[number];
/** Every metric that compares the groups of a sensitive feature: the ones a gate's `feature` applies to. */
export declare const GROUP_METRICS: readonly string[];
/** What a regression's predictions give, as scikit-learn names them. */
export declare const REGRESSION_METRICS: readonly ["mean_absolute_error", "mean_squared_error", "root_mean_squared_error", "r2", "mean_absolute_percentage_error", "median_absolute_error", "max_error"];
/** 1 when a measured model's outputs were all finite for the generated inputs, else 0. */
export declare const OUTPUTS_FINITE_METRIC = "model_outputs_finite";
/** The live metrics model-gate reads from Istio's standard metrics, per version, for the canary analysis. */
export declare const LIVE_METRICS: readonly ["request_error_rate", "request_success_rate", "request_rate", "request_latency_p50_ms", "request_latency_p95_ms", "request_latency_p99_ms"];
export type LiveMetric = (typeof LIVE_METRICS)[number];
export declare const KNOWN_METRICS: Readonly<Record<string, MetricInfo>>;
/** A name model-gate computes or knows (a latency percentile, a class's recall…): not a typo, even where this run lacks it. */
export declare function isKnownMetricName(name: string): boolean;
export declare function metricInfo(name: string): MetricInfo;
/** Metric and group names become report keys, Markdown and (later) Kubernetes labels: keep them plain. */
export declare const METRIC_NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$";
