import { parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { InputError } from '../errors.js';
import { MAX_NESTING_DEPTH } from './limits.js';
import { quote } from './quote.js';

/**
 * JSON.parse with an error a person can act on: line, column, and what was found there.
 * Python's json.dump writes NaN and Infinity, which are not JSON; say so plainly.
 */
export function parseJson(text: string, file: string): unknown {
  const json = stripBom(text);
  // the passes that locate an error and find duplicate keys recurse once per level: depth first
  const tooDeep = (): void => {
    const offset = offsetBeyondDepth(json, MAX_NESTING_DEPTH);
    if (offset < 0) return;
    const { line, column } = lineAndColumn(json, offset);
    throw new InputError({ source: file, line, message: `column ${column}: nested more than ${MAX_NESTING_DEPTH} levels deep: too deep to read` });
  };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    tooDeep();
    throw new InputError({ source: file, ...locateJsonError(json) });
  }
  tooDeep();
  let duplicate: { key: string; offset: number } | undefined;
  try {
    duplicate = firstDuplicateKey(json);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new InputError({ source: file, message: `nested too deeply to read (${error.message})` });
    throw error;
  }
  if (duplicate) {
    const { line, column } = lineAndColumn(json, duplicate.offset);
    throw new InputError({
      source: file,
      line,
      message: `column ${column}: the key ${quote(duplicate.key)} appears twice in one object: JSON.parse would keep the last one silently`
    });
  }
  return data;
}

/** Where an object or array opens more than `max` levels deep, or -1 (in text that may not be valid JSON, as far as it reads). */
export function offsetBeyondDepth(json: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote
      for (i++; i < json.length; i++) {
        const d = json.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** JSON allows repeated keys and keeps the last; a metrics file that repeats one is a mistake to point out. */
function firstDuplicateKey(json: string): { key: string; offset: number } | undefined {
  const objects: Set<string>[] = [];
  let found: { key: string; offset: number } | undefined;
  visit(json, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (key, offset) => {
      const keys = objects[objects.length - 1];
      if (keys?.has(key)) found ??= { key, offset };
      keys?.add(key);
    }
  });
  return found;
}

function locateJsonError(text: string): { line?: number; message: string } {
  if (text.trim() === '') return { message: 'the file is empty: expected a JSON object' };
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { message: 'not valid JSON' };
  const { line, column } = lineAndColumn(text, first.offset);
  const found = text.slice(first.offset, first.offset + Math.max(first.length, 1)).trim();
  const nonFinite = /^-?(NaN|Infinity)/.exec(text.slice(first.offset));
  const message = nonFinite
    ? `column ${column}: ${nonFinite[0]} is not a number in JSON: every value must be a finite number`
    : `column ${column}: not valid JSON (${describe(printParseErrorCode(first.error))}${found ? `, found ${JSON.stringify(found.slice(0, 20))}` : ''})`;
  return { line, message };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
