// Scores the model (and the baseline model) on eval-data: rows are read, run and tallied batch by
// batch, as the predictions path tallies a predictions file with the same rows, so every number is
// the one that file would give; predictions-out gets that file. Loaded only with eval-data.
import { mkdtemp, open, rm, stat, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { NO_PROGRESS, type Progress } from '../model/progress.js';
import type { EvalBatch } from '../read/eval-data/reader.js';
import type { EvalColumns } from '../read/eval-data/columns.js';
import { formatCount } from '../format.js';
import { feedNeeds } from '../measure/score-inputs.js';
import { ScoringModel, sha256File } from '../measure/score-model.js';
import type { ScoredRows } from '../measure/score-outputs.js';
import { ScoredTally } from '../measure/score-tally.js';
import { loadOnnxRuntimeFor, releaseAll } from '../measure/session.js';
import type { Problem } from '../model/problem.js';
import type { Provenance } from '../model/report.js';
import type { ScoringSettings } from '../model/scoring.js';
import type { PredictionsRead } from '../read/predictions/reader.js';
import { streamEvalData } from './eval-data-stream.js';
import { NegativeClass, ScoredCsv } from './scored-csv.js';

export interface ScoredPredictions {
  candidate: PredictionsRead;
  baseline?: PredictionsRead;
  provenance: Provenance;
  /** With predictions-out: the candidate's scored rows as a predictions CSV, in a temporary file. */
  rowsFile?: string;
  /** Removes the temporary file. */
  cleanup(): Promise<void>;
}

export interface ScoringContext {
  positiveLabel: string;
  sensitiveFeatures: readonly string[];
  intersectional: boolean;
}

/** One model's side of the run: its tally, the file its rows go to (predictions-out), and what went wrong on which rows. */
interface Side {
  model: ScoringModel;
  name: string;
  tally?: ScoredTally;
  rowsFile?: { path: string; handle?: FileHandle; csv?: ScoredCsv };
  nonFinite: { rows: number; firstLine: number };
  outOfRange: { rows: number; firstLine: number };
}

export async function scoreEvalData(settings: ScoringSettings, context: ScoringContext, cwd: string, progress = NO_PROGRESS): Promise<ScoredPredictions> {
  const temp = settings.predictionsOut === undefined ? undefined : await mkdtemp(join(tmpdir(), 'model-gate-scores-'));
  const cleanup = async (): Promise<void> => {
    if (temp !== undefined) await rm(temp, { recursive: true, force: true });
  };
  try {
    return { ...(await score(settings, context, cwd, temp, progress)), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function score(
  settings: ScoringSettings,
  context: ScoringContext,
  cwd: string,
  temp: string | undefined,
  progress: Progress
): Promise<Omit<ScoredPredictions, 'cleanup'>> {
  // a missing eval file is said before onnxruntime loads
  await checkEvalData(settings.evalData, cwd);
  const ort = await loadOnnxRuntimeFor(settings.model, cwd);
  const options = { threads: settings.threads, positiveLabel: context.positiveLabel, threshold: settings.threshold };
  const models: ScoringModel[] = [];
  const sides: Side[] = [];
  try {
    const name = (model: string): string => `${settings.evalData} scored by ${model}`;
    for (const [i, path] of [settings.model, settings.baselineModel].entries()) {
      if (path === undefined) continue;
      const model = await ScoringModel.open(ort, path, cwd, options);
      models.push(model);
      sides.push({
        model,
        name: i === 0 ? (settings.predictionsOut ?? name(path)) : name(path),
        ...(i === 0 && temp !== undefined ? { rowsFile: { path: join(temp, 'predictions.csv') } } : {}),
        nonFinite: { rows: 0, firstLine: 0 },
        outOfRange: { rows: 0, firstLine: 0 }
      });
    }
    const negative = new NegativeClass(context.positiveLabel);
    let columns: EvalColumns | undefined;
    const spec = { ...context, keepRows: sides.length > 1 };
    const start = async (side: Side): Promise<void> => {
      const hasScore = side.model.outputs.score !== undefined;
      side.tally = new ScoredTally({ ...spec, file: side.name }, columns as EvalColumns, hasScore);
      const rowsFile = side.rowsFile;
      if (rowsFile) {
        rowsFile.handle = await open(rowsFile.path, 'w');
        rowsFile.csv = new ScoredCsv(rowsFile.handle, columns as EvalColumns, hasScore, negative);
        await rowsFile.csv.writeHeader();
      }
    };
    let rows = 0;
    progress.start(`model-gate: scoring ${settings.evalData} with ${[settings.model, settings.baselineModel].filter(Boolean).join(' and ')}`);
    const read = await streamEvalData(
      {
        file: settings.evalData,
        labelColumn: settings.labelColumn,
        ...(settings.featureColumns ? { featureColumns: settings.featureColumns } : {}),
        sensitiveFeatures: context.sensitiveFeatures,
        labels: { featureColumns: settings.labels.featureColumns, labelColumn: settings.labels.labelColumn },
        positiveLabel: context.positiveLabel,
        batchSize: settings.batchSize,
        rowTexts: settings.predictionsOut !== undefined
      },
      settings.evalData,
      cwd,
      {
        onColumns(found) {
          columns = found;
          const plans = models.map((model) => model.planFeeds(found, settings.evalData, settings.featureColumns !== undefined, settings.labels.featureColumns));
          return feedNeeds(plans, found.features.length);
        },
        async onBatch(batch) {
          negative.learn(batch);
          const scored = await Promise.all(sides.map((side) => side.model.score(batch, settings.evalData)));
          for (const [i, side] of sides.entries()) await record(side, batch, scored[i] as ScoredRows, () => start(side));
          rows += batch.rows;
          progress.update(`${formatCount(rows)} rows scored`);
        }
      }
    ).finally(() => progress.done(`${formatCount(rows)} rows scored`));
    checkOutputs(sides, read.rows, settings.evalData);
    for (const side of sides) await side.rowsFile?.csv?.end();

    const [modelSha, baselineSha] = await Promise.all(models.map((model) => sha256File(model.path, cwd)));
    const [candidate, baseline] = sides.map((side) => (side.tally as ScoredTally).result());
    return {
      candidate: candidate as PredictionsRead,
      ...(baseline ? { baseline } : {}),
      ...(sides[0]?.rowsFile ? { rowsFile: sides[0].rowsFile.path } : {}),
      provenance: {
        model: { path: settings.model, sha256: modelSha as string },
        ...(settings.baselineModel ? { baselineModel: { path: settings.baselineModel, sha256: baselineSha as string } } : {}),
        evalData: { path: settings.evalData, sha256: read.sha256, rows: read.rows },
        runtime: { package: 'onnxruntime-node', version: ort.env.versions.node ?? ort.env.versions.common }
      }
    };
  } finally {
    await Promise.all(sides.map((side) => side.rowsFile?.handle?.close()));
    await releaseAll(models.map((model) => model.session));
  }
}

async function record(side: Side, batch: EvalBatch, scored: ScoredRows, start: () => Promise<void>): Promise<void> {
  const note = (what: { rows: number; firstLine: number }, rows: readonly number[]): void => {
    if (rows.length > 0 && what.rows === 0) what.firstLine = batch.lines[rows[0] as number] as number;
    what.rows += rows.length;
  };
  note(side.nonFinite, scored.nonFinite);
  note(side.outOfRange, scored.outOfRange);
  // a run that will fail tallies and writes no more rows
  if (side.nonFinite.rows > 0 || side.outOfRange.rows > 0) return;
  if (!side.tally) await start();
  side.tally?.add(batch, scored);
  await side.rowsFile?.csv?.write(batch, scored);
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

async function checkEvalData(path: string, cwd: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(resolve(cwd, path))).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError({ source: path, message: code === 'ENOENT' ? `file not found (looked in ${cwd})` : `cannot be read: ${(error as Error).message}` });
  }
  if (isDirectory) throw new InputError({ source: path, message: 'is a directory, expected a file' });
}
