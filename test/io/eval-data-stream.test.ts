import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { packBatch, unpackBatch } from '../../src/io/eval-data-protocol.js';
import { streamEvalData, type EvalDataHandlers } from '../../src/io/eval-data-stream.js';
import type { EvalBatch } from '../../src/read/eval-data/reader.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-stream-'));
const rows = 5000;
writeFileSync(
  join(dir, 'eval.csv'),
  ['f0,f1,group,label', ...Array.from({ length: rows }, (_, i) => `${i},${i / 2},${i % 3 ? 'a' : 'b'},${i % 2}`)].join('\n')
);
const spec = {
  file: 'eval.csv',
  labelColumn: 'label',
  sensitiveFeatures: ['group'],
  labels: { featureColumns: 'feature-columns', labelColumn: 'label-column' },
  positiveLabel: '1',
  batchSize: 64,
  rowTexts: true
};
const numbers = { onColumns: () => ({ columns: [0, 1].map(() => ({ number: true, integer: false, text: false })), matrix: true }) };

function stream(handlers: Partial<EvalDataHandlers>, file = 'eval.csv') {
  return streamEvalData({ ...spec, file }, file, dir, { ...numbers, onBatch: async () => undefined, ...handlers });
}

test('every row arrives once, in file order, while a slow consumer holds the reading back; the file is hashed as read', async () => {
  const seen: number[] = [];
  const result = await stream({
    async onBatch(batch) {
      if (batch.lines[0]! % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      for (let r = 0; r < batch.rows; r++) seen.push(batch.matrix![2 * r]!);
      expect(batch.labels!.slice(0, batch.rows)).toEqual(Array.from(batch.classes.subarray(0, batch.rows), String));
    }
  });
  expect(seen).toEqual(Array.from({ length: rows }, (_, i) => i));
  expect(result).toMatchObject({
    rows,
    sha256: createHash('sha256')
      .update(readFileSync(join(dir, 'eval.csv')))
      .digest('hex')
  });
  expect(result.columns.features).toEqual(['f0', 'f1']);
});

test("the scoring side's error stops the reading, and is the one reported", async () => {
  let handled = 0;
  const failure = new Error('onnxruntime cannot run this model');
  await expect(
    stream({
      async onBatch() {
        if (++handled === 3) throw failure;
      }
    })
  ).rejects.toBe(failure);
  expect(handled).toBe(3);
});

test('bad input found by the reading thread is an InputError with the file and the line, after the rows before it', async () => {
  writeFileSync(join(dir, 'bad.csv'), ['f0,f1,group,label', ...Array.from({ length: 300 }, (_, i) => `${i},${i === 250 ? 'oops' : i},a,1`)].join('\n'));
  let handledRows = 0;
  const error = await stream({ onBatch: async (batch) => void (handledRows += batch.rows) }, 'bad.csv').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toBe('bad.csv: line 252: feature column "f1": "oops" is not a number (a missing value is empty or NaN)');
  expect(handledRows).toBeLessThan(251);
});

test('columns the models cannot take stop the run before any row is read', async () => {
  const problem = new InputError({ source: 'model.onnx', message: 'its input takes 3 features a row' });
  let handled = 0;
  await expect(
    stream({
      onColumns: () => {
        throw problem;
      },
      onBatch: async () => void handled++
    })
  ).rejects.toBe(problem);
  expect(handled).toBe(0);
});

test('a missing file is bad input that says where it looked', async () => {
  await expect(stream({}, 'missing.csv')).rejects.toThrow(`missing.csv: file not found (looked in ${dir})`);
});

test('a batch crosses threads with its texts packed, and a text holding a NUL still arrives whole', () => {
  const batch = {
    rows: 2,
    lines: Int32Array.from([2, 3, 0]),
    classes: Uint8Array.from([1, 0, 0]),
    negativeLabel: '0',
    labels: ['1', '0', ''],
    ids: ['a\u0000b', 'c', ''],
    weights: undefined,
    sensitive: [['x', '']],
    numbers: [undefined],
    texts: [['t,1', 'u']],
    matrix: undefined
  } as unknown as EvalBatch;
  const packed = packBatch(batch);
  expect(typeof packed.labels).toBe('string');
  expect(Array.isArray(packed.ids)).toBe(true);
  expect(unpackBatch(structuredClone(packed))).toEqual({ ...batch, labels: ['1', '0'], ids: ['a\u0000b', 'c'], sensitive: [['x', '']], texts: [['t,1', 'u']] });
});
