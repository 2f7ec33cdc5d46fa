import { formatCount } from '../format.js';
/**
 * A name or value from the input, for a message: JSON-quoted (line breaks and control characters
 * show as escapes) and cut to `max` characters with an ellipsis, so a 100,000-character column
 * name does not fill the log.
 */
export function quote(text: string, max = 100): string {
  if (text.length <= max) return JSON.stringify(text);
  let cut = max;
  // do not split a surrogate pair
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut--;
  return `${JSON.stringify(text.slice(0, cut)).slice(0, -1)}…" (${formatCount(text.length)} characters)`;
}

/** Names for a message, quoted; past `max` of them, how many more. */
export function quoteList(names: readonly string[], max = 20): string {
  const shown = names.slice(0, max).map((name) => quote(name));
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}
