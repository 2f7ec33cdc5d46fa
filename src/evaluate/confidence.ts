import { Z_95 } from './wilson.js';

/**
 * The confidence levels a gate may ask for, with the two-sided normal quantile of each:
 * scipy.stats.norm.ppf(1 − (1 − confidence)/2) (= scipy.special.ndtri). No normal quantile is among
 * the dependencies, so the levels are a fixed set.
 */
export const CONFIDENCE_Z: ReadonlyMap<number, number> = new Map([
  [0.9, 1.6448536269514722],
  [0.95, Z_95],
  [0.99, 2.5758293035489004]
]);

export function confidenceZ(confidence: number): number {
  const z = CONFIDENCE_Z.get(confidence);
  if (z === undefined) throw new RangeError(`no normal quantile for confidence ${confidence}: use one of ${[...CONFIDENCE_Z.keys()].join(', ')}`);
  return z;
}
