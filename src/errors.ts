import type { Problem } from './model/problem.js';

const BRAND = Symbol.for('model-gate.InputError');

/**
 * Bad input from the user: a malformed file, a missing field, an unknown option.
 * `instanceof` goes by a registered symbol, not by class identity: the parts of the bundle
 * loaded on demand each carry their own copy of this class.
 */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: boolean })[BRAND] === true;
  }

  constructor(problems: Problem | readonly Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems as Problem];
    super(list.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.source, p.line === undefined ? undefined : `line ${p.line}`, p.path ? printable(p.path) : undefined].filter(Boolean).join(': ');
  return `${where}: ${p.message}`;
}

/** Throws one InputError carrying every problem found, so the user fixes them in one go. */
export function throwIfAny(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}

const MAX_PATH_LENGTH = 200;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A JSON pointer as one readable line: its keys come from the input file, so control characters
 * show as escapes (a line break as \n) and a very long pointer is cut.
 */
function printable(path: string): string {
  const escaped = path.replace(CONTROL, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length <= MAX_PATH_LENGTH ? escaped : `${escaped.slice(0, MAX_PATH_LENGTH - 1)}…`;
}
