import { InputError } from '../../../src/errors.js';
import { feedInChunks } from '../../../src/io/predictions.js';
import { evalDataReader, type ColumnNeed, type EvalBatch, type EvalDataSpec } from '../../../src/read/eval-data/reader.js';
import type { EvalColumns } from '../../../src/read/eval-data/columns.js';

const NUMBER: ColumnNeed = { number: true, integer: false, text: false };

function read(text: string, spec: Partial<EvalDataSpec> = {}, chunkBytes = 7): { batches: EvalBatch[]; columns: EvalColumns; rows: number } {
  const batches: EvalBatch[] = [];
  const reader = evalDataReader({
    file: 'eval.csv',
    labelColumn: 'label',
    sensitiveFeatures: ['group'],
    labels: { featureColumns: '--feature-columns', labelColumn: '--label-column' },
    positiveLabel: '1',
    batchSize: 2,
    rowTexts: true,
    onColumns: (columns) => ({ columns: columns.features.map(() => NUMBER), matrix: false }),
    ...spec
  });
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const result = feedInChunks(
    {
      feed: (chunk, atEnd) => {
        const used = reader.feed(chunk, atEnd);
        batches.push(...reader.take());
        return used;
      },
      result: () => reader.result()
    },
    (buffer, at) => {
      const count = Math.min(chunkBytes, bytes.length - offset, buffer.length - at);
      buffer.set(bytes.subarray(offset, offset + count), at);
      offset += count;
      return count;
    },
    16
  );
  return { batches, ...result };
}

function problem(text: string, spec: Partial<EvalDataSpec> = {}): string {
  try {
    read(text, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

const CSV = 'id,f0,group,f1,label,weight\na,1,x,2.5,1,1\nb,,y,NaN,0,2\nc,-3e2,x,4,1,1\n';

test('reads rows into batches: features in file order, the label and its class, id, weight and sensitive features', () => {
  const { batches, columns, rows } = read(CSV);
  expect(rows).toBe(3);
  expect(columns.features).toEqual(['f0', 'f1']);
  expect(batches.map((b) => b.rows)).toEqual([2, 1]);
  const [first, second] = batches as [EvalBatch, EvalBatch];
  expect([...first.lines]).toEqual([2, 3]);
  expect(first.labels).toEqual(['1', '0']);
  expect([...first.classes]).toEqual([1, 0]);
  expect(first.negativeLabel).toBe('0');
  expect(first.ids).toEqual(['a', 'b']);
  expect([...first.weights!]).toEqual([1, 2]);
  expect(first.sensitive).toEqual([['x', 'y']]);
  expect(Array.from(first.numbers[0]!)).toEqual([1, NaN]);
  expect(Array.from(first.numbers[1]!)).toEqual([2.5, NaN]);
  expect(second.numbers[0]![0]).toBe(-300);
});

test('JSON Lines give the same batches as CSV', () => {
  const jsonl = [
    { id: 'a', f0: 1, group: 'x', f1: 2.5, label: 1, weight: 1 },
    { id: 'b', f0: null, group: 'y', f1: 'NaN', label: 0, weight: 2 },
    { id: 'c', f0: -300, group: 'x', f1: 4, label: 1, weight: 1 }
  ]
    .map((row) => JSON.stringify(row))
    .join('\n');
  const fromJson = read(jsonl);
  const fromCsv = read(CSV);
  expect(fromJson.batches.map((b) => [b.labels, b.ids, b.sensitive, Array.from(b.numbers[0]!), Array.from(b.numbers[1]!)])).toEqual(
    fromCsv.batches.map((b) => [b.labels, b.ids, b.sensitive, Array.from(b.numbers[0]!), Array.from(b.numbers[1]!)])
  );
});

test('without rowTexts, the classes only: no label or id text', () => {
  const [first] = read(CSV, { rowTexts: false }).batches as [EvalBatch];
  expect([first.labels, first.ids, [...first.classes]]).toEqual([undefined, undefined, [1, 0]]);
});

test('a float32 matrix: every feature column, row after row, as the model takes it', () => {
  const onColumns = (columns: EvalColumns) => ({ columns: columns.features.map(() => ({ number: false, integer: false, text: false })), matrix: true });
  const { batches } = read('a,b,group,label\n1.5,-2,x,1\n0.1,,y,0\n3,4,x,1\n', { onColumns });
  expect(batches.map((batch) => Array.from(batch.matrix?.subarray(0, batch.rows * 2) ?? []))).toEqual([
    [1.5, -2, Math.fround(0.1), NaN],
    [3, 4]
  ]);
  expect(batches[0]?.numbers).toEqual([undefined, undefined]);
});

test('explicit feature columns, and a label column of another name', () => {
  const { columns } = read('y,a,b,c,group\n1,1,2,3,x\n', { labelColumn: 'y', featureColumns: ['c', 'a'] });
  expect(columns.features).toEqual(['c', 'a']);
  expect(columns.label).toBe(0);
});

test('bad input names the file, the line and the column', () => {
  expect(problem('f0,group,label\nabc,x,1\n')).toBe('eval.csv: line 2: feature column "f0": "abc" is not a number (a missing value is empty or NaN)');
  expect(problem('f0,group,label\n1.5,x,1\n', { onColumns: () => ({ columns: [{ number: true, integer: true, text: false }], matrix: false }) })).toBe(
    'eval.csv: line 2: feature column "f0": "1.5" is not an integer, and the model takes it as one'
  );
  expect(problem('f0,group,label\n')).toBe('eval.csv: no rows: expected at least one row to score the model on');
  expect(problem('')).toMatch(/^eval.csv: the file is empty/);
  expect(problem('f0,group,y\n1,x,1\n')).toBe('eval.csv: line 1: the label column "label" (--label-column) is not found; columns found: "f0", "group", "y"');
  expect(problem('f0,label\n1,1\n')).toMatch(/^eval.csv: line 1: sensitive feature column "group" not found/);
  expect(problem('f0,group,label\n1,x,1\n', { featureColumns: ['f0', 'f9'] })).toMatch(
    /^eval.csv: line 1: feature column "f9" \(--feature-columns\) not found/
  );
  expect(problem('f0,group,label\n1,x,1\n2,x,2\n3,x,3\n')).toMatch(/^eval.csv: line 4: label column "label": "3" is a third class/);
  expect(problem('f0,group,label,weight\n1,x,1,-1\n')).toBe('eval.csv: line 2: weight "-1" is not a finite non-negative number');
  expect(problem('f0,group,label\n1,x\n')).toBe('eval.csv: line 2: has 2 fields, but the header has 3');
  expect(problem('group,label\nx,1\n')).toMatch(/^eval.csv: line 1: no feature columns/);
});
