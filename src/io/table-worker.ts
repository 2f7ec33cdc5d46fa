// The worker thread that reads the second part of a large predictions file while the main thread
// reads the first (see split-table.ts for the other side): the header, then its part, through the
// task's own row reader; it posts the part's tally, or that it cannot be merged exactly.
import { parentPort, workerData } from 'node:worker_threads';
import { predictionsFileReader } from '../read/predictions/file-reader.js';
import { rowsOfTask } from '../read/predictions/row-task.js';
import { partOf, readRanges } from './file-parts.js';
import { feedInChunks } from './predictions.js';
import type { PartInput, PartResult } from './split-table.js';

const { fd, task, plan } = workerData as PartInput;

/** The part holds something that rules out an exact merge: stop reading it. */
class Unmergeable extends Error {}

function readPart(): PartResult {
  const { rows, parts } = rowsOfTask(task);
  if (!parts) return { kind: 'unmergeable' };
  let sink: unknown;
  let count = 0;
  const reader = predictionsFileReader(task.spec.file, {
    ...rows,
    start: (columns, line) => (sink = rows.start(columns, line)),
    csvRow(into, record) {
      rows.csvRow(into, record);
      count++;
    }
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
}

let result: PartResult;
try {
  result = readPart();
} catch {
  // bad input, or a reason to stop: the main thread reads this part itself, and names any problem
  result = { kind: 'unmergeable' };
}
parentPort?.postMessage(result, result.kind === 'partial' ? buffersIn(result.partial) : []);

/** The buffers of the typed arrays in `value` (counts, scores): moved to the main thread, not copied. */
function buffersIn(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) buffersIn(inner, found);
  return [...found];
}
