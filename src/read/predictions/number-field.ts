/** What the last parseNumber call saw, for callers that can use the exact decimal (score bucketing). */
export const parsed = { mantissa: 0, decimals: -1 };

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const decoder = new TextDecoder();

/**
 * Parses a number from bytes [start, end). Plain decimals with at most 15 digits take the fast
 * path: mantissa / 10^decimals, where both are exact doubles, so the quotient is the correctly
 * rounded value (Clinger's fast path), the same double Number() would give. Anything else
 * (exponents, long digit strings, "NaN", text) goes through Number(). Returns NaN when not a number.
 * After the call, `parsed.decimals` is the count of fraction digits of a plain decimal, else -1.
 */
export function parseNumber(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  while (p < end && bytes[p] === 0x20) p++;
  while (end > p && bytes[end - 1] === 0x20) end--;
  let negative = false;
  if (p < end && (bytes[p] === 0x2d || bytes[p] === 0x2b)) {
    negative = bytes[p] === 0x2d;
    p++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  let sawDigit = false;
  for (; p < end; p++) {
    const b = bytes[p] as number;
    if (b >= 0x30 && b <= 0x39) {
      mantissa = mantissa * 10 + (b - 0x30);
      if (mantissa !== 0) digits++;
      if (decimals >= 0) decimals++;
      sawDigit = true;
    } else if (b === 0x2e && decimals < 0) {
      decimals = 0;
    } else {
      break;
    }
  }
  if (p === end && sawDigit && digits <= 15 && (decimals < 0 || decimals <= 22)) {
    const fraction = decimals < 0 ? 0 : decimals;
    parsed.mantissa = mantissa;
    parsed.decimals = fraction;
    const value = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
    return negative ? -value : value;
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
