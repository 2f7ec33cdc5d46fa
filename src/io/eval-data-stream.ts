// Reads eval-data in a worker thread, so that parsing the next rows overlaps with scoring these:
// onnxruntime-node runs a model on the thread that calls it.
import { MessageChannel } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { EvalColumns } from '../read/eval-data/columns.js';
import type { FeedNeeds, EvalBatch, EvalDataSpec } from '../read/eval-data/reader.js';
import { startWorker } from './worker-bundle.js';
import { ANSWERED, IN_FLIGHT, unpackBatch, type FromWorker, type NeedsAnswer, type WorkerInput } from './eval-data-protocol.js';

export interface EvalDataHandlers {
  /** Plans the models' feeds from the columns: how to read each feature column. May throw an InputError. */
  onColumns(columns: EvalColumns): FeedNeeds;
  /** Scores and tallies a batch; batches are handed over one at a time, in file order. */
  onBatch(batch: EvalBatch): Promise<void>;
}

export interface EvalDataStreamed {
  rows: number;
  columns: EvalColumns;
  /** The SHA-256 of the file, in hex. */
  sha256: string;
}

/** Streams eval-data at `path` (relative to `cwd`) through the handlers; rejects with the first problem, once no batch is being handled. */
export async function streamEvalData(spec: Omit<EvalDataSpec, 'onColumns'>, path: string, cwd: string, handlers: EvalDataHandlers): Promise<EvalDataStreamed> {
  const control = new SharedArrayBuffer(8);
  const slots = new Int32Array(control);
  const { port1: answers, port2: workerAnswers } = new MessageChannel();
  const input: WorkerInput = { path, cwd, spec, control };
  const worker = startWorker('eval-data-worker', { workerData: { ...input, answers: workerAnswers }, transferList: [workerAnswers] });
  const answer = (message: NeedsAnswer): void => {
    answers.postMessage(message);
    Atomics.store(slots, ANSWERED, 1);
    Atomics.notify(slots, ANSWERED);
  };
  try {
    return await new Promise<EvalDataStreamed>((resolve, reject) => {
      let columns: EvalColumns | undefined;
      let work: Promise<void> = Promise.resolve();
      let failed = false;
      let done = false;
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        void work.catch(() => undefined).then(() => reject(error));
      };
      worker.on('message', (message: FromWorker) => {
        switch (message.kind) {
          case 'columns':
            try {
              answer({ needs: handlers.onColumns(message.columns) });
              columns = message.columns;
            } catch (error) {
              answer({});
              fail(error);
            }
            return;
          case 'batch':
            work = work.then(async () => {
              if (failed) return;
              await handlers.onBatch(unpackBatch(message.batch));
              Atomics.sub(slots, IN_FLIGHT, 1);
              Atomics.notify(slots, IN_FLIGHT);
            });
            work.catch(fail);
            return;
          case 'done':
            done = true;
            work.then(() => resolve({ rows: message.rows, columns: columns as EvalColumns, sha256: message.sha256 }), fail);
            return;
          case 'failed':
            return fail(new InputError(message.problems));
          case 'crashed':
            return fail(new Error(`reading ${spec.file} failed: ${message.message}`));
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!done) fail(new Error(`the thread reading ${spec.file} stopped (exit code ${code}) before the end of the file`));
      });
    });
  } finally {
    answers.close();
    await worker.terminate();
  }
}
