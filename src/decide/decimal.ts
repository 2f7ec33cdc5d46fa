import Big from 'big.js';

/**
 * Gate arithmetic on the decimals people wrote, not on binary floats:
 * 0.95 − 0.01 is exactly 0.94, and 0.80 + 0.05 is exactly 0.85.
 * A number enters as its shortest round-trip decimal (what JSON and YAML wrote).
 */
export type Decimal = Big;

export const decimal = (value: number): Decimal => new Big(value);

export function toNumber(value: Decimal): number {
  return Number(value.toString());
}
