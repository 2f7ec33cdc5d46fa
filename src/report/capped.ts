/** At most this many lines of one kind (failed gates, warnings, table rows) in a report meant to be read. */
export const MAX_LISTED = 50;

/** The first `max` lines, then one line that says how many more the JSON report holds. */
export function capped(lines: readonly string[], more: (count: number) => string, max = MAX_LISTED): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), more(lines.length - max)];
}
