// The ONNX models of the tests (written to test/fixtures/onnx/ by generate-fixtures.ts) and of the
// latency benchmark (written to a temporary folder by scripts/bench/onnx-latency.ts).
import { SeededRandom } from '../../src/measure/random.js';
import { DataType, encodeModel, type ElementType, type Initializer } from './onnx-writer.js';
import { GENERATED_TYPES } from '../../src/model/latency.js';

/** Weights uniform in (−1/√fanIn, 1/√fanIn), as PyTorch initialises its layers, from a fixed seed. */
function weights(random: SeededRandom, name: string, dims: readonly number[], fanIn: number): Initializer {
  const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
  const bound = 1 / Math.sqrt(fanIn);
  for (let i = 0; i < data.length; i++) data[i] = (2 * random.nextFloat() - 1) * bound;
  return { name, type: 'float32', dims, data };
}

function int64s(name: string, values: readonly number[]): Initializer {
  return { name, type: 'int64', dims: [values.length], data: BigInt64Array.from(values, BigInt) };
}

/** float32 [batch, 4] → MatMul, Add, Softmax → probabilities [batch, 3]. */
export function classifier(): Uint8Array {
  const random = new SeededRandom(1);
  return encodeModel({
    name: 'classifier',
    nodes: [
      { op: 'MatMul', inputs: ['features', 'weight'], outputs: ['logits_raw'] },
      { op: 'Add', inputs: ['logits_raw', 'bias'], outputs: ['logits'] },
      { op: 'Softmax', inputs: ['logits'], outputs: ['probabilities'], attributes: [{ name: 'axis', int: -1 }] }
    ],
    initializers: [weights(random, 'weight', [4, 3], 4), weights(random, 'bias', [3], 4)],
    inputs: [{ name: 'features', type: 'float32', shape: ['batch', 4] }],
    outputs: [{ name: 'probabilities', type: 'float32', shape: ['batch', 3] }]
  });
}

/**
 * Symbolic dimensions besides the batch: tokens [batch, seq, 8] and memory [batch, ?, 4], whose
 * second dimension is symbolic without a name.
 */
export function sequence(): Uint8Array {
  const random = new SeededRandom(2);
  return encodeModel({
    name: 'sequence',
    nodes: [
      { op: 'MatMul', inputs: ['tokens', 'projection'], outputs: ['projected'] },
      { op: 'Relu', inputs: ['projected'], outputs: ['scores'] },
      {
        op: 'ReduceMean',
        inputs: ['memory'],
        outputs: ['pooled'],
        attributes: [
          { name: 'axes', ints: [1] },
          { name: 'keepdims', int: 0 }
        ]
      }
    ],
    initializers: [weights(random, 'projection', [8, 2], 8)],
    inputs: [
      { name: 'tokens', type: 'float32', shape: ['batch', 'seq', 8] },
      { name: 'memory', type: 'float32', shape: ['batch', null, 4] }
    ],
    outputs: [
      { name: 'scores', type: 'float32', shape: ['batch', 'seq', 2] },
      { name: 'pooled', type: 'float32', shape: ['batch', 4] }
    ]
  });
}

/** Several inputs of several types: float32 features, int64 ids, a bool mask and a float16 scale. */
export function multiInput(): Uint8Array {
  return encodeModel({
    name: 'multi_input',
    nodes: [
      { op: 'Cast', inputs: ['ids'], outputs: ['ids_float'], attributes: [{ name: 'to', int: DataType.float32 }] },
      { op: 'Cast', inputs: ['mask'], outputs: ['mask_float'], attributes: [{ name: 'to', int: DataType.float32 }] },
      { op: 'Cast', inputs: ['scale'], outputs: ['scale_float'], attributes: [{ name: 'to', int: DataType.float32 }] },
      { op: 'Mul', inputs: ['ids_float', 'mask_float'], outputs: ['masked_ids'] },
      { op: 'Mul', inputs: ['features', 'scale_float'], outputs: ['scaled'] },
      { op: 'Concat', inputs: ['scaled', 'masked_ids'], outputs: ['combined'], attributes: [{ name: 'axis', int: 1 }] },
      { op: 'ReduceSum', inputs: ['ids', 'sum_axes'], outputs: ['id_sum'], attributes: [{ name: 'keepdims', int: 0 }] },
      { op: 'Identity', inputs: ['scale'], outputs: ['half_scale'] }
    ],
    initializers: [int64s('sum_axes', [1])],
    inputs: [
      { name: 'features', type: 'float32', shape: ['batch', 4] },
      { name: 'ids', type: 'int64', shape: ['batch', 3] },
      { name: 'mask', type: 'bool', shape: ['batch', 3] },
      { name: 'scale', type: 'float16', shape: ['batch', 1] }
    ],
    outputs: [
      { name: 'combined', type: 'float32', shape: ['batch', 7] },
      { name: 'id_sum', type: 'int64', shape: ['batch'] },
      { name: 'half_scale', type: 'float16', shape: ['batch', 1] }
    ]
  });
}

/** Every element type model-gate generates inputs of. */
export const EVERY_TYPE: readonly ElementType[] = GENERATED_TYPES;

/** One input of every element type onnxruntime-node can feed, each passed through Identity. */
export function everyType(): Uint8Array {
  return encodeModel({
    name: 'every_type',
    nodes: EVERY_TYPE.map((type) => ({ op: 'Identity', inputs: [`in_${type}`], outputs: [`out_${type}`] })),
    inputs: EVERY_TYPE.map((type) => ({ name: `in_${type}`, type, shape: ['batch', 2] })),
    outputs: EVERY_TYPE.map((type) => ({ name: `out_${type}`, type, shape: ['batch', 2] }))
  });
}

/** ratio = x / 0 is never finite, nor is its float16 copy; copy = x is. */
export function nonFinite(): Uint8Array {
  return encodeModel({
    name: 'non_finite',
    nodes: [
      { op: 'Div', inputs: ['x', 'zero'], outputs: ['ratio'] },
      { op: 'Identity', inputs: ['x'], outputs: ['copy'] },
      { op: 'Cast', inputs: ['ratio'], outputs: ['ratio_half'], attributes: [{ name: 'to', int: DataType.float16 }] }
    ],
    initializers: [{ name: 'zero', type: 'float32', dims: [], data: new Float32Array([0]) }],
    inputs: [{ name: 'x', type: 'float32', shape: ['batch', 2] }],
    outputs: [
      { name: 'copy', type: 'float32', shape: ['batch', 2] },
      { name: 'ratio', type: 'float32', shape: ['batch', 2] },
      { name: 'ratio_half', type: 'float16', shape: ['batch', 2] }
    ]
  });
}

/** x [batch, n] reshaped to rows of 4: loads with any n, runs only when batch × n is a multiple of 4. */
export function reshape(): Uint8Array {
  return encodeModel({
    name: 'reshape',
    nodes: [{ op: 'Reshape', inputs: ['x', 'rows_of_four'], outputs: ['y'] }],
    initializers: [int64s('rows_of_four', [-1, 4])],
    inputs: [{ name: 'x', type: 'float32', shape: ['batch', 'n'] }],
    outputs: [{ name: 'y', type: 'float32', shape: [null, 4] }]
  });
}

/** Fixed shapes only: x [2, 4] → Relu. */
export function staticShape(): Uint8Array {
  return encodeModel({
    name: 'static_shape',
    nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }],
    inputs: [{ name: 'x', type: 'float32', shape: [2, 4] }],
    outputs: [{ name: 'y', type: 'float32', shape: [2, 4] }]
  });
}

/** An input that is a sequence of tensors, which model-gate cannot generate. */
export function sequenceInput(): Uint8Array {
  return encodeModel({
    name: 'sequence_input',
    nodes: [{ op: 'SequenceLength', inputs: ['items'], outputs: ['length'] }],
    inputs: [{ name: 'items', sequenceOf: 'float32' }],
    outputs: [{ name: 'length', type: 'int64', shape: [] }]
  });
}

/** The classifier cut off halfway, as an interrupted download leaves it. */
export function corrupt(): Uint8Array {
  const whole = classifier();
  return whole.slice(0, Math.floor(whole.length / 2));
}

/**
 * The benchmark's convolutional classifier (issue 4): image [batch, 3, 32, 32] → two 3×3 conv layers
 * 3→64→128, each with ReLU and 2×2 max-pooling → 8192 → 256 (ReLU) → 10 logits. About 9 MB of
 * weights from a fixed seed, so it is generated where it is needed rather than committed.
 */
export function benchClassifier(): Uint8Array {
  const random = new SeededRandom(4);
  const conv = [
    { name: 'kernel_shape', ints: [3, 3] },
    { name: 'pads', ints: [1, 1, 1, 1] }
  ];
  const pool = [
    { name: 'kernel_shape', ints: [2, 2] },
    { name: 'strides', ints: [2, 2] }
  ];
  return encodeModel({
    name: 'bench_classifier',
    nodes: [
      { op: 'Conv', inputs: ['image', 'conv1_w', 'conv1_b'], outputs: ['conv1'], attributes: conv },
      { op: 'Relu', inputs: ['conv1'], outputs: ['relu1'] },
      { op: 'MaxPool', inputs: ['relu1'], outputs: ['pool1'], attributes: pool },
      { op: 'Conv', inputs: ['pool1', 'conv2_w', 'conv2_b'], outputs: ['conv2'], attributes: conv },
      { op: 'Relu', inputs: ['conv2'], outputs: ['relu2'] },
      { op: 'MaxPool', inputs: ['relu2'], outputs: ['pool2'], attributes: pool },
      { op: 'Flatten', inputs: ['pool2'], outputs: ['flat'], attributes: [{ name: 'axis', int: 1 }] },
      { op: 'Gemm', inputs: ['flat', 'fc1_w', 'fc1_b'], outputs: ['fc1'], attributes: [{ name: 'transB', int: 1 }] },
      { op: 'Relu', inputs: ['fc1'], outputs: ['relu3'] },
      { op: 'Gemm', inputs: ['relu3', 'fc2_w', 'fc2_b'], outputs: ['logits'], attributes: [{ name: 'transB', int: 1 }] }
    ],
    initializers: [
      weights(random, 'conv1_w', [64, 3, 3, 3], 27),
      weights(random, 'conv1_b', [64], 27),
      weights(random, 'conv2_w', [128, 64, 3, 3], 576),
      weights(random, 'conv2_b', [128], 576),
      weights(random, 'fc1_w', [256, 8192], 8192),
      weights(random, 'fc1_b', [256], 8192),
      weights(random, 'fc2_w', [10, 256], 256),
      weights(random, 'fc2_b', [10], 256)
    ],
    inputs: [{ name: 'image', type: 'float32', shape: ['batch', 3, 32, 32] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch', 10] }]
  });
}
