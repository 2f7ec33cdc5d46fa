import fc from 'fast-check';
import { feedInChunks } from '../../../src/io/predictions.js';
import type { CsvLane } from '../../../src/read/predictions/csv-lane.js';
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

  test('records written from random fields, quoted where they must be or at random, read back the same in any chunks', () => {
    const field = fc.oneof(fc.constantFrom('', 'x', '0.5', ' a ', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', '\r\n'), fc.string({ maxLength: 6 }));
    const record = fc.array(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }),
        (records, sizes) => {
          let text = '';
          let line = 1;
          const expected: Array<{ line: number; fields: string[] }> = [];
          for (const [fields, crlf] of records) {
            // a field must be quoted when it holds a comma, a quote, a line break, or (unquoted) would lose a trailing CR
            const written = fields.map(([value, quoteAnyway]) => (quoteAnyway || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value));
            const blank = fields.length === 1 && written[0] === '';
            if (!blank) expected.push({ line, fields: fields.map(([value]) => value) });
            text += `${written.join(',')}${crlf ? '\r\n' : '\n'}`;
            line += 1 + written.join(',').split('\n').length - 1;
          }
          expect(scan(text, sizes)).toEqual(expected);
        }
      )
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

describe('a lane beside the scanner', () => {
  /** A lane that takes the records that do not start with a quote, counting how often it is asked. */
  function plainLane(): { records: number; asked: number; taken: number; read: CsvLane['read'] } {
    return {
      records: 0,
      asked: 0,
      taken: 0,
      read(bytes, start) {
        this.asked++;
        let at = start;
        this.records = 0;
        while (at < bytes.length && bytes[at] !== 0x22) {
          const end = bytes.indexOf(0x0a, at);
          if (end < 0) break;
          at = end + 1;
          this.records++;
        }
        this.taken += this.records;
        return at;
      }
    };
  }

  test('refused record after record, it rests, then is tried again: every record read once, on its line', () => {
    const quoted = Array.from({ length: 10_000 }, (_, i) => `"${i}",q\n`).join('');
    const plain = Array.from({ length: 10_000 }, (_, i) => `${i},p\n`).join('');
    const lines: number[] = [];
    const scanner = new CsvScanner((record) => lines.push(record.line));
    const lane = plainLane();
    scanner.lane = lane;
    expect(scanner.feed(new TextEncoder().encode(quoted + plain + '"last",q\n'), true)).toBe(quoted.length + plain.length + 9);
    // the scanner read the quoted records, and the plain ones the lane rested through
    expect(lines.length + lane.taken).toBe(20_001);
    expect(lines.slice(0, 10_000)).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 1));
    expect(lines.at(-1)).toBe(20_001);
    // tried for 64 quoted records, then after each rest of 4,096: three times; then it takes the plain ones
    expect(lane.asked).toBeLessThan(4 * 64);
    expect(lane.taken).toBeGreaterThan(10_000 - 4096);
  });
});
