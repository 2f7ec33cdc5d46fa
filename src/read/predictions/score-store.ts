import { CompensatedSum } from './compensated-sum.js';
import { ExactScores, type BucketVisitor } from './exact-scores.js';
import { formatCount } from '../../format.js';

/** Scores with at most this many decimals are counted in buckets: exact, and memory independent of the row count. */
export const BUCKET_DECIMALS = 6;
/** Above this many scores with more decimals, ROC AUC is not computed (8 bytes each, 17 when rows are weighted). */
export const MAX_EXACT_SCORES = 16_000_000;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * What a later part of a file's scores hands over to be merged into the scores before it (see
 * ScoreStore.merge): none, bucket counts, or exact scores that came one by one, each weighing 1.
 */
export type ScorePartial =
  | { kind: 'none' }
  | { kind: 'buckets'; resolution: number; counts: Float64Array }
  | { kind: 'exact'; negative: Float32Array | Float64Array; positive: Float32Array | Float64Array };

/**
 * The fewest decimals, at most BUCKET_DECIMALS, whose decimal parses to `score`, or -1: a computed
 * score is bucketed as its shortest decimal written in a file would be.
 */
export function decimalsOf(score: number): number {
  if (Math.round(score * 1e6) / 1e6 !== score) return -1;
  for (let d = 0; d < BUCKET_DECIMALS; d++) {
    const scale = POW10[d] as number;
    if (Math.round(score * scale) / scale === score) return d;
  }
  return BUCKET_DECIMALS;
}

/** The mantissa of `score` written with `decimals` decimals (from decimalsOf). */
export function mantissaOf(score: number, decimals: number): number {
  return Math.round(score * (POW10[decimals] as number));
}

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
  private exact: ExactScores | undefined;
  private overflow = false;
  /** Bucketed scores of more than one row were moved to the exact values: in bucket order, not the rows'. */
  private movedOutOfOrder = false;
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
    const exact = this.exact as ExactScores;
    if (exact.length >= MAX_EXACT_SCORES) {
      this.forEachScore((value, positiveLabel, w) => this.droppedLogLoss.add(w * rowLogLoss(positiveLabel, value)));
      this.droppedLogLoss.add(weight * rowLogLoss(positive, score));
      this.overflow = true;
      this.exact = undefined;
      this.counts = undefined;
      return;
    }
    exact.push(score, positive, weight);
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
        note: `more than ${formatCount(MAX_EXACT_SCORES)} scores have more than ${BUCKET_DECIMALS} decimals; round scores to ${BUCKET_DECIMALS} decimals for an exact ROC AUC in bounded memory`
      };
    }
    if (!this.exact && !this.counts) return { value: null, note: 'no scores' };
    let negativesBelow = 0;
    let area = 0;
    let totalPositive = 0;
    this.forEachBucket((n, p) => {
      if (p !== 0) {
        area += p * (negativesBelow + n / 2);
        totalPositive += p;
      }
      negativesBelow += n;
    });
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

  /** The weights of each distinct score's negatives and positives, ascending. */
  private forEachBucket(visit: BucketVisitor): void {
    if (this.exact) return this.exact.forEachBucket(visit);
    const counts = this.counts as Float64Array;
    for (let i = 0; i < counts.length; i += 2) visit(counts[i] as number, counts[i + 1] as number);
  }

  private forEachScore(visit: (value: number, positive: boolean, weight: number) => void): void {
    if (this.counts) {
      const scale = POW10[this.resolution] as number;
      for (let i = 0; i < this.counts.length; i++) {
        const weight = this.counts[i] as number;
        if (weight !== 0) visit(Math.floor(i / 2) / scale, i % 2 === 1, weight);
      }
    } else this.exact?.forEach(visit);
  }

  /**
   * The scores as a later part of the file hands them over, or undefined when merging them could
   * not give exactly what one pass would: exact values that came with weights, or from the buckets
   * of more than one row (their order, which the log loss's sum follows, is lost), or more than
   * MAX_EXACT_SCORES.
   */
  partial(): ScorePartial | undefined {
    if (this.overflow) return undefined;
    if (this.exact) {
      const unit = this.exact.unitScores();
      return unit && !this.movedOutOfOrder ? { kind: 'exact', negative: unit[0], positive: unit[1] } : undefined;
    }
    return this.counts ? { kind: 'buckets', resolution: this.resolution, counts: this.counts } : { kind: 'none' };
  }

  /**
   * Whether `later` (the scores of the rows that follow these in the file) can be merged into
   * these exactly as reading those rows after these would have kept them. Not: buckets after
   * exact values (one pass would have kept those scores one by one, in an order the buckets lost),
   * exact values after buckets, or more than MAX_EXACT_SCORES in all. Bucket sums are exact only
   * with integer weights: the caller's to check.
   */
  mergeable(later: ScorePartial): boolean {
    if (later.kind === 'none') return true;
    if (this.overflow) return false;
    if (later.kind === 'buckets') return !this.exact;
    return this.exact?.unitScores() !== undefined && this.exact.length + later.negative.length + later.positive.length <= MAX_EXACT_SCORES;
  }

  /** Merges `later`, which must be mergeable. */
  merge(later: ScorePartial): void {
    if (later.kind === 'buckets') {
      if (later.resolution > this.resolution || !this.counts) this.refine(Math.max(later.resolution, this.resolution));
      const counts = this.counts as Float64Array;
      const step = POW10[this.resolution - later.resolution] as number;
      for (let i = 0; i < later.counts.length; i += 2) {
        counts[i * step] = (counts[i * step] as number) + (later.counts[i] as number);
        counts[i * step + 1] = (counts[i * step + 1] as number) + (later.counts[i + 1] as number);
      }
    } else if (later.kind === 'exact') {
      const exact = this.exact as ExactScores;
      for (const score of later.negative) exact.push(score, false, 1);
      for (const score of later.positive) exact.push(score, true, 1);
    }
  }

  private switchToExact(): void {
    const exact = new ExactScores();
    let moved = 0;
    this.forEachScore((value, positive, weight) => {
      moved += weight;
      exact.push(value, positive, weight);
    });
    this.movedOutOfOrder = moved > 1;
    this.counts = undefined;
    this.exact = exact;
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
