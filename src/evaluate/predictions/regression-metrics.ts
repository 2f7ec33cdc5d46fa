// A regression's metrics from one pass's sums, with scikit-learn 1.2's definitions (errors are
// prediction − label; sklearn writes label − prediction, the same up to sign), and its per-group
// errors with Fairlearn's MetricFrame spreads between groups.
import type { RegressionRead } from '../../read/predictions/regression-reader.js';
import type { ErrorTotals, RegressionEvidence } from '../../read/predictions/regression-tally.js';
import { DEFAULT_MIN_GROUP_SIZE, worstAcrossFeatures } from '../metric-set.js';
import { spreadOf, thinEvidence } from '../fairness.js';
import { REGRESSION_FAIRNESS_METRICS, type RegressionFairnessMetric } from '../../model/metric-info.js';
import type { GroupErrors } from '../../model/evidence.js';
import type { ComputedMetrics, FairnessValue, FeatureFairness, MetricValue } from '../../model/metrics.js';

export function metricsFromRegression(read: RegressionRead, minGroupSize = DEFAULT_MIN_GROUP_SIZE): ComputedMetrics {
  return regressionMetrics(read.tally.evidence(), read.file, minGroupSize);
}

/** What a regression's evidence determines, from rows or from counts. */
export function regressionMetrics(evidence: RegressionEvidence, source: string, minGroupSize = DEFAULT_MIN_GROUP_SIZE): ComputedMetrics {
  const value = (name: string, v: number | null, note?: string): MetricValue => ({ name, value: v, source, ...(note === undefined ? {} : { note }) });
  const averages = errorAverages(evidence.overall);
  const noWeight = 'undefined: the rows weigh nothing';
  const values: MetricValue[] = [
    value('samples', evidence.overall.rows),
    value('mean_absolute_error', averages.absolute, averages.absolute === null ? noWeight : undefined),
    value('mean_squared_error', averages.squared, averages.squared === null ? noWeight : undefined),
    value('root_mean_squared_error', averages.squared === null ? null : Math.sqrt(averages.squared), averages.squared === null ? noWeight : undefined),
    value('mean_absolute_percentage_error', averages.percentage, averages.percentage === null ? noWeight : undefined),
    r2(evidence, source),
    medianAbsoluteError(evidence, source),
    value('max_error', evidence.overall.maxAbsolute, evidence.weighted ? 'over every row, unweighted, as scikit-learn’s max_error' : undefined)
  ];
  const warnings: string[] = [];
  if (evidence.weighted) warnings.push(`${source}: rows are weighted (weight column): the errors are weighted averages`);
  const fairness = new Map<string, FeatureFairness>();
  for (const feature of evidence.features) {
    const groups = new Map(feature.groups.map(([group, totals]) => [group, groupErrors(totals, minGroupSize)] as const));
    if (groups.size < 2) warnings.push(`sensitive feature ${JSON.stringify(feature.name)} has only one group: its fairness metrics compare nothing`);
    fairness.set(feature.name, { task: 'regression', groups, metrics: regressionFairness(groups, minGroupSize) });
  }
  if (fairness.size > 0) for (const name of REGRESSION_FAIRNESS_METRICS) values.push(worstAcrossFeatures(name, fairness, source));
  return { task: { kind: 'regression' }, values: new Map(values.map((v) => [v.name, v])), fairness, warnings };
}

/** The weighted means of the error, its absolute value, its square and its share of the label (MAPE); null when the rows weigh nothing. */
function errorAverages(totals: ErrorTotals): { error: number | null; absolute: number | null; squared: number | null; percentage: number | null } {
  const mean = (sum: number): number | null => (totals.weight > 0 ? sum / totals.weight : null);
  return { error: mean(totals.error), absolute: mean(totals.absolute), squared: mean(totals.squared), percentage: mean(totals.percentage) };
}

/**
 * scikit-learn's r2_score: 1 − Σw·e² / Σw·(y − ȳ)². Labels that do not vary give 1 when every
 * prediction is exact, else 0 (its force_finite); fewer than two rows leave it undefined.
 */
function r2(evidence: RegressionEvidence, source: string): MetricValue {
  if (evidence.overall.rows < 2) return { name: 'r2', value: null, source, note: 'R² is not defined with fewer than two rows' };
  const numerator = evidence.overall.squared;
  const denominator = evidence.labelSquares;
  if (denominator === 0)
    return {
      name: 'r2',
      value: numerator === 0 ? 1 : 0,
      source,
      note: 'the labels do not vary: R² is 1 for exact predictions, else 0, as scikit-learn reports it'
    };
  return { name: 'r2', value: 1 - numerator / denominator, source };
}

/** The median of the absolute errors: numpy's median unweighted; weighted, scikit-learn's _weighted_percentile (absolute-errors.ts). */
function medianAbsoluteError({ medianAbsolute }: RegressionEvidence, source: string): MetricValue {
  const name = 'median_absolute_error';
  return 'missing' in medianAbsolute ? { name, value: null, source, note: medianAbsolute.missing } : { name, value: medianAbsolute.value, source };
}

function groupErrors(totals: ErrorTotals, minGroupSize: number): GroupErrors {
  const averages = errorAverages(totals);
  return {
    count: totals.rows,
    ...(totals.rows < minGroupSize ? { small: true } : {}),
    mean_error: averages.error,
    mean_absolute_error: averages.absolute,
    root_mean_squared_error: averages.squared === null ? null : Math.sqrt(averages.squared),
    max_error: totals.maxAbsolute
  };
}

function regressionFairness(groups: ReadonlyMap<string, GroupErrors>, minGroupSize: number): Record<RegressionFairnessMetric, FairnessValue> {
  const of = (value: number | null, note?: string): FairnessValue => (value === null ? { value, note } : { value });
  const spread = (name: 'mean_absolute_error' | 'root_mean_squared_error') =>
    spreadOf(
      [...groups].map(([group, g]) => [group, g[name]] as const),
      name,
      'its rows weigh nothing'
    );
  const mae = spread('mean_absolute_error');
  const rmse = spread('root_mean_squared_error');
  const metrics: Record<RegressionFairnessMetric, FairnessValue> = {
    mean_absolute_error_difference: of(mae.difference, mae.note),
    mean_absolute_error_ratio: of(mae.ratio, mae.note),
    root_mean_squared_error_difference: of(rmse.difference, rmse.note),
    root_mean_squared_error_ratio: of(rmse.ratio, rmse.note)
  };
  const thin = thinEvidence(groups, minGroupSize);
  if (thin) for (const value of Object.values(metrics)) value.insufficient = thin;
  return metrics;
}
