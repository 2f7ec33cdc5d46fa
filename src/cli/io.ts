import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';

export const EXIT = { ok: 0, rollback: 1, badInput: 2, unexpected: 3 } as const;

/** The CLI's view of the outside world, so commands can be run and tested in-process. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type FlagValues = Record<string, string | boolean | undefined>;

/** node's parseArgs, with its errors turned into input errors that name the command. */
export function parseFlags(command: string, args: readonly string[], options: FlagSpec, allowPositionals = false): { values: FlagValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals });
    return { values: values as FlagValues, positionals };
  } catch (error) {
    throw new InputError({ file: `model-gate ${command}`, message: `${(error as Error).message.replace(/\. To specify.*$/s, '')} (see model-gate --help)` });
  }
}

export function text(value: FlagValues[string]): string | undefined {
  return typeof value === 'boolean' ? String(value) : value;
}
