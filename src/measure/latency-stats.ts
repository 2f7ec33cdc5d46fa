// Summary statistics of measured run times, with distribution-free confidence intervals.
// Pure: no onnxruntime, no clock. test/reference/latency.py checks it against NumPy and SciPy.
import { type LatencyStats, type Percentile, type PercentileRatio, PERCENTILES, type QuantileInterval } from '../model/latency.js';

export const CONFIDENCE = 0.95;

export function latencyStats(durationsMs: ArrayLike<number>, batchSize: number): LatencyStats {
  const sorted = sortedCopy(durationsMs);
  const n = sorted.length;
  if (n === 0) throw new RangeError('latency statistics need at least one run');
  let total = 0;
  for (const d of sorted) total += d;
  const notes: string[] = [];
  const interval = (name: Percentile): QuantileInterval | null => {
    const found = quantileInterval(sorted, PERCENTILES[name], CONFIDENCE);
    if (!found) notes.push(tooFewRuns(name, CONFIDENCE, n));
    return found;
  };
  return {
    samples: n,
    meanMs: total / n,
    p50Ms: percentile(sorted, PERCENTILES.p50),
    p90Ms: percentile(sorted, PERCENTILES.p90),
    p95Ms: percentile(sorted, PERCENTILES.p95),
    p99Ms: percentile(sorted, PERCENTILES.p99),
    maxMs: sorted[n - 1] as number,
    throughputPerSecond: (batchSize * n) / (total / 1000),
    p50Interval: interval('p50'),
    p99Interval: interval('p99'),
    notes
  };
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/**
 * The q-quantile of a sorted sample as NumPy computes it by default (`np.quantile(x, q)`,
 * method 'linear', Hyndman and Fan's definition 7): interpolate at index (n − 1)·q.
 * The interpolation is written as NumPy's `_lerp` writes it, so the results agree to the last bit.
 */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('a percentile needs at least one value');
  const index = (n - 1) * q;
  const below = Math.min(Math.max(Math.floor(index), 0), n - 1);
  const above = Math.min(below + 1, n - 1);
  const t = index - below;
  const a = sorted[below] as number;
  const b = sorted[above] as number;
  const difference = b - a;
  return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
}

/**
 * A distribution-free confidence interval for the q-quantile ξ from order statistics.
 * With B ~ Binomial(n, q) the number of runs faster than ξ (run times are continuous),
 * [x(l), x(u)] covers ξ exactly when l ≤ B ≤ u − 1, so its coverage is P(l ≤ B < u).
 * Of all rank pairs 1 ≤ l < u ≤ n whose coverage reaches `confidence`, this takes the narrowest
 * in ranks (u − l), then the one with the highest coverage, then the lower one.
 * Unlike the equal-tailed interval, this gives a 95% interval for p99 from 299 runs (not 368), its
 * upper end the maximum. Null when no pair reaches the confidence (see `minimumSamples`).
 */
export function quantileInterval(sorted: ArrayLike<number>, q: number, confidence: number): QuantileInterval | null {
  const n = sorted.length;
  const cumulative = binomialCumulative(n, q); // cumulative[k] = P(B < k)
  let best: { l: number; u: number; coverage: number } | null = null;
  let u = 2;
  for (let l = 1; l < n; l++) {
    if (u <= l) u = l + 1;
    while (u <= n && (cumulative[u] as number) - (cumulative[l] as number) < confidence) u++;
    if (u > n) break; // a larger l only loses coverage
    const coverage = (cumulative[u] as number) - (cumulative[l] as number);
    const narrower = best === null || u - l < best.u - best.l;
    // ties in coverage (a median's mirror-image intervals) go to the lower one, so a tolerance
    // keeps rounding in the binomial probabilities from deciding them
    const likeWidthMoreCoverage = best !== null && u - l === best.u - best.l && coverage > best.coverage + 1e-12;
    if (narrower || likeWidthMoreCoverage) best = { l, u, coverage };
  }
  if (!best) return null;
  return { low: sorted[best.l - 1] as number, high: sorted[best.u - 1] as number, ranks: { low: best.l, high: best.u }, coverage: best.coverage };
}

/** The fewest runs for which `quantileInterval` finds an interval: the widest pair (1, n) must reach the confidence. */
export function minimumSamples(q: number, confidence: number): number {
  let n = 2;
  while (1 - q ** n - (1 - q) ** n < confidence) n++;
  return n;
}

function tooFewRuns(name: string, confidence: number, n: number): string {
  const needed = minimumSamples(PERCENTILES[name as Percentile], confidence);
  return `${name}: no ${Math.round(confidence * 1000) / 10}% interval from ${n} runs; it needs at least ${needed}`;
}

/**
 * P(B < k) for k = 0 … n + 1, B ~ Binomial(n, q). The probabilities are built by the ratio
 * recurrence outwards from the mode and then normalised, which needs no log-gamma and stays
 * accurate to about 1e-13 for a million runs; terms below 1e-300 are left at zero.
 */
function binomialCumulative(n: number, q: number): Float64Array {
  const weights = new Float64Array(n + 1);
  const mode = Math.min(n, Math.floor((n + 1) * q));
  const odds = q / (1 - q);
  weights[mode] = 1;
  for (let k = mode + 1; k <= n; k++) {
    const w = (weights[k - 1] as number) * ((n - k + 1) / k) * odds;
    if (w < 1e-300) break;
    weights[k] = w;
  }
  for (let k = mode - 1; k >= 0; k--) {
    const w = ((weights[k + 1] as number) * ((k + 1) / (n - k))) / odds;
    if (w < 1e-300) break;
    weights[k] = w;
  }
  let total = 0;
  for (const w of weights) total += w;
  const cumulative = new Float64Array(n + 2);
  for (let k = 0; k <= n; k++) cumulative[k + 1] = (cumulative[k] as number) + (weights[k] as number) / total;
  return cumulative;
}

/**
 * Candidate ÷ baseline for each percentile, with a 95% interval for the ratio of the true
 * percentiles. Each model's percentile gets a 97.5% interval [lo, hi] (above); when both cover,
 * the true ratio lies in [cand lo ÷ base hi, cand hi ÷ base lo]. By Bonferroni both cover with
 * probability at least 1 − 0.025 − 0.025 = 0.95, whatever the dependence between the two samples
 * (interleaved runs share the machine's noise, so independence cannot be assumed). A product of
 * two 95% intervals would only guarantee 90%.
 */
export function percentileRatios(candidateMs: ArrayLike<number>, baselineMs: ArrayLike<number>): Record<Percentile, PercentileRatio> {
  const candidate = sortedCopy(candidateMs);
  const baseline = sortedCopy(baselineMs);
  const each = 1 - (1 - CONFIDENCE) / 2;
  const result = {} as Record<Percentile, PercentileRatio>;
  for (const [name, q] of Object.entries(PERCENTILES) as [Percentile, number][]) {
    const ratio = percentile(candidate, q) / percentile(baseline, q);
    const c = quantileInterval(candidate, q, each);
    const b = quantileInterval(baseline, q, each);
    if (c && b) {
      result[name] = { ratio, interval: { low: c.low / b.high, high: b.low > 0 ? c.high / b.low : Infinity } };
    } else {
      const runs = Math.min(candidate.length, baseline.length);
      result[name] = {
        ratio,
        interval: null,
        note: `${name}: no 95% interval for the ratio from ${runs} runs of each model; it needs at least ${minimumSamples(q, each)}`
      };
    }
  }
  return result;
}
