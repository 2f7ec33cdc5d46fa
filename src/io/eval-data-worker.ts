// The worker thread that reads eval-data while the main thread scores: it parses the rows into
// batches and posts them, at most MAX_IN_FLIGHT ahead of the scoring, and hashes the file as it
// reads it. See eval-data-stream.ts for the other side.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { EvalColumns } from '../read/eval-data/columns.js';
import { evalDataObjects, evalDataReader, type FeedNeeds, type EvalBatch, type EvalDataSpec } from '../read/eval-data/reader.js';
import { isParquet } from './parquet-file.js';
import { readParquetObjects } from './parquet.js';
import { readFileInChunks } from './predictions.js';
import { ANSWERED, IN_FLIGHT, MAX_IN_FLIGHT, packBatch, type FromWorker, type NeedsAnswer, type WorkerInput } from './eval-data-protocol.js';

const { path, cwd, spec, control: shared, answers } = workerData as WorkerInput & { answers: MessagePort };
const control = new Int32Array(shared);
const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => parentPort?.postMessage(message, transfer);

/** The main thread plans the model's feeds from the columns; the reader waits for its answer. */
function askNeeds(columns: EvalColumns): FeedNeeds {
  post({ kind: 'columns', columns });
  Atomics.wait(control, ANSWERED, 0);
  const answer = receiveMessageOnPort(answers)?.message as NeedsAnswer | undefined;
  if (!answer?.needs) throw new Stopped();
  return answer.needs;
}

function postBatches(batches: EvalBatch[]): void {
  for (const batch of batches) {
    for (let inFlight = Atomics.load(control, IN_FLIGHT); inFlight >= MAX_IN_FLIGHT; inFlight = Atomics.load(control, IN_FLIGHT))
      Atomics.wait(control, IN_FLIGHT, inFlight);
    Atomics.add(control, IN_FLIGHT, 1);
    post({ kind: 'batch', batch: packBatch(batch) }, [batch.lines.buffer as ArrayBuffer]);
  }
}

/** The main thread stopped the run while the columns were planned. */
class Stopped extends Error {}

/** CSV or JSON Lines: read in chunks, hashed as they are read. */
function readText(evalSpec: EvalDataSpec): { rows: number; sha256: string } {
  const digest = createHash('sha256');
  const reader = evalDataReader(evalSpec);
  const { rows } = readFileInChunks(
    path,
    cwd,
    {
      feed(bytes, atEnd) {
        const used = reader.feed(bytes, atEnd);
        postBatches(reader.take());
        return used;
      },
      result: () => reader.result()
    },
    (bytes) => digest.update(bytes)
  );
  return { rows, sha256: digest.digest('hex') };
}

/** Parquet: read a row group at a time, and hashed as a whole. */
async function readParquet(evalSpec: EvalDataSpec): Promise<{ rows: number; sha256: string }> {
  const objects = evalDataObjects(evalSpec);
  const { rows } = await readParquetObjects(path, cwd, evalSpec.file, objects, () => postBatches(objects.take()));
  postBatches(objects.take());
  const digest = createHash('sha256');
  for await (const chunk of createReadStream(resolve(cwd, path))) digest.update(chunk as Buffer);
  return { rows, sha256: digest.digest('hex') };
}

try {
  const evalSpec = { ...(spec as Omit<EvalDataSpec, 'onColumns'>), onColumns: askNeeds };
  const { rows, sha256 } = (await isParquet(path, cwd)) ? await readParquet(evalSpec) : readText(evalSpec);
  post({ kind: 'done', rows, sha256 });
} catch (error) {
  if (error instanceof InputError) post({ kind: 'failed', problems: error.problems });
  else if (!(error instanceof Stopped)) post({ kind: 'crashed', message: (error as Error).stack ?? String(error) });
}
