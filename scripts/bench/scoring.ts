// `npm run bench` (part): scoring a 20-feature logistic regression at batch 1024 with 1 thread.
//  - The scoring thread on batches already parsed (feeds, session.run, outputs read, rows tallied)
//    against a bare onnxruntime-node loop over pre-built tensors of the same batches: what
//    model-gate adds to each row, and the same for a costlier model.
//  - Reading alone: the eval-data worker thread parsing the CSV, with nothing scored.
//  - End to end: the bundled CLI at 100,000 and 1,000,000 rows, and its peak RSS (goal < 300 MB,
//    flat in the row count but for the 4 bytes a row the exact ROC AUC keeps of float32 scores).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { streamEvalData } from '../../src/io/eval-data-stream.js';
import { feedNeeds, type FeedPlan } from '../../src/measure/score-inputs.js';
import { ScoringModel } from '../../src/measure/score-model.js';
import { ScoredTally } from '../../src/measure/score-tally.js';
import { loadOnnxRuntime, sessionOptions } from '../../src/measure/session.js';
import { evalDataReader, type EvalBatch } from '../../src/read/eval-data/reader.js';
import type { EvalColumns } from '../../src/read/eval-data/columns.js';
import { logisticRegression, perceptron } from '../onnx/scoring-models.js';
import { random } from './random.mjs';

const FEATURES = 20;
const BATCH = 1024;
const STAGE_ROWS = 1_000_000;
const folder = mkdtempSync(join(tmpdir(), 'model-gate-bench-scoring-'));
const logreg = join(folder, 'logreg-20.onnx');
writeFileSync(
  logreg,
  logisticRegression(
    Array.from({ length: FEATURES }, (_, i) => ((i % 7) - 3) / 4),
    0.1
  )
);
const mlp = join(folder, 'perceptron-20-512.onnx');
writeFileSync(mlp, perceptron(FEATURES, 512));
const ort = await loadOnnxRuntime();
const matrix: FeedPlan = { kind: 'matrix', input: 'input', type: 'float32', width: FEATURES, rank: 2 };

function writeRows(file: string, rows: number): void {
  const next = random(0x2545f491);
  const fd = openSync(file, 'w');
  writeSync(fd, `label,${Array.from({ length: FEATURES }, (_, i) => `f${i}`).join(',')}\n`);
  for (let start = 0; start < rows; start += 10_000) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const features = Array.from({ length: FEATURES }, () => (next() * 4 - 2).toFixed(4));
      text += `${next() < 0.4 ? 1 : 0},${features.join(',')}\n`;
    }
    writeSync(fd, text);
  }
  closeSync(fd);
}

const spec = {
  labelColumn: 'label',
  sensitiveFeatures: [],
  labels: { featureColumns: 'feature-columns', labelColumn: 'label-column' },
  positiveLabel: '1',
  batchSize: BATCH,
  rowTexts: false
};
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = (rows: number, time: number): string => `${(rows / time / 1e6).toFixed(2)} M rows/s`;
const nsPerRow = (time: number, rows: number): string => `${Math.round((time / rows) * 1e9)} ns`;

/** 64 batches parsed in memory, as the worker parses them, and their columns. */
function parsedBatches(file: string): { batches: EvalBatch[]; columns: EvalColumns } {
  let columns: EvalColumns | undefined;
  const reader = evalDataReader({
    ...spec,
    file,
    onColumns: (found) => {
      columns = found;
      return feedNeeds([matrix], FEATURES);
    }
  });
  reader.feed(readFileSync(file), true);
  return { batches: reader.take(), columns: columns as EvalColumns };
}

/** session.run over pre-built tensors of `batches`, cycled to STAGE_ROWS rows. */
async function bareLoop(model: string, batches: readonly EvalBatch[]): Promise<number> {
  const session = await ort.InferenceSession.create(model, sessionOptions(1));
  const tensors = batches.map((batch) => new ort.Tensor('float32', (batch.matrix as Float32Array).slice(0, batch.rows * FEATURES), [batch.rows, FEATURES]));
  const start = process.hrtime.bigint();
  for (let done = 0, i = 0; done < STAGE_ROWS; done += BATCH, i++) await session.run({ input: tensors[i % tensors.length] as InstanceType<typeof ort.Tensor> });
  const time = seconds(start);
  await session.release();
  return time;
}

/** The scoring thread's work on the same batches: feeds built, run, outputs read, rows tallied; and the tallying's share. */
async function scoringThread(model: string, batches: readonly EvalBatch[], columns: EvalColumns): Promise<{ time: number; tallying: number }> {
  const scoring = await ScoringModel.open(ort, model, folder, { threads: 1, positiveLabel: '1', threshold: 0.5 });
  scoring.planFeeds(columns, 'eval.csv', false, 'feature-columns');
  const tally = new ScoredTally({ file: 'eval.csv', positiveLabel: '1', sensitiveFeatures: [], intersectional: false, keepRows: false }, columns, true);
  const start = process.hrtime.bigint();
  let tallying = 0;
  for (let done = 0, i = 0; done < STAGE_ROWS; done += BATCH, i++) {
    const batch = batches[i % batches.length] as EvalBatch;
    const scored = await scoring.score(batch, 'eval.csv');
    const tallyStart = process.hrtime.bigint();
    tally.add(batch, scored);
    tallying += seconds(tallyStart);
  }
  const time = seconds(start);
  await scoring.session.release();
  return { time, tallying };
}

const cli = fileURLToPath(new URL('./with-resource-usage.mjs', import.meta.url));
console.log(`scoring: a ${FEATURES}-feature logistic regression at batch ${BATCH}, 1 thread`);
try {
  const sample = join(folder, 'sample.csv');
  writeRows(sample, 64 * BATCH);
  const { batches, columns } = parsedBatches(sample);
  for (const [name, model] of [
    ['logistic regression', logreg],
    ['20→512→1 perceptron', mlp]
  ] as const) {
    const bare = await bareLoop(model, batches);
    const { time: scored, tallying } = await scoringThread(model, batches, columns);
    console.log(
      `  ${name}, scoring thread on parsed batches (feeds, run, outputs, tally): ${perSecond(STAGE_ROWS, scored)}; bare session.run loop ${perSecond(STAGE_ROWS, bare)} ` +
        `(${((bare / scored) * 100).toFixed(0)}%; goal ≥ 85%): the model costs ${nsPerRow(bare, STAGE_ROWS)} a row, model-gate adds ${nsPerRow(scored - bare, STAGE_ROWS)}, ` +
        `of which ${nsPerRow(tallying, STAGE_ROWS)} tally the row (counts per group, the score kept for the exact ROC AUC, log loss and Brier terms)`
    );
  }

  for (const rows of [100_000, 1_000_000]) {
    const data = join(folder, `eval-${rows}.csv`);
    writeRows(data, rows);
    let start = process.hrtime.bigint();
    await streamEvalData({ ...spec, file: data }, data, folder, { onColumns: () => feedNeeds([matrix], FEATURES), onBatch: async () => undefined });
    const reading = seconds(start);
    start = process.hrtime.bigint();
    const run = spawnSync(
      process.execPath,
      [
        cli,
        'evaluate',
        '--model',
        logreg,
        '--eval-data',
        data,
        '--scoring-batch-size',
        String(BATCH),
        '--latency-iterations',
        '1',
        '--latency-warmup',
        '0',
        '--gates',
        'gates: {accuracy: {min: 0}}',
        '--json'
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 }
    );
    const endToEnd = seconds(start);
    if (run.status !== 0) throw new Error(`the CLI failed: ${run.stderr}`);
    const { maxRssKiB } = JSON.parse(run.stderr.trim().split('\n').at(-1) as string) as { maxRssKiB: number };
    console.log(
      `  ${rows.toLocaleString('en-US')} rows: end to end ${perSecond(rows, endToEnd)} (${endToEnd.toFixed(2)} s, the process's start included); ` +
        `reading the CSV alone ${perSecond(rows, reading)}; peak RSS ${(maxRssKiB / 1024).toFixed(0)} MB (goal < 300 MB; the exact ROC AUC keeps ${((rows * 4) / 2 ** 20).toFixed(1)} MB of it: a float32 score a row)`
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
