// Which of a model's outputs give the predicted class and the positive class's probability, and
// how a run's outputs become one prediction and one score per row.
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { InputError } from '../errors.js';
import { formatShape } from './input-shapes.js';
import { ClassCoder } from '../read/predictions/class-coder.js';
import { LabelValues } from './label-values.js';

const LABEL_TYPES = ['int64', 'int32', 'string', 'bool', 'int8', 'int16', 'uint8'];
const SCORE_TYPES = ['float32', 'float64'];
const LABEL_NAMES = ['output_label', 'label', 'labels', 'prediction', 'predictions'];
const SCORE_NAMES = ['output_probability', 'probability', 'probabilities', 'probs', 'score', 'scores'];

/** The outputs read: a class label, a probability or score, or both. */
export interface OutputPlan {
  label?: string;
  score?: string;
  fetch: string[];
}

export function planOutputs(metadata: readonly InferenceSession.ValueMetadata[], model: string): OutputPlan {
  const fail = (message: string): never => {
    throw new InputError({ source: model, message });
  };
  const all = metadata.map((m) => (m.isTensor ? `${m.name} ${m.type} ${formatShape(m.shape)}` : `${m.name} (not a tensor)`)).join(', ');
  const tensors = metadata.filter((m): m is InferenceSession.ValueMetadata & { isTensor: true } => m.isTensor);
  const pick = (candidates: typeof tensors, preferred: readonly string[], what: string): string | undefined => {
    if (candidates.length <= 1) return candidates[0]?.name;
    const named = preferred.find((name) => candidates.some((c) => c.name === name));
    return named ?? fail(`its outputs (${all}) hold several ${what}: name one ${preferred[0]} (as sklearn-onnx does) so model-gate knows which to read`);
  };
  const label = pick(
    tensors.filter((m) => LABEL_TYPES.includes(m.type)),
    LABEL_NAMES,
    'class labels'
  );
  const scores = tensors.filter((m) => SCORE_TYPES.includes(m.type));
  const score = pick(scores, SCORE_NAMES, 'probabilities');
  if (score === undefined) {
    const maps = metadata.filter((m) => !m.isTensor).map((m) => m.name);
    if (maps.length > 0)
      fail(
        `its output ${maps.join(', ')} is not a tensor (a ZipMap sequence of maps, as sklearn-onnx exports probabilities by default), and onnxruntime-node cannot return it: ` +
          `export the model with zipmap=False, e.g. to_onnx(model, X, options={"zipmap": False})`
      );
    if (label === undefined) fail(`none of its outputs (${all}) is a class label or a probability`);
  }
  const scoreShape = scores.find((m) => m.name === score)?.shape;
  const width = scoreShape?.[scoreShape.length - 1];
  if (scoreShape && (scoreShape.length > 2 || (scoreShape.length === 2 && typeof width === 'number' && width > 2)))
    fail(`its output ${score} ${formatShape(scoreShape)} is not binary: model-gate scores binary classifiers, [N, 2] probabilities or one score [N] or [N, 1]`);
  return { ...(label ? { label } : {}), ...(score ? { score } : {}), fetch: [label, score].filter((name): name is string => name !== undefined) };
}

/** One batch's predictions: the model's class label per row, or (from a single score) whether it is at least the threshold. */
export interface ScoredRows {
  rows: number;
  /** The label output: per row, an index into `names`, where each distinct value is written once. */
  labels?: { indexes: Int32Array; names: readonly string[] };
  /** From a single score and the threshold, when the model has no label output. */
  positive?: Uint8Array;
  scores?: Float64Array;
  /** Rows whose score is NaN or infinite, and rows whose score is outside [0, 1]: indexes into the batch. */
  nonFinite: number[];
  outOfRange: number[];
}

/** Reads outputs batch after batch; remembers which column of [N, 2] probabilities is the positive class's. */
export class OutputReader {
  private positiveColumn: number | undefined;
  private readonly coder: ClassCoder;
  private readonly labelValues = new LabelValues();

  constructor(
    private readonly plan: OutputPlan,
    private readonly model: string,
    positiveLabel: string,
    private readonly threshold: number
  ) {
    this.coder = new ClassCoder(positiveLabel);
  }

  read(outputs: InferenceSession.ReturnType, rows: number): ScoredRows {
    const result: ScoredRows = { rows, nonFinite: [], outOfRange: [] };
    if (this.plan.label) result.labels = this.labels(outputs[this.plan.label] as Tensor, rows);
    if (!this.plan.score) return result;
    const tensor = outputs[this.plan.score] as Tensor;
    const values = this.scores(tensor, rows, result.labels);
    for (let r = 0; r < rows; r++) {
      const score = values[r] as number;
      if (!Number.isFinite(score)) result.nonFinite.push(r);
      // float32 probabilities may overshoot 1 (or 0) by a rounding error
      else if (score < 0 || score > 1) {
        if (score > -1e-6 && score < 1 + 1e-6) values[r] = score < 0 ? 0 : 1;
        else result.outOfRange.push(r);
      }
    }
    result.scores = values;
    if (!result.labels) result.positive = Uint8Array.from(values, (score) => (score >= this.threshold ? 1 : 0));
    return result;
  }

  private labels(tensor: Tensor, rows: number): NonNullable<ScoredRows['labels']> {
    this.checkRows(tensor, this.plan.label as string, rows, 1);
    return { indexes: this.labelValues.indexes(tensor, rows), names: this.labelValues.names };
  }

  private scores(tensor: Tensor, rows: number, labels: ScoredRows['labels']): Float64Array {
    const width = tensor.dims.length === 2 ? (tensor.dims[1] as number) : 1;
    this.checkRows(tensor, this.plan.score as string, rows, width);
    const data = tensor.data as Float32Array | Float64Array;
    if (width === 1) return Float64Array.from(data);
    if (width !== 2)
      throw new InputError({
        source: this.model,
        message: `its output ${this.plan.score} has shape ${formatShape(tensor.dims)}: model-gate scores binary classifiers, [N, 2] probabilities or one score [N] or [N, 1]`
      });
    // the positive class's column: where the label output names the positive class, its larger probability; without a label, the second (sklearn's order)
    if (this.positiveColumn === undefined && !labels) this.positiveColumn = 1;
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      const p0 = data[2 * r] as number;
      const p1 = data[2 * r + 1] as number;
      if (this.positiveColumn === undefined && p0 !== p1 && Number.isFinite(p0) && Number.isFinite(p1)) {
        const larger = p1 > p0 ? 1 : 0;
        this.positiveColumn = labels && this.coder.code(labels.names[labels.indexes[r] as number] as string) === 1 ? larger : 1 - larger;
      }
      out[r] = (this.positiveColumn ?? 1) === 1 ? p1 : p0;
    }
    return out;
  }

  private checkRows(tensor: Tensor, name: string, rows: number, width: number): void {
    if (tensor.dims[0] !== rows || tensor.data.length !== rows * width)
      throw new InputError({
        source: this.model,
        message: `its output ${name} has shape ${formatShape(tensor.dims)}: expected one value a row, fed ${rows} rows`
      });
  }
}
