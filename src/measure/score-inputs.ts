// How eval-data's feature columns feed a model, planned from its inputs: one 2-D float input takes
// the feature columns in order; else each input takes the column of its name, with its type (as
// sklearn-onnx exports pipelines).
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { InputError } from '../errors.js';
import { formatShape } from './input-shapes.js';
import type { ColumnNeed, EvalBatch, FeedNeeds } from '../read/eval-data/reader.js';
import type { Feeds, Ort } from './session.js';

const MATRIX_TYPES = ['float32', 'float64'] as const;
const COLUMN_TYPES = ['float32', 'float64', 'int64', 'int32', 'string'] as const;
type ColumnType = (typeof COLUMN_TYPES)[number];

export type FeedPlan =
  | { kind: 'matrix'; input: string; type: (typeof MATRIX_TYPES)[number]; width: number; rank: 2 }
  | { kind: 'columns'; inputs: ReadonlyArray<{ name: string; feature: number; type: ColumnType; rank: number }> };

export interface FeedContext {
  /** The model file and the eval-data file, named in problems. */
  model: string;
  evalData: string;
  /** Whether the user listed the feature columns (then every one must be an input), and how that option is called. */
  explicitFeatures: boolean;
  featureColumnsLabel: string;
}

/** Plans how the feature columns feed the model; a mismatch names the model's inputs and the columns. */
export function planFeeds(metadata: readonly InferenceSession.ValueMetadata[], features: readonly string[], context: FeedContext): FeedPlan {
  const fail = (message: string): never => {
    throw new InputError({ source: context.model, message });
  };
  const describe = (m: InferenceSession.ValueMetadata): string => (m.isTensor ? `${m.name} ${m.type} ${formatShape(m.shape)}` : `${m.name} (not a tensor)`);
  const only = metadata.length === 1 ? metadata[0] : undefined;
  if (only?.isTensor && only.shape.length === 2 && !features.includes(only.name) && (MATRIX_TYPES as readonly string[]).includes(only.type)) {
    const width = only.shape[1];
    checkBatch(only, context.model);
    if (typeof width === 'number' && width !== features.length)
      fail(
        `its input ${describe(only)} takes ${width} feature${width === 1 ? '' : 's'} a row; ${context.evalData} has ${features.length} feature column${features.length === 1 ? '' : 's'} ` +
          `(${features.join(', ')})${context.explicitFeatures ? '' : `: list the ones it takes, in order, in ${context.featureColumnsLabel}`}`
      );
    return { kind: 'matrix', input: only.name, type: only.type as 'float32', width: features.length, rank: 2 };
  }

  const names = metadata.map((m) => m.name);
  const sides = `model inputs ${names.join(', ')}; eval columns ${features.join(', ')}`;
  const missing = names.filter((name) => !features.includes(name));
  if (missing.length > 0) {
    const how =
      metadata.length === 1
        ? `the model takes one input: a 2-D float tensor [N, ${features.length}] of the feature columns in order, or a column of this name`
        : 'a model with several inputs takes one eval column per input, by name';
    fail(`${sides}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (${how})`);
  }
  const unused = context.explicitFeatures ? features.filter((f) => !names.includes(f)) : [];
  if (unused.length > 0)
    fail(`${sides}: ${unused.join(', ')} ${unused.length === 1 ? 'is not an input' : 'are not inputs'} of the model (${context.featureColumnsLabel})`);
  const inputs = metadata.map((m) => {
    if (!m.isTensor) return fail(`its input ${m.name} is not a tensor (a sequence, map or optional): eval columns feed tensors`);
    if (!(COLUMN_TYPES as readonly string[]).includes(m.type))
      fail(`its input ${describe(m)} has element type ${m.type}; a column feeds one of ${COLUMN_TYPES.join(', ')}`);
    const perRow = m.shape.slice(1);
    if (m.shape.length === 0 || m.shape.length > 2 || perRow.some((d) => d !== 1 && typeof d === 'number'))
      fail(`its input ${describe(m)} takes more than one value a row; a column feeds [N] or [N, 1]`);
    checkBatch(m, context.model);
    return { name: m.name, feature: features.indexOf(m.name), type: m.type as ColumnType, rank: m.shape.length };
  });
  return { kind: 'columns', inputs };
}

/** The first dimension is the batch: a fixed one would take only batches of that size. */
function checkBatch(m: InferenceSession.ValueMetadata & { isTensor: true }, model: string): void {
  const batch = m.shape[0];
  if (typeof batch === 'number')
    throw new InputError({
      source: model,
      message: `its input ${m.name} ${formatShape(m.shape)} has a fixed batch of ${batch}: export the model with a symbolic first dimension (e.g. None in sklearn-onnx, dynamic_axes in PyTorch)`
    });
}

/** How the feature columns must be read so that every plan can feed them: a float32 matrix is read as one. */
export function feedNeeds(plans: readonly FeedPlan[], featureCount: number): FeedNeeds {
  const columns = Array.from({ length: featureCount }, () => ({ number: false, integer: false, text: false }));
  let matrix = false;
  for (const plan of plans) {
    if (plan.kind === 'matrix' && plan.type === 'float32') matrix = true;
    else if (plan.kind === 'matrix') for (const need of columns) need.number = true;
    else
      for (const input of plan.inputs) {
        const need = columns[input.feature] as ColumnNeed;
        if (input.type === 'string') need.text = true;
        else need.number = true;
        if (input.type === 'int64' || input.type === 'int32') need.integer = true;
      }
  }
  return { columns, matrix };
}

/** The tensors of a batch's rows, as the plan says. */
export function buildFeeds(ort: Ort, plan: FeedPlan, batch: EvalBatch): Feeds {
  const rows = batch.rows;
  if (plan.kind === 'matrix' && plan.type === 'float32')
    return { [plan.input]: new ort.Tensor('float32', (batch.matrix as Float32Array).subarray(0, rows * plan.width), [rows, plan.width]) };
  if (plan.kind === 'matrix') {
    const data = new Float64Array(rows * plan.width);
    for (let f = 0; f < plan.width; f++) {
      const column = batch.numbers[f] as Float64Array;
      for (let r = 0; r < rows; r++) data[r * plan.width + f] = column[r] as number;
    }
    return { [plan.input]: new ort.Tensor(plan.type, data, [rows, plan.width]) };
  }
  const feeds: Feeds = {};
  for (const input of plan.inputs) {
    const shape = input.rank === 1 ? [rows] : [rows, 1];
    feeds[input.name] = columnTensor(ort, input.type, batch, input.feature, shape);
  }
  return feeds;
}

function columnTensor(ort: Ort, type: ColumnType, batch: EvalBatch, feature: number, shape: number[]): Tensor {
  const rows = batch.rows;
  if (type === 'string') return new ort.Tensor('string', (batch.texts[feature] as string[]).slice(0, rows), shape);
  const numbers = (batch.numbers[feature] as Float64Array).subarray(0, rows);
  switch (type) {
    case 'float32':
      return new ort.Tensor('float32', Float32Array.from(numbers), shape);
    case 'float64':
      return new ort.Tensor('float64', Float64Array.from(numbers), shape);
    case 'int32':
      return new ort.Tensor('int32', Int32Array.from(numbers), shape);
    case 'int64':
      return new ort.Tensor(
        'int64',
        BigInt64Array.from(numbers, (n) => BigInt(n)),
        shape
      );
  }
}
