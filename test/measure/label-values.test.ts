import type { Tensor } from 'onnxruntime-node';
import { LabelValues } from '../../src/measure/label-values.js';

const output = (type: string, data: unknown): Tensor => ({ type, dims: [(data as ArrayLike<unknown>).length], data }) as unknown as Tensor;

/** Each row's value as text, as the label output's values read. */
function texts(values: LabelValues, tensor: Tensor): string[] {
  const rows = (tensor.data as ArrayLike<unknown>).length;
  return Array.from(values.indexes(tensor, rows), (i) => values.names[i] as string);
}

test('int64 labels read as their decimal text, small, negative and beyond 32 bits', () => {
  const data = BigInt64Array.from([0n, 1n, -1n, 255n, 256n, -(2n ** 31n), 2n ** 32n + 5n, -(2n ** 40n), 1n]);
  const values = new LabelValues();
  expect(texts(values, output('int64', data))).toEqual(Array.from(data, String));
  // each distinct value is written once
  expect(values.names).toEqual(Array.from(new Set(Array.from(data, String))));
});

test('bool labels read as true and false; int32 and string labels as written', () => {
  expect(texts(new LabelValues(), output('bool', Uint8Array.from([1, 0, 1])))).toEqual(['true', 'false', 'true']);
  expect(texts(new LabelValues(), output('int32', Int32Array.from([7, -3, 7, 300])))).toEqual(['7', '-3', '7', '300']);
  expect(texts(new LabelValues(), output('string', ['yes', 'no', '1', 'yes']))).toEqual(['yes', 'no', '1', 'yes']);
});

test('the indexes stay the same from one batch to the next', () => {
  const values = new LabelValues();
  const first = values.indexes(output('int64', BigInt64Array.from([1n, 0n])), 2);
  const second = values.indexes(output('int64', BigInt64Array.from([0n, 1n, 1n])), 3);
  expect([...second]).toEqual([first[1], first[0], first[0]]);
});
