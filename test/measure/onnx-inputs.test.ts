/** @jest-environment ./test/measure/onnxruntime-environment.cjs */
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { float16Value } from '../../src/measure/float16.js';
import { loadOnnxRuntime, sessionOptions } from '../../src/measure/session.js';
import { parseInputShapes } from '../../src/measure/input-shapes.js';
import { generateInput, planInputs, type InputData, type InputPlan } from '../../src/measure/onnx-inputs.js';
import { ROOT } from '../support/fixtures.js';

const ort = await loadOnnxRuntime();
const sessions: InferenceSession[] = [];

async function open(fixture: string): Promise<InferenceSession> {
  const session = await ort.InferenceSession.create(join(ROOT, 'test/fixtures/onnx', fixture), sessionOptions(1));
  sessions.push(session);
  return session;
}

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.release()));
});

async function plan(fixture: string, inputShapes?: string): Promise<InputPlan[]> {
  const session = await open(fixture);
  return planInputs(session.inputMetadata, { file: `models/${fixture}`, inputShapes: inputShapes === undefined ? undefined : parseInputShapes(inputShapes) });
}

async function problemsOf(fixture: string, inputShapes?: string): Promise<string> {
  try {
    await plan(fixture, inputShapes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

function feedsOf(plans: readonly InputPlan[], batchSize: number, seed?: number): Record<string, Tensor> {
  const feeds: Record<string, Tensor> = {};
  for (const p of plans) {
    const spec = generateInput(p, batchSize, seed);
    feeds[spec.name] = new ort.Tensor(spec.type as 'float32', spec.data as Float32Array, spec.shape);
  }
  return feeds;
}

describe('shapes from the model and input-shapes', () => {
  test('the first symbolic dimension is the batch', async () => {
    const [features] = await plan('classifier.onnx');
    expect(features).toEqual({ name: 'features', type: 'float32', dims: [1, 4], batchAxis: 0 });
    expect(generateInput(features!, 8).shape).toEqual([8, 4]);
  });

  test('every symbolic dimension besides the batch is listed, by input and position, in one error', async () => {
    expect(await problemsOf('sequence.onnx')).toBe(
      [
        'models/sequence.onnx: tokens: symbolic dimension 1 "seq" needs a size (only the first, 0 "batch", is the batch); give the input\'s whole shape in input-shapes, e.g. tokens=1x<seq>x8',
        'models/sequence.onnx: memory: symbolic dimension 1 (unnamed) needs a size (only the first, 0 "batch", is the batch); give the input\'s whole shape in input-shapes, e.g. memory=1x<size1>x4'
      ].join('\n')
    );
  });

  test('input-shapes resolves them; the batch position takes each measured batch size', async () => {
    const plans = await plan('sequence.onnx', 'tokens=1x128x8,memory=1x16x4');
    expect(plans.map((p) => generateInput(p, 4).shape)).toEqual([
      [4, 128, 8],
      [4, 16, 4]
    ]);
    const session = sessions.at(-1)!;
    const outputs = await session.run(feedsOf(plans, 4));
    expect(outputs.scores?.dims).toEqual([4, 128, 2]);
    expect(outputs.pooled?.dims).toEqual([4, 4]);
  });

  test('only the inputs that need it must be given', async () => {
    expect(await problemsOf('sequence.onnx', 'tokens=1x128x8')).toMatch(/^models\/sequence\.onnx: memory: symbolic dimension 1 \(unnamed\) needs a size/);
  });

  test('input-shapes entries that name no input, or disagree with the model, are reported together', async () => {
    const message = await problemsOf('sequence.onnx', 'tokens=1x128x9,memory=1x16,extra=1x2');
    expect(message).toContain('input-shapes: extra: the model has no input of that name; its inputs are tokens, memory');
    expect(message).toContain('input-shapes: tokens: dimension 2 is 8 in the model, got 9');
    expect(message).toContain('input-shapes: memory: the model declares 3 dimensions (batchx?1x4), got 2 (1x16)');
  });

  test('an input that is not a tensor is refused by name', async () => {
    expect(await problemsOf('sequence-input.onnx')).toBe(
      'models/sequence-input.onnx: items: this input is not a tensor (a sequence, map or optional); model-gate can only generate tensors'
    );
  });

  test('fixed shapes have no batch axis', async () => {
    const [x] = await plan('static-shape.onnx');
    expect(x).toMatchObject({ dims: [2, 4], batchAxis: null });
    expect(generateInput(x!, 8).shape).toEqual([2, 4]);
  });
});

describe('generated inputs', () => {
  const expectedArray: Record<string, unknown> = {
    float32: Float32Array,
    float16: Uint16Array,
    float64: Float64Array,
    int8: Int8Array,
    int16: Int16Array,
    int32: Int32Array,
    int64: BigInt64Array,
    uint8: Uint8Array,
    uint16: Uint16Array,
    uint32: Uint32Array,
    uint64: BigUint64Array,
    bool: Uint8Array,
    string: Array
  };

  test('every element type gets the typed array onnxruntime expects, of the right length, and the model runs on it', async () => {
    const plans = await plan('every-type.onnx');
    expect(plans.map((p) => p.type).sort()).toEqual(Object.keys(expectedArray).sort());
    for (const p of plans) {
      const spec = generateInput(p, 3);
      expect(spec.data).toBeInstanceOf(expectedArray[p.type] as new () => InputData);
      expect(spec.data.length).toBe(6);
    }
    // Identity hands every input back: onnxruntime took each array as the type it declares
    const outputs = await sessions.at(-1)!.run(feedsOf(plans, 3));
    for (const p of plans) {
      const sent = generateInput(p, 3).data;
      const got = outputs[`out_${p.type}`]!;
      expect(got.type).toBe(p.type);
      expect(got.dims).toEqual([3, 2]);
      const asNumbers = (data: unknown): unknown[] =>
        Array.from(data as ArrayLike<unknown>, (v) => (p.type === 'float16' && data instanceof Uint16Array ? float16Value(v as number) : v));
      expect(asNumbers(got.data)).toEqual(asNumbers(sent));
    }
  });

  test('values lie in the documented ranges: floats in [0, 1), integers 0 or 1, strings short lowercase words', async () => {
    const plans = await plan('every-type.onnx');
    const data = (type: string): InputData =>
      generateInput(
        plans.find((p) => p.type === type)!,
        500
      ).data;
    for (const type of ['float32', 'float64']) {
      const values = Array.from(data(type) as Float32Array);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values)).toBeLessThan(1);
      expect(new Set(values).size).toBeGreaterThan(900);
    }
    const halves = Array.from(data('float16') as Uint16Array, float16Value);
    expect(Math.min(...halves)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...halves)).toBeLessThan(1);
    for (const type of ['int8', 'int16', 'int32', 'uint8', 'uint16', 'uint32', 'bool']) {
      expect(new Set(data(type) as Uint8Array)).toEqual(new Set([0, 1]));
    }
    expect(new Set(data('int64') as BigInt64Array)).toEqual(new Set([0n, 1n]));
    expect(new Set(data('uint64') as BigUint64Array)).toEqual(new Set([0n, 1n]));
    for (const word of data('string') as string[]) expect(word).toMatch(/^[a-z]{1,8}$/);
  });

  test('the same seed gives the same inputs; another seed gives others', async () => {
    const plans = await plan('multi-input.onnx');
    for (const p of plans) {
      expect(generateInput(p, 4, 7).data).toEqual(generateInput(p, 4, 7).data);
      expect(generateInput(p, 4).data).toEqual(generateInput(p, 4).data);
      expect(generateInput(p, 4, 7).data).not.toEqual(generateInput(p, 4, 8).data);
    }
  });

  test("an input's values depend on its name, not on the inputs beside it", async () => {
    const [features] = await plan('multi-input.onnx');
    const [alone] = await plan('classifier.onnx');
    expect(generateInput(features!, 2).data).toEqual(generateInput(alone!, 2).data);
  });

  test('the first values of a stream are the same at every batch size', async () => {
    const [features] = await plan('classifier.onnx');
    const small = generateInput(features!, 1).data as Float32Array;
    const large = generateInput(features!, 16).data as Float32Array;
    expect(Array.from(large.subarray(0, 4))).toEqual(Array.from(small));
  });
});
