import { InputError } from '../errors.js';

/**
 * Splits JSON Lines fed in chunks into objects, one per non-blank line, with its line number.
 * `feed` consumes every byte (a partial line waits for the next chunk); with `atEnd`, the last
 * line may lack its line break.
 */
export function jsonLines(file: string, onObject: (row: Record<string, unknown>, line: number) => void): { feed(bytes: Uint8Array, atEnd: boolean): number } {
  const decoder = new TextDecoder();
  let pending = '';
  let line = 0;
  const addLine = (text: string): void => {
    line++;
    if (text.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      throw new InputError({ file, line, message: 'not valid JSON: each line must be one JSON object' });
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new InputError({ file, line, message: 'expected a JSON object' });
    onObject(row as Record<string, unknown>, line);
  };
  return {
    feed(bytes, atEnd) {
      pending += decoder.decode(bytes, { stream: !atEnd });
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        addLine(pending.slice(0, newline).replace(/^\ufeff/, ''));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
      if (atEnd && pending !== '') {
        addLine(pending.replace(/^\ufeff/, ''));
        pending = '';
      }
      return bytes.length;
    }
  };
}
