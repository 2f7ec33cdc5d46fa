// A large plain CSV file of predictions read in fixed chunks (a regression's: its float sums are
// grouped by chunk, see regression-merge.ts) by whichever thread is free: this thread reads the
// first chunk as one pass starts, then it and a worker thread take the next chunk in turn until
// none is left, so a core slowed by another process leaves more to the other. Each thread keeps
// one tally for its chunks, cut after each; the chunks are added in file order, so the result is
// the same, to the last bit, whichever thread read which chunk, on one core or two.
//
// As for two parts (split-table.ts), whenever the chunks cannot give one pass's result or error,
// this thread reads on from the end of the first chunk as one pass would: a double quote anywhere,
// bad input in a later chunk (one pass names its line), or more sensitive values than one pass
// allows. When the worker cannot start or fails, this thread reads the chunks it did not deliver.
import { closeSync, fstatSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { countedLane } from '../read/predictions/csv-lane.js';
import { predictionsFileReader, type RowReader } from '../read/predictions/file-reader.js';
import { rowsOfTask, type Chunks, type RowTask } from '../read/predictions/row-task.js';
import { feeding, partOf, readRanges } from './file-parts.js';
import { CHUNK_BYTES, feedInChunks } from './predictions.js';
import { PART_WORKER, planChunks, type ChunkPlan, type SplitOptions } from './split-plan.js';
import { startWorker } from './worker-bundle.js';

/** What a thread that reads chunks is given: the open file, the task, the plan, and the index of the next chunk to take (shared). */
export interface ChunkInput {
  fd: number;
  task: RowTask;
  plan: ChunkPlan;
  next: Int32Array;
}

/** What a thread that read chunks posts: the chunks' indices and its partial (none when it read none), or that one pass must read on. */
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
 * Reads the chunks `take` hands out, from the second on, with one tally cut after each; `onRows`
 * hears their rows as they are read. One reader reads them all, as one stream (the header, then
 * each chunk), so its lane and hot loops are the same closures from chunk to chunk.
 */
export function readChunks(input: ChunkInput, take: () => number | undefined, onRows: (rows: number) => void = () => undefined): ChunkResult {
  const result = readEachChunk(input, take, onRows);
  // the chunks cannot be merged: no thread takes another, and this one reads on sooner
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
    const reader = predictionsFileReader(task.spec.file, {
      ...rows,
      start: (columns, line) => (sink = rows.start(columns, line)),
      csvRow(into, record) {
        rows.csvRow(into, record);
        add(1);
      },
      csvLane(into, fields) {
        const lane = rows.csvLane?.(into, fields);
        return lane && countedLane(lane, add);
      }
    });
    const read: number[] = [];
    const cuts: unknown[] = [];
    const buffer = new Uint8Array(CHUNK_BYTES);
    const quotes = { seen: false };
    for (let index = take(); index !== undefined; index = take()) {
      const end = plan.starts[index] ?? plan.size;
      const range: [number, number] = [plan.starts[index - 1] as number, end];
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
      cuts.push(chunks.cut(sink, index));
      read.push(index);
    }
    return { kind: 'chunks', read, partial: sink === undefined ? undefined : chunks.partial(sink, cuts), rows: count };
  } catch {
    return { kind: 'unmergeable' };
  }
}

/**
 * Reads the file at `path` through `rows` in chunks, or returns undefined when it is to be read in
 * one pass (planChunks). `laterRows` hears the rows of the chunks after the first, as this thread
 * reads them and as the worker's are merged (less, should this thread read on after all).
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
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), 'r');
  } catch {
    return undefined; // the one-pass reader names the problem
  }
  try {
    const stat = fstatSync(fd);
    const plan = stat.isFile() ? planChunks(fd, stat.size, options) : undefined;
    if (!plan) return undefined;
    const next = new Int32Array(new SharedArrayBuffer(4));
    next[0] = 1;
    return await readAllChunks({ fd, task, plan, next }, rows, chunks, laterRows, options);
  } finally {
    closeSync(fd);
  }
}

async function readAllChunks<Result>(
  input: ChunkInput,
  rows: RowReader<unknown, Result>,
  chunks: Chunks,
  laterRows: (count: number) => void,
  { onRead, worker = PART_WORKER, threads }: SplitOptions
): Promise<Result> {
  const { fd, plan, task } = input;
  const helper = threads >= 2 ? startChunks(worker, input) : undefined;
  let stopped = false;
  // once the first chunk rules a merge out, no thread takes another
  const stop = async (): Promise<void> => {
    stopped = true;
    Atomics.store(input.next, 0, plan.starts.length + 1);
    await helper?.stop();
  };
  try {
    let sink: unknown;
    const reader = predictionsFileReader(task.spec.file, { ...rows, start: (columns, line) => (sink = rows.start(columns, line)) });
    const quotes = { seen: false };
    const read = readRanges(fd, [[0, plan.starts[0] as number]], quotes);
    const unread = feeding(task.spec.file, () =>
      feedInChunks(partOf(reader, false), (buffer, offset) => {
        if (quotes.seen && !stopped) void stop();
        return read(buffer, offset);
      })
    );
    // the rows this thread read after the first chunk, told as they are read
    let reported = 0;
    const report = (count: number): void => {
      reported += count;
      laterRows(count);
    };
    if (!quotes.seen && unread === 0 && sink !== undefined) {
      const own = readChunks(input, takeNext(input), report);
      const helped: ChunkResult = (await helper?.result()) ?? { kind: 'chunks', read: [], partial: undefined, rows: 0 };
      const results: ChunkResult[] = [own, helped];
      // the chunks no thread delivered (the worker could not start, or failed): this thread reads them
      const delivered = new Set(results.flatMap((result) => (result.kind === 'chunks' ? result.read : [])));
      const missing = plan.starts.map((_, k) => k + 1).filter((index) => !delivered.has(index));
      if (missing.length > 0 && !results.some((result) => result.kind === 'unmergeable')) results.push(readChunks(input, () => missing.shift(), report));
      const partials = results.flatMap((result) => (result.kind === 'chunks' && result.partial !== undefined ? [result.partial] : []));
      // a file that grew or shrank meanwhile is read on, to its end, as one pass reads it
      if (!results.some((result) => result.kind === 'unmergeable') && fstatSync(fd).size === plan.size && chunks.merge(sink, partials)) {
        if (helped.kind === 'chunks') laterRows(helped.rows);
        onRead?.('merged');
        return reader.result();
      }
    }
    await stop();
    laterRows(-reported);
    onRead?.('read on');
    return feeding(task.spec.file, () => feedInChunks(reader, readRanges(fd, [[(plan.starts[0] as number) - unread, Number.MAX_SAFE_INTEGER]])));
  } finally {
    // the worker reads the descriptor that the caller closes next
    await stop();
  }
}

/** The worker reading chunks; its result is undefined when it cannot start, fails, or posts something else. */
function startChunks(name: string, input: ChunkInput): { result(): Promise<ChunkResult | undefined>; stop(): Promise<void> } {
  let stop = async (): Promise<void> => undefined;
  const posted = new Promise<ChunkResult | undefined>((resolve) => {
    try {
      const worker = startWorker(name, { workerData: input });
      worker.once('message', (message: ChunkResult) => resolve(message?.kind === 'chunks' || message?.kind === 'unmergeable' ? message : undefined));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
      stop = async () => {
        await worker.terminate();
      };
    } catch {
      resolve(undefined);
    }
  });
  return { result: () => posted, stop: () => stop() };
}
