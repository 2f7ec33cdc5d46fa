import fc from 'fast-check';
import { feedInChunks } from '../../../src/io/predictions.js';
import { CsvScanner, fieldText, type CsvRecord } from '../../../src/read/predictions/csv-scanner.js';

/** Scans `text` read in the given chunk sizes, as the file reader feeds it; returns each record's fields and line. */
function scan(text: string, chunkSizes: number[] = [text.length + 1]): Array<{ line: number; fields: string[] }> {
  const out: Array<{ line: number; fields: string[] }> = [];
  const scanner = new CsvScanner((r: CsvRecord) => out.push({ line: r.line, fields: Array.from({ length: r.count }, (_, i) => fieldText(r, i)) }));
  const source = new TextEncoder().encode(text);
  let at = 0;
  let k = 0;
  const reader = { feed: (bytes: Uint8Array, atEnd: boolean) => scanner.feed(bytes, atEnd), result: () => undefined as never };
  feedInChunks(
    reader,
    (buffer, offset) => {
      const size = Math.min(Math.max(1, chunkSizes[k++ % chunkSizes.length] as number), buffer.length - offset, source.length - at);
      buffer.set(source.subarray(at, at + size), offset);
      at += size;
      return size;
    },
    4
  );
  return out;
}

describe('RFC 4180 scanning', () => {
  test('quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\n1,2,3\n';
    expect(scan(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['1', '2', '3'] }
    ]);
  });

  test('CRLF line ends, a missing final line break, empty fields and blank lines', () => {
    expect(scan('a,b\r\n1,\r\n\r\n,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', ''] },
      { line: 4, fields: ['', '2'] }
    ]);
  });

  test('any split into chunks gives the same records', () => {
    const text = 'id,label,note\n1,0,"a ""quoted"", field"\r\n2,1,plain\n3,0,"multi\nline"\n4,1,""\n';
    const whole = scan(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 12 }), (sizes) => {
        expect(scan(text, sizes)).toEqual(whole);
      })
    );
  });

  test('an unclosed quote is an error with the line where the quote opens', () => {
    expect(() => scan('a,b\n1,2\n3,"open\n')).toThrow(
      expect.objectContaining({ line: 3, message: 'a quoted field opened on line 3 is not closed before the end of the file' })
    );
    expect(() => scan('a,b\n1,"two\nlines",\n"open\n')).toThrow(
      expect.objectContaining({ line: 4, message: 'a quoted field opened on line 4 is not closed before the end of the file' })
    );
  });

  test('text after a closing quote is an error', () => {
    expect(() => scan('a,b\n"x"y,2\n')).toThrow('unexpected character "y" after a closing quote');
  });
});

test('a record longer than the read buffer grows it', () => {
  const long = `${'x'.repeat(50)},${'y'.repeat(50)}\n1,2\n`;
  expect(scan(long, [3])).toEqual([
    { line: 1, fields: ['x'.repeat(50), 'y'.repeat(50)] },
    { line: 2, fields: ['1', '2'] }
  ]);
});
