import { readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { warmWorker } from './worker-bundle.js';

/** When a predictions file is read in two parts at once (src/io/split-table.ts), or in chunks (src/io/chunk-table.ts). */
export interface SplitOptions {
  /** Smaller files are read in one pass: a worker thread takes some 40 ms to start, which would not pay off. */
  minBytes: number;
  /**
   * What this thread reads while the worker starts: its part is longer than the worker's by this.
   * The run starts the worker early (warmPartWorker), and it is reading some 0–40 ms after this
   * thread: 2 MB balances the parts on a 2-core machine. (Chunks need none: the threads take them
   * as they are free.)
   */
  headStart: number;
  /** Threads that may read at once; under 2, files are read in one pass, except a regression's, whose chunks define its sums (row-task.ts). */
  threads: number;
  /** The size of a file's chunks, for a task read in chunks (chunk-table.ts): 4 MiB unless a test wants many of a small file. */
  chunkBytes?: number;
  /** Hears how a file planned in parts or chunks was read: the worker's tally merged, the rest read on by this thread, or the whole read again in one pass. */
  onRead?: (how: 'merged' | 'read on' | 'read again') => void;
  /** The worker bundle in dist/lazy/ that reads the second part or chunks: table-worker unless a test names one that fails. */
  worker?: string;
}

export const SPLIT: SplitOptions = { minBytes: 32 << 20, headStart: 2 << 20, threads: Math.min(2, availableParallelism()) };

/**
 * Starts the worker that would read the second part of the predictions file at `path` when the
 * file is large enough to be read in parts, as the run starts: its start-up then overlaps the
 * loading of the run's code and inputs, and it reads its part as soon as the main thread reads its
 * own. A file then read in one pass (JSON Lines, Parquet, a quote first) leaves it unused.
 */
export function warmPartWorker(path: string | undefined, cwd: string, options: SplitOptions = SPLIT): Worker | undefined {
  if (path === undefined || options.threads < 2) return undefined;
  try {
    if (!(statSync(resolve(cwd, path)).size >= options.minBytes)) return undefined;
  } catch {
    return undefined; // the reader names the problem
  }
  return warmWorker(options.worker ?? PART_WORKER);
}

/** The worker bundle in dist/lazy/ that reads a second part. */
export const PART_WORKER = 'table-worker';

/** Where the header ends and the second part starts, each at the start of a line. */
export interface SplitPlan {
  headerEnd: number;
  split: number;
  size: number;
}

const LF = 0x0a;
const MAX_WINDOW = 64 << 10;
/** The header must end within this: a longer first line is left to the one-pass reader and its errors. */
const MAX_HEADER = 1 << 20;

/**
 * The plan to read the file of `size` bytes at `fd` in two parts, or undefined when it is read in
 * one pass: too small, or a first line that is not plainly a CSV header (plainHeaderEnd). The second
 * part starts at the first line after the middle of the rows, moved on by half the head start; a
 * file whose last line is past that point is read in one pass. Quotes further on are found while
 * reading (split-table.ts).
 */
export function planSplit(fd: number, size: number, options: SplitOptions): SplitPlan | undefined {
  const headerEnd = plainHeaderEnd(fd, size, options);
  if (headerEnd === undefined) return undefined;
  const split = lineEnd(fd, headerEnd + Math.floor((size - headerEnd + options.headStart) / 2), size);
  return split === undefined || split >= size ? undefined : { headerEnd, split, size };
}

/** Where the header ends and each chunk but the first starts, each at the start of a line. */
export interface ChunkPlan {
  headerEnd: number;
  /** Chunk k (from 1) is [starts[k − 1], starts[k] or the end of the file); chunk 0 is [headerEnd, starts[0]). */
  starts: number[];
  size: number;
}

/** The size of the chunks a file is read in (chunk-table.ts), unless a test says otherwise: 4 MiB, the size of a read. */
export const CHUNK_SIZE = 4 << 20;

/**
 * The plan to read the file of `size` bytes at `fd` in chunks of about options.chunkBytes (at least
 * two), or undefined as for planSplit. The chunks depend on the file alone: every machine reads the
 * same ones. A chunk starts at the first line after its share of the rows; lines longer than a
 * chunk merge chunks.
 */
export function planChunks(fd: number, size: number, options: SplitOptions): ChunkPlan | undefined {
  const headerEnd = plainHeaderEnd(fd, size, options);
  if (headerEnd === undefined) return undefined;
  const count = Math.max(2, Math.round((size - headerEnd) / (options.chunkBytes ?? CHUNK_SIZE)));
  const starts: number[] = [];
  for (let k = 1; k < count; k++) {
    const from = headerEnd + Math.floor(((size - headerEnd) * k) / count);
    if (from < (starts.at(-1) ?? 0)) continue; // within a line longer than a chunk
    const start = lineEnd(fd, from, size);
    if (start === undefined || start >= size) break;
    starts.push(start);
  }
  return starts.length === 0 ? undefined : { headerEnd, starts, size };
}

/**
 * Where the header ends, when the file is large enough to be read in parts and its first line is
 * plainly a CSV header (JSON Lines starts with `{`; a quote, a blank or a line break first are left
 * to the one-pass reader too); else undefined.
 */
function plainHeaderEnd(fd: number, size: number, options: SplitOptions): number | undefined {
  if (size < options.minBytes) return undefined;
  const start = read(fd, 0, 4);
  const bom = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? 3 : 0;
  if (start.length <= bom || [LF, 0x0d, 0x20, 0x09, 0x7b, 0x22].includes(start[bom] as number)) return undefined;
  return lineEnd(fd, 0, Math.min(size, MAX_HEADER));
}

/** The offset just after the first line feed at or after `from` and before `limit`. */
function lineEnd(fd: number, from: number, limit: number): number | undefined {
  // a small window first: lines are short, and a file has a chunk start every 4 MiB
  for (let at = from, window = 1024; at < limit; at += window, window = Math.min(2 * window, MAX_WINDOW)) {
    const bytes = read(fd, at, Math.min(window, limit - at));
    const lf = bytes.indexOf(LF);
    if (lf >= 0) return at + lf + 1;
  }
  return undefined;
}

function read(fd: number, position: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  return bytes.subarray(0, readSync(fd, bytes, 0, length, position));
}
