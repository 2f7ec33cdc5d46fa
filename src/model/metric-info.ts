/** What the engine knows about a metric name: which direction is better, and which values are valid. */
export type Direction = 'higher' | 'lower';
export type Kind = 'proportion' | 'count' | 'nonnegative' | 'number';

export interface MetricInfo {
  direction?: Direction;
  kind: Kind;
}

const higherProportion: MetricInfo = { direction: 'higher', kind: 'proportion' };
const lowerProportion: MetricInfo = { direction: 'lower', kind: 'proportion' };

export const FAIRNESS_METRICS = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
  'equal_opportunity_difference',
  'equal_opportunity_ratio'
] as const;
export type FairnessMetric = (typeof FAIRNESS_METRICS)[number];

/** Fairlearn's MetricFrame(...).difference() and .ratio() between groups, of a regression's per-group errors. */
export const REGRESSION_FAIRNESS_METRICS = [
  'mean_absolute_error_difference',
  'mean_absolute_error_ratio',
  'root_mean_squared_error_difference',
  'root_mean_squared_error_ratio'
] as const;
export type RegressionFairnessMetric = (typeof REGRESSION_FAIRNESS_METRICS)[number];

/** MetricFrame(accuracy_score).difference() and .ratio() between groups, for a multiclass classifier. */
export const MULTICLASS_FAIRNESS_METRICS = ['accuracy_difference', 'accuracy_ratio'] as const;
export type MulticlassFairnessMetric = (typeof MULTICLASS_FAIRNESS_METRICS)[number];

/** Every metric that compares the groups of a sensitive feature: the ones a gate's `feature` applies to. */
export const GROUP_METRICS: readonly string[] = [...FAIRNESS_METRICS, ...REGRESSION_FAIRNESS_METRICS, ...MULTICLASS_FAIRNESS_METRICS];

/** What a regression's predictions give, as scikit-learn names them. */
export const REGRESSION_METRICS = [
  'mean_absolute_error',
  'mean_squared_error',
  'root_mean_squared_error',
  'r2',
  'mean_absolute_percentage_error',
  'median_absolute_error',
  'max_error'
] as const;

/** 1 when a measured model's outputs were all finite for the generated inputs, else 0. */
export const OUTPUTS_FINITE_METRIC = 'model_outputs_finite';

/** The live metrics model-gate reads from Istio's standard metrics, per version, for the canary analysis. */
export const LIVE_METRICS = [
  'request_error_rate',
  'request_success_rate',
  'request_rate',
  'request_latency_p50_ms',
  'request_latency_p95_ms',
  'request_latency_p99_ms'
] as const;
export type LiveMetric = (typeof LIVE_METRICS)[number];

export const KNOWN_METRICS: Readonly<Record<string, MetricInfo>> = {
  accuracy: higherProportion,
  balanced_accuracy: higherProportion,
  precision: higherProportion,
  recall: higherProportion,
  f1: higherProportion,
  roc_auc: higherProportion,
  average_precision: higherProportion,
  true_positive_rate: higherProportion,
  error_rate: lowerProportion,
  false_positive_rate: lowerProportion,
  selection_rate: { kind: 'proportion' },
  log_loss: { direction: 'lower', kind: 'nonnegative' },
  samples: { direction: 'higher', kind: 'count' },
  [OUTPUTS_FINITE_METRIC]: higherProportion,
  prediction_confidence_median: higherProportion,
  drifted_feature_share: lowerProportion,
  psi_max: { direction: 'lower', kind: 'nonnegative' },
  request_error_rate: lowerProportion,
  request_success_rate: higherProportion,
  request_rate: { kind: 'nonnegative' },
  ...Object.fromEntries(
    REGRESSION_METRICS.map((name) => [name, name === 'r2' ? { direction: 'higher', kind: 'number' } : { direction: 'lower', kind: 'nonnegative' }])
  ),
  ...Object.fromEntries(FAIRNESS_METRICS.map((name) => [name, name.endsWith('_ratio') ? higherProportion : lowerProportion]))
};

const PATTERNS: ReadonlyArray<readonly [RegExp, MetricInfo]> = [
  [/^((precision|recall|f1)(_macro|_micro|_weighted|\.)|top_\d+_accuracy)/, higherProportion],
  [/^support\./, { direction: 'higher', kind: 'nonnegative' }],
  [/^(request_)?latency_/, { direction: 'lower', kind: 'nonnegative' }],
  [/_ratio$/, { direction: 'higher', kind: 'number' }],
  [/_difference$/, { direction: 'lower', kind: 'number' }]
];

/** A name model-gate computes or knows (a latency percentile, a class's recall…): not a typo, even where this run lacks it. */
export function isKnownMetricName(name: string): boolean {
  return KNOWN_METRICS[name] !== undefined || /^((request_)?latency_|top_\d+_accuracy$|(precision|recall|f1|support)\.)/.test(name);
}

export function metricInfo(name: string): MetricInfo {
  const known = KNOWN_METRICS[name];
  if (known) return known;
  for (const [pattern, info] of PATTERNS) if (pattern.test(name)) return info;
  return { kind: 'number' };
}

/** Metric and group names become report keys, Markdown and (later) Kubernetes labels: keep them plain. */
export const METRIC_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$';
