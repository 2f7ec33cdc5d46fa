import fc from 'fast-check';
import { feedInChunks } from '../../../src/io/predictions.js';
import { driftSampleReader } from '../../../src/read/drift/sample-reader.js';
import type { DriftSample, SampleColumn } from '../../../src/model/drift.js';

/** Reads `text` as the file reader would, in chunks of the given sizes. */
function readText(text: string, features?: string[], chunkSizes: number[] = [1 << 20], file = 'sample.csv'): DriftSample {
  const source = new TextEncoder().encode(text);
  let at = 0;
  let k = 0;
  return feedInChunks(
    driftSampleReader({ file, features }),
    (buffer, offset) => {
      const size = Math.min(Math.max(1, chunkSizes[k++ % chunkSizes.length] as number), buffer.length - offset, source.length - at);
      buffer.set(source.subarray(at, at + size), offset);
      at += size;
      return size;
    },
    8
  );
}

function plain(column: SampleColumn | undefined): unknown {
  if (!column) return undefined;
  if (column.kind === 'numeric') return { ...column, values: Array.from(column.values) };
  if (column.kind === 'categorical') return { ...column, counts: Object.fromEntries(column.counts) };
  return column;
}

function columns(sample: DriftSample): Record<string, unknown> {
  return Object.fromEntries(sample.columns.map((name) => [name, plain(sample.values.get(name))]));
}

describe('reading a drift sample', () => {
  test('numeric when every non-empty value is a finite number; blanks are missing; values come sorted', () => {
    const sample = readText('\ufeff age , income,plan\n41,"1,200.5",basic\n 37 , ,pro\n,12.5,"  "\n29,1e3,basic\n');
    expect(sample.rows).toBe(4);
    expect(sample.columns).toEqual(['age', 'income', 'plan']);
    expect(columns(sample)).toEqual({
      age: { kind: 'numeric', values: [29, 37, 41], missing: 1 },
      income: { kind: 'categorical', counts: { '1,200.5': 1, '12.5': 1, '1e3': 1 }, missing: 1, firstText: { text: '1,200.5', line: 2 } },
      plan: { kind: 'categorical', counts: { basic: 2, pro: 1 }, missing: 1, firstText: { text: 'basic', line: 2 } }
    });
  });

  test('categories keep the text as written, numbers before the first text included', () => {
    const sample = readText('zip\n02139\n2139\n02139\nSW1A\n');
    expect(plain(sample.values.get('zip'))).toEqual({
      kind: 'categorical',
      counts: { '02139': 2, '2139': 1, SW1A: 1 },
      missing: 0,
      firstText: { text: 'SW1A', line: 5 }
    });
  });

  test('NaN and Infinity are text, so they make a column categorical', () => {
    expect(readText('x\n1\nNaN\n').values.get('x')?.kind).toBe('categorical');
    expect(readText('x\n1\nInfinity\n').values.get('x')?.kind).toBe('categorical');
  });

  test('a column with no values is empty; a nameless column (a pandas index) is left out', () => {
    const sample = readText(',a,b\n0,,1\n1,,2\n');
    expect(sample.columns).toEqual(['a', 'b']);
    expect(plain(sample.values.get('a'))).toEqual({ kind: 'empty', missing: 2 });
  });

  test('drift-features keeps only the columns named, in their order', () => {
    const sample = readText('a,b,c\n1,2,3\n', ['c', 'a', 'c']);
    expect(sample.columns).toEqual(['c', 'a']);
  });

  test('JSON Lines: null and absent keys are missing, keys may first appear late, booleans are categories', () => {
    const text = '{"age": 41, "vip": true}\n\n{"age": null, "vip": false, "plan": "pro"}\n{"age": "37", "plan": "basic"}\n';
    const sample = readText(text, undefined, undefined, 'sample.jsonl');
    expect(sample.rows).toBe(3);
    expect(columns(sample)).toEqual({
      age: { kind: 'numeric', values: [37, 41], missing: 1 },
      vip: { kind: 'categorical', counts: { true: 1, false: 1 }, missing: 1, firstText: { text: 'true', line: 1 } },
      plan: { kind: 'categorical', counts: { pro: 1, basic: 1 }, missing: 1, firstText: { text: 'pro', line: 3 } }
    });
  });

  test('any split into chunks reads the same sample', () => {
    const csv = 'id,note,score,city\n1,"a ""quoted"", note",0.5,Zürich\r\n2,plain,,"multi\nline"\n3,,1.25,Kraków\n';
    const jsonl = '{"note": "a, b", "score": 0.5, "city": "Zürich"}\n{"note": null, "score": 1.25, "city": "Kraków"}\n';
    for (const [text, file] of [
      [csv, 'sample.csv'],
      [jsonl, 'sample.jsonl']
    ] as const) {
      const whole = columns(readText(text, undefined, undefined, file));
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }), (sizes) => {
          expect(columns(readText(text, undefined, sizes, file))).toEqual(whole);
        })
      );
    }
  });
});
