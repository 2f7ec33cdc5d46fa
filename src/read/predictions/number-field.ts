/** What the last parseNumber call saw, for callers that can use the exact decimal (score bucketing). */
export const parsed = { mantissa: 0, decimals: -1 };

/** The powers of ten that are exact doubles. */
export const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const decoder = new TextDecoder();

/**
 * Parses a number from bytes [start, end). Plain decimals whose digits make an integer below 2^53
 * take the fast path: mantissa / 10^decimals, where both are exact doubles, so the quotient is the
 * correctly rounded value (Clinger's fast path), the same double Number() would give. Anything else
 * (exponents, long digit strings, "NaN", text) goes through Number(). Returns NaN when not a number.
 * After the call, `parsed.decimals` is the count of fraction digits of a plain decimal, else -1.
 */
export function parseNumber(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  while (p < end && bytes[p] === 0x20) p++;
  while (end > p && bytes[end - 1] === 0x20) end--;
  const sign = p < end ? (bytes[p] as number) : 0;
  if (sign === 0x2d || sign === 0x2b) p++;
  const first = p;
  let mantissa = 0;
  for (let digit = (bytes[p] as number) - 0x30; p < end && digit >= 0 && digit <= 9; digit = (bytes[++p] as number) - 0x30) mantissa = mantissa * 10 + digit;
  let digits = p - first;
  let fraction = 0;
  if (p < end && bytes[p] === 0x2e) {
    const point = ++p;
    for (let digit = (bytes[p] as number) - 0x30; p < end && digit >= 0 && digit <= 9; digit = (bytes[++p] as number) - 0x30) mantissa = mantissa * 10 + digit;
    fraction = p - point;
    digits += fraction;
  }
  // below 2^53 every step of the sum above was exact
  if (p === end && digits > 0 && mantissa <= Number.MAX_SAFE_INTEGER && fraction <= 22) {
    parsed.mantissa = mantissa;
    parsed.decimals = fraction;
    const value = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
    return sign === 0x2d ? -value : value;
  }
  parsed.decimals = -1;
  return decimalNumber(decoder.decode(bytes.subarray(start, end)));
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number written in decimal, or NaN: Number() alone would also take "0x1f", "Infinity" and "". */
export function decimalNumber(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}
