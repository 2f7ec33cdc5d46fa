import { ScoreStore } from './score-store.js';
import { bytes, type Growable } from '../growable.js';

const TP = 0;
const FP = 1;
const TN = 2;
const FN = 3;

/** One sensitive feature (a column, or an intersection of columns) and its groups' weighted confusion counts. */
export class FeatureTally {
  readonly groupNames: string[] = [];
  counts: Float64Array = new Float64Array(64);
  rows: Float64Array = new Float64Array(16);
  private readonly combined = new Map<number | string, number>();
  /** A direct-mapped cache in front of `combined` for the common packed keys. */
  private readonly cachedKeys = new Float64Array(1024).fill(-1);
  private readonly cachedIndices = new Int32Array(1024);

  constructor(
    readonly name: string,
    /** Positions, among the sensitive columns, of the columns this feature is made of. */
    readonly columns: readonly number[]
  ) {}

  /** Group index of a row, from the value indices of its sensitive columns. */
  groupOf(values: Int32Array, names: ReadonlyArray<readonly string[]>): number {
    const columns = this.columns;
    if (columns.length === 1) {
      const index = values[columns[0] as number] as number;
      while (this.groupNames.length <= index) this.register(names[columns[0] as number]?.[this.groupNames.length] ?? '');
      return index;
    }
    // up to three columns of fewer than 2^16 values each pack into one exact number
    let key: number | string = 0;
    let slot = 0;
    for (let i = 0; i < columns.length && typeof key === 'number'; i++) {
      const value = values[columns[i] as number] as number;
      slot = (slot * 31 + value) & 1023;
      key = i < 3 && value < 65536 ? key * 65536 + value : columns.map((c) => values[c]).join(',');
    }
    if (typeof key === 'number' && this.cachedKeys[slot] === key) return this.cachedIndices[slot] as number;
    let index = this.combined.get(key);
    if (index === undefined) {
      index = this.groupNames.length;
      this.combined.set(key, index);
      this.register(columns.map((c) => names[c]?.[values[c] as number] ?? '').join(','));
    }
    if (typeof key === 'number') {
      this.cachedKeys[slot] = key;
      this.cachedIndices[slot] = index;
    }
    return index;
  }

  private register(name: string): void {
    const index = this.groupNames.length;
    this.groupNames.push(name);
    if (this.rows.length <= index) {
      this.rows = grow(this.rows, this.rows.length * 2);
      this.counts = grow(this.counts, this.rows.length * 4);
    }
  }
}

/**
 * Everything one pass over a predictions file accumulates, in memory that grows with the
 * number of groups, not rows (scores aside, see ScoreStore; per-row bits only when pairing).
 */
export class PredictionTally {
  rows = 0;
  totalWeight = 0;
  weighted = false;
  readonly overall = new Float64Array(4);
  readonly scores = new ScoreStore();
  scored = 0;
  /** Per row: bit 0 the label, bit 1 the prediction; kept only to pair rows with a baseline. */
  readonly rowClasses: Growable<Uint8Array> | undefined;

  constructor(
    readonly features: FeatureTally[],
    keepRows: boolean
  ) {
    this.rowClasses = keepRows ? bytes() : undefined;
  }

  /** One row; `values` holds the value index of each sensitive column, `names` their texts. */
  add(
    label: number,
    prediction: number,
    score: number,
    mantissa: number,
    decimals: number,
    weight: number,
    values: Int32Array,
    names: ReadonlyArray<readonly string[]>
  ): void {
    const cell = label === 1 ? (prediction === 1 ? TP : FN) : prediction === 1 ? FP : TN;
    this.rows++;
    this.totalWeight += weight;
    this.overall[cell] = (this.overall[cell] as number) + weight;
    for (let f = 0; f < this.features.length; f++) {
      const feature = this.features[f] as FeatureTally;
      const group = feature.groupOf(values, names);
      feature.counts[group * 4 + cell] = (feature.counts[group * 4 + cell] as number) + weight;
      feature.rows[group] = (feature.rows[group] as number) + 1;
    }
    if (score === score) {
      this.scored++;
      this.scores.add(score, mantissa, decimals, label === 1, weight);
    }
    this.rowClasses?.push(label | (prediction << 1));
  }

  /** Mean log loss, or null when no row has a score. */
  logLoss(): number | null {
    return this.scored === 0 || this.totalWeight === 0 ? null : this.scores.logLossSum() / this.totalWeight;
  }
}

function grow(array: Float64Array, size: number): Float64Array {
  const grown = new Float64Array(size);
  grown.set(array);
  return grown;
}
