// What one pass over a regression's predictions accumulates: the errors' sums per cell (one
// combination of every sensitive column's value), from which each feature's groups and the whole
// file are added up at the end; the labels' spread; and the absolute errors the median needs.
import { AbsoluteErrors, type AbsoluteErrorsPartial, type Median } from './absolute-errors.js';
import { FeatureGroups } from './feature-groups.js';

/** scikit-learn's MAPE divides by max(|label|, this): np.finfo(np.float64).eps. */
export const MAPE_EPSILON = 2.220446049250313e-16;

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
  medianAbsolute: Median;
}

/** ErrorSums as plain data. */
export interface ErrorSumsPartial {
  rows: number;
  maxAbsolute: number;
  sums: Float64Array;
}

/** The five sums' order in ErrorSums.sums. */
const [WEIGHT, ERROR, ABSOLUTE, SQUARED, PERCENTAGE] = [0, 1, 2, 3, 4];
/** One row's terms, for ErrorSums.add. */
const terms = new Float64Array(5);

/**
 * The weighted sums of a set of rows' errors, summed without drift as rows arrive (Neumaier's
 * compensated summation). The five sums and their compensations live in one typed array, updated
 * in one loop, and the row comes in one: the hot path makes no call that could box a number.
 */
export class ErrorSums {
  rows = 0;
  maxAbsolute = 0;
  /** Each sum, then what its rounding lost so far: w, w·e, w·|e|, w·e², w·|e|/max(|y|, ε). */
  readonly sums = new Float64Array(10);

  /** Adds a row: `row` holds its label, prediction and weight. */
  add(row: Float64Array): void {
    const label = row[0] as number;
    const weight = row[2] as number;
    const error = (row[1] as number) - label;
    const absolute = Math.abs(error);
    terms[WEIGHT] = weight;
    terms[ERROR] = weight * error;
    terms[ABSOLUTE] = weight * absolute;
    terms[SQUARED] = weight * (error * error);
    terms[PERCENTAGE] = weight * (absolute / Math.max(Math.abs(label), MAPE_EPSILON));
    this.addTerms(terms);
    this.rows++;
    if (absolute > this.maxAbsolute) this.maxAbsolute = absolute;
  }

  partial(): ErrorSumsPartial {
    return { rows: this.rows, maxAbsolute: this.maxAbsolute, sums: this.sums.slice() };
  }

  /** Adds the sums of other rows: another cell's, or a later part of the file's. */
  merge(other: ErrorSumsPartial): void {
    this.rows += other.rows;
    for (let k = 0; k < 5; k++) terms[k] = other.sums[2 * k] as number;
    this.addTerms(terms);
    for (let k = 1; k < 10; k += 2) this.sums[k] = (this.sums[k] as number) + (other.sums[k] as number);
    this.maxAbsolute = Math.max(this.maxAbsolute, other.maxAbsolute);
  }

  totals(): ErrorTotals {
    const total = (k: number): number => (this.sums[2 * k] as number) + (this.sums[2 * k + 1] as number);
    return {
      rows: this.rows,
      weight: total(WEIGHT),
      error: total(ERROR),
      absolute: total(ABSOLUTE),
      squared: total(SQUARED),
      percentage: total(PERCENTAGE),
      maxAbsolute: this.maxAbsolute
    };
  }

  private addTerms(terms: Float64Array): void {
    const sums = this.sums;
    for (let k = 0; k < 10; k += 2) {
      const sum = sums[k] as number;
      const term = terms[k >> 1] as number;
      const next = sum + term;
      sums[k + 1] = (sums[k + 1] as number) + (Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum);
      sums[k] = next;
    }
  }
}

/** LabelSpread as plain data. */
export interface LabelSpreadPartial {
  weight: number;
  mean: number;
  squares: number;
}

/**
 * The labels' weighted mean and sum of squared deviations, updated row by row (West's weighted
 * form of Welford's algorithm): R²'s denominator without the cancellation of Σy² − (Σy)²/n.
 */
export class LabelSpread implements LabelSpreadPartial {
  weight = 0;
  mean = 0;
  squares = 0;

  /** Adds a row: `row` holds its label, prediction and weight. */
  add(row: Float64Array): void {
    const label = row[0] as number;
    const weight = row[2] as number;
    if (weight === 0) return;
    this.weight += weight;
    const delta = label - this.mean;
    this.mean += (weight / this.weight) * delta;
    this.squares += weight * delta * (label - this.mean);
  }

  /** Adds the spread of other labels (Chan, Golub and LeVeque's pairwise update). */
  merge(other: LabelSpreadPartial): void {
    if (other.weight === 0) return;
    const weight = this.weight + other.weight;
    const delta = other.mean - this.mean;
    this.squares += other.squares + delta * delta * ((this.weight * other.weight) / weight);
    this.mean += delta * (other.weight / weight);
    this.weight = weight;
  }
}

/** The combinations of every sensitive column's value met so far, each with its values and its rows' sums. */
export class Cells extends FeatureGroups {
  readonly sums: ErrorSums[] = [];
  /** Each cell's value index in each sensitive column. */
  readonly values: Int32Array[] = [];

  constructor(columns: number) {
    super(
      'cells',
      Array.from({ length: columns }, (_, i) => i)
    );
  }

  /** The cell of a row's values, new or not. */
  cellOf(values: Int32Array, names: ReadonlyArray<readonly string[]>): number {
    const cell = this.groupOf(values, names);
    if (cell === this.values.length) this.values.push(values.slice());
    return cell;
  }

  protected override onGroup(): void {
    this.sums.push(new ErrorSums());
  }
}

export class RegressionTally {
  readonly cells: Cells;
  readonly labels = new LabelSpread();
  readonly errors: AbsoluteErrors;
  rows = 0;
  weighted = false;

  constructor(
    /** The sensitive features: their names and the sensitive columns each is made of. */
    readonly features: ReadonlyArray<{ name: string; columns: readonly number[] }>,
    /** Each sensitive column's values, by index. */
    readonly names: ReadonlyArray<readonly string[]>,
    maxKeptErrors?: number
  ) {
    this.cells = new Cells(names.length);
    this.errors = new AbsoluteErrors(maxKeptErrors);
  }

  /** Adds a row: `row` holds its label, prediction and weight; `values` its sensitive columns' value indices. */
  add(row: Float64Array, values: Int32Array): void {
    this.rows++;
    (this.cells.sums[this.cells.cellOf(values, this.names)] as ErrorSums).add(row);
    this.labels.add(row);
    this.errors.push(Math.abs((row[1] as number) - (row[0] as number)), row[2] as number);
  }

  /** The sums of the cells whose values `key` maps to the same group, in the order the groups were met. */
  private addUp(key: (values: Int32Array) => string, name: (values: Int32Array) => string): Array<[name: string, sums: ErrorSums]> {
    const groups = new Map<string, [string, ErrorSums]>();
    this.cells.values.forEach((values, cell) => {
      const at = key(values);
      let group = groups.get(at);
      if (!group) groups.set(at, (group = [name(values), new ErrorSums()]));
      group[1].merge((this.cells.sums[cell] as ErrorSums).partial());
    });
    return [...groups.values()];
  }

  evidence(): RegressionEvidence {
    const overall = this.addUp(
      () => '',
      () => ''
    )[0]?.[1];
    return {
      overall: (overall ?? new ErrorSums()).totals(),
      labelSquares: this.labels.squares,
      features: this.features.map(({ name, columns }) => ({
        name,
        groups: this.addUp(
          (values) => columns.map((c) => values[c]).join(','),
          (values) => columns.map((c) => this.names[c]?.[values[c] as number] ?? '').join(',')
        ).map(([group, sums]) => [group, sums.totals()] as const)
      })),
      weighted: this.weighted,
      medianAbsolute: this.errors.median()
    };
  }
}

/** A regression tally as plain data, for a worker thread to post. */
export interface RegressionPartial {
  /** Each sensitive column's values, by index. */
  names: ReadonlyArray<readonly string[]>;
  cells: { values: Int32Array[]; sums: ErrorSumsPartial[] };
  labels: LabelSpreadPartial;
  rows: number;
  weighted: boolean;
  errors: AbsoluteErrorsPartial;
}
