import { InputError } from '../errors.js';
import { formatSize, MAX_RECORD_BYTES } from './limits.js';

const LF = 0x0a;

/**
 * Splits JSON Lines fed in chunks into objects, one per non-blank line, with its line number.
 * `feed` reads the complete lines at the start of `bytes` and returns how many bytes they took (a
 * partial line is fed again with what follows); with `atEnd`, the last line may lack its line break.
 * A line longer than `maxLineBytes` is refused before it is complete: one without line breaks is
 * not read whole.
 */
export function jsonLines(
  file: string,
  onObject: (row: Record<string, unknown>, line: number) => void,
  maxLineBytes = MAX_RECORD_BYTES
): { feed(bytes: Uint8Array, atEnd: boolean): number } {
  const decoder = new TextDecoder();
  let line = 0;
  const addLine = (bytes: Uint8Array): void => {
    line++;
    const text = decoder.decode(bytes).replace(/^\ufeff/, '');
    if (text.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      throw new InputError({ source: file, line, message: 'not valid JSON: each line must be one JSON object' });
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new InputError({ source: file, line, message: 'expected a JSON object' });
    onObject(row as Record<string, unknown>, line);
  };
  return {
    feed(bytes, atEnd) {
      let start = 0;
      for (let newline = bytes.indexOf(LF); newline >= 0; newline = bytes.indexOf(LF, start)) {
        if (newline - start > maxLineBytes) break;
        addLine(bytes.subarray(start, newline));
        start = newline + 1;
      }
      if (bytes.length - start > maxLineBytes) {
        throw new InputError({
          source: file,
          line: line + 1,
          message: `the line is longer than ${formatSize(maxLineBytes)}: expected one JSON object per line (is the file missing its line breaks?)`
        });
      }
      if (atEnd && start < bytes.length) {
        addLine(bytes.subarray(start));
        start = bytes.length;
      }
      return start;
    }
  };
}
