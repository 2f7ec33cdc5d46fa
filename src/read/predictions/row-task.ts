// What a predictions file is read as, as plain data: a worker thread builds the same row reader
// from it to read a part of the file (src/io/split-table.ts).
import { binaryMayMerge, binaryPartial, mergeBinary, type BinaryPartial } from './binary-merge.js';
import type { RowReader } from './file-reader.js';
import { mergeMulticlass, multiclassMayMerge, multiclassPartial, type MulticlassPartial } from './multiclass-merge.js';
import { multiclassRows, type MulticlassRead, type MulticlassSink, type MulticlassSpec } from './multiclass-reader.js';
import { predictionsRows, type PredictionsRead, type PredictionsSpec } from './reader.js';
import { mergeRegressionChunks, regressionChunks, regressionCut } from './regression-merge.js';
import { regressionRows, type RegressionRead, type RegressionSink, type RegressionSpec } from './regression-reader.js';
import type { RegressionChunk, RegressionChunks } from './regression-tally.js';
import type { RowSink } from './row-sink.js';

/** Which reader a predictions file goes through, with its spec. */
export type RowTask = { kind: 'binary'; spec: PredictionsSpec } | { kind: 'multiclass'; spec: MulticlassSpec } | { kind: 'regression'; spec: RegressionSpec };

/** What a task's reader gives. */
export type TaskRead<T extends RowTask> = T extends { kind: 'binary' } ? PredictionsRead : T extends { kind: 'multiclass' } ? MulticlassRead : RegressionRead;

/**
 * A task's rows and, when its file may be read in two parts at once, how the later part's tally is
 * handed over and merged (parts), or, when its file is read in chunks by whichever thread is free,
 * how they are (chunks).
 */
export interface RowsOfTask<Result> {
  rows: RowReader<unknown, Result>;
  parts?: Parts;
  chunks?: Chunks;
}

export interface Parts {
  /** Whether the rows read so far can still be merged: cheap, checked after every chunk of a part to stop early. */
  mayMerge(sink: unknown): boolean;
  /** The sink's tally as plain data, or undefined when merging it could change a result. */
  partial(sink: unknown): unknown;
  /** Adds a later part's partial to the sink; false, with the sink untouched, when the result would not be exactly one pass's. */
  merge(sink: unknown, partial: unknown): boolean;
}

/**
 * A file read in fixed chunks, which define the result (a regression's float sums are grouped by
 * chunk): read in them on one core too (src/io/chunk-table.ts). The thread that reads the first
 * chunk reads it as one pass starts; a thread reads the others with one sink, cut after each chunk.
 */
export interface Chunks {
  /**
   * The sums of the rows the sink read since its last cut, as plain data: chunk `index` of `count`;
   * undefined when keeping every chunk's would take too much memory (the file is then read in one pass).
   */
  cut(sink: unknown, index: number, count: number): unknown;
  /** What a thread that read chunks hands over: their cuts, and the tallies that do not depend on the rows' order. */
  partial(sink: unknown, cuts: unknown[]): unknown;
  /** Adds the threads' partials to the sink of the first chunk; false, with the sink untouched, when one pass would fail. */
  merge(sink: unknown, partials: readonly unknown[]): boolean;
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
        chunks: {
          cut: (sink, index, count) => regressionCut(sink as RegressionSink, index, count),
          partial: (sink, cuts) => regressionChunks(sink as RegressionSink, cuts as RegressionChunk[]),
          merge: (sink, partials) => mergeRegressionChunks(sink as RegressionSink, partials as RegressionChunks[])
        }
      };
  }
}
