import { bytes, float64s, type Growable } from '../growable.js';

/** Scores with at most this many decimals are counted in buckets: exact, and memory independent of the row count. */
export const BUCKET_DECIMALS = 6;
/** Above this many scores with more decimals, ROC AUC is not computed (16 bytes each). */
export const MAX_EXACT_SCORES = 16_000_000;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * Keeps what ROC AUC needs in bounded memory. Scores written with up to 6 decimals (the usual
 * case) are counted in buckets, one per possible value at the finest resolution seen so far
 * (10^d + 1 buckets for d decimals: small enough to stay in cache; 16 MB at most). A score with
 * more digits moves the store to exact values, kept up to MAX_EXACT_SCORES.
 */
export class ScoreStore {
  /** Bucket i holds the weights of scores i / 10^resolution: negatives at 2i, positives at 2i + 1. */
  private counts: Float64Array | undefined;
  private resolution = 0;
  private exact: { values: Growable<Float64Array>; weights: Growable<Float64Array>; labels: Growable<Uint8Array> } | undefined;
  private overflow = false;
  /** Log loss of the scores no longer kept (after an overflow), summed as they arrive. */
  private readonly droppedLogLoss = new CompensatedSum();

  /**
   * A score, written as `mantissa` / 10^`decimals` when it has at most 6 decimals (else decimals = -1).
   */
  add(score: number, mantissa: number, decimals: number, positive: boolean, weight: number): void {
    if (this.exact === undefined && decimals >= 0 && decimals <= BUCKET_DECIMALS) {
      if (decimals > this.resolution || !this.counts) this.refine(Math.max(decimals, this.resolution));
      const counts = this.counts as Float64Array;
      const cell = 2 * mantissa * (POW10[this.resolution - decimals] as number) + (positive ? 1 : 0);
      counts[cell] = (counts[cell] as number) + weight;
      return;
    }
    if (this.overflow) {
      this.droppedLogLoss.add(weight * rowLogLoss(positive, score));
      return;
    }
    if (!this.exact) this.switchToExact();
    const exact = this.exact as NonNullable<ScoreStore['exact']>;
    if (exact.values.length >= MAX_EXACT_SCORES) {
      this.forEachScore((value, positiveLabel, w) => this.droppedLogLoss.add(w * rowLogLoss(positiveLabel, value)));
      this.droppedLogLoss.add(weight * rowLogLoss(positive, score));
      this.overflow = true;
      this.exact = undefined;
      this.counts = undefined;
      return;
    }
    exact.values.push(score);
    exact.weights.push(weight);
    exact.labels.push(positive ? 1 : 0);
  }

  /** Moves the buckets to a finer resolution; bucket i becomes bucket i·10^(finer − current). */
  private refine(resolution: number): void {
    const finer = new Float64Array(2 * ((POW10[resolution] as number) + 1));
    if (this.counts) {
      const step = POW10[resolution - this.resolution] as number;
      for (let i = 0; i < this.counts.length; i += 2) {
        const to = 2 * (i / 2) * step;
        finer[to] = this.counts[i] as number;
        finer[to + 1] = this.counts[i + 1] as number;
      }
    }
    this.counts = finer;
    this.resolution = resolution;
  }

  /**
   * ROC AUC as scikit-learn's roc_auc_score computes it: the probability that a random positive
   * scores above a random negative, ties counting one half (the trapezoid under the ROC curve).
   */
  rocAuc(): { value: number | null; note?: string } {
    if (this.overflow) {
      return {
        value: null,
        note: `more than ${MAX_EXACT_SCORES.toLocaleString('en-US')} scores have more than ${BUCKET_DECIMALS} decimals; round scores to ${BUCKET_DECIMALS} decimals for an exact ROC AUC in bounded memory`
      };
    }
    const counts = this.exact ? this.exactBuckets() : this.counts;
    if (!counts) return { value: null, note: 'no scores' };
    let negativesBelow = 0;
    let area = 0;
    let totalPositive = 0;
    for (let i = 0; i < counts.length; i += 2) {
      const n = counts[i] as number;
      const p = counts[i + 1] as number;
      if (p !== 0) {
        area += p * (negativesBelow + n / 2);
        totalPositive += p;
      }
      negativesBelow += n;
    }
    if (totalPositive === 0 || negativesBelow === 0) {
      return { value: null, note: 'ROC AUC is undefined unless both classes have rows (of non-zero weight) in the labels' };
    }
    return { value: area / (totalPositive * negativesBelow) };
  }

  /**
   * The weighted sum of scikit-learn 1.2's per-row log loss over every score: probabilities clipped
   * to [eps, 1 − eps], each row's pair (1 − p, p) renormalised, −log of the true class's share.
   * Rows with the same score and label share one term, weighted by their count.
   */
  logLossSum(): number {
    const sum = new CompensatedSum();
    sum.add(this.droppedLogLoss.value());
    this.forEachScore((value, positive, weight) => sum.add(weight * rowLogLoss(positive, value)));
    return sum.value();
  }

  private forEachScore(visit: (value: number, positive: boolean, weight: number) => void): void {
    if (this.counts) {
      const scale = POW10[this.resolution] as number;
      for (let i = 0; i < this.counts.length; i++) {
        const weight = this.counts[i] as number;
        if (weight !== 0) visit(Math.floor(i / 2) / scale, i % 2 === 1, weight);
      }
    } else if (this.exact) {
      const values = this.exact.values.view();
      const weights = this.exact.weights.view();
      const labels = this.exact.labels.view();
      for (let i = 0; i < values.length; i++) visit(values[i] as number, labels[i] === 1, weights[i] as number);
    }
  }

  private switchToExact(): void {
    const exact = { values: float64s(), weights: float64s(), labels: bytes() };
    this.forEachScore((value, positive, weight) => {
      exact.values.push(value);
      exact.weights.push(weight);
      exact.labels.push(positive ? 1 : 0);
    });
    this.counts = undefined;
    this.exact = exact;
  }

  /** Exact values sorted and merged into per-distinct-score weights, in the bucket layout, ascending. */
  private exactBuckets(): Float64Array {
    const { values, weights, labels } = this.exact as NonNullable<ScoreStore['exact']>;
    const n = values.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const v = values.view();
    order.sort((a, b) => (v[a] as number) - (v[b] as number));
    const counts = new Float64Array(2 * n);
    const w = weights.view();
    const l = labels.view();
    let bucket = -1;
    let last = Number.NaN;
    for (let i = 0; i < n; i++) {
      const index = order[i] as number;
      const value = v[index] as number;
      if (value !== last) {
        bucket++;
        last = value;
      }
      const cell = 2 * bucket + (l[index] as number);
      counts[cell] = (counts[cell] as number) + (w[index] as number);
    }
    return counts.subarray(0, 2 * (bucket + 1));
  }
}

const EPSILON = 2.220446049250313e-16;

function clip(p: number): number {
  return p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p;
}

function rowLogLoss(positive: boolean, p: number): number {
  const negativeShare = clip(1 - p);
  const positiveShare = clip(p);
  return -Math.log((positive ? positiveShare : negativeShare) / (negativeShare + positiveShare));
}

/** Neumaier's compensated summation: the sum of many terms without the rounding drift. */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(term: number): void {
    const next = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term) ? this.sum - next + term : term - next + this.sum;
    this.sum = next;
  }

  value(): number {
    return this.sum + this.compensation;
  }
}
