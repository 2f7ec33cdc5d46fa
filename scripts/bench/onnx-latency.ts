// `npm run bench:onnx`: the latency harness against a bare loop of session.run, on the convolutional
// classifier of issue 4 (generated into a temporary folder from a fixed seed).
// Goals: the harness's p50 within 3% of the bare loop's; across 5 harness runs, p50 spread under 10%.
// BENCH_ITERATIONS (default 300) and BENCH_WARMUP (default 20) set the runs of each measurement.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Tensor } from 'onnxruntime-node';
import { measureLatency } from '../../src/measure/harness.js';
import { parseOptions } from '../../src/options/parse.js';
import { cliLabel, OPTIONS } from '../../src/options/table.js';
import { percentile } from '../../src/measure/latency-stats.js';
import { generateInput, planInputs } from '../../src/measure/onnx-inputs.js';
import { loadOnnxRuntime, sessionOptions } from '../../src/measure/session.js';
import { benchClassifier } from '../onnx/models.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? OPTIONS['latency-iterations'].fallback);
const WARMUP = Number(process.env.BENCH_WARMUP ?? OPTIONS['latency-warmup'].fallback);
const THREADS = Number(OPTIONS['latency-threads'].fallback);
const ROUNDS = 5;

const folder = mkdtempSync(join(tmpdir(), 'model-gate-onnx-bench-'));
const model = join(folder, 'bench-classifier.onnx');
writeFileSync(model, benchClassifier());
const ort = await loadOnnxRuntime();

/** What anyone would write: one session, the same settings and inputs, hrtime around each run. */
async function bareLoopP50(): Promise<number> {
  const session = await ort.InferenceSession.create(model, sessionOptions(THREADS));
  const feeds: Record<string, Tensor> = {};
  for (const plan of planInputs(session.inputMetadata, { file: model })) {
    const spec = generateInput(plan, 1);
    feeds[spec.name] = new ort.Tensor(spec.type as 'float32', spec.data as Float32Array, spec.shape);
  }
  await session.run(feeds); // the harness's finite check is one extra run too
  for (let i = 0; i < WARMUP; i++) await session.run(feeds);
  const durations = new Float64Array(ITERATIONS);
  for (let i = 0; i < ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    await session.run(feeds);
    durations[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  await session.release();
  return percentile(durations.sort(), 0.5);
}

async function harnessP50(): Promise<number> {
  const options = parseOptions(
    { model, 'latency-warmup': String(WARMUP), 'latency-iterations': String(ITERATIONS), 'latency-threads': String(THREADS) },
    cliLabel
  );
  const report = await measureLatency(options.latency!);
  return report.batches[0]!.candidate.stats.p50Ms;
}

const median = (xs: readonly number[]): number => percentile(Float64Array.from(xs).sort(), 0.5);
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;

try {
  console.log(
    'onnx latency (conv 3→64→128, 8192→256→10, batch 1, %d warm-up + %d runs, %d intra-op thread, onnxruntime-node %s)',
    WARMUP,
    ITERATIONS,
    THREADS,
    ort.env.versions.node
  );
  // harness and bare loop alternate, so drift in the machine's load hits both alike
  const bare: number[] = [];
  const harness: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(await bareLoopP50());
    harness.push(await harnessP50());
  }
  const difference = median(harness) / median(bare) - 1;
  console.log('  bare session.run loop   p50 %s ms  (median of %d runs)', median(bare).toFixed(4), ROUNDS);
  console.log('  harness                 p50 %s ms  (median of %d runs)', median(harness).toFixed(4), ROUNDS);
  console.log('  difference              %s  (goal within ±3%) %s', pct(difference), Math.abs(difference) <= 0.03 ? 'ok' : 'OVER GOAL');
  const spread = (Math.max(...harness) - Math.min(...harness)) / median(harness);
  console.log('  harness p50 of each run %s ms', harness.map((x) => x.toFixed(4)).join(', '));
  console.log('  spread (max − min) / median  %s  (goal < 10%) %s', pct(spread).slice(1), spread < 0.1 ? 'ok' : 'OVER GOAL');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
