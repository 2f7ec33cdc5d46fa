// Numbers as the Markdown tables show them: short enough to read across a row, with the exact
// value a hover away. The JSON report keeps every digit.

/** Significant digits of a number in the Markdown tables. */
export const SHOWN_DIGITS = 4;
/** Past this, more digits say nothing a double can tell apart. */
const MAX_DIGITS = 17;
/** The digits a value enters the gates' decimal comparisons with. */
const COMPARED_DIGITS = 15;

/**
 * `value` to `digits` significant digits: whole numbers whole (counts, samples), very small and very
 * large ones in exponent form (a p-value of 1.237e-19), and a fraction never shown as a whole number:
 * 0.99996 is "0.99996", not "1", which a reader would take for exactly 1.
 */
export function roundedNumber(value: number | null | undefined, digits = SHOWN_DIGITS): string {
  if (value === null || value === undefined) return '—';
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs < 1e-4 || abs >= 1e9) return value.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  for (let shown = digits; shown < MAX_DIGITS; shown++) {
    const rounded = Number(value.toPrecision(shown));
    if (!Number.isInteger(rounded)) return String(rounded);
  }
  return String(value);
}

/**
 * The rounded number, with its full value in a tooltip when rounding changed it:
 * `<span title="0.93612345">0.9361</span>`. Full is 15 significant digits, as the gates compare
 * (binary noise such as 0.6000000000000001 is 0.6); the JSON report keeps the double as it is.
 */
export function hoverNumber(value: number | null | undefined, digits = SHOWN_DIGITS): string {
  const shown = roundedNumber(value, digits);
  if (value === null || value === undefined || !Number.isFinite(value)) return shown;
  const full = String(Number(value.toPrecision(COMPARED_DIGITS)));
  // a number's text is digits, ".", "e", "+" and "-": nothing an attribute needs escaped
  return Number(shown) === Number(full) ? shown : `<span title="${full}">${shown}</span>`;
}

/** hoverNumber with a "+" before a positive value, for differences. */
export function hoverSigned(value: number | null | undefined, digits = SHOWN_DIGITS): string {
  const shown = hoverNumber(value, digits);
  return value !== null && value !== undefined && value > 0 ? `+${shown}` : shown;
}

/**
 * How many significant digits tell `a` from `b`: SHOWN_DIGITS, or more when both would round to the
 * same text, so a value that failed its threshold never reads as equal to it ("0.89996 < 0.9", not "0.9 < 0.9").
 */
export function digitsToTellApart(a: number | null | undefined, b: number | null | undefined): number {
  if (a === null || a === undefined || b === null || b === undefined) return SHOWN_DIGITS;
  // past 15 digits the gates see no difference (0.7999999999999999 passes min 0.8): neither does the table
  for (let digits = SHOWN_DIGITS; digits <= COMPARED_DIGITS; digits++) if (roundedNumber(a, digits) !== roundedNumber(b, digits)) return digits;
  return SHOWN_DIGITS;
}

/** roundedNumber with a "+" before a positive value. */
export function roundedSigned(value: number | null | undefined, digits = SHOWN_DIGITS): string {
  const shown = roundedNumber(value, digits);
  return value !== null && value !== undefined && value > 0 ? `+${shown}` : shown;
}
