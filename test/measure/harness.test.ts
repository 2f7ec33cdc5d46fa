/** @jest-environment ./test/measure/onnxruntime-environment.cjs */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { measureLatency } from '../../src/measure/harness.js';
import type { LatencyReport } from '../../src/model/latency.js';
import { parseOptions, type RawOptions } from '../../src/options/parse.js';
import { cliLabel } from '../../src/options/table.js';
import { readJson, ROOT } from '../support/fixtures.js';

const FIXTURES = 'test/fixtures/onnx';
const quick = { 'latency-warmup': '2', 'latency-iterations': '12' } as const;

/** Latency settings as the CLI's flags give them. */
function measure(flags: RawOptions, cwd?: string): Promise<LatencyReport> {
  return measureLatency(parseOptions(flags, cliLabel).latency!, cwd);
}

async function problemsOf(flags: RawOptions, cwd?: string): Promise<string> {
  try {
    await measure(flags, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('measureLatency on one model', () => {
  let report: LatencyReport;
  beforeAll(async () => {
    report = await measure({ model: `${FIXTURES}/classifier.onnx`, 'latency-batch-sizes': '1,8', ...quick }, ROOT);
  });

  test('reports the runtime, the settings and the model', async () => {
    const version = readJson<{ version: string }>('node_modules/onnxruntime-node/package.json').version;
    expect(report.runtime).toEqual({ package: 'onnxruntime-node', version, executionProvider: 'cpu' });
    expect(report.settings).toEqual({
      batchSizes: [1, 8],
      warmup: 2,
      iterations: 12,
      durationSeconds: null,
      intraOpThreads: 1,
      interOpThreads: 1,
      executionMode: 'sequential',
      seed: 20240604,
      interleaved: false
    });
    expect(report.candidate).toMatchObject({
      path: `${FIXTURES}/classifier.onnx`,
      sizeBytes: (await stat(join(ROOT, FIXTURES, 'classifier.onnx'))).size,
      inputs: [{ name: 'features', type: 'float32', shape: ['batch', 4] }],
      outputs: [{ name: 'probabilities', type: 'float32', shape: ['batch', 3] }]
    });
    expect(report.candidate.sessionCreationMs).toBeGreaterThan(0);
    expect(report.baseline).toBeNull();
  });

  test('measures each batch size with the inputs shaped for it', () => {
    expect(report.batches.map((b) => [b.batchSize, b.inputs])).toEqual([
      [1, [{ name: 'features', type: 'float32', shape: [1, 4] }]],
      [8, [{ name: 'features', type: 'float32', shape: [8, 4] }]]
    ]);
    for (const batch of report.batches) {
      const { stats, finite } = batch.candidate;
      expect(stats.samples).toBe(12);
      expect(stats.p50Ms).toBeGreaterThan(0);
      expect(stats.p50Ms).toBeLessThanOrEqual(stats.p90Ms);
      expect(stats.p99Ms).toBeLessThanOrEqual(stats.maxMs);
      expect(stats.throughputPerSecond).toBeCloseTo((batch.batchSize * 1000) / stats.meanMs, 6);
      expect(stats.p50Interval).not.toBeNull();
      expect(stats.p99Interval).toBeNull(); // 12 runs are too few
      expect(finite).toEqual({ finite: true, nonFiniteOutputs: [] });
      expect(batch.baseline).toBeNull();
      expect(batch.ratios).toBeNull();
    }
  });
});

test('with a baseline, both models run the same number of interleaved runs and each percentile gets a ratio', async () => {
  const report = await measure({
    model: `${FIXTURES}/classifier.onnx`,
    'baseline-model': `${FIXTURES}/classifier.onnx`,
    'latency-warmup': '1',
    'latency-iterations': '40'
  });
  expect(report.settings.interleaved).toBe(true);
  expect(report.baseline?.path).toBe(`${FIXTURES}/classifier.onnx`);
  const [batch] = report.batches;
  expect(batch?.candidate.stats.samples).toBe(40);
  expect(batch?.baseline?.stats.samples).toBe(40);
  expect(Object.keys(batch?.ratios ?? {})).toEqual(['p50', 'p90', 'p95', 'p99']);
  expect(batch?.ratios?.p50.ratio).toBeCloseTo(batch!.candidate.stats.p50Ms / batch!.baseline!.stats.p50Ms, 12);
  expect(batch?.ratios?.p50.interval).not.toBeNull();
  expect(batch?.ratios?.p99).toMatchObject({ interval: null, note: 'p99: no 95% interval for the ratio from 40 runs of each model; it needs at least 368' });
});

test('a duration measures until the time is up', async () => {
  const report = await measure({ model: `${FIXTURES}/classifier.onnx`, 'latency-warmup': '0', 'latency-duration': '0.05' });
  expect(report.settings).toMatchObject({ iterations: null, durationSeconds: 0.05 });
  const { stats } = report.batches[0]!.candidate;
  expect(stats.samples).toBeGreaterThan(1);
});

test('input-shapes and every input type reach the runs', async () => {
  const report = await measure({ model: `${FIXTURES}/sequence.onnx`, 'input-shapes': 'tokens=1x5x8,memory=1x3x4', 'latency-batch-sizes': '2', ...quick });
  expect(report.batches[0]?.inputs.map((i) => i.shape)).toEqual([
    [2, 5, 8],
    [2, 3, 4]
  ]);
  const everyType = await measure({ model: `${FIXTURES}/every-type.onnx`, ...quick });
  expect(everyType.batches[0]?.inputs).toHaveLength(13);
  expect(everyType.batches[0]?.candidate.finite.finite).toBe(true);
});

test('the finite check names the outputs holding NaN or infinity, float16 ones included', async () => {
  const report = await measure({ model: `${FIXTURES}/non-finite.onnx`, ...quick });
  expect(report.batches[0]?.candidate.finite).toEqual({ finite: false, nonFiniteOutputs: ['ratio', 'ratio_half'] });
  const mixed = await measure({ model: `${FIXTURES}/multi-input.onnx`, ...quick });
  expect(mixed.batches[0]?.candidate.finite).toEqual({ finite: true, nonFiniteOutputs: [] });
});

describe('bad models and settings are input errors that name the file', () => {
  test('a corrupt file', async () => {
    expect(await problemsOf({ model: `${FIXTURES}/corrupt.onnx` })).toBe(
      `${FIXTURES}/corrupt.onnx: onnxruntime cannot load this model: Protobuf parsing failed.`
    );
  });

  test('a missing file, and a folder', async () => {
    expect(await problemsOf({ model: 'models/missing.onnx' }, ROOT)).toBe(`models/missing.onnx: file not found (looked in ${ROOT})`);
    expect(await problemsOf({ model: FIXTURES })).toBe(`${FIXTURES}: is a directory, expected an .onnx file`);
  });

  test('a corrupt baseline names the baseline', async () => {
    expect(await problemsOf({ model: `${FIXTURES}/classifier.onnx`, 'baseline-model': `${FIXTURES}/corrupt.onnx` })).toMatch(
      /^test\/fixtures\/onnx\/corrupt\.onnx: onnxruntime cannot load/
    );
  });

  test("a baseline whose inputs differ from the candidate's", async () => {
    expect(await problemsOf({ model: `${FIXTURES}/classifier.onnx`, 'baseline-model': `${FIXTURES}/non-finite.onnx`, ...quick })).toBe(
      `${FIXTURES}/non-finite.onnx: its inputs (x float32 1x2) differ from the candidate's in ${FIXTURES}/classifier.onnx (features float32 1x4); both models get the same inputs`
    );
  });

  test('unresolved symbolic dimensions', async () => {
    expect(await problemsOf({ model: `${FIXTURES}/sequence.onnx` })).toContain(`${FIXTURES}/sequence.onnx: tokens: symbolic dimension 1 "seq" needs a size`);
  });

  test('batch sizes for a model whose batch is fixed', async () => {
    expect(await problemsOf({ model: `${FIXTURES}/static-shape.onnx`, 'latency-batch-sizes': '1,8' })).toBe(
      `${FIXTURES}/static-shape.onnx: the model's inputs have no symbolic dimension, so its batch is fixed; measure it with --latency-batch-sizes 1, not 1, 8`
    );
  });

  test('a model onnxruntime loads but cannot run on the generated inputs: the error names the model and what it was fed', async () => {
    const message = await problemsOf({ model: `${FIXTURES}/reshape.onnx`, 'input-shapes': 'x=1x3', ...quick });
    expect(message).toMatch(/^test\/fixtures\/onnx\/reshape\.onnx: onnxruntime cannot run this model on the generated inputs \(x float32 1x3\): .*Reshape/);
  });

  test('inputs too large to generate', async () => {
    const message = await problemsOf({ model: `${FIXTURES}/sequence.onnx`, 'input-shapes': 'tokens=1x65536x8,memory=1x1x4', 'latency-batch-sizes': '8192' });
    expect(message).toBe(
      `${FIXTURES}/sequence.onnx: tokens: at batch size 8192 its shape 8192x65536x8 has 4294967296 elements, more than model-gate generates (268435456)`
    );
  });
});

test('importing the harness does not load the native library; measuring does', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-lazy-'));
  await copyFile(join(ROOT, FIXTURES, 'classifier.onnx'), join(dir, 'm.onnx'));
  const script = `
    const { readFileSync } = await import('node:fs');
    const loaded = () => readFileSync('/proc/self/maps', 'utf8').includes('libonnxruntime');
    const { measureLatency } = await import(${JSON.stringify(join(ROOT, 'src/measure/harness.ts'))});
    const before = loaded();
    await measureLatency({ model: 'm.onnx', batchSizes: [1], warmup: 0, iterations: 1, durationSeconds: null, threads: 1, labels: { batchSizes: 'latency-batch-sizes', inputShapes: 'input-shapes' } }, ${JSON.stringify(dir)});
    console.log(JSON.stringify({ before, after: loaded() }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true });
});
