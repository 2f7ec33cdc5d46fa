import type { Interval } from '../model/evidence.js';
import { wilsonInterval, Z_95 } from './wilson.js';

/**
 * Interval for the difference of two independent proportions p1 − p2 = x1/n1 − x2/n2 by Newcombe's
 * hybrid score method (method 10 of Newcombe 1998, Statistics in Medicine 17:873–890), as statsmodels
 * computes `confint_proportions_2indep(x1, n1, x2, n2, method='newcomb', compare='diff')`: the
 * Wilson interval [l, u] of each proportion gives
 *   low  = p1 − p2 − √((p1 − l1)² + (u2 − p2)²)
 *   high = p1 − p2 + √((p2 − l2)² + (u1 − p1)²).
 * (statsmodels' z is norm.isf(0.025), one ulp from Z_95 = ndtri(0.975); the bounds differ by ~1e-16.)
 * Unlike the Wald interval it stays inside [−1, 1] and does not collapse to a point when x = 0 or x = n.
 *
 * Returns null when either side has no trials (n = 0): there is nothing to compare, which the caller
 * treats as inconclusive. Counts outside 0 ≤ x ≤ n are a RangeError. Only the 95% level is supported
 * (there is no normal quantile among the dependencies); any other `confidence` is a RangeError.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): Interval | null {
  if (confidence !== 0.95) throw new RangeError(`Newcombe's interval is only available at confidence 0.95, got ${confidence}`);
  checkCounts(x1, n1);
  checkCounts(x2, n2);
  if (n1 === 0 || n2 === 0) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const w1 = wilsonInterval(x1, n1, Z_95);
  const w2 = wilsonInterval(x2, n2, Z_95);
  return {
    low: p1 - p2 - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: p1 - p2 + Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2)
  };
}

function checkCounts(successes: number, trials: number): void {
  if (!(Number.isFinite(trials) && trials >= 0 && successes >= 0 && successes <= trials)) {
    throw new RangeError(`Newcombe's interval needs 0 <= successes <= trials (finite), got ${successes} of ${trials}`);
  }
}
