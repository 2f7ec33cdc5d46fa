/**
 * A name or value from the input, for a message: JSON-quoted (line breaks and control characters
 * show as escapes) and cut to `max` characters with an ellipsis, so a 100,000-character column
 * name does not fill the log.
 */
export declare function quote(text: string, max?: number): string;
/** Names for a message, quoted; past `max` of them, how many more. */
export declare function quoteList(names: readonly string[], max?: number): string;
