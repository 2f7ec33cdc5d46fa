// A large plain CSV file of predictions read on two cores: a worker thread reads the second part
// of the rows (table-worker.ts) while this thread reads the first, then this one merges the
// worker's tally into its own, exactly: the result is, to the last bit, what one pass gives.
//
// Whenever that cannot be guaranteed, this thread reads the second part itself, carrying on from
// where its first part ended, so the result, and any error with its line, is the one pass's:
// - a double quote anywhere (a quoted field may hold a line break, so the second part might not
//   start at a record);
// - bad input in the second part (whether it is, and on which line, may depend on the rows
//   before it: the negative class is the first value seen);
// - a tally that does not merge exactly (see Parts in row-task.ts: fractional weights, a
//   multiclass file's probability columns, rows kept for pairing, scores kept in an order a merge
//   cannot rebuild);
// - a worker that could not start or failed.
// Files that planSplit (split-plan.ts) leaves alone are read in one pass.
import { closeSync, fstatSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { predictionsFileReader, type RowReader } from '../read/predictions/file-reader.js';
import type { Parts, RowTask } from '../read/predictions/row-task.js';
import { partOf, readRanges } from './file-parts.js';
import { feedInChunks, RecordTooLongError } from './predictions.js';
import { planSplit, type SplitOptions, type SplitPlan } from './split-plan.js';
import { startWorker } from './worker-bundle.js';

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
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), 'r');
  } catch {
    return undefined; // the one-pass reader names the problem
  }
  try {
    const stat = fstatSync(fd);
    const plan = stat.isFile() ? planSplit(fd, stat.size, options) : undefined;
    if (!plan) return undefined;
    return await readBothParts(fd, { fd, task, plan }, rows, parts, laterRows, options);
  } finally {
    closeSync(fd);
  }
}

async function readBothParts<Result>(
  fd: number,
  input: PartInput,
  rows: RowReader<unknown, Result>,
  parts: Parts,
  laterRows: (count: number) => void,
  { onRead, worker = 'table-worker' }: SplitOptions
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
      const result = await later.result;
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

/** The worker reading the second part; its result is 'unmergeable' when it fails or stops. */
function startPart(name: string, input: PartInput): { result: Promise<PartResult>; stop(): Promise<void> } {
  let stop = async (): Promise<void> => undefined;
  const result = new Promise<PartResult>((resolve) => {
    try {
      const worker = startWorker(name, { workerData: input });
      const unmergeable = (): void => resolve({ kind: 'unmergeable' });
      worker.once('message', resolve);
      worker.once('error', unmergeable);
      worker.once('exit', unmergeable);
      stop = async () => void (await worker.terminate());
    } catch {
      resolve({ kind: 'unmergeable' });
    }
  });
  return { result, stop: () => stop() };
}

/** A record too long for the reader is bad input, as readFileInChunks reports it. */
function feeding<T>(file: string, feed: () => T): T {
  try {
    return feed();
  } catch (error) {
    if (error instanceof RecordTooLongError) throw new InputError({ source: file, message: error.message });
    throw error;
  }
}
