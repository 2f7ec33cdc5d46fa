// `npm run bench` (part): scoring a 20-feature logistic regression at batch 1024 with 1 thread,
// through the bundled CLI (read the rows, score them, write and evaluate the predictions), at
// 100,000 and 1,000,000 rows, against a bare onnxruntime-node loop over pre-built tensors of the
// same batches. Prints rows/s and peak RSS: memory must not grow with the rows.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOnnxRuntime, sessionOptions } from '../../src/measure/session.js';
import { logisticRegression } from '../onnx/scoring-models.js';

const FEATURES = 20;
const BATCH = 1024;
const weights = Array.from({ length: FEATURES }, (_, i) => ((i % 7) - 3) / 4);
const folder = mkdtempSync(join(tmpdir(), 'model-gate-bench-scoring-'));
const model = join(folder, 'logreg-20.onnx');
writeFileSync(model, logisticRegression(weights, 0.1));

/** A fixed-seed xorshift: every run scores the same rows. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

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

/** session.run over pre-built tensors of the same batches: what scoring would cost with nothing else to do. */
async function bareLoop(rows: number): Promise<number> {
  const ort = await loadOnnxRuntime();
  const session = await ort.InferenceSession.create(model, sessionOptions(1));
  const next = random(0x2545f491);
  const batches = Array.from({ length: Math.ceil(rows / BATCH) }, (_, b) => {
    const n = Math.min(BATCH, rows - b * BATCH);
    return new ort.Tensor(
      'float32',
      Float32Array.from({ length: n * FEATURES }, () => next() * 4 - 2),
      [n, FEATURES]
    );
  });
  const start = process.hrtime.bigint();
  for (const input of batches) await session.run({ input });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await session.release();
  return rows / seconds;
}

const cli = fileURLToPath(new URL('./with-resource-usage.mjs', import.meta.url));
console.log(`scoring: a ${FEATURES}-feature logistic regression at batch ${BATCH}, 1 thread (bundled CLI: read, score, write and evaluate the predictions)`);
try {
  for (const rows of [100_000, 1_000_000]) {
    const data = join(folder, `eval-${rows}.csv`);
    writeRows(data, rows);
    const start = process.hrtime.bigint();
    const run = spawnSync(
      process.execPath,
      [
        cli,
        'evaluate',
        '--model',
        model,
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
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(`the CLI failed: ${run.stderr}`);
    const { maxRssKiB } = JSON.parse(run.stderr.trim().split('\n').at(-1) as string) as { maxRssKiB: number };
    const bare = await bareLoop(rows);
    const scored = rows / seconds;
    console.log(
      `  ${rows.toLocaleString('en-US')} rows: ${Math.round(scored).toLocaleString('en-US')} rows/s end to end (${seconds.toFixed(2)} s), bare session.run loop ${Math.round(bare).toLocaleString('en-US')} rows/s (${((scored / bare) * 100).toFixed(0)}%); peak RSS ${(maxRssKiB / 1024).toFixed(0)} MB (goal < 300 MB)`
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
