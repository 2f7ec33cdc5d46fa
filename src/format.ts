/** Numbers as people read them: integers as they are, others to 6 significant digits, no trailing zeros. */
export function formatNumber(value: number | null | undefined, digits = 6): string {
  if (value === null || value === undefined) return '—';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(digits - 3);
  return String(Number(value.toPrecision(digits)));
}

export function formatSigned(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/**
 * 209715200 → "209,715,200", as toLocaleString('en-US') writes it, without loading ICU for it (its
 * first use takes some 10 ms of every run). Counts are integers; anything else goes to toLocaleString.
 */
export function formatCount(count: number): string {
  return Number.isSafeInteger(count) ? String(count).replace(/\B(?=(\d{3})+$)/g, ',') : count.toLocaleString('en-US');
}

/**
 * A readable list of what may be very many items: the first `shown`, then how many more.
 * `"a", "b", "c" and 99,997 more`.
 */
export function listSome(items: readonly string[], shown = 10): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')} and ${formatCount(items.length - shown)} more`;
}

/** The largest and smallest of a list of any length (Math.max(...values) overflows the stack past ~100k values). */
export function extremes(values: Iterable<number>): { max: number; min: number } {
  let max = -Infinity;
  let min = Infinity;
  for (const value of values) {
    if (value > max) max = value;
    if (value < min) min = value;
  }
  return { max, min };
}
