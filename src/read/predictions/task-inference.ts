// Which task a predictions file's labels say, read when they are not a binary classifier's: numbers
// that are not all integers are a regression's; more than two values, a multiclass classifier's.
import type { TaskInfo } from '../../model/task.js';
import type { ChunkReader } from '../chunk-reader.js';
import { fieldText } from './csv-scanner.js';
import { predictionsFileReader, type RowReader } from './file-reader.js';
import { decimalNumber } from './number-field.js';

/** The task, and why in words, for the report. */
export type InferredTask = Required<TaskInfo>;

/** More distinct labels than this are not counted further: the task is clear by then. */
const MAX_COUNTED = 1000;

class LabelProfile {
  private readonly distinct = new Set<string>();
  private numbers = true;
  private integers = true;

  add(label: string): void {
    if (this.distinct.size <= MAX_COUNTED) this.distinct.add(label.trim());
    if (!this.numbers) return;
    const value = decimalNumber(label);
    if (!Number.isFinite(value)) this.numbers = false;
    else if (!Number.isInteger(value)) this.integers = false;
  }

  infer(): InferredTask {
    const count = this.distinct.size > MAX_COUNTED ? `more than ${MAX_COUNTED}` : String(this.distinct.size);
    if (this.numbers && !this.integers) return { kind: 'regression', inferredFrom: 'the labels are numbers, not all integers' };
    if (this.distinct.size > 2) return { kind: 'multiclass', inferredFrom: `the labels have ${count} distinct values` };
    return { kind: 'binary', inferredFrom: `the labels have ${count} distinct values` };
  }
}

/** Reads the label column of a predictions file (CSV or JSON Lines) to infer its task. */
export function taskInference(file: string): ChunkReader<InferredTask> {
  return predictionsFileReader(file, taskRows());
}

/** How the label column is read to infer the task, whatever the file's format. */
export function taskRows(): RowReader<number, InferredTask> {
  const profile = new LabelProfile();
  return {
    start: (columns) => columns.indexOf('label'),
    csvRow(label, record) {
      if (label >= 0) profile.add(fieldText(record, label));
    },
    jsonRow(label, fields) {
      if (label >= 0) profile.add(fields.text('label'));
    },
    finish: () => profile.infer()
  };
}
