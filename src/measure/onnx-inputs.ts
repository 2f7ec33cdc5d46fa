// The inputs a latency run feeds the model: shapes resolved from the model's metadata, the batch
// size and the input-shapes option; contents from a fixed seed, so every run feeds the same values.
import type { InferenceSession } from 'onnxruntime-node';
import { InputError } from '../errors.js';
import { float16Bits } from './float16.js';
import { formatShape } from './input-shapes.js';
import { SeededRandom, streamSeed } from './random.js';
import { GENERATED_TYPES, type GeneratedType } from '../model/latency.js';
import type { Problem } from '../model/problem.js';

export type InputData =
  Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | BigInt64Array | Uint8Array | Uint16Array | Uint32Array | BigUint64Array | string[];

/** One input with every dimension known except the batch. */
export interface InputPlan {
  name: string;
  type: GeneratedType;
  /** The shape to feed; at `batchAxis` it holds the size the model declares or input-shapes gives, replaced by the batch size. */
  dims: readonly number[];
  /** The position of the batch dimension (the input's first symbolic one), or null when the input has none. */
  batchAxis: number | null;
}

export interface InputSpec {
  name: string;
  type: GeneratedType;
  shape: number[];
  data: InputData;
}

/** The fixed seed of generated inputs. */
export const DEFAULT_SEED = 20240604;

/**
 * The most elements one generated input may have: 2^28, 1 GiB of float32. Typed arrays could hold
 * 2^31, but not in a runner's memory; a clear error beats an allocation failure.
 */
export const MAX_ELEMENTS = 2 ** 28;

export function elementCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

export interface PlanContext {
  /** The model file, named in problems with its inputs. */
  file: string;
  /** Parsed input-shapes: input name → its whole shape. */
  inputShapes?: ReadonlyMap<string, readonly number[]>;
  /** How the input-shapes option is called where the user wrote it. */
  inputShapesSource?: string;
}

/**
 * Resolves every input's shape but the batch. Each input's first symbolic dimension is its batch;
 * any other symbolic dimension needs the input's whole shape in input-shapes (its batch position is
 * then replaced by the measured batch size). All problems are reported together: every unresolved
 * dimension by input and position, every input that is not a tensor, every input-shapes entry that
 * names no input or disagrees with the model.
 */
export function planInputs(metadata: readonly InferenceSession.ValueMetadata[], context: PlanContext): InputPlan[] {
  const shapes = context.inputShapes ?? new Map<string, readonly number[]>();
  const source = context.inputShapesSource ?? 'input-shapes';
  const problems: Problem[] = [];
  const plans: InputPlan[] = [];

  const names = new Set(metadata.map((m) => m.name));
  for (const name of shapes.keys()) {
    if (!names.has(name)) problems.push({ source: source, message: `${name}: the model has no input of that name; its inputs are ${[...names].join(', ')}` });
  }

  for (const input of metadata) {
    if (!input.isTensor) {
      problems.push({
        source: context.file,
        path: input.name,
        message: 'this input is not a tensor (a sequence, map or optional); model-gate can only generate tensors'
      });
      continue;
    }
    if (!(GENERATED_TYPES as readonly string[]).includes(input.type)) {
      problems.push({
        source: context.file,
        path: input.name,
        message: `element type ${input.type} is not supported; expected one of ${GENERATED_TYPES.join(', ')}`
      });
      continue;
    }
    const declared = input.shape;
    const batchAxis = declared.findIndex((d) => typeof d === 'string');
    const given = shapes.get(input.name);
    let dims: number[];
    if (given !== undefined) {
      const mismatch = shapeMismatch(declared, given);
      if (mismatch) {
        problems.push({ source: source, message: `${input.name}: ${mismatch}` });
        continue;
      }
      dims = [...given];
    } else {
      const unresolved = declared.flatMap((d, axis) => (typeof d === 'string' && axis !== batchAxis ? [describeDim(d, axis)] : []));
      if (unresolved.length > 0) {
        problems.push({
          source: context.file,
          path: input.name,
          message:
            `symbolic ${unresolved.length === 1 ? 'dimension' : 'dimensions'} ${unresolved.join(', ')} ${unresolved.length === 1 ? 'needs a size' : 'need sizes'} ` +
            `(only the first, ${describeDim(declared[batchAxis] as string, batchAxis)}, is the batch); ` +
            `give the input's whole shape in ${source}, e.g. ${input.name}=${exampleShape(declared)}`
        });
        continue;
      }
      dims = declared.map((d) => (typeof d === 'number' ? d : 1));
    }
    plans.push({ name: input.name, type: input.type as GeneratedType, dims, batchAxis: batchAxis < 0 || declared.length === 0 ? null : batchAxis });
  }
  if (problems.length > 0) throw new InputError(problems);
  return plans;
}

/** Why an input-shapes entry does not fit the declared shape, or null when it does. A declared shape of [] may be a scalar or of unknown rank, so any shape fits it. */
function shapeMismatch(declared: readonly (number | string)[], given: readonly number[]): string | null {
  if (declared.length === 0) return null;
  if (given.length !== declared.length) {
    return `the model declares ${declared.length} dimensions (${formatShape(declared.map((d, axis) => describeSize(d, axis)))}), got ${given.length} (${formatShape(given)})`;
  }
  const wrong = declared.flatMap((d, axis) =>
    typeof d === 'number' && d !== given[axis] ? [`dimension ${axis} is ${d} in the model, got ${given[axis]}`] : []
  );
  return wrong.length > 0 ? wrong.join('; ') : null;
}

function describeDim(name: string, axis: number): string {
  return name === '' ? `${axis} (unnamed)` : `${axis} "${name}"`;
}

function describeSize(d: number | string, axis: number): string {
  return typeof d === 'number' ? String(d) : d === '' ? `?${axis}` : d;
}

/** The declared shape as input-shapes would take it: batch 1, other symbolic dimensions as <name>. */
function exampleShape(declared: readonly (number | string)[]): string {
  const batchAxis = declared.findIndex((d) => typeof d === 'string');
  return declared.map((d, axis) => (typeof d === 'number' ? d : axis === batchAxis ? 1 : `<${d || `size${axis}`}>`)).join('x');
}

/** True when some input has a batch dimension, so the batch size can vary. */
export function hasBatch(plans: readonly InputPlan[]): boolean {
  return plans.some((p) => p.batchAxis !== null);
}

export function shapeAt(plan: InputPlan, batchSize: number): number[] {
  return plan.dims.map((d, axis) => (axis === plan.batchAxis ? batchSize : d));
}

/**
 * The input's contents at this batch size, from a stream seeded by `seed` and the input's name (so
 * an input's values do not depend on the others). Floats are uniform in [0, 1); integers are 0 or 1,
 * valid both as indices into any table and as masks; strings are short lowercase words.
 */
export function generateInput(plan: InputPlan, batchSize: number, seed = DEFAULT_SEED): InputSpec {
  const shape = shapeAt(plan, batchSize);
  const count = elementCount(shape);
  if (count > MAX_ELEMENTS) throw new RangeError(`${plan.name}: shape ${formatShape(shape)} has ${count} elements, more than ${MAX_ELEMENTS}`);
  const random = new SeededRandom(streamSeed(seed, plan.name));
  return { name: plan.name, type: plan.type, shape, data: fill(plan.type, count, random) };
}

function fill(type: GeneratedType, count: number, random: SeededRandom): InputData {
  const bit = (): number => random.nextUint32() & 1;
  switch (type) {
    case 'float32':
      return Float32Array.from({ length: count }, () => random.nextFloat());
    case 'float64':
      return Float64Array.from({ length: count }, () => random.nextFloat());
    case 'float16':
      // multiples of 2^-11 in [0, 1): exact in float16
      return Uint16Array.from({ length: count }, () => float16Bits((random.nextUint32() >>> 21) / 2048));
    case 'int8':
      return Int8Array.from({ length: count }, bit);
    case 'int16':
      return Int16Array.from({ length: count }, bit);
    case 'int32':
      return Int32Array.from({ length: count }, bit);
    case 'int64':
      return BigInt64Array.from({ length: count }, () => BigInt(bit()));
    case 'uint8':
    case 'bool':
      return Uint8Array.from({ length: count }, bit);
    case 'uint16':
      return Uint16Array.from({ length: count }, bit);
    case 'uint32':
      return Uint32Array.from({ length: count }, bit);
    case 'uint64':
      return BigUint64Array.from({ length: count }, () => BigInt(bit()));
    case 'string':
      return Array.from({ length: count }, () => word(random));
  }
}

function word(random: SeededRandom): string {
  const length = 1 + (random.nextUint32() % 8);
  return String.fromCharCode(...Array.from({ length }, () => 97 + (random.nextUint32() % 26)));
}
