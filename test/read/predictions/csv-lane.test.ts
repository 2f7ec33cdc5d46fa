import fc from 'fast-check';
import { PlainRecord, type LaneColumn } from '../../../src/read/predictions/csv-lane.js';
import { CsvScanner, fieldText, type CsvRecord } from '../../../src/read/predictions/csv-scanner.js';
import { predictionsFileReader } from '../../../src/read/predictions/file-reader.js';
import { parseNumber } from '../../../src/read/predictions/number-field.js';
import { regressionRows, type RegressionRead, type RegressionSpec } from '../../../src/read/predictions/regression-reader.js';
import { InputError } from '../../../src/errors.js';
import { readText } from '../../support/chunks.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** A record's columns for the lane: two numbers, two texts and a column read by neither. */
const COLUMNS: LaneColumn[] = [{ number: 0 }, { text: 0 }, undefined, { number: 1 }, { text: 1 }];

/** The scanner's reading of one record: its fields as text, and each as parseNumber reads it. */
function scanned(text: string): { fields: string[]; numbers: number[]; length: number } | undefined {
  let found: { fields: string[]; numbers: number[] } | undefined;
  const scanner = new CsvScanner((record: CsvRecord) => {
    found ??= {
      fields: Array.from({ length: record.count }, (_, i) => fieldText(record, i)),
      numbers: Array.from({ length: record.count }, (_, i) => parseNumber(record.bytes, record.starts[i] as number, record.ends[i] as number))
    };
  });
  const used = scanner.feed(encode(text), false);
  return found && { ...found, length: used };
}

/** Where the record at the start of `text` ends, as `plain` (or a new one for `columns`) parses it, or −1. */
function parseFirst(plain: PlainRecord | LaneColumn[], text: string): number {
  const record = plain instanceof PlainRecord ? plain : new PlainRecord(plain, new Float64Array(2));
  record.use(encode(text));
  return record.parse(0);
}

const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
/** Numbers as files write them, plain or not: signs, points at either end, exponents, spaces, 20 digits. */
const number = fc.oneof(
  fc.tuple(fc.constantFrom('', '-', '+'), digits(1, 4), fc.constantFrom('', '.'), digits(0, 4)).map(([s, w, p, f]) => `${s}${w}${p}${p ? f : ''}`),
  fc
    .tuple(fc.constantFrom('', '-'), digits(0, 20), fc.constantFrom('.', ''), digits(0, 24), fc.constantFrom('', 'e5', 'E-3', ' '))
    .map((parts) => parts.join('')),
  fc.constantFrom('NaN', '-', '.', '', ' 1', '0x10', '"1.5"', 'Infinity')
);
/** Values as files write them: short and long, empty, with spaces, quotes, a carriage return, non-ASCII. */
const text = fc.oneof(
  fc.constantFrom('m', 'f', 'east', 'north', 'female', 'northeast', '', 'New York', 'é', 'ü-ß', 'a"b', '"q"', '"x,y"', 'a\rb', '#1', '+'),
  fc.string({ maxLength: 10 }).filter((s) => !/[,\n]/.test(s))
);
const record = fc
  .tuple(number, text, text, number, text, fc.constantFrom('\n', '\r\n', '\r\r\n'), fc.constantFrom(0, 0, 0, 1, -1))
  .map(([a, b, c, d, e, end, extra]) => {
    const fields = [a, b, c, d, e];
    if (extra > 0) fields.push('7');
    if (extra < 0) fields.pop();
    return fields.join(',') + end;
  });

describe('a plain record, parsed in one pass', () => {
  test('takes a record only as the scanner and parseNumber read it: the same doubles, the same bytes, the same end', () => {
    fc.assert(
      fc.property(record, fc.string({ maxLength: 12 }), (line, after) => {
        const bytes = encode(line + after + '\n'.repeat(8));
        const row = new Float64Array(2);
        const plain = new PlainRecord(COLUMNS, row);
        plain.use(bytes);
        const next = plain.parse(0);
        if (next < 0) return;
        const expected = scanned(line);
        expect(expected?.fields.length).toBe(COLUMNS.length);
        expect(next).toBe(encode(line).length);
        expect([Object.is(row[0], expected?.numbers[0]), Object.is(row[1], expected?.numbers[3])]).toEqual([true, true]);
        const spans = [0, 1].map((i) => decode(bytes.subarray(plain.spans[2 * i], plain.spans[2 * i + 1])));
        expect(spans).toEqual([expected?.fields[1], expected?.fields[4]]);
      }),
      { numRuns: 20_000 }
    );
  });

  test('takes every plain record: decimals, short or long values, LF or CRLF', () => {
    const plainNumber = fc.tuple(fc.constantFrom('', '-', '+'), digits(1, 6), fc.constantFrom('', '.'), digits(0, 6)).map(([s, w, p, f]) => `${s}${w}${p}${f}`);
    const plainText = fc.stringMatching(/^[a-zA-Z0-9 _.\-é]{0,12}$/);
    fc.assert(
      fc.property(plainNumber, plainText, plainText, plainNumber, plainText, fc.constantFrom('\n', '\r\n'), fc.nat(10), (a, b, c, d, e, end, after) => {
        const line = `${a},${b},${c},${d},${e}${end}`;
        // taken when its line feed lies 8 bytes or more before the chunk's end, else left to the scanner
        expect(parseFirst(COLUMNS, line + '\n'.repeat(after))).toBe(after >= 7 ? encode(line).length : -1);
      }),
      { numRuns: 5000 }
    );
  });

  test('leaves to the scanner: a quote at a field’s start, a blank line, too few or too many fields, an exponent, a space', () => {
    const parse = (line: string): number => parseFirst(COLUMNS, line + '\n'.repeat(8));
    expect(parse('1.5,m,x,2,east\n')).toBe(15);
    for (const line of ['1.5,"m",x,2,east\n', '\n', '\r\n', '1.5,m,x,2\n', '1.5,m,x,2,east,9\n', '1e3,m,x,2,east\n', ' 1.5,m,x,2,east\n']) {
      expect({ line, next: parse(line) }).toEqual({ line, next: -1 });
    }
  });

  test('leaves to the scanner a record whose line feed is one of the chunk’s last 7 bytes, or past its end', () => {
    const plain = new PlainRecord(COLUMNS, new Float64Array(2));
    const row = '1.5,m,x,2,east\n';
    const starts = (text: string): number[] => {
      plain.use(encode(text));
      const taken: number[] = [];
      for (let at = 0, next = plain.parse(0); next >= 0; at = next, next = plain.parse(at)) taken.push(at);
      return taken;
    };
    expect(starts(row + row + '\n'.repeat(7))).toEqual([0, 15]);
    expect(starts(row + row + '\n'.repeat(6))).toEqual([0]);
    expect(starts(row + row)).toEqual([0]);
    expect(starts(row + '1.5,m,x,2,east-of-here')).toEqual([0]);
    expect(starts(row)).toEqual([]);
    const crlf = '1.5,m,x,2,east\r\n';
    expect(starts(crlf + crlf + '\n'.repeat(7))).toEqual([0, 16]);
    expect(starts(crlf + crlf + '\n'.repeat(6))).toEqual([0]);
    // a chunk shorter than 8 bytes: none
    const short = new PlainRecord([{ text: 0 }], new Float64Array(0));
    short.use(encode('a\nb\nc\n'));
    expect(short.parse(0)).toBe(-1);
  });

  test('packs a value of at most six bytes into keys that are equal only for equal bytes; longer ones have none', () => {
    const keysOf = (value: string): string => {
      const plain = new PlainRecord([{ text: 0 }, undefined], new Float64Array(0));
      expect(parseFirst(plain, `${value},x\n${'\n'.repeat(8)}`)).toBeGreaterThan(0);
      return `${plain.keys[0]},${plain.keys[1]}`;
    };
    expect(keysOf('northeast')).toMatch(/,-1$/);
    expect(keysOf('New York')).toMatch(/,-1$/);
    const values = ['', 'm', 'f', 'mm', 'east', 'eastm', 'female', 'fema', 'é', 'e\u0301', 'a b', 'a#b', 'A', '\u00ff', 'm\u0000', '\u0000'];
    const keys = values.map(keysOf);
    expect(keys.every((key) => !key.endsWith(',-1'))).toBe(true);
    expect(new Set(keys).size).toBe(values.length);
    expect(keysOf('east')).toBe(keys[values.indexOf('east')]);
  });
});

describe('a regression read with its lane and without: the same tally, or the same error', () => {
  const spec: RegressionSpec = { file: 'p.csv', sensitiveFeatures: ['sex', 'region'], intersectional: true };
  /** What reading `csv` gives, as plain data, or the message of its error. */
  function read(csv: string, chunkBytes: number, lane: boolean): unknown {
    const rows = regressionRows(spec);
    try {
      const result: RegressionRead = readText(predictionsFileReader(spec.file, lane ? rows : { ...rows, csvLane: undefined }), csv, chunkBytes);
      return { rows: result.tally.rows, evidence: result.tally.evidence(), names: result.tally.names };
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
  }

  const regressionRecord = fc
    .tuple(number, number, text, text, fc.constantFrom('1', '2', '0.5', '-1', 'x'), fc.constantFrom('\n', '\r\n'))
    .map(([label, prediction, sex, region, weight, end]) => ({ label, prediction, sex, region, weight, end }));

  test('for files of plain rows amid odd ones, in chunks of every size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: regressionRecord.map((r) => ({ ...r, label: String(Math.trunc(r.label.length * 7.3)) })) },
            { weight: 1, arbitrary: regressionRecord }
          ),
          {
            minLength: 1,
            maxLength: 30
          }
        ),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        (records, weighted, chunkBytes) => {
          const header = weighted ? 'label,prediction,sex,region,weight' : 'label,prediction,sex,region';
          const csv = [header + '\n', ...records.map((r) => [r.label, r.prediction, r.sex, r.region, ...(weighted ? [r.weight] : [])].join(',') + r.end)].join(
            ''
          );
          expect(read(csv, chunkBytes, true)).toEqual(read(csv, chunkBytes, false));
        }
      ),
      { numRuns: 1500 }
    );
  });

  test('a bad weight, number or count of fields on a plain-looking line: the scanner’s error and line', () => {
    const csv = 'label,prediction,sex,region,weight\n1.5,2,m,east,1\n2.5,3,f,west,-2\n';
    expect(read(csv, 1 << 20, true)).toBe('p.csv: line 3: weight "-2" is not a finite non-negative number');
    expect(read('label,prediction,sex,region\n1,2,m,east\n1,2,m\n', 1 << 20, true)).toBe('p.csv: line 3: has 3 fields, but the header has 4');
  });

  test('a sensitive column that is also the label: read without the lane', () => {
    const rows = regressionRows({ file: 'p.csv', sensitiveFeatures: ['label'], intersectional: false });
    const sink = rows.start(['label', 'prediction'], 1);
    expect(rows.csvLane?.(sink, 2)).toBeUndefined();
  });
});
