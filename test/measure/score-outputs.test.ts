import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { OutputReader, planOutputs } from '../../src/measure/score-outputs.js';
import { inputErrorOf } from '../support/errors.js';

const tensor = (name: string, type: string, shape: (number | string)[]): InferenceSession.ValueMetadata =>
  ({ name, isTensor: true, type, shape }) as unknown as InferenceSession.ValueMetadata;
const sequence = (name: string): InferenceSession.ValueMetadata => ({ name, isTensor: false }) as InferenceSession.ValueMetadata;
const output = (type: string, dims: number[], data: unknown): Tensor => ({ type, dims, data }) as unknown as Tensor;

const problem = inputErrorOf;

test("plans sklearn-onnx's label and probability, a single score, or a label alone", () => {
  expect(planOutputs([tensor('output_label', 'int64', ['N']), tensor('output_probability', 'float32', ['N', 2])], 'm.onnx')).toEqual({
    label: 'output_label',
    score: 'output_probability',
    fetch: ['output_label', 'output_probability']
  });
  expect(planOutputs([tensor('y', 'float32', ['N', 1])], 'm.onnx')).toEqual({ score: 'y', fetch: ['y'] });
  expect(planOutputs([tensor('variable', 'string', ['N'])], 'm.onnx')).toEqual({ label: 'variable', fetch: ['variable'] });
  expect(planOutputs([tensor('logits', 'float32', ['N', 2]), tensor('probability', 'float32', ['N', 2])], 'm.onnx').score).toBe('probability');
});

test('refuses a ZipMap, several unnamed probabilities and a multi-class output', () => {
  expect(problem(() => planOutputs([tensor('output_label', 'int64', ['N']), sequence('output_probability')], 'm.onnx'))).toMatch(
    /^m.onnx: its output output_probability is not a tensor \(a ZipMap sequence of maps.*zipmap=False/
  );
  expect(problem(() => planOutputs([tensor('a', 'float32', ['N', 1]), tensor('b', 'float32', ['N', 1])], 'm.onnx'))).toMatch(
    /^m.onnx: its outputs \(a float32 Nx1, b float32 Nx1\) hold several probabilities/
  );
  expect(problem(() => planOutputs([tensor('p', 'float32', ['N', 3])], 'm.onnx'))).toMatch(/is not binary/);
});

test("the positive class's column of [N, 2] probabilities follows the label output, whatever the classes' order", () => {
  const plan = { label: 'label', score: 'p', fetch: ['label', 'p'] };
  // classes ordered [yes, no]: column 0 is the positive class's
  const reader = new OutputReader(plan, 'm.onnx', 'yes', 0.5);
  const first = reader.read({ label: output('string', [2], ['yes', 'no']), p: output('float32', [2, 2], Float32Array.from([0.8, 0.2, 0.3, 0.7])) }, 2);
  expect(Array.from(first.labels!.indexes, (i) => first.labels!.names[i])).toEqual(['yes', 'no']);
  expect(Array.from(first.scores!)).toEqual([Math.fround(0.8), Math.fround(0.3)]);
  const second = reader.read({ label: output('string', [1], ['no']), p: output('float32', [1, 2], Float32Array.from([0.1, 0.9])) }, 1);
  expect(Array.from(second.scores!)).toEqual([Math.fround(0.1)]);
});

test('a single score: the threshold decides; NaN and values outside [0, 1] are counted, rounding overshoot clamped', () => {
  const reader = new OutputReader({ score: 's', fetch: ['s'] }, 'm.onnx', '1', 0.6);
  const read = reader.read({ s: output('float64', [5], Float64Array.from([0.6, 0.59, NaN, 1 + 1e-7, 3])) }, 5);
  expect(Array.from(read.positive!)).toEqual([1, 0, 0, 1, 1]);
  expect(read.scores![3]).toBe(1);
  expect(read.nonFinite).toEqual([2]);
  expect(read.outOfRange).toEqual([4]);
  expect(problem(() => reader.read({ s: output('float64', [2], Float64Array.from([0.1, 0.2])) }, 3))).toMatch(
    /^m.onnx: its output s has shape 2: expected one value a row, fed 3 rows/
  );
});
