// What a predictions file is read as, as plain data: a worker thread builds the same row reader
// from it to read a part of the file (src/io/split-table.ts).
import { binaryMayMerge, binaryPartial, mergeBinary, type BinaryPartial } from './binary-merge.js';
import type { RowReader } from './file-reader.js';
import { mergeMulticlass, multiclassMayMerge, multiclassPartial, type MulticlassPartial } from './multiclass-merge.js';
import { multiclassRows, type MulticlassRead, type MulticlassSink, type MulticlassSpec } from './multiclass-reader.js';
import { predictionsRows, type PredictionsRead, type PredictionsSpec } from './reader.js';
import { mergeRegression, regressionPartial } from './regression-merge.js';
import { regressionRows, type RegressionRead, type RegressionSink, type RegressionSpec } from './regression-reader.js';
import type { RegressionPartial } from './regression-tally.js';
import type { RowSink } from './row-sink.js';

/** Which reader a predictions file goes through, with its spec. */
export type RowTask = { kind: 'binary'; spec: PredictionsSpec } | { kind: 'multiclass'; spec: MulticlassSpec } | { kind: 'regression'; spec: RegressionSpec };

/** What a task's reader gives. */
export type TaskRead<T extends RowTask> = T extends { kind: 'binary' } ? PredictionsRead : T extends { kind: 'multiclass' } ? MulticlassRead : RegressionRead;

/** A task's rows and, when its file may be read in parts, how a later part's tally is handed over and merged. */
export interface RowsOfTask<Result> {
  rows: RowReader<unknown, Result>;
  parts: Parts | undefined;
}

export interface Parts {
  /** Whether the rows read so far can still be merged: cheap, checked after every chunk of a part to stop early. */
  mayMerge(sink: unknown): boolean;
  /** The sink's tally as plain data, or undefined when merging it could change a result. */
  partial(sink: unknown): unknown;
  /** Adds a later part's partial to the sink; false, with the sink untouched, when the result would not be exactly one pass's. */
  merge(sink: unknown, partial: unknown): boolean;
  /** The parts define the result (a regression's float sums are grouped by part): read in parts even on one core. */
  fixed?: boolean;
}

/** The row reader of a task. Rows kept to pair with a baseline's must stay in file order: such a file is read in one pass. */
export function rowsOfTask<T extends RowTask>(task: T): RowsOfTask<TaskRead<T>>;
export function rowsOfTask(task: RowTask): RowsOfTask<PredictionsRead | MulticlassRead | RegressionRead> {
  switch (task.kind) {
    case 'binary':
      return {
        rows: predictionsRows(task.spec) as RowReader<unknown, PredictionsRead>,
        parts: task.spec.keepRows
          ? undefined
          : {
              mayMerge: (sink) => binaryMayMerge(sink as RowSink),
              partial: (sink) => binaryPartial(sink as RowSink),
              merge: (sink, partial) => mergeBinary(sink as RowSink, partial as BinaryPartial)
            }
      };
    case 'multiclass':
      return {
        rows: multiclassRows(task.spec) as RowReader<unknown, MulticlassRead>,
        parts: {
          mayMerge: (sink) => multiclassMayMerge(sink as MulticlassSink),
          partial: (sink) => multiclassPartial(sink as MulticlassSink),
          merge: (sink, partial) => mergeMulticlass(sink as MulticlassSink, partial as MulticlassPartial)
        }
      };
    case 'regression':
      return {
        rows: regressionRows(task.spec) as RowReader<unknown, RegressionRead>,
        parts: {
          mayMerge: () => true,
          partial: (sink) => regressionPartial(sink as RegressionSink),
          merge: (sink, partial) => mergeRegression(sink as RegressionSink, partial as RegressionPartial),
          fixed: true
        }
      };
  }
}
