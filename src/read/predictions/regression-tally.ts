// What one pass over a regression's predictions accumulates: sums of the errors overall and per
// group (memory that grows with the groups), and every absolute error for the exact median.
import { CompensatedSum } from './compensated-sum.js';
import { FeatureGroups } from './feature-groups.js';
import { float64s, type Growable } from '../growable.js';

/** scikit-learn's MAPE divides by max(|label|, this): np.finfo(np.float64).eps. */
export const MAPE_EPSILON = 2.220446049250313e-16;
/** Above this many rows the median absolute error is not computed (8 bytes each, 16 when weighted). */
export const MAX_KEPT_ERRORS = 16_000_000;

/** The weighted sums of a set of rows' errors (error = prediction − label). */
export class ErrorSums {
  rows = 0;
  readonly weight = new CompensatedSum();
  readonly error = new CompensatedSum();
  readonly absolute = new CompensatedSum();
  readonly squared = new CompensatedSum();
  readonly percentage = new CompensatedSum();
  maxAbsolute = 0;

  add(label: number, prediction: number, weight: number): void {
    const error = prediction - label;
    const absolute = Math.abs(error);
    this.rows++;
    this.weight.add(weight);
    this.error.add(weight * error);
    this.absolute.add(weight * absolute);
    this.squared.add(weight * (error * error));
    this.percentage.add(weight * (absolute / Math.max(Math.abs(label), MAPE_EPSILON)));
    if (absolute > this.maxAbsolute) this.maxAbsolute = absolute;
  }
}

/** A sensitive feature's groups and their error sums. */
export class RegressionFeature extends FeatureGroups {
  readonly sums: ErrorSums[] = [];

  protected override onGroup(): void {
    this.sums.push(new ErrorSums());
  }
}

/**
 * The labels' weighted mean and sum of squared deviations, updated row by row (West's weighted
 * form of Welford's algorithm): R²'s denominator without the cancellation of Σy² − (Σy)²/n.
 */
class LabelSpread {
  private weight = 0;
  mean = 0;
  squares = 0;

  add(label: number, weight: number): void {
    if (weight === 0) return;
    this.weight += weight;
    const delta = label - this.mean;
    this.mean += (weight / this.weight) * delta;
    this.squares += weight * delta * (label - this.mean);
  }
}

export class RegressionTally {
  readonly overall = new ErrorSums();
  readonly labels = new LabelSpread();
  weighted = false;
  private absolute: Growable<Float64Array> | undefined = float64s();
  private weights: Growable<Float64Array> | undefined;

  constructor(readonly features: RegressionFeature[]) {}

  add(label: number, prediction: number, weight: number, values: Int32Array, names: ReadonlyArray<readonly string[]>): void {
    this.overall.add(label, prediction, weight);
    this.labels.add(label, weight);
    for (const feature of this.features) (feature.sums[feature.groupOf(values, names)] as ErrorSums).add(label, prediction, weight);
    this.keep(Math.abs(prediction - label), weight);
  }

  /** Every absolute error with its weight, for the median; undefined past MAX_KEPT_ERRORS rows. */
  keptErrors(): { absolute: Float64Array; weights: Float64Array | undefined } | undefined {
    return this.absolute && { absolute: this.absolute.view(), weights: this.weights?.view() };
  }

  private keep(absolute: number, weight: number): void {
    if (!this.absolute) return;
    if (this.absolute.length >= MAX_KEPT_ERRORS) {
      this.absolute = this.weights = undefined;
      return;
    }
    if (weight !== 1 && !this.weights) {
      this.weights = float64s();
      for (let i = 0; i < this.absolute.length; i++) this.weights.push(1);
    }
    this.absolute.push(absolute);
    this.weights?.push(weight);
  }
}
