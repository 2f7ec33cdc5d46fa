// Writes scored eval rows as a predictions CSV (the format read/predictions/reader.ts reads): id,
// label, prediction, score, weight, the sensitive features.
import type { FileHandle } from 'node:fs/promises';
import type { EvalBatch } from '../read/eval-data/reader.js';
import type { EvalColumns } from '../read/eval-data/columns.js';
import type { ScoredRows } from '../measure/score-outputs.js';

/**
 * The negative class as the label column spells it: a model with a single score predicts it below
 * the threshold, and the predictions file must spell it as its labels do.
 */
export class NegativeClass {
  text: string | undefined;

  constructor(readonly positiveLabel: string) {}

  learn(batch: EvalBatch): void {
    this.text ??= batch.negativeLabel;
  }

  /** Every label was positive: any other value is the negative class. */
  fallback(): string {
    const positive = this.positiveLabel.trim();
    const number = Number(positive);
    if (positive !== '' && Number.isFinite(number)) return number === 0 ? '1' : '0';
    return `not ${positive}`;
  }
}

export class ScoredCsv {
  private pending: Array<{ batch: EvalBatch; scored: ScoredRows }> = [];

  constructor(
    private readonly handle: FileHandle,
    private readonly columns: EvalColumns,
    private readonly hasScore: boolean,
    private readonly negative: NegativeClass
  ) {}

  async writeHeader(): Promise<void> {
    const { columns } = this;
    const names = [
      ...(columns.id >= 0 ? ['id'] : []),
      'label',
      'prediction',
      ...(this.hasScore ? ['score'] : []),
      ...(columns.weight >= 0 ? ['weight'] : []),
      ...columns.sensitive.map((i) => columns.names[i] as string)
    ];
    await this.handle.write(`${names.map(field).join(',')}\n`);
  }

  /** Writes the batch's rows; a single-score model's rows wait while the negative class's spelling is unknown. */
  async write(batch: EvalBatch, scored: ScoredRows): Promise<void> {
    this.pending.push({ batch, scored });
    if (this.negative.text === undefined && this.pending.some(({ scored }) => scored.positive?.includes(0))) return;
    await this.flush(this.negative.text ?? '');
  }

  async end(): Promise<void> {
    await this.flush(this.negative.text ?? this.negative.fallback());
  }

  private async flush(negative: string): Promise<void> {
    for (const { batch, scored } of this.pending) await this.handle.write(this.rows(batch, scored, negative));
    this.pending = [];
  }

  private rows(batch: EvalBatch, scored: ScoredRows, negative: string): string {
    let text = '';
    for (let r = 0; r < batch.rows; r++) {
      const prediction = scored.labels
        ? (scored.labels.names[scored.labels.indexes[r] as number] as string)
        : scored.positive?.[r]
          ? this.negative.positiveLabel
          : negative;
      const fields = [
        ...(batch.ids ? [batch.ids[r] as string] : []),
        (batch.labels as string[])[r] as string,
        prediction,
        ...(scored.scores ? [String(scored.scores[r])] : []),
        ...(batch.weights ? [String(batch.weights[r])] : []),
        ...batch.sensitive.map((values) => values[r] as string)
      ];
      text += `${fields.map(field).join(',')}\n`;
    }
    return text;
  }
}

/** A CSV field, quoted when it holds a comma, a quote, a line break or surrounding spaces. */
function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
