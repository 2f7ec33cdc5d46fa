// What one pass over a regression's predictions accumulates: the errors' sums per cell (one
// combination of every sensitive column's value), from which each feature's groups and the whole
// file are added up at the end; the labels' spread; and the absolute errors the median needs.
import { AbsoluteErrors, type AbsoluteErrorsPartial, type Median } from './absolute-errors.js';
import { FeatureGroups } from './feature-groups.js';
import { int32s } from '../growable.js';

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

/**
 * The numbers of one set of rows' sums in an ErrorSumsTable: its rows, its largest |e|, then each
 * sum and what its rounding lost so far: w, w·e, w·|e|, w·e², w·|e|/max(|y|, ε).
 */
const STRIDE = 12;
const [ROWS, MAX_ABSOLUTE, SUMS] = [0, 1, 2];
const [WEIGHT, ERROR, ABSOLUTE, SQUARED, PERCENTAGE] = [0, 1, 2, 3, 4];
/** One row's terms, or another set's sums, to add. */
const terms = new Float64Array(5);

/**
 * The weighted sums of the errors of many sets of rows (cells, groups), summed without drift as
 * rows arrive (Neumaier's compensated summation), in one growable array: a set costs 96 bytes, and
 * a table is handed to another thread as one buffer. The row comes in a typed array too: the hot
 * path makes no call that could box a number.
 */
export class ErrorSumsTable {
  private data = new Float64Array(STRIDE * 16);
  size = 0;
  /** The first of the sums kept: rows without weights have no Σw to keep, it is their count. */
  private readonly first: number;

  /** `weights`: the rows have a weight column. */
  constructor(private readonly weights: boolean) {
    this.first = weights ? WEIGHT : ERROR;
  }

  /** A new set, its sums zero: its index. */
  addSet(): number {
    if ((this.size + 1) * STRIDE > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return this.size++;
  }

  /** Adds a row to `set`: `row` holds its label, prediction and weight. */
  add(set: number, row: Float64Array): void {
    const label = row[0] as number;
    const weight = row[2] as number;
    const error = (row[1] as number) - label;
    const absolute = Math.abs(error);
    terms[WEIGHT] = weight;
    terms[ERROR] = weight * error;
    terms[ABSOLUTE] = weight * absolute;
    terms[SQUARED] = weight * (error * error);
    terms[PERCENTAGE] = weight * (absolute / Math.max(Math.abs(label), MAPE_EPSILON));
    const at = set * STRIDE;
    this.addTerms(at);
    const data = this.data;
    data[at + ROWS] = (data[at + ROWS] as number) + 1;
    if (absolute > (data[at + MAX_ABSOLUTE] as number)) data[at + MAX_ABSOLUTE] = absolute;
  }

  /** Adds the sums of another set of rows, set `other` of `from` (another table's view): another cell's, or a later part of the file's. */
  merge(set: number, from: Float64Array, other: number): void {
    const [at, source] = [set * STRIDE, other * STRIDE];
    const data = this.data;
    for (let k = 0; k < 5; k++) terms[k] = from[source + SUMS + 2 * k] as number;
    this.addTerms(at);
    for (let k = this.first; k < 5; k++) data[at + SUMS + 2 * k + 1] = (data[at + SUMS + 2 * k + 1] as number) + (from[source + SUMS + 2 * k + 1] as number);
    data[at + ROWS] = (data[at + ROWS] as number) + (from[source + ROWS] as number);
    data[at + MAX_ABSOLUTE] = Math.max(data[at + MAX_ABSOLUTE] as number, from[source + MAX_ABSOLUTE] as number);
  }

  totals(set: number): ErrorTotals {
    const at = set * STRIDE;
    const total = (k: number): number => (this.data[at + SUMS + 2 * k] as number) + (this.data[at + SUMS + 2 * k + 1] as number);
    return {
      rows: this.data[at + ROWS] as number,
      weight: this.weights ? total(WEIGHT) : (this.data[at + ROWS] as number),
      error: total(ERROR),
      absolute: total(ABSOLUTE),
      squared: total(SQUARED),
      percentage: total(PERCENTAGE),
      maxAbsolute: this.data[at + MAX_ABSOLUTE] as number
    };
  }

  /** The sets' numbers, for merge and for another thread. */
  view(): Float64Array {
    return this.data.subarray(0, this.size * STRIDE);
  }

  /** Adds `terms` to the compensated sums of the set at `at`. */
  private addTerms(at: number): void {
    const data = this.data;
    for (let k = this.first; k < 5; k++) {
      const i = at + SUMS + 2 * k;
      const sum = data[i] as number;
      const term = terms[k] as number;
      const next = sum + term;
      data[i + 1] = (data[i + 1] as number) + (Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum);
      data[i] = next;
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
  readonly sums: ErrorSumsTable;
  /** Each cell's value index in each sensitive column, cell after cell. */
  readonly values = int32s();

  /** `weights`: the rows have a weight column. */
  constructor(
    readonly width: number,
    weights: boolean
  ) {
    super(
      'cells',
      Array.from({ length: width }, (_, i) => i)
    );
    this.sums = new ErrorSumsTable(weights);
  }

  /** The cell of a row's values, new or not. */
  cellOf(values: Int32Array, names: ReadonlyArray<readonly string[]>): number {
    const cell = this.groupOf(values, names);
    if (cell === this.sums.size) {
      this.sums.addSet();
      for (let c = 0; c < this.width; c++) this.values.push(values[c] as number);
    }
    return cell;
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
    /** The rows have a weight column. */
    private readonly weights: boolean,
    maxKeptErrors?: number
  ) {
    this.cells = new Cells(names.length, weights);
    this.errors = new AbsoluteErrors(weights, maxKeptErrors);
  }

  /** The cell of a row whose sensitive columns have these value indices. */
  cellOf(values: Int32Array): number {
    return this.cells.cellOf(values, this.names);
  }

  /** Adds a row of `cell`: `row` holds its label, prediction and weight. */
  add(cell: number, row: Float64Array): void {
    this.rows++;
    this.cells.sums.add(cell, row);
    this.labels.add(row);
    this.errors.push(Math.abs((row[1] as number) - (row[0] as number)), row[2] as number);
  }

  /** The totals of the cells whose values `key` maps to the same group, in the order the groups were met. */
  private addUp(key: (values: Int32Array) => string, name: (values: Int32Array) => string): Array<[name: string, totals: ErrorTotals]> {
    const groups = new Map<string, [name: string, set: number]>();
    const sums = new ErrorSumsTable(this.weights);
    const { width } = this.cells;
    const values = this.cells.values.view();
    const cells = this.cells.sums.view();
    for (let cell = 0; cell < this.cells.sums.size; cell++) {
      const own = values.subarray(cell * width, (cell + 1) * width);
      const at = key(own);
      let group = groups.get(at);
      if (!group) groups.set(at, (group = [name(own), sums.addSet()]));
      sums.merge(group[1], cells, cell);
    }
    return [...groups.values()].map(([group, set]) => [group, sums.totals(set)]);
  }

  evidence(): RegressionEvidence {
    // every cell is in the one group of the whole file; with no rows, no cell
    const [overall] = this.addUp(
      () => '',
      () => ''
    );
    const none = new ErrorSumsTable(this.weights);
    return {
      overall: overall?.[1] ?? none.totals(none.addSet()),
      labelSquares: this.labels.squares,
      features: this.features.map(({ name, columns }) => ({
        name,
        groups: this.addUp(
          (values) => columns.map((c) => values[c]).join(','),
          (values) => columns.map((c) => this.names[c]?.[values[c] as number] ?? '').join(',')
        )
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
  /** Each cell's value index in each sensitive column, cell after cell, and the cells' sums (ErrorSumsTable.view). */
  cells: { count: number; values: Int32Array; sums: Float64Array };
  labels: LabelSpreadPartial;
  rows: number;
  weighted: boolean;
  errors: AbsoluteErrorsPartial;
}
