/** Bin edges for numeric PSI: the reference's deciles. */
export const PSI_QUANTILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** Added to every bin's count of both samples before taking shares (Haldane–Anscombe's ½). */
export const PSI_SMOOTHING = 0.5;

/**
 * Population stability index, Σ (c − r)·ln(c / r) over bins, with r and c the reference's and
 * current sample's shares. An empty bin would make a share 0 and the index infinite, so every
 * count gets ½ first: share = (count + ½) / (n + ½·bins). Unlike a fixed epsilon, the ½ has no
 * scale to pick, a bin empty in a large sample weighs more than one empty in a small sample, and
 * it fades as samples grow (with ≥ 1000 rows it moves a typical index by under 1%).
 */
export function psiFromCounts(reference: readonly number[], current: readonly number[]): number {
  const bins = reference.length;
  const referenceTotal = sum(reference) + PSI_SMOOTHING * bins;
  const currentTotal = sum(current) + PSI_SMOOTHING * bins;
  let psi = 0;
  for (let i = 0; i < bins; i++) {
    const r = ((reference[i] as number) + PSI_SMOOTHING) / referenceTotal;
    const c = ((current[i] as number) + PSI_SMOOTHING) / currentTotal;
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}

export interface NumericPsi {
  psi: number;
  /** Upper edges of all bins but the last: bin i holds edges[i−1] < x ≤ edges[i]. */
  edges: Float64Array;
  referenceCounts: number[];
  currentCounts: number[];
}

/**
 * PSI of a numeric feature over bins cut at the reference's deciles (numpy's default "linear"
 * quantiles). Tied deciles are merged, so a value repeated in many reference rows gets one bin,
 * not several empty ones: 10 bins at most, 2 at least. Both samples must be sorted ascending.
 */
export function numericPsi(reference: Float64Array, current: Float64Array): NumericPsi {
  const edges = decileEdges(reference);
  const referenceCounts = binCounts(reference, edges);
  const currentCounts = binCounts(current, edges);
  return { psi: psiFromCounts(referenceCounts, currentCounts), edges, referenceCounts, currentCounts };
}

/** The deciles of a sorted sample, duplicates removed. */
export function decileEdges(sorted: Float64Array): Float64Array {
  const edges: number[] = [];
  for (const q of PSI_QUANTILES) {
    const edge = quantile(sorted, q);
    if (edges.length === 0 || edge > (edges[edges.length - 1] as number)) edges.push(edge);
  }
  return Float64Array.from(edges);
}

/** numpy.quantile(sorted, q) with method "linear", operation for operation. */
export function quantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const virtual = (n - 1) * q;
  if (virtual >= n - 1) return sorted[n - 1] as number;
  const previous = Math.floor(virtual);
  const gamma = virtual - previous;
  const a = sorted[previous] as number;
  const b = sorted[previous + 1] as number;
  const difference = b - a;
  return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}

/** Counts of a sorted sample per bin (right-closed, as numpy.searchsorted(edges, x, side='left') assigns them). */
function binCounts(sorted: Float64Array, edges: Float64Array): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (const value of sorted) {
    while (bin < edges.length && value > (edges[bin] as number)) bin++;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts;
}

export interface CategoricalPsi {
  psi: number;
  /** Current categories that the reference never shows, most frequent first. */
  unseen: string[];
  /** Rows of the current sample in unseen categories. */
  unseenCount: number;
}

/**
 * PSI of a categorical feature: one bin per reference category, plus one bin for every category
 * that only the current sample has, pooled (a reference with no such rows cannot tell them apart,
 * and pooling keeps a long tail of new values from adding up bin by bin).
 */
export function categoricalPsi(reference: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>): CategoricalPsi {
  const referenceCounts = [...reference.values()];
  const currentCounts = [...reference.keys()].map((category) => current.get(category) ?? 0);
  const unseenEntries = [...current].filter(([category]) => !reference.has(category)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const unseenCount = sum(unseenEntries.map(([, count]) => count));
  if (unseenEntries.length > 0) {
    referenceCounts.push(0);
    currentCounts.push(unseenCount);
  }
  return { psi: psiFromCounts(referenceCounts, currentCounts), unseen: unseenEntries.map(([category]) => category), unseenCount };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
