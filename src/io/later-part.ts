// The second part of a large predictions file, read through the task's own row reader after the
// header: its tally as plain data, or that it cannot be merged exactly. A worker thread reads it
// while the main thread reads the first part (table-worker.ts), or the main thread reads it after
// its own (split-table.ts).
import { countedRows } from '../read/predictions/csv-lane.js';
import { predictionsFileReader } from '../read/predictions/file-reader.js';
import { rowsOfTask } from '../read/predictions/row-task.js';
import { partOf, readRanges } from './file-parts.js';
import { feedInChunks } from './predictions.js';
import type { PartInput, PartResult } from './split-table.js';

/** The part holds something that rules out an exact merge: stop reading it. */
class Unmergeable extends Error {}

/** Reads the part; bad input in it, or a reason to stop, makes it unmergeable: the main thread then reads it on, and names any problem. */
export function readLaterPart({ fd, task, plan }: PartInput): PartResult {
  try {
    const { rows, parts } = rowsOfTask(task);
    if (!parts) return { kind: 'unmergeable' };
    let sink: unknown;
    let count = 0;
    const reader = predictionsFileReader(task.spec.file, {
      ...countedRows(rows, (records) => (count += records)),
      start: (columns, line) => (sink = rows.start(columns, line))
    });
    const quotes = { seen: false };
    const read = readRanges(
      fd,
      [
        [0, plan.headerEnd],
        [plan.split, plan.size]
      ],
      quotes
    );
    feedInChunks(partOf(reader, true), (buffer, offset) => {
      if (quotes.seen || (sink !== undefined && !parts.mayMerge(sink))) throw new Unmergeable();
      return read(buffer, offset);
    });
    const partial = quotes.seen || sink === undefined ? undefined : parts.partial(sink);
    return partial === undefined ? { kind: 'unmergeable' } : { kind: 'partial', partial, rows: count };
  } catch {
    return { kind: 'unmergeable' };
  }
}
