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
