// A large plain CSV file of predictions read in fixed chunks (a regression's: its float sums are
// grouped by chunk, see regression-merge.ts) by whichever thread is free: this thread and a worker
// thread take the next chunk in turn until none is left, so a core slowed by another process
// leaves more to the other. Each thread keeps one tally for its chunks, cut after each; the chunks
// are added in file order to a tally that has seen the header only, so the result is the same, to
// the last bit, whichever thread read which chunk, on one core or two.
//
// Whenever the chunks cannot give one pass's result or error, the file is read again in one pass
// (tables.ts): a double quote anywhere (a quoted field may hold a line break, so a chunk might not
// start at a row), bad input (one pass names its line), or more sensitive values than one pass
// allows. When the worker cannot start or fails, this thread reads the chunks it did not deliver.
import { fstatSync } from 'node:fs';
import { InputError } from '../errors.js';
import { countedRows } from '../read/predictions/csv-lane.js';
import { CsvSyntaxError } from '../read/predictions/csv-scanner.js';
import { predictionsFileReader, type RowReader } from '../read/predictions/file-reader.js';
import { rowsOfTask, type Chunks, type RowTask } from '../read/predictions/row-task.js';
import { feeding, partOf, readRanges, withRegularFile } from './file-parts.js';
import { CHUNK_BYTES, feedInChunks, RecordTooLongError } from './predictions.js';
import { PART_WORKER, planChunks, type ChunkPlan, type SplitOptions } from './split-plan.js';
import { helperWorker, isKind } from './worker-bundle.js';

/** What a thread that reads chunks is given: the open file, the task, the plan, and the index of the next chunk to take (shared). */
export interface ChunkInput {
  fd: number;
  task: RowTask;
  plan: ChunkPlan;
  next: Int32Array;
}

/** What a thread that read chunks posts: the chunks' indices and its partial (none when it read none), or that one pass must read the file. */
export type ChunkResult = { kind: 'chunks'; read: number[]; partial: unknown; rows: number } | { kind: 'unmergeable' };

/** The chunk is not one pass's to merge: stop reading it. */
class Unmergeable extends Error {}

/** Takes the next chunk from `input.next`, shared by the threads; undefined once none is left. */
export function takeNext({ next, plan }: ChunkInput): () => number | undefined {
  return () => {
    const index = Atomics.add(next, 0, 1);
    return index <= plan.starts.length ? index : undefined;
  };
}

/**
 * Reads the chunks `take` hands out with one tally, cut after each; `onRows` hears their rows as
 * they are read. One reader reads them all, as one stream (the header, then each chunk), so its
 * lane and hot loops are the same closures from chunk to chunk.
 */
export function readChunks(input: ChunkInput, take: () => number | undefined, onRows: (rows: number) => void = () => undefined): ChunkResult {
  const result = readEachChunk(input, take, onRows);
  // the chunks cannot be merged: no thread takes another, and the file is read again sooner
  if (result.kind === 'unmergeable') Atomics.store(input.next, 0, input.plan.starts.length + 1);
  return result;
}

function readEachChunk({ fd, task, plan }: ChunkInput, take: () => number | undefined, onRows: (rows: number) => void): ChunkResult {
  try {
    const { rows, chunks } = rowsOfTask(task);
    if (!chunks) return { kind: 'unmergeable' };
    let sink: unknown;
    let count = 0;
    const add = (records: number): void => {
      count += records;
      onRows(records);
    };
    const reader = predictionsFileReader(task.spec.file, { ...countedRows(rows, add), start: (columns, line) => (sink = rows.start(columns, line)) });
    const read: number[] = [];
    const cuts: unknown[] = [];
    const buffer = new Uint8Array(CHUNK_BYTES);
    const quotes = { seen: false };
    for (let index = take(); index !== undefined; index = take()) {
      const end = plan.starts[index] ?? plan.size;
      const range: [number, number] = [index === 0 ? plan.headerEnd : (plan.starts[index - 1] as number), end];
      const bytes = readRanges(fd, read.length === 0 ? [[0, plan.headerEnd], range] : [range], quotes);
      // a chunk ends at a line's start, but the file's last line may have no line break
      const unread = feedInChunks(
        partOf(reader, end === plan.size),
        (into, offset) => {
          if (quotes.seen) throw new Unmergeable();
          return bytes(into, offset);
        },
        buffer
      );
      if (quotes.seen || unread !== 0 || sink === undefined) return { kind: 'unmergeable' };
      const cut = chunks.cut(sink, index, plan.starts.length + 1);
      if (cut === undefined) return { kind: 'unmergeable' };
      cuts.push(cut);
      read.push(index);
    }
    return { kind: 'chunks', read, partial: sink === undefined ? undefined : chunks.partial(sink, cuts), rows: count };
  } catch (error) {
    // bad input is one pass's to name; anything else is a fault, not to be hidden behind a slower pass
    if (error instanceof Unmergeable || error instanceof InputError || error instanceof CsvSyntaxError || error instanceof RecordTooLongError)
      return { kind: 'unmergeable' };
    throw error;
  }
}

/**
 * Reads the file at `path` through `rows` in chunks, or returns undefined when it is to be read in
 * one pass (planChunks), or read again in one pass. `laterRows` hears the rows as this thread reads
 * them and as the worker's are merged (less again, before a pass of its own).
 */
export async function readInChunks<Result>(
  path: string,
  cwd: string,
  task: RowTask,
  rows: RowReader<unknown, Result>,
  chunks: Chunks,
  options: SplitOptions,
  laterRows: (count: number) => void
): Promise<Result | undefined> {
  return withRegularFile(path, cwd, async (fd, size) => {
    const plan = planChunks(fd, size, options);
    return plan && readAllChunks({ fd, task, plan, next: new Int32Array(new SharedArrayBuffer(4)) }, rows, chunks, laterRows, options);
  });
}

async function readAllChunks<Result>(
  input: ChunkInput,
  rows: RowReader<unknown, Result>,
  chunks: Chunks,
  laterRows: (count: number) => void,
  { onRead, worker = PART_WORKER, threads }: SplitOptions
): Promise<Result | undefined> {
  const { fd, plan, task } = input;
  const helper =
    threads >= 2 ? helperWorker(worker, input, (message): message is ChunkResult => isKind(message, 'chunks') || isKind(message, 'unmergeable')) : undefined;
  try {
    // the rows this thread reads, told as they are read
    let reported = 0;
    const own = readChunks(input, takeNext(input), (count) => {
      reported += count;
      laterRows(count);
    });
    const helped: ChunkResult = (await helper?.posted) ?? { kind: 'chunks', read: [], partial: undefined, rows: 0 };
    const results: ChunkResult[] = [own, helped];
    // the chunks no thread delivered (the worker could not start, or failed): this thread reads them
    const delivered = new Set(results.flatMap((result) => (result.kind === 'chunks' ? result.read : [])));
    const missing = [0, ...plan.starts.map((_, k) => k + 1)].filter((index) => !delivered.has(index));
    if (missing.length > 0 && !results.some((result) => result.kind === 'unmergeable'))
      results.push(
        readChunks(
          input,
          () => missing.shift(),
          (count) => {
            reported += count;
            laterRows(count);
          }
        )
      );
    const partials = results.flatMap((result) => (result.kind === 'chunks' && result.partial !== undefined ? [result.partial] : []));
    // a file that grew or shrank meanwhile is read again, as one pass reads it
    if (!results.some((result) => result.kind === 'unmergeable') && fstatSync(fd).size === plan.size) {
      // the chunks join a tally that has seen the header only
      let sink: unknown;
      const reader = predictionsFileReader(task.spec.file, { ...rows, start: (columns, line) => (sink = rows.start(columns, line)) });
      feeding(task.spec.file, () => feedInChunks(partOf(reader, false), readRanges(fd, [[0, plan.headerEnd]])));
      if (sink !== undefined && chunks.merge(sink, partials)) {
        if (helped.kind === 'chunks') laterRows(helped.rows);
        onRead?.('merged');
        return reader.result();
      }
    }
    laterRows(-reported);
    onRead?.('read again');
    return undefined;
  } finally {
    // the worker reads the descriptor that the caller closes next
    Atomics.store(input.next, 0, plan.starts.length + 1);
    await helper?.stop();
  }
}
