// The GitHub runner executes a workflow command written at the start of any line of a step's
// output (`::name::…`, after leading white space), and the legacy `##[name]…` form anywhere in a
// line; a carriage return alone also ends a line. Every text printed to the log goes through
// these, so a metric, group or column name cannot issue one.

const LINE_BREAK = /\r\n|\r|\n/;
const ZERO_WIDTH_SPACE = '\u200b';
// the runner trims what .NET calls white space, which includes NEL (U+0085) where JavaScript's \s does not
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/;

/** Text for the log: each line made inert, breaks normalized to \n. */
export function neutralizeCommands(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(LEADING_COMMAND, `$1:${ZERO_WIDTH_SPACE}`).replaceAll('##[', `#${ZERO_WIDTH_SPACE}#[`))
    .join('\n');
}

/**
 * JSON for the log, made inert without changing what it parses to: `#` has a JSON escape, and
 * JSON.stringify already escapes line breaks inside strings.
 */
export function neutralizeJson(json: string): string {
  return json.replaceAll('##[', '#\\u0023[');
}
