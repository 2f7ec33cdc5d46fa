import type { Interval } from '../model/evidence.js';
import { wilsonInterval } from './wilson.js';

/** The paired 2×2 table of correctness: rows both models get right, only one of them, neither. */
export interface PairedTable {
  bothCorrect: number;
  candidateOnlyCorrect: number;
  baselineOnlyCorrect: number;
  neitherCorrect: number;
}

/**
 * Interval for p1 − p2, candidate accuracy minus baseline accuracy on the same rows, by Newcombe's
 * square-and-add method for paired data (method 10 of Newcombe 1998b, Statistics in Medicine
 * 17:2635–2650; as written in Fagerland, Lydersen & Laake 2014, Statistics in Medicine 33:2850–2875).
 * With a, b, c, d the table, n its total, p1 = (a + b)/n, p2 = (a + c)/n and their Wilson intervals
 * [l1, u1], [l2, u2]:
 *   low  = p1 − p2 − √((p1 − l1)² − 2φ(p1 − l1)(u2 − p2) + (u2 − p2)²)
 *   high = p1 − p2 + √((p2 − l2)² − 2φ(p2 − l2)(u1 − p1) + (u1 − p1)²)
 * where φ is the correlation of the pairs, shrunk towards 0 by n/2 when positive (Newcombe's
 * correction), and 0 when a margin is empty. Unlike the Wald interval it does not collapse to a
 * point when the models never disagree, and it stays inside [−1, 1].
 * `z` is the normal quantile of the two-sided level (see confidenceZ). Checked against
 * test/reference/paired.py to 1e-9.
 */
export function pairedDifferenceInterval(table: PairedTable, z: number): Interval {
  const { bothCorrect: a, candidateOnlyCorrect: b, baselineOnlyCorrect: c, neitherCorrect: d } = table;
  for (const count of [a, b, c, d]) {
    if (!(Number.isFinite(count) && count >= 0)) throw new RangeError(`a paired table needs counts >= 0, got ${a}, ${b}, ${c}, ${d}`);
  }
  const n = a + b + c + d;
  if (n === 0) throw new RangeError('a paired interval needs at least one row');
  const p1 = (a + b) / n;
  const p2 = (a + c) / n;
  const w1 = wilsonInterval(a + b, n, z);
  const w2 = wilsonInterval(a + c, n, z);
  const phi = correlation(a, b, c, d, n);
  const [dl1, du2, dl2, du1] = [p1 - w1.low, w2.high - p2, p2 - w2.low, w1.high - p1];
  return {
    low: p1 - p2 - Math.sqrt(dl1 ** 2 - 2 * phi * dl1 * du2 + du2 ** 2),
    high: p1 - p2 + Math.sqrt(dl2 ** 2 - 2 * phi * dl2 * du1 + du1 ** 2)
  };
}

/** Newcombe's φ: (ad − bc − n/2)/√(margins) when ad − bc > n/2, 0 up to there, (ad − bc)/√(margins) when negative. */
function correlation(a: number, b: number, c: number, d: number, n: number): number {
  const margins = [a + b, c + d, a + c, b + d];
  if (margins.some((m) => m === 0)) return 0;
  const root = Math.sqrt(margins.reduce((x, y) => x * y, 1));
  const adbc = a * d - b * c;
  if (adbc > n / 2) return (adbc - n / 2) / root;
  return adbc >= 0 ? 0 : adbc / root;
}
