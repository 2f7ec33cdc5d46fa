// The worker thread that reads the second part of a large predictions file while the main thread
// reads the first (see split-table.ts for the other side), and posts what it found. Started with
// its part, or started early and sent its part (worker-bundle.ts: warmWorker).
import { parentPort, workerData } from 'node:worker_threads';
import { readLaterPart } from './later-part.js';
import type { PartInput } from './split-table.js';

function answer(input: PartInput): void {
  const result = readLaterPart(input);
  parentPort?.postMessage(result, result.kind === 'partial' ? buffersIn(result.partial) : []);
}

if (workerData === undefined) parentPort?.once('message', answer);
else answer(workerData as PartInput);

/** The buffers of the typed arrays in `value` (counts, scores): moved to the main thread, not copied. */
function buffersIn(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) buffersIn(inner, found);
  return [...found];
}
