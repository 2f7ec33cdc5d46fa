// Small binary classifiers for the scoring tests, built at test time: a logistic regression with
// sklearn-onnx's outputs (output_label int64 [N], output_probability float [N, 2]), the same with one
// input per column and a single probability, and models that break the rules scoring checks.
import { encodeModel, type Initializer } from './onnx-writer.js';

/** The logistic regression's weights and bias: p = sigmoid(x · W + b). */
export const LOGREG = { weights: [1.5, -2, 0.5], bias: -0.25 };

function floats(name: string, dims: readonly number[], values: readonly number[]): Initializer {
  return { name, type: 'float32', dims, data: Float32Array.from(values) };
}

const LOGIT_INITIALIZERS = [floats('W', [3, 1], LOGREG.weights), floats('b', [1], [LOGREG.bias])];

/** input float32 [N, F] → output_label int64 [N] (p ≥ 0.5), output_probability float32 [N, 2] (1 − p, p); F = 3 by default. */
export function logisticRegression(weights: readonly number[] = LOGREG.weights, bias = LOGREG.bias): Uint8Array {
  return encodeModel({
    name: 'logreg',
    nodes: [
      { op: 'MatMul', inputs: ['input', 'W'], outputs: ['xw'] },
      { op: 'Add', inputs: ['xw', 'b'], outputs: ['logit'] },
      { op: 'Sigmoid', inputs: ['logit'], outputs: ['p1'] },
      { op: 'Sub', inputs: ['one', 'p1'], outputs: ['p0'] },
      { op: 'Concat', inputs: ['p0', 'p1'], outputs: ['output_probability'], attributes: [{ name: 'axis', int: 1 }] },
      { op: 'GreaterOrEqual', inputs: ['p1', 'half'], outputs: ['positive'] },
      { op: 'Cast', inputs: ['positive'], outputs: ['positive_int'], attributes: [{ name: 'to', int: 7 }] },
      { op: 'Reshape', inputs: ['positive_int', 'flat'], outputs: ['output_label'] }
    ],
    initializers: [
      floats('W', [weights.length, 1], weights),
      floats('b', [1], [bias]),
      floats('one', [], [1]),
      floats('half', [], [0.5]),
      { name: 'flat', type: 'int64', dims: [1], data: BigInt64Array.from([-1n]) }
    ],
    inputs: [{ name: 'input', type: 'float32', shape: ['N', weights.length] }],
    outputs: [
      { name: 'output_label', type: 'int64', shape: ['N'] },
      { name: 'output_probability', type: 'float32', shape: ['N', 2] }
    ]
  });
}

/**
 * input float32 [N, F] → probability float32 [N, 1] through one hidden ReLU layer of `hidden` units:
 * a model that costs about F·hidden multiply-adds a row, for the scoring benchmark. Fixed-seed weights.
 */
export function perceptron(features: number, hidden: number): Uint8Array {
  let state = 1;
  const next = (): number => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647 - 0.5;
  };
  return encodeModel({
    name: 'perceptron',
    nodes: [
      { op: 'MatMul', inputs: ['input', 'W1'], outputs: ['hidden'] },
      { op: 'Relu', inputs: ['hidden'], outputs: ['active'] },
      { op: 'MatMul', inputs: ['active', 'W2'], outputs: ['logit'] },
      { op: 'Sigmoid', inputs: ['logit'], outputs: ['probability'] }
    ],
    initializers: [
      floats('W1', [features, hidden], Array.from({ length: features * hidden }, next)),
      floats(
        'W2',
        [hidden, 1],
        Array.from({ length: hidden }, () => next() / 10)
      )
    ],
    inputs: [{ name: 'input', type: 'float32', shape: ['N', features] }],
    outputs: [{ name: 'probability', type: 'float32', shape: ['N', 1] }]
  });
}

/** f0, f1 float32 [N, 1] and f2 int64 [N, 1] → probability float32 [N, 1]: the same regression, one input per column. */
export function logisticColumns(): Uint8Array {
  return encodeModel({
    name: 'logreg_columns',
    nodes: [
      { op: 'Cast', inputs: ['f2'], outputs: ['f2_float'], attributes: [{ name: 'to', int: 1 }] },
      { op: 'Concat', inputs: ['f0', 'f1', 'f2_float'], outputs: ['input'], attributes: [{ name: 'axis', int: 1 }] },
      { op: 'MatMul', inputs: ['input', 'W'], outputs: ['xw'] },
      { op: 'Add', inputs: ['xw', 'b'], outputs: ['logit'] },
      { op: 'Sigmoid', inputs: ['logit'], outputs: ['probability'] }
    ],
    initializers: LOGIT_INITIALIZERS,
    inputs: [
      { name: 'f0', type: 'float32', shape: ['N', 1] },
      { name: 'f1', type: 'float32', shape: ['N', 1] },
      { name: 'f2', type: 'int64', shape: ['N', 1] }
    ],
    outputs: [{ name: 'probability', type: 'float32', shape: ['N', 1] }]
  });
}

/** x float32 [N, 1] → score = sigmoid(log x) [N]: NaN where x < 0. */
export function nanRows(): Uint8Array {
  return encodeModel({
    name: 'nan_rows',
    nodes: [
      { op: 'Log', inputs: ['x'], outputs: ['log'] },
      { op: 'Sigmoid', inputs: ['log'], outputs: ['p'] },
      { op: 'Reshape', inputs: ['p', 'flat'], outputs: ['score'] }
    ],
    initializers: [{ name: 'flat', type: 'int64', dims: [1], data: BigInt64Array.from([-1n]) }],
    inputs: [{ name: 'x', type: 'float32', shape: ['N', 1] }],
    outputs: [{ name: 'score', type: 'float32', shape: ['N'] }]
  });
}

/** x float32 [N, 1] → raw logit [N, 1]: a score that is not a probability. */
export function rawScore(): Uint8Array {
  return encodeModel({
    name: 'raw_score',
    nodes: [{ op: 'Mul', inputs: ['x', 'ten'], outputs: ['score'] }],
    initializers: [floats('ten', [], [10])],
    inputs: [{ name: 'x', type: 'float32', shape: ['N', 1] }],
    outputs: [{ name: 'score', type: 'float32', shape: ['N', 1] }]
  });
}

/** Probabilities as a sequence, not a tensor: what onnxruntime-node cannot return (as a ZipMap). */
export function sequenceOutput(): Uint8Array {
  return encodeModel({
    name: 'sequence_output',
    nodes: [{ op: 'SequenceConstruct', inputs: ['input'], outputs: ['output_probability'] }],
    inputs: [{ name: 'input', type: 'float32', shape: ['N', 3] }],
    outputs: [{ name: 'output_probability', sequenceOf: 'float32' }]
  });
}

/** Two inputs, a and b float32 [N, 2], that are no eval column: p = sigmoid((a + b) · w) [N, 1]. */
export function twoInputs(): Uint8Array {
  return encodeModel({
    name: 'two_inputs',
    nodes: [
      { op: 'Add', inputs: ['a', 'b'], outputs: ['sum'] },
      { op: 'MatMul', inputs: ['sum', 'w'], outputs: ['logit'] },
      { op: 'Sigmoid', inputs: ['logit'], outputs: ['probability'] }
    ],
    initializers: [floats('w', [2, 1], [1, -1])],
    inputs: [
      { name: 'a', type: 'float32', shape: ['N', 2] },
      { name: 'b', type: 'float32', shape: ['N', 2] }
    ],
    outputs: [{ name: 'probability', type: 'float32', shape: ['N', 1] }]
  });
}
