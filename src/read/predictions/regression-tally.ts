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
 * sum and what its rounding lost so far: w, w·e, w·|e|, w·e², w·|e|/max(|y|, ε); then the same
 * five sums of its rows since the last block was added (BLOCK), whose rows are counted then.
 */
const STRIDE = 17;
const [ROWS, MAX_ABSOLUTE, SUMS, BLOCK_SUMS] = [0, 1, 2, 12];
const [WEIGHT, ERROR, ABSOLUTE, SQUARED, PERCENTAGE] = [0, 1, 2, 3, 4];
/**
 * A set's rows are summed plainly in blocks of this many, and each block's sums are added to the
 * compensated ones: the error of a sum is then at most some 18ε·Σ|term| (16ε in a block, 2ε across
 * them), below numpy's pairwise sum's bound for more than 2¹² terms, as scikit-learn sums them.
 */
const BLOCK = 16;
/** Another set's sums, or a block's, to add. */
const terms = new Float64Array(5);

/**
 * The weighted sums of the errors of many sets of rows (cells, groups), summed without drift as
 * rows arrive (in blocks, added by Neumaier's compensated summation), in one growable array: a set
 * costs 136 bytes, and a table is handed to another thread as one buffer. The row comes in a typed
 * array too: the hot path makes no call that could box a number.
 */
export class ErrorSumsTable {
  private data = new Float64Array(STRIDE * 16);
  /** Each set's rows in its current block. */
  private pending = new Int32Array(16);
  size = 0;
  /** The first of the sums kept: rows without weights have no Σw to keep, it is their count. */
  private readonly first: number;

  /** `weights`: the rows have a weight column. */
  constructor(private readonly weights: boolean) {
    this.first = weights ? WEIGHT : ERROR;
  }

  /** A new set, its sums zero: its index. */
  addSet(): number {
    if (this.size === this.pending.length) {
      const data = new Float64Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
      const pending = new Int32Array(this.pending.length * 2);
      pending.set(this.pending);
      this.pending = pending;
    }
    return this.size++;
  }

  /** Adds a row to `set`: `row` holds its label, prediction and weight. */
  add(set: number, row: Float64Array): void {
    const label = row[0] as number;
    const weight = row[2] as number;
    const error = (row[1] as number) - label;
    const absolute = Math.abs(error);
    const data = this.data;
    const at = set * STRIDE;
    const block = at + BLOCK_SUMS;
    if (this.weights) data[block + WEIGHT] = (data[block + WEIGHT] as number) + weight;
    data[block + ERROR] = (data[block + ERROR] as number) + weight * error;
    data[block + ABSOLUTE] = (data[block + ABSOLUTE] as number) + weight * absolute;
    data[block + SQUARED] = (data[block + SQUARED] as number) + weight * (error * error);
    data[block + PERCENTAGE] = (data[block + PERCENTAGE] as number) + weight * (absolute / Math.max(Math.abs(label), MAPE_EPSILON));
    if (absolute > (data[at + MAX_ABSOLUTE] as number)) data[at + MAX_ABSOLUTE] = absolute;
    if (++(this.pending[set] as number) === BLOCK) this.addBlock(set);
  }

  /** Adds the sums of another set of rows, set `other` of `from` (another table's view): another cell's, or a later part of the file's. */
  merge(set: number, from: Float64Array, other: number): void {
    this.addBlock(set);
    const [at, source] = [set * STRIDE, other * STRIDE];
    const data = this.data;
    for (let k = 0; k < 5; k++) terms[k] = from[source + SUMS + 2 * k] as number;
    this.addTerms(at);
    for (let k = this.first; k < 5; k++) data[at + SUMS + 2 * k + 1] = (data[at + SUMS + 2 * k + 1] as number) + (from[source + SUMS + 2 * k + 1] as number);
    data[at + ROWS] = (data[at + ROWS] as number) + (from[source + ROWS] as number);
    data[at + MAX_ABSOLUTE] = Math.max(data[at + MAX_ABSOLUTE] as number, from[source + MAX_ABSOLUTE] as number);
  }

  totals(set: number): ErrorTotals {
    this.addBlock(set);
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

  /**
   * The sets that had rows since the last cut, and their numbers (as view gives them) one after
   * the other; their sums then start again from zero.
   */
  cut(): { sets: Int32Array; numbers: Float64Array } {
    const all = this.view();
    const sets: number[] = [];
    for (let set = 0; set < this.size; set++) if ((all[set * STRIDE + ROWS] as number) > 0) sets.push(set);
    const numbers = new Float64Array(sets.length * STRIDE);
    sets.forEach((set, k) => {
      numbers.set(all.subarray(set * STRIDE, (set + 1) * STRIDE), k * STRIDE);
      all.fill(0, set * STRIDE, (set + 1) * STRIDE);
    });
    return { sets: Int32Array.from(sets), numbers };
  }

  /** The sets' numbers, every block added, for merge and for another thread. */
  view(): Float64Array {
    for (let set = 0; set < this.size; set++) this.addBlock(set);
    return this.data.subarray(0, this.size * STRIDE);
  }

  /** Adds the current block of `set` to its compensated sums, and starts a new one. */
  private addBlock(set: number): void {
    const rows = this.pending[set] as number;
    if (rows === 0) return;
    this.pending[set] = 0;
    const block = set * STRIDE + BLOCK_SUMS;
    const data = this.data;
    data[set * STRIDE + ROWS] = (data[set * STRIDE + ROWS] as number) + rows;
    for (let k = 0; k < 5; k++) {
      terms[k] = data[block + k] as number;
      data[block + k] = 0;
    }
    this.addTerms(set * STRIDE);
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
  /** The first label that weighs something: the others are taken as their difference from it. */
  shift: number;
  /** The weighted mean of label − shift. */
  mean: number;
  squares: number;
}

/** Labels staged before LabelSpread takes them as one block. */
const LABEL_BLOCK = 256;

/**
 * The labels' weighted mean and sum of squared deviations: R²'s denominator without the
 * cancellation of Σy² − (Σy)²/n. Labels are taken as their difference from the first that weighs
 * something (after each cut, in a chunk), so the means stay small and precise even for labels far
 * from 0 (timestamps, prices), and in blocks: a block's mean, then its squared deviations from
 * that mean (the corrected two-pass algorithm), joined to the rows before it by Chan, Golub and
 * LeVeque's pairwise update, as chunks are joined.
 */
export class LabelSpread {
  // the spread so far in fields of this object, updated in place: one shape for the hot loop's code
  private weight = 0;
  private shift = 0;
  private mean = 0;
  private squares = 0;
  private readonly labels = new Float64Array(LABEL_BLOCK);
  private readonly weights = new Float64Array(LABEL_BLOCK);
  private staged = 0;

  /** Adds a row: `row` holds its label, prediction and weight. */
  add(row: Float64Array): void {
    const at = this.staged++;
    this.labels[at] = row[0] as number;
    this.weights[at] = row[2] as number;
    if (this.staged === LABEL_BLOCK) this.take();
  }

  /** The spread of every label added. */
  partial(): LabelSpreadPartial {
    this.take();
    return { weight: this.weight, shift: this.shift, mean: this.mean, squares: this.squares };
  }

  /** The spread of every label added, which then starts again from none. */
  cut(): LabelSpreadPartial {
    const taken = this.partial();
    this.weight = this.shift = this.mean = this.squares = 0;
    return taken;
  }

  /** Adds the spread of other labels, which follow these. */
  merge(other: LabelSpreadPartial): void {
    this.take();
    this.join(other.weight, other.shift, other.mean, other.squares);
  }

  /**
   * Adds a spread (Chan, Golub and LeVeque's pairwise update); the first is taken as it is. Written
   * with choices between values rather than a branch of statements that the hot loop would first
   * meet after V8 had optimized it (once a chunk), dropping the optimized code each time.
   */
  private join(weight: number, shift: number, mean: number, squares: number): void {
    if (weight === 0) return;
    const first = this.weight === 0;
    const total = this.weight + weight;
    // the shifts are labels of the same file: their difference is exact when they are within a factor of 2
    const delta = shift - (first ? shift : this.shift) + (mean - this.mean);
    this.squares += squares + (first ? 0 : delta * delta * ((this.weight * weight) / total));
    this.mean += first ? mean : delta * (weight / total);
    this.weight = total;
    this.shift = first ? shift : this.shift;
  }

  /** Joins the staged labels as one block. */
  private take(): void {
    const { labels, weights, staged } = this;
    if (staged === 0) return;
    this.staged = 0;
    // the first label that weighs something (a row that weighs nothing may hold any label), read for every block, as above
    let first = 0;
    while (first < staged - 1 && !((weights[first] as number) > 0)) first++;
    const firstLabel = labels[first] as number;
    const shift = this.weight === 0 ? firstLabel : this.shift;
    let weight = 0;
    let sum = 0;
    for (let i = 0; i < staged; i++) {
      weight += weights[i] as number;
      sum += (weights[i] as number) * ((labels[i] as number) - shift);
    }
    if (weight === 0) return;
    const mean = sum / weight;
    // what the rounded mean is off by, taken out again
    let squares = 0;
    let deviations = 0;
    for (let i = 0; i < staged; i++) {
      const deviation = (labels[i] as number) - shift - mean;
      deviations += (weights[i] as number) * deviation;
      squares += (weights[i] as number) * deviation * deviation;
    }
    this.join(weight, shift, mean + deviations / weight, squares - (deviations * deviations) / weight);
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

  /** The sums of the rows added since the last cut, which are then zero again: chunk `index` of the file. */
  cut(index: number): RegressionChunk {
    const { sets, numbers } = this.cells.sums.cut();
    return { index, cells: sets, sums: numbers, labels: this.labels.cut() };
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
      labelSquares: this.labels.partial().squares,
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

/** The sums of one chunk of a regression's file: the rows a thread read since its tally's last cut, by the thread's cells. */
export interface RegressionChunk {
  /** The chunk's place in the file. */
  index: number;
  /** The thread's cells that had rows in the chunk, and their sums over those rows (ErrorSumsTable.cut). */
  cells: Int32Array;
  sums: Float64Array;
  labels: LabelSpreadPartial;
}

/** What a thread that read chunks of a regression's file hands over, as plain data. */
export interface RegressionChunks {
  /** Each sensitive column's values, by index. */
  names: ReadonlyArray<readonly string[]>;
  /** Each of the thread's cells' value index in each sensitive column, cell after cell. */
  cells: Int32Array;
  chunks: RegressionChunk[];
  /** What does not depend on the order of the rows: their count, whether any weighs other than 1, their absolute errors. */
  rows: number;
  weighted: boolean;
  errors: AbsoluteErrorsPartial;
}
