import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { flagOf, optionsOf, spec, type Command, type OptionName } from '../options/table.js';

export const EXIT = { ok: 0, rollback: 1, badInput: 2, unexpected: 3 } as const;

/** The CLI's view of the outside world, so commands can be run and tested in-process. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * stderr when it is a terminal, written as is: the progress line redraws itself with a carriage
   * return, which `stderr` would turn into a line break (stderrProgress neutralizes its text itself).
   */
  stderrTerminal?: (text: string) => void;
}

/** A command's flags by option name, as text ("true" for a boolean flag that is there). */
export type FlagValues = Partial<Record<OptionName, string>>;

/** The flags the options table gives `command`, read by node's parseArgs; its errors become input errors that name the command. */
export function parseFlags(command: Command, args: readonly string[], allowPositionals = false): { values: FlagValues; positionals: string[] } {
  const names = optionsOf(command);
  const options = Object.fromEntries(names.map((name) => [flagOf(name), { type: spec(name).type }]));
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals });
    const read = (name: OptionName): string | undefined => {
      const value = values[flagOf(name)];
      return typeof value === 'boolean' ? String(value) : value;
    };
    return { values: Object.fromEntries(names.map((name) => [name, read(name)]).filter(([, value]) => value !== undefined)), positionals };
  } catch (error) {
    throw new InputError({
      source: `model-gate ${command}`,
      message: `${(error as Error).message.replace(/\. To specify.*$/s, '')} (see model-gate ${command} --help)`
    });
  }
}
