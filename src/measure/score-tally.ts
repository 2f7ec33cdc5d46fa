// Tallies scored eval rows straight from the batches, as the predictions reader would tally a file
// of the same rows (label, the model's prediction and score, weight, sensitive features): the
// numbers are the same, without writing and parsing the rows again.
import type { EvalColumns } from '../read/eval-data/columns.js';
import type { EvalBatch } from '../read/eval-data/reader.js';
import type { PredictionsRead, PredictionsSpec } from '../read/predictions/reader.js';
import { RowSink } from '../read/predictions/row-sink.js';
import type { ValueInterner } from '../read/predictions/value-interner.js';
import { decimalsOf, mantissaOf } from '../read/predictions/score-store.js';
import type { ScoredRows } from './score-outputs.js';

export class ScoredTally {
  private readonly sink: RowSink;
  private readonly names: string[];

  /** `spec.file` names the scored rows in messages ("eval.csv scored by model.onnx"). */
  constructor(spec: Omit<PredictionsSpec, 'featuresOptional'>, columns: EvalColumns, hasScore: boolean) {
    const sensitive = columns.sensitive.map((i) => columns.names[i] as string);
    this.names = ['label', 'prediction', ...(hasScore ? ['score'] : []), ...(columns.weight >= 0 ? ['weight'] : []), ...sensitive];
    const offset = this.names.length - sensitive.length;
    this.sink = new RowSink(spec, {
      label: 0,
      prediction: 1,
      score: hasScore ? 2 : -1,
      // both models score the same rows in the same order: they pair by position
      id: -1,
      weight: columns.weight >= 0 ? offset - 1 : -1,
      sensitive: sensitive.map((_, i) => offset + i),
      names: this.names
    });
  }

  add(batch: EvalBatch, scored: ScoredRows): void {
    const sink = this.sink;
    const { classes, weights, sensitive, lines } = batch;
    const predicted = scored.labels;
    // the labels' negative class first: the model's labels are coded against it
    if (batch.negativeLabel !== undefined && !this.primed) {
      sink.classOf(batch.negativeLabel, 'label', lines[0] as number);
      this.primed = true;
    }
    for (let r = 0; r < batch.rows; r++) {
      const line = lines[r] as number;
      const prediction = predicted ? this.predictionClass(predicted, r, line) : (scored.positive?.[r] as number);
      let score = Number.NaN;
      let mantissa = 0;
      let decimals = -1;
      if (scored.scores) {
        score = scored.scores[r] as number;
        decimals = decimalsOf(score);
        if (decimals >= 0) mantissa = mantissaOf(score, decimals);
      }
      let weight = 1;
      if (weights) {
        weight = weights[r] as number;
        if (weight !== 1) sink.tally.weighted = true;
      }
      for (let i = 0; i < sensitive.length; i++) sink.values[i] = (sink.interners[i] as ValueInterner).internText((sensitive[i] as string[])[r] as string);
      sink.add(classes[r] as number, prediction, score, mantissa, decimals, weight);
    }
  }

  private primed = false;
  /** The class of each distinct value of the model's label output, coded on first sight. */
  private readonly predictionClasses: number[] = [];

  private predictionClass(predicted: NonNullable<ScoredRows['labels']>, row: number, line: number): number {
    const index = predicted.indexes[row] as number;
    return (this.predictionClasses[index] ??= this.sink.classOf(predicted.names[index] as string, 'prediction', line));
  }

  result(): PredictionsRead {
    return this.sink.finish(this.names);
  }
}
