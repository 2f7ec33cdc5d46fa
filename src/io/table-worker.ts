// The worker thread that reads a large predictions file beside the main thread, and posts what it
// found: the second part (see split-table.ts for the other side), or chunks as long as any is left
// (chunk-table.ts). Started with its input, or started early and sent it (worker-bundle.ts:
// warmWorker).
import { parentPort, workerData } from 'node:worker_threads';
import { readChunks, takeNext, type ChunkInput } from './chunk-table.js';
import { readLaterPart } from './later-part.js';
import type { PartInput } from './split-table.js';

function answer(input: PartInput | ChunkInput): void {
  const result = 'next' in input ? readChunks(input, takeNext(input)) : readLaterPart(input);
  parentPort?.postMessage(result, result.kind === 'unmergeable' ? [] : buffersIn(result.partial));
}

if (workerData === undefined) parentPort?.once('message', answer);
else answer(workerData as PartInput | ChunkInput);

/** The buffers of the typed arrays in `value` (counts, scores, sums): moved to the main thread, not copied. */
function buffersIn(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) found.add(value.buffer as ArrayBuffer);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) buffersIn(inner, found);
  return [...found];
}
