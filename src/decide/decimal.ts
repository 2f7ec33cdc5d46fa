import Big from 'big.js';

/**
 * Gate arithmetic on decimals, not on binary floats: 0.95 − 0.01 is exactly 0.94, and
 * 0.80 + 0.05 is exactly 0.85. A number enters at 15 significant digits: every value written
 * in a file keeps all its digits, and a derived value loses only the binary noise of its last
 * bits (0.6 / 0.75 is 0.7999999999999999 in floats, 0.8 here), so a ratio exactly at its
 * threshold passes. Distinct ratios of counts below 10^7 differ long before the 15th digit.
 */
export type Decimal = Big;

export const decimal = (value: number): Decimal => new Big(value.toPrecision(15));

export function toNumber(value: Decimal): number {
  return Number(value.toString());
}
