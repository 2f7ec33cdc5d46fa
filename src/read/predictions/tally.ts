import { FeatureGroups } from './feature-groups.js';
import { ScoreStore } from './score-store.js';
import { bytes, type Growable } from '../growable.js';

const TP = 0;
const FP = 1;
const TN = 2;
const FN = 3;

/** A sensitive feature's groups and their weighted confusion counts. */
export class FeatureTally extends FeatureGroups {
  counts: Float64Array = new Float64Array(64);
  rows: Float64Array = new Float64Array(16);

  protected override onGroup(): void {
    if (this.rows.length < this.groupNames.length) {
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
