// A large plain CSV file of predictions read in two parts: a worker thread reads the second part
// of the rows (later-part.ts) while this thread reads the first, then this one merges the worker's
// tally into its own. When the worker cannot start or fails, this thread reads the second part
// itself after the first, and merges it the same way. (A regression's file is read in chunks
// instead: chunk-table.ts.)
//
// A binary or multiclass tally merges exactly: the result is, to the last bit, what one pass gives.
// Whenever that cannot be guaranteed, this thread reads on into the second part with its own
// tally, carrying on from where its first part ended, so the result, and any error with its line,
// is the one pass's:
// - a double quote anywhere (a quoted field may hold a line break, so the second part might not
//   start at a record);
// - bad input in the second part (whether it is, and on which line, may depend on the rows
//   before it: the negative class is the first value seen);
// - a tally that does not merge exactly (see Parts in row-task.ts: fractional weights, a
//   multiclass file's probability columns, rows kept for pairing, scores kept in an order a merge
//   cannot rebuild).
// Files that planSplit (split-plan.ts) leaves alone are read in one pass.
import { fstatSync } from 'node:fs';
import { predictionsFileReader, type RowReader } from '../read/predictions/file-reader.js';
import type { Parts, RowTask } from '../read/predictions/row-task.js';
import { feeding, partOf, readRanges, withRegularFile } from './file-parts.js';
import { readLaterPart } from './later-part.js';
import { feedInChunks } from './predictions.js';
import { PART_WORKER, planSplit, type SplitOptions, type SplitPlan } from './split-plan.js';
import { helperWorker, isKind } from './worker-bundle.js';

/**
 * What the worker is given: the open file (threads share the process's descriptors, so both parts
 * come from the same file, even if another one is moved to its path meanwhile), the task to build
 * its row reader from, and the plan.
 */
export interface PartInput {
  fd: number;
  task: RowTask;
  plan: SplitPlan;
}

/** What the worker posts: its part's tally and row count, or that it cannot be merged. */
export type PartResult = { kind: 'partial'; partial: unknown; rows: number } | { kind: 'unmergeable' };

/**
 * Reads the file at `path` through `rows` in two parts at once, or returns undefined when the file
 * is to be read in one pass (planSplit). `laterRows` hears how many rows the worker's part had.
 */
export async function readInParts<Result>(
  path: string,
  cwd: string,
  task: RowTask,
  rows: RowReader<unknown, Result>,
  parts: Parts,
  options: SplitOptions,
  laterRows: (count: number) => void
): Promise<Result | undefined> {
  if (options.threads < 2) return undefined;
  return withRegularFile(path, cwd, async (fd, size) => {
    const plan = planSplit(fd, size, options);
    return plan && readBothParts(fd, { fd, task, plan }, rows, parts, laterRows, options);
  });
}

async function readBothParts<Result>(
  fd: number,
  input: PartInput,
  rows: RowReader<unknown, Result>,
  parts: Parts,
  laterRows: (count: number) => void,
  { onRead, worker = PART_WORKER }: SplitOptions
): Promise<Result> {
  const { plan, task } = input;
  const later = startPart(worker, input);
  try {
    let sink: unknown;
    const reader = predictionsFileReader(task.spec.file, { ...rows, start: (columns, line) => (sink = rows.start(columns, line)) });
    const quotes = { seen: false };
    const read = readRanges(fd, [[0, plan.split]], quotes);
    // once this part rules a merge out, the worker's part is of no use: it stops, and leaves the core
    let mergeable = true;
    const readOwnPart = (buffer: Uint8Array, offset: number): number => {
      if (mergeable && (quotes.seen || (sink !== undefined && !parts.mayMerge(sink)))) {
        mergeable = false;
        void later.stop();
      }
      return read(buffer, offset);
    };
    const unread = feeding(task.spec.file, () => feedInChunks(partOf(reader, false), readOwnPart));
    if (mergeable && !quotes.seen && unread === 0 && sink !== undefined && parts.mayMerge(sink)) {
      const result = await later.result();
      // a file that grew or shrank meanwhile is read on, to its end, as one pass reads it
      if (result.kind === 'partial' && fstatSync(fd).size === plan.size && parts.merge(sink, result.partial)) {
        laterRows(result.rows);
        onRead?.('merged');
        return reader.result();
      }
    }
    await later.stop();
    onRead?.('read on');
    return feeding(task.spec.file, () => feedInChunks(reader, readRanges(fd, [[plan.split - unread, Number.MAX_SAFE_INTEGER]])));
  } finally {
    // the worker reads the descriptor that the caller closes next
    await later.stop();
  }
}

/**
 * The worker reading the second part; when it cannot start, fails, or posts something else, this
 * thread reads the part itself once asked for the result. After `stop`, the result is unmergeable.
 */
function startPart(name: string, input: PartInput): { result(): Promise<PartResult>; stop(): Promise<void> } {
  let stopped = false;
  const worker = helperWorker(name, input, (message): message is PartResult => isKind(message, 'partial') || isKind(message, 'unmergeable'));
  return {
    result: async () => (await worker.posted) ?? (stopped ? { kind: 'unmergeable' } : readLaterPart(input)),
    stop: () => {
      stopped = true;
      return worker.stop();
    }
  };
}
