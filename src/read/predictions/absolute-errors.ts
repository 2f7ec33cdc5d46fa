// What the exact median of a regression's absolute errors needs, kept in bounded memory.
//
// Unweighted, only the errors inside a window [low, high] around the median are kept: those below
// and above it are counted, and so are those equal to either end. Once a quarter of MAX_KEPT are
// kept, the window narrows to about the MAX_KEPT / 16 ranks around the median so far (few errors
// fall in it after that, and the median is selected among few). A window only
// narrows, so every error inside it was kept, and the median is found in it whenever its rank is
// still in the window at the end. It is, unless the errors change along the file so much that the
// median moves out of the window (rows sorted by their error, say): the ranks are then `wanted`,
// more passes over the file find their values (rank-search.ts), and `settle` takes them.
//
// A file with a weight column keeps every error with its weight, up to MAX_WEIGHTED rows: for
// scikit-learn's _weighted_percentile when some weight is not 1, else numpy's median of them all.
import { formatCount } from '../../format.js';
import { Float64Blocks } from '../growable.js';
import { selectInPlace } from './select.js';

/** Unweighted errors kept at most, per part of a file: 8 MiB. */
export const MAX_KEPT = 1 << 20;
/** Errors sampled to narrow the window, and how far (in sample places) the bounds stay from the ranks sought. */
const SAMPLE = 4096;
const MARGIN = 2 * Math.sqrt(SAMPLE);
/** Rows staged before the window takes them. */
const STAGE = 1024;
/** Weighted rows whose errors are kept at most (16 bytes each); past them the weighted median is null. */
export const MAX_WEIGHTED = 16_000_000;

/** A part's errors as plain data, for a worker thread to post. */
export interface AbsoluteErrorsPartial {
  count: number;
  low: number;
  high: number;
  below: number;
  atLow: number;
  atHigh: number;
  above: number;
  /** The errors strictly between low and high. */
  inside: Float64Array;
  weighted: { values: Float64Array[]; weights: Float64Array[] } | undefined;
  missing: string | undefined;
}

/** The median absolute error, or why it is not known. */
export type Median = { value: number } | { missing: string };

export class AbsoluteErrors {
  private count = 0;
  // −0, not 0: the same in every comparison, but a double from the start, so that the object's
  // shape does not change when the window first narrows (which deoptimized the reading loop)
  private low = -0;
  private high = Infinity;
  private below = 0;
  private atLow = 0;
  private atHigh = 0;
  private above = 0;
  /** The errors strictly between low and high: the first `used` of this buffer, which doubles up to MAX_KEPT. */
  private inside: Float64Array;
  private used = 0;
  private weighted: { values: Float64Blocks; weights: Float64Blocks } | undefined;
  private missing: string | undefined;
  /** Two parts' windows did not overlap: none holds the median. */
  private lost = false;
  private settled: Median | undefined;

  /**
   * `weights`: the rows have a weight column (every error is then kept with its weight); `maxKept`:
   * MAX_KEPT, unless a test narrows the window sooner.
   */
  constructor(
    weights: boolean,
    private readonly maxKept = MAX_KEPT
  ) {
    this.inside = new Float64Array(weights ? 0 : Math.min(1024, maxKept));
    if (weights) this.weighted = { values: new Float64Blocks(), weights: new Float64Blocks() };
  }

  /**
   * Adds a row's error and weight (which only rows with a weight column have: without one it is
   * ignored). Rows are staged and taken in batches: the row's path is two stores, which the
   * reader's loop can inline, and the window's work runs in a loop of its own.
   */
  push(error: number, weight: number): void {
    const at = this.staged++;
    this.stagedErrors[at] = error;
    this.stagedWeights[at] = weight;
    if (this.staged === STAGE) this.take();
  }

  private readonly stagedErrors = new Float64Array(STAGE);
  private readonly stagedWeights = new Float64Array(STAGE);
  private staged = 0;

  /** Takes the staged rows: before anything reads what the rows left. */
  private take(): void {
    const { staged, stagedErrors, stagedWeights } = this;
    this.staged = 0;
    if (this.weighted || this.missing !== undefined) {
      this.count += staged;
      for (let i = 0; i < staged; i++) this.pushWeighted(stagedErrors[i] as number, stagedWeights[i] as number);
      return;
    }
    // the window's state in locals for the loop, stored back before the window moves
    const before = this.count;
    let { low, high, inside, used, below, above, atLow, atHigh } = this;
    for (let i = 0; i < staged; i++) {
      const error = stagedErrors[i] as number;
      // once the window is narrow, an error falls below it or above it about as often: counted
      // without a branch (Number(bit) is a 0 or 1), which the processor could not predict
      if (Number(error > low) & Number(error < high)) {
        inside[used++] = error;
        if (used === inside.length) {
          this.store(used, below, above, atLow, atHigh, before + i + 1);
          this.makeRoom();
          ({ low, high, inside, used, below, above, atLow, atHigh } = this);
        }
      } else {
        below += Number(error < low);
        above += Number(error > high);
        atLow += Number(error === low);
        atHigh += Number(error === high) & Number(error !== low);
      }
    }
    this.store(used, below, above, atLow, atHigh, before + staged);
  }

  /** Stores take's locals back. */
  private store(used: number, below: number, above: number, atLow: number, atHigh: number, count: number): void {
    this.used = used;
    this.below = below;
    this.above = above;
    this.atLow = atLow;
    this.atHigh = atHigh;
    this.count = count;
  }

  median(): Median {
    this.take();
    if (this.settled !== undefined) return this.settled;
    if (this.memo?.count !== this.count) this.memo = { count: this.count, median: this.computeMedian() };
    return this.memo.median;
  }

  /** The last median computed, and after how many rows: the selections are not repeated. */
  private memo: { count: number; median: Median } | undefined;

  private computeMedian(): Median {
    if (this.missing !== undefined) return { missing: this.missing };
    if (this.weighted) return weightedMedian(concat(this.weighted.values.blocks()), concat(this.weighted.weights.blocks()));
    if (this.count === 0) return { missing: 'no rows' };
    const half = Math.floor(this.count / 2);
    if (!this.lost) this.narrowAround(this.count % 2 ? half : half - 1, half);
    const upper = this.lost ? undefined : this.valueOfRank(half);
    const lower = this.count % 2 || upper === undefined ? upper : this.valueOfRank(half - 1, upper);
    if (upper === undefined || lower === undefined)
      return {
        missing:
          `the absolute errors change so much along the rows (sorted by their error?) that the median of ${formatCount(this.count)} left the ` +
          `${formatCount(this.maxKept)} errors kept around it in bounded memory, and it takes another pass over the rows`
      };
    return { value: this.count % 2 ? upper : (lower + upper) / 2 };
  }

  /**
   * The ranks (from 0) of the errors whose values the median needs, when they fell outside the
   * window: another pass over the rows can find them (rank-search.ts), and `settle` takes them.
   */
  wanted(): number[] | undefined {
    this.take();
    if (this.settled !== undefined || this.missing !== undefined || this.weighted || this.count === 0 || 'value' in this.median()) return undefined;
    const half = Math.floor(this.count / 2);
    return this.count % 2 ? [half] : [half - 1, half];
  }

  /** The values of the wanted ranks, found by passes over the rows, or why they could not be found. */
  settle(values: readonly number[] | { missing: string }): void {
    this.settled = 'missing' in values ? values : { value: values.length === 1 ? (values[0] as number) : ((values[0] as number) + (values[1] as number)) / 2 };
  }

  partial(): AbsoluteErrorsPartial {
    this.take();
    const { count, low, high, below, atLow, atHigh, above, weighted, missing } = this;
    return {
      count,
      low,
      high,
      below,
      atLow,
      atHigh,
      above,
      inside: this.inside.subarray(0, this.used),
      weighted: weighted && { values: weighted.values.blocks(), weights: weighted.weights.blocks() },
      missing
    };
  }

  /** Adds the errors of the rows that follow these in the file. */
  merge(later: AbsoluteErrorsPartial): void {
    this.take();
    this.memo = undefined;
    this.count += later.count;
    this.missing ??= later.missing;
    if (this.missing !== undefined) return void (this.weighted = undefined);
    if (this.weighted) return this.mergeWeighted(later);
    // the windows' overlap is the one window that holds only kept errors from both parts
    const low = Math.max(this.low, later.low);
    const high = Math.min(this.high, later.high);
    if (low > high) {
      // the medians of the parts are far apart: the window is lost, and the median needs another pass (wanted)
      this.lost = true;
      return;
    }
    this.below += later.below;
    this.above += later.above;
    // one more than they hold: push stores before it makes room
    const inside = new Float64Array(this.used + later.inside.length + 1);
    inside.set(this.inside.subarray(0, this.used));
    inside.set(later.inside, this.used);
    this.inside = inside;
    this.used = inside.length - 1;
    this.reframe(low, high);
    this.place(later.low, later.atLow);
    this.place(later.high, later.atHigh);
    // the parts' kept errors are all kept now; a row pushed after this narrows the window
  }

  /** Counts `n` copies of `error`, which is not strictly inside the window, where they fall. */
  private place(error: number, n: number): void {
    if (error < this.low) this.below += n;
    else if (error > this.high) this.above += n;
    else if (error === this.low) this.atLow += n;
    else this.atHigh += n;
  }

  /**
   * The buffer is full. From a quarter of maxKept on, the window narrows (by a sample); when that
   * frees too little (ties, or an unlucky sample), the buffer doubles, and at maxKept the window
   * narrows exactly.
   */
  private makeRoom(): void {
    const length = this.inside.length;
    if (length >= this.maxKept / 4) {
      if (this.narrowBySample()) return;
      if (length >= this.maxKept) return this.narrowExactly();
    }
    const grown = new Float64Array(Math.min(this.maxKept, length * 2));
    grown.set(this.inside);
    this.inside = grown;
  }

  /**
   * Narrows the window to about the ranks around the median so far (or around the window's end
   * nearest to it) that ranksToKeep gives, in one pass, with bounds from a sample of the errors
   * (Floyd and Rivest's idea); any narrower window is correct. Whether it left the buffer at most
   * three quarters full.
   */
  private narrowBySample(): boolean {
    const bounds = this.sampledBounds(...this.ranksToKeep());
    if (!bounds) return false;
    this.reframe(...bounds);
    return this.used <= (3 * this.inside.length) / 4;
  }

  /**
   * Bounds for a window that holds the ranks `lowRank` to `highRank` (from the window's start)
   * nearly always, from a sample of the kept errors; undefined when too few are kept to sample.
   */
  private sampledBounds(lowRank: number, highRank: number): [low: number, high: number] | undefined {
    const inside = this.inside.subarray(0, this.used);
    // too few kept errors to sample, or ranks among the ties at an end, which no sample moves towards
    if (inside.length < 4 * SAMPLE || lowRank >= this.atLow + inside.length || highRank < this.atLow) return undefined;
    const sample = Float64Array.from({ length: SAMPLE }, (_, i) => inside[Math.floor((i * inside.length) / SAMPLE)] as number).sort();
    // a sample's quantile is within two standard errors (at most √SAMPLE places) of the errors' nearly always
    const at = (rank: number): number => Math.floor(((rank - this.atLow) * SAMPLE) / inside.length);
    const low = lowRank < this.atLow || at(lowRank) - MARGIN < 0 ? this.low : (sample[at(lowRank) - MARGIN] as number);
    const high = highRank >= this.atLow + inside.length || at(highRank) + MARGIN >= SAMPLE ? this.high : (sample[at(highRank) + MARGIN] as number);
    return [low, high];
  }

  /**
   * Before the median is selected among many kept errors (the threads' windows, some 300,000): a
   * window around its ranks (from the first error) from a sample, moved to only when it holds them,
   * so that the selection is among few.
   */
  private narrowAround(lowRank: number, highRank: number): void {
    const bounds = this.sampledBounds(lowRank - this.below, highRank - this.below);
    if (!bounds) return;
    const [low, high] = bounds;
    let less = 0;
    let notAbove = 0;
    for (let i = 0; i < this.used; i++) {
      const error = this.inside[i] as number;
      less += Number(error < low);
      notAbove += Number(error <= high);
    }
    // errors below the new window, and up to its end, each with those below the present window
    const before = this.below + (low > this.low ? this.atLow : 0);
    const upTo = this.below + this.atLow + (high < this.high ? 0 : this.atHigh);
    if (before + less <= lowRank && upTo + notAbove > highRank) this.reframe(low, high);
  }

  private narrowExactly(): void {
    const [lowRank, highRank] = this.ranksToKeep();
    const inside = this.inside.subarray(0, this.used);
    const low = this.windowValue(inside, lowRank, 0);
    // selecting the low rank left no smaller value after it: the high one is selected among those
    const high = this.windowValue(inside, highRank, Math.max(0, Math.min(inside.length, lowRank - this.atLow)));
    this.reframe(low, high);
  }

  /** The ranks, from the window's start, of the maxKept / 16 around the median so far, within the window. */
  private ranksToKeep(): [number, number] {
    const size = this.atLow + this.used + this.atHigh;
    const center = Math.min(Math.max(Math.floor(this.count / 2) - this.below, 0), size - 1);
    const half = Math.max(1, Math.floor(this.maxKept / 32));
    return [Math.max(0, center - half), Math.min(size - 1, center + half)];
  }

  /** The window's value of `rank` (from the window's start), selected in inside[from…] (which it reorders) when there. */
  private windowValue(inside: Float64Array, rank: number, from: number): number {
    if (rank < this.atLow) return this.low;
    if (rank < this.atLow + inside.length) return selectInPlace(inside.subarray(from), rank - this.atLow - from);
    return this.high;
  }

  /** Moves to the window [low, high], which lies within the present one, placing what it held; the errors still inside move to the front. */
  private reframe(low: number, high: number): void {
    const { low: oldLow, high: oldHigh, atLow, atHigh, inside, used } = this;
    this.low = low;
    this.high = high;
    this.atLow = this.atHigh = 0;
    this.place(oldLow, atLow);
    this.place(oldHigh, atHigh);
    // counted in locals, as in take: this loop runs over up to MAX_KEPT errors
    let kept = 0;
    let below = 0;
    let above = 0;
    let atLowEnd = 0;
    let atHighEnd = 0;
    // without a branch, as in take: kept errors are written over, the others counted
    for (let i = 0; i < used; i++) {
      const error = inside[i] as number;
      inside[kept] = error;
      kept += Number(error > low) & Number(error < high);
      below += Number(error < low);
      above += Number(error > high);
      atLowEnd += Number(error === low);
      atHighEnd += Number(error === high) & Number(error !== low);
    }
    this.below += below;
    this.above += above;
    this.atLow += atLowEnd;
    this.atHigh += atHighEnd;
    this.used = kept;
  }

  /**
   * The value of the rank-th smallest error (from 0), when the window holds it. `next`: the value of
   * rank + 1, just selected: the values before its place are then the smaller ones, and this is their largest.
   */
  private valueOfRank(rank: number, next?: number): number | undefined {
    let at = rank - this.below;
    if (at < 0) return undefined;
    if (at < this.atLow) return this.low + 0; // the window's first low is −0
    at -= this.atLow;
    if (at < this.used) return next === undefined ? selectInPlace(this.inside.subarray(0, this.used), at) : largest(this.inside.subarray(0, at + 1), next);
    at -= this.used;
    return at < this.atHigh ? this.high : undefined;
  }

  private pushWeighted(error: number, weight: number): void {
    if (!this.weighted) return;
    if (this.weighted.values.length >= MAX_WEIGHTED) return this.tooManyWeighted();
    this.weighted.values.push(error);
    this.weighted.weights.push(weight);
  }

  /** Adds a later part's errors and weights (a part of the same file: it has the weight column too). */
  private mergeWeighted(later: AbsoluteErrorsPartial): void {
    const weighted = this.weighted as NonNullable<typeof this.weighted>;
    const values = later.weighted?.values ?? [];
    if (weighted.values.length + values.reduce((sum, block) => sum + block.length, 0) > MAX_WEIGHTED) return this.tooManyWeighted();
    for (const block of values) for (const error of block) weighted.values.push(error);
    for (const block of later.weighted?.weights ?? []) for (const weight of block) weighted.weights.push(weight);
  }

  private tooManyWeighted(): void {
    this.missing = `more than ${formatCount(MAX_WEIGHTED)} weighted rows: the weighted median needs every error and its weight, which are not kept past them`;
    this.weighted = undefined;
  }
}

/**
 * scikit-learn's _weighted_percentile at 50: the first error, by value, whose cumulative weight
 * reaches half the total; with every weight 1, numpy's median, as for rows without weights.
 */
function weightedMedian(errors: Float64Array, weights: Float64Array): Median {
  if (errors.length > 0 && weights.every((weight) => weight === 1)) {
    const half = errors.length >> 1;
    const upper = selectInPlace(errors, half);
    return { value: errors.length % 2 ? upper : (largest(errors.subarray(0, half), upper) + upper) / 2 };
  }
  // ties by weight: the sum up to the half, and so the median, then depend on the rows alone, not on
  // the order that the threads reading the file's chunks handed them over in (numpy's argsort, which
  // scikit-learn uses, orders ties arbitrarily too)
  const order = Uint32Array.from(errors.keys()).sort(
    (a, b) => (errors[a] as number) - (errors[b] as number) || (weights[a] as number) - (weights[b] as number)
  );
  let total = 0;
  for (const i of order) total += weights[i] as number;
  if (total === 0) return { missing: 'undefined: the rows weigh nothing' };
  const half = 0.5 * total;
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i] as number;
    if (cumulative >= half) return { value: errors[i] as number };
  }
  return { value: errors[order[order.length - 1] as number] as number };
}

/** The largest of `values`, where `bound` is known to be at least each of them: the search stops there. */
function largest(values: Float64Array, bound: number): number {
  let found = -Infinity;
  for (let i = 0; i < values.length && found < bound; i++) if ((values[i] as number) > found) found = values[i] as number;
  return found;
}

function concat(blocks: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(blocks.reduce((sum, block) => sum + block.length, 0));
  let at = 0;
  for (const block of blocks) {
    all.set(block, at);
    at += block.length;
  }
  return all;
}
