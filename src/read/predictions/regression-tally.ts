// What one pass over a regression's predictions accumulates: sums of the errors overall and per
// group (memory that grows with the groups), and every absolute error for the exact median.
import { CompensatedSum } from './compensated-sum.js';
import { FeatureGroups } from './feature-groups.js';
import { Float64Blocks, float64s, type Growable } from '../growable.js';

/** scikit-learn's MAPE divides by max(|label|, this): np.finfo(np.float64).eps. */
export const MAPE_EPSILON = 2.220446049250313e-16;
/** Above this many rows the median absolute error is not computed (8 bytes each, 16 when weighted). */
export const MAX_KEPT_ERRORS = 16_000_000;

/** The weighted sums of a set of rows' errors (error = prediction − label): what every metric but the median comes from. */
export interface ErrorTotals {
  rows: number;
  weight: number;
  error: number;
  absolute: number;
  squared: number;
  /** Σ w·|e| / max(|label|, ε), for MAPE. */
  percentage: number;
  maxAbsolute: number;
}

/** A regression's evidence, from rows or from counts computed where the data lives. */
export interface RegressionEvidence {
  overall: ErrorTotals;
  /** Σw·(label − mean label)², R²'s denominator. */
  labelSquares: number;
  features: ReadonlyArray<{ name: string; groups: ReadonlyArray<readonly [group: string, totals: ErrorTotals]> }>;
  weighted: boolean;
  /** Every absolute error (in blocks, in row order), for the median; undefined (with the reason) when they were not kept. */
  errors: { absolute: readonly Float64Array[]; weights: Float64Array | undefined } | { missing: string };
}

/** The weighted sums of a set of rows' errors, summed without drift as rows arrive. */
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

  totals(): ErrorTotals {
    const { rows, maxAbsolute } = this;
    return {
      rows,
      weight: this.weight.value(),
      error: this.error.value(),
      absolute: this.absolute.value(),
      squared: this.squared.value(),
      percentage: this.percentage.value(),
      maxAbsolute
    };
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
  private absolute: Float64Blocks | undefined = new Float64Blocks();
  private weights: Growable<Float64Array> | undefined;

  constructor(readonly features: RegressionFeature[]) {}

  add(label: number, prediction: number, weight: number, values: Int32Array, names: ReadonlyArray<readonly string[]>): void {
    this.overall.add(label, prediction, weight);
    this.labels.add(label, weight);
    for (const feature of this.features) (feature.sums[feature.groupOf(values, names)] as ErrorSums).add(label, prediction, weight);
    this.keep(Math.abs(prediction - label), weight);
  }

  evidence(): RegressionEvidence {
    return {
      overall: this.overall.totals(),
      labelSquares: this.labels.squares,
      features: this.features.map((feature) => ({
        name: feature.name,
        groups: feature.groupNames.map((group, i) => [group, (feature.sums[i] as ErrorSums).totals()] as const)
      })),
      weighted: this.weighted,
      errors: this.absolute
        ? { absolute: this.absolute.blocks(), weights: this.weights?.view() }
        : { missing: `more than ${MAX_KEPT_ERRORS.toLocaleString('en-US')} rows: the exact median is not kept in bounded memory` }
    };
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
