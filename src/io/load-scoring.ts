// Scores the model (and the baseline model) on eval-data: rows are read, run and written batch by
// batch as predictions CSVs, which the predictions path then evaluates, so every number is the one
// a predictions file with the same rows would give. Loaded only with eval-data.
import { createHash } from 'node:crypto';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { evalDataReader, type EvalBatch, type EvalDataReader } from '../read/eval-data/reader.js';
import type { EvalColumns } from '../read/eval-data/columns.js';
import { formatCount, formatSize, MAX_RECORD_BYTES } from '../read/limits.js';
import { columnNeeds } from '../measure/score-inputs.js';
import { ScoringModel, sha256File } from '../measure/score-model.js';
import type { ScoredRows } from '../measure/score-outputs.js';
import { loadOnnxRuntimeFor, releaseAll } from '../measure/session.js';
import type { Problem } from '../model/problem.js';
import type { Provenance } from '../model/report.js';
import type { ScoringSettings } from '../model/scoring.js';
import type { PredictionsSource } from './load-predictions.js';
import { NegativeClass, ScoredCsv } from './scored-csv.js';

const CHUNK_BYTES = 1 << 20;

export interface ScoredPredictions {
  candidate: PredictionsSource;
  baseline?: PredictionsSource;
  provenance: Provenance;
  /** Removes the temporary files. */
  cleanup(): Promise<void>;
}

export interface ScoringContext {
  positiveLabel: string;
  sensitiveFeatures: readonly string[];
}

/** One model's side of the run: where its rows go, and what went wrong on which rows. */
interface Side {
  model: ScoringModel;
  path: string;
  handle?: FileHandle;
  csv?: ScoredCsv;
  nonFinite: { rows: number; firstLine: number };
  outOfRange: { rows: number; firstLine: number };
}

export async function scoreEvalData(settings: ScoringSettings, context: ScoringContext, cwd: string): Promise<ScoredPredictions> {
  const temp = await mkdtemp(join(tmpdir(), 'model-gate-scores-'));
  const cleanup = (): Promise<void> => rm(temp, { recursive: true, force: true });
  try {
    return { ...(await score(settings, context, cwd, temp)), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function score(settings: ScoringSettings, context: ScoringContext, cwd: string, temp: string): Promise<Omit<ScoredPredictions, 'cleanup'>> {
  const evalHandle = await openEvalData(settings.evalData, cwd);
  const ort = await loadOnnxRuntimeFor(settings.model);
  const options = { threads: settings.threads, positiveLabel: context.positiveLabel, threshold: settings.threshold };
  const models: ScoringModel[] = [];
  const sides: Side[] = [];
  try {
    const paths = [join(temp, 'candidate.csv'), join(temp, 'baseline.csv')];
    for (const [i, path] of [settings.model, settings.baselineModel].entries()) {
      if (path === undefined) continue;
      const model = await ScoringModel.open(ort, path, cwd, options);
      models.push(model);
      sides.push({ model, path: paths[i] as string, nonFinite: { rows: 0, firstLine: 0 }, outOfRange: { rows: 0, firstLine: 0 } });
    }
    const negative = new NegativeClass(context.positiveLabel);
    let columns: EvalColumns | undefined;
    const reader = evalDataReader({
      file: settings.evalData,
      labelColumn: settings.labelColumn,
      ...(settings.featureColumns ? { featureColumns: settings.featureColumns } : {}),
      sensitiveFeatures: context.sensitiveFeatures,
      labels: { featureColumns: settings.labels.featureColumns, labelColumn: settings.labels.labelColumn },
      positiveLabel: context.positiveLabel,
      batchSize: settings.batchSize,
      onColumns(found) {
        columns = found;
        const plans = models.map((model) => model.planFeeds(found, settings.evalData, settings.featureColumns !== undefined, settings.labels.featureColumns));
        return columnNeeds(plans, found.features.length);
      }
    });

    const digest = createHash('sha256');
    let previous: Promise<void> = Promise.resolve();
    const scoreBatch = async (batch: EvalBatch): Promise<void> => {
      const scored = await Promise.all(sides.map((side) => side.model.score(batch, settings.evalData)));
      for (const [i, side] of sides.entries()) {
        if (!side.csv) {
          side.handle = await open(side.path, 'w');
          side.csv = new ScoredCsv(side.handle, columns as EvalColumns, side.model.outputs.score !== undefined, negative);
          await side.csv.writeHeader();
        }
        await record(side, batch, scored[i] as ScoredRows);
      }
    };
    await feedAsync(reader, evalHandle, settings.evalData, digest, (batches) => {
      for (const batch of batches) {
        negative.learn(batch);
        // the next chunk is read while this batch runs
        previous = previous.then(() => scoreBatch(batch));
        previous.catch(() => undefined);
      }
      return previous;
    });
    await previous;
    const { rows } = reader.result();
    checkOutputs(sides, rows, settings.evalData);
    for (const side of sides) await side.csv?.end();

    const [modelSha, baselineSha] = await Promise.all(models.map((model) => sha256File(model.path, cwd)));
    const name = (model: string): string => `${settings.evalData} scored by ${model}`;
    return {
      candidate: { path: (sides[0] as Side).path, name: settings.predictionsOut ?? name(settings.model) },
      ...(settings.baselineModel ? { baseline: { path: (sides[1] as Side).path, name: name(settings.baselineModel) } } : {}),
      provenance: {
        model: { path: settings.model, sha256: modelSha as string },
        ...(settings.baselineModel ? { baselineModel: { path: settings.baselineModel, sha256: baselineSha as string } } : {}),
        evalData: { path: settings.evalData, sha256: digest.digest('hex'), rows },
        runtime: { package: 'onnxruntime-node', version: ort.env.versions.node ?? ort.env.versions.common }
      }
    };
  } finally {
    await evalHandle.close();
    await Promise.all(sides.map((side) => side.handle?.close()));
    await releaseAll(models.map((model) => model.session));
  }
}

async function record(side: Side, batch: EvalBatch, scored: ScoredRows): Promise<void> {
  const note = (what: { rows: number; firstLine: number }, rows: readonly number[]): void => {
    if (rows.length > 0 && what.rows === 0) what.firstLine = batch.lines[rows[0] as number] as number;
    what.rows += rows.length;
  };
  note(side.nonFinite, scored.nonFinite);
  note(side.outOfRange, scored.outOfRange);
  // a run that will fail writes no more rows
  if (side.nonFinite.rows === 0 && side.outOfRange.rows === 0) await (side.csv as ScoredCsv).write(batch, scored);
}

/** Non-finite or out-of-range scores, counted over every row, are one error per model. */
function checkOutputs(sides: readonly Side[], rows: number, evalData: string): void {
  const problems: Problem[] = [];
  for (const { model, nonFinite, outOfRange } of sides) {
    const output = model.outputs.score as string;
    if (nonFinite.rows > 0)
      problems.push({
        source: model.path,
        message: `its output ${output} is NaN or infinite on ${formatCount(nonFinite.rows)} of ${formatCount(rows)} rows of ${evalData} (the first on line ${nonFinite.firstLine})`
      });
    if (outOfRange.rows > 0)
      problems.push({
        source: model.path,
        message:
          `its output ${output} is outside [0, 1] on ${formatCount(outOfRange.rows)} of ${formatCount(rows)} rows of ${evalData} (the first on line ${outOfRange.firstLine}): ` +
          'expected the probability of the positive class (end the model with a Sigmoid or Softmax)'
      });
  }
  if (problems.length > 0) throw new InputError(problems);
}

async function openEvalData(path: string, cwd: string): Promise<FileHandle> {
  try {
    const handle = await open(resolve(cwd, path), 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new InputError({ source: path, message: 'is a directory, expected a file' });
    }
    return handle;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError({ source: path, message: code === 'ENOENT' ? `file not found (looked in ${cwd})` : `cannot be read: ${(error as Error).message}` });
  }
}

/**
 * Feeds the file to the reader chunk by chunk, as feedInChunks does, handing each chunk's completed
 * batches to `onBatches`, whose work goes on while the next chunk is read; hashes what it reads.
 */
async function feedAsync(
  reader: EvalDataReader,
  handle: FileHandle,
  file: string,
  digest: ReturnType<typeof createHash>,
  onBatches: (batches: EvalBatch[]) => Promise<void>
): Promise<void> {
  let buffer = new Uint8Array(CHUNK_BYTES);
  let filled = 0;
  let work: Promise<void> = Promise.resolve();
  for (;;) {
    if (filled === buffer.length) {
      if (filled > MAX_RECORD_BYTES) throw new InputError({ source: file, message: `a record is longer than ${formatSize(MAX_RECORD_BYTES)}` });
      const grown = new Uint8Array(buffer.length * 2);
      grown.set(buffer);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    digest.update(buffer.subarray(filled, filled + bytesRead));
    filled += bytesRead;
    const atEnd = bytesRead === 0;
    // the batches of the last chunk run while this one was read; one chunk's batches are held at most
    await work;
    const used = reader.feed(buffer.subarray(0, filled), atEnd);
    work = onBatches(reader.take());
    if (atEnd) return work;
    buffer.copyWithin(0, used, filled);
    filled -= used;
  }
}
