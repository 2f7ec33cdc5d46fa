// Reads a step's log the way the GitHub runner does, to find the workflow commands it would run.
// A line ends at \n, \r or \r\n; `::name …::data` counts after leading white space (.NET's, NEL
// included); the legacy `##[name]data` counts anywhere in a line.

export interface LoggedCommand {
  name: string;
  data: string;
  line: string;
}

export function commandsIn(log: string): LoggedCommand[] {
  const commands: LoggedCommand[] = [];
  for (const line of log.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+/, '');
    const modern = /^::([^\s:]+)[^:]*::(.*)$/.exec(trimmed);
    if (modern) commands.push({ name: modern[1]!, data: modern[2]!, line });
    const legacy = /##\[([^\s\]]+)[^\]]*\](.*)$/.exec(line);
    if (legacy) commands.push({ name: legacy[1]!, data: legacy[2]!, line });
  }
  return commands;
}

/** Payloads that try every way into the log; each command's data starts with PWNED. */
export const HOSTILE_NAMES = [
  'a\n::error::PWNED by a line break',
  'b\r::stop-commands::PWNED',
  'c\r\n  ::add-mask::PWNED',
  'd ##[error]PWNED legacy',
  'e\u0085\n\u0085::warning::PWNED after NEL',
  '::notice::PWNED at the start'
];

/**
 * The commands in `log` that data issued: any command whose data starts with PWNED, and any
 * command model-gate itself never writes.
 */
export function injectedCommands(log: string): LoggedCommand[] {
  const ours = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup']);
  return commandsIn(log).filter((c) => c.data.startsWith('PWNED') || !ours.has(c.name));
}
