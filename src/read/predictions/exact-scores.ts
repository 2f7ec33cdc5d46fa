import { bytes, float32s, float64s, type Growable } from '../growable.js';

/** Visits each distinct score, ascending, with the weight of its negative and of its positive rows. */
export type BucketVisitor = (negative: number, positive: number) => void;

type Scores = Growable<Float32Array> | Growable<Float64Array>;

/**
 * Scores kept one by one. Unweighted, each class's scores in a list of their own, sorted in place
 * when asked for ROC AUC: 4 bytes a row while every score is a float32 (a model's output), else 8.
 * Once a row weighs other than 1, every row keeps its label and weight beside its score (17 bytes).
 */
export class ExactScores {
  private byClass: [Scores, Scores] | undefined = [float32s(), float32s()];
  private singles = true;
  private weighted: { values: Growable<Float64Array>; labels: Growable<Uint8Array>; weights: Growable<Float64Array> } | undefined;

  length = 0;

  push(value: number, positive: boolean, weight: number): void {
    this.length++;
    if (this.byClass && weight === 1) {
      if (this.singles && Math.fround(value) !== value) this.widen();
      this.byClass[positive ? 1 : 0].push(value);
      return;
    }
    const rows = (this.weighted ??= this.toWeighted());
    rows.values.push(value);
    rows.labels.push(positive ? 1 : 0);
    rows.weights.push(weight);
  }

  /** Every score, in no particular order. */
  forEach(visit: (value: number, positive: boolean, weight: number) => void): void {
    if (this.byClass) {
      this.byClass.forEach((list, label) => list.view().forEach((value) => visit(value, label === 1, 1)));
      return;
    }
    const { values, labels, weights } = this.weighted as NonNullable<ExactScores['weighted']>;
    const l = labels.view();
    const w = weights.view();
    values.view().forEach((value, i) => visit(value, l[i] === 1, w[i] as number));
  }

  /** Each class's scores, in the order they came, while every row weighed 1; else undefined. */
  unitScores(): [negative: Float32Array | Float64Array, positive: Float32Array | Float64Array] | undefined {
    return this.byClass && [this.byClass[0].view(), this.byClass[1].view()];
  }

  forEachBucket(visit: BucketVisitor): void {
    if (this.byClass) this.countedBuckets(this.byClass[0].view(), this.byClass[1].view(), visit);
    else this.weightedBuckets(visit);
  }

  /** A score that is not a float32: the lists move to doubles. */
  private widen(): void {
    this.singles = false;
    this.byClass = (this.byClass as [Scores, Scores]).map((list) => {
      const doubles = float64s();
      for (const value of list.view()) doubles.push(value);
      return doubles;
    }) as [Scores, Scores];
  }

  private toWeighted(): NonNullable<ExactScores['weighted']> {
    const rows = { values: float64s(), labels: bytes(), weights: float64s() };
    this.forEach((value, positive) => {
      rows.values.push(value);
      rows.labels.push(positive ? 1 : 0);
      rows.weights.push(1);
    });
    this.byClass = undefined;
    return rows;
  }

  /** Each class's scores sorted in place by the typed array's own numeric sort, then merged. */
  private countedBuckets(negative: Float32Array | Float64Array, positive: Float32Array | Float64Array, visit: BucketVisitor): void {
    negative.sort();
    positive.sort();
    for (let n = 0, p = 0; n < negative.length || p < positive.length;) {
      const value = Math.min(negative[n] ?? Infinity, positive[p] ?? Infinity);
      const n0 = n;
      const p0 = p;
      while (n < negative.length && negative[n] === value) n++;
      while (p < positive.length && positive[p] === value) p++;
      visit(n - n0, p - p0);
    }
  }

  private weightedBuckets(visit: BucketVisitor): void {
    const { values, labels, weights } = this.weighted as NonNullable<ExactScores['weighted']>;
    const v = values.view();
    const l = labels.view();
    const w = weights.view();
    const order = new Uint32Array(v.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => (v[a] as number) - (v[b] as number));
    let negative = 0;
    let positive = 0;
    for (let i = 0; i < order.length; i++) {
      const index = order[i] as number;
      if (l[index] === 1) positive += w[index] as number;
      else negative += w[index] as number;
      const next = order[i + 1];
      if (next === undefined || v[next] !== v[index]) {
        visit(negative, positive);
        negative = positive = 0;
      }
    }
  }
}
