// A regression's file read in chunks (src/io/chunk-table.ts): what a thread that read some of them
// hands over, and how they join a tally. A regression's file is always read in the same chunks,
// whichever thread reads which: its sums are float sums, which another grouping of the rows could
// change in their last bit, so each chunk is summed on its own and the chunks' sums are added in
// file order. The rest does not depend on the order (the count of rows; the absolute errors, whose
// median is exact, and whose weighted median orders ties by weight), and each thread keeps one for
// all its chunks.
import { MAX_SENSITIVE_VALUES } from '../limits.js';
import type { RegressionSink } from './regression-reader.js';
import type { RegressionChunk, RegressionChunks } from './regression-tally.js';

/**
 * The cells' sums that the chunks of a file may keep until they are merged, in all: some 70 MB. A
 * file with more cells a chunk (many groups in every chunk) is read in one pass. Whether it is
 * depends on each chunk's rows alone, not on which thread read it.
 */
export const MAX_CHUNK_CELLS = 1 << 19;

export function regressionCut({ tally }: RegressionSink, index: number, count: number): RegressionChunk | undefined {
  const chunk = tally.cut(index);
  return chunk.cells.length * count > MAX_CHUNK_CELLS ? undefined : chunk;
}

export function regressionChunks({ tally }: RegressionSink, chunks: RegressionChunk[]): RegressionChunks {
  return {
    names: tally.names,
    cells: tally.cells.values.view(),
    chunks,
    rows: tally.rows,
    weighted: tally.weighted,
    errors: tally.errors.partial()
  };
}

/**
 * Adds the chunks the threads read, in file order, after the sink's own rows (none, as chunk-table.ts
 * reads a file: its sink has read the header only); false, with
 * the sink untouched, when a sensitive column has more values than one pass allows (one pass then
 * says so). Cells are added in the order the file meets them, as one pass would: a thread reads
 * its chunks in file order, so the cells a chunk meets first in the file are new to its thread, and
 * numbered in the order the chunk meets them.
 */
export function mergeRegressionChunks(sink: RegressionSink, threads: readonly RegressionChunks[]): boolean {
  const { tally, interners } = sink;
  if (interners.some((interner, c) => new Set([...interner.names, ...threads.flatMap((thread) => thread.names[c] ?? [])]).size > MAX_SENSITIVE_VALUES))
    return false;
  // each thread's value indices, mapped to the sink's as the chunks in file order meet them
  const mapped = threads.map((thread) => thread.names.map((names) => new Int32Array(names.length).fill(-1)));
  const chunks = threads.flatMap((thread, t) => thread.chunks.map((chunk) => ({ thread, map: mapped[t] as Int32Array[], chunk })));
  const values = new Int32Array(interners.length);
  for (const { thread, map, chunk } of chunks.sort((a, b) => a.chunk.index - b.chunk.index)) {
    chunk.cells.forEach((cell, k) => {
      for (let c = 0; c < values.length; c++) {
        const value = thread.cells[cell * values.length + c] as number;
        const column = map[c] as Int32Array;
        if ((column[value] as number) < 0) column[value] = (interners[c] as (typeof interners)[number]).internText(thread.names[c]?.[value] as string);
        values[c] = column[value] as number;
      }
      tally.cells.sums.merge(tally.cells.cellOf(values, tally.names), chunk.sums, k);
    });
    tally.labels.merge(chunk.labels);
  }
  for (const thread of threads) {
    tally.rows += thread.rows;
    tally.weighted ||= thread.weighted;
    tally.errors.merge(thread.errors);
  }
  return true;
}
