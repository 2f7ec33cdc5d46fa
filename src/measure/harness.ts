// Measures a model's latency with onnxruntime-node, optionally interleaved with a baseline model.
// onnxruntime-node is imported inside measureLatency only, so runs without a model never load
// its native library.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { InputError, type Problem } from '../errors.js';
import { checkFinite, type FiniteCheck } from './finite-outputs.js';
import { formatShape } from './input-shapes.js';
import { latencyStats, percentileRatios, type LatencyStats, type Percentile, type PercentileRatio } from './latency-stats.js';
import {
  DEFAULT_SEED,
  elementCount,
  generateInput,
  hasBatch,
  MAX_ELEMENTS,
  planInputs,
  shapeAt,
  type GeneratedType,
  type InputPlan,
  type InputSpec
} from './onnx-inputs.js';

type Ort = typeof import('onnxruntime-node');

/** What to measure and how, every value given: the options front ends validate and complete them. */
export interface LatencySettings {
  /** Path of the candidate's .onnx file, relative to the working folder. */
  model: string;
  /** Path of the baseline's .onnx file: measured in the same process, its runs interleaved with the candidate's. */
  baselineModel?: string;
  batchSizes: readonly number[];
  /** Unmeasured runs before the measured ones, per batch size and model. */
  warmup: number;
  /** Measured runs per batch size and model; null when measured for `durationSeconds`. */
  iterations: number | null;
  /** Measure for this long per batch size instead of a number of runs (with a baseline, both models share it). */
  durationSeconds: number | null;
  /** Intra-op threads. */
  threads: number;
  /** Parsed input-shapes: input name → its whole shape. */
  inputShapes?: ReadonlyMap<string, readonly number[]>;
  /** How the input-shapes option is called where the user wrote it (`input "input-shapes"`, `--input-shapes`). */
  inputShapesSource: string;
  /** Seed of the generated inputs. Default DEFAULT_SEED. */
  seed?: number;
}

export interface ValueInfo {
  name: string;
  /** The element type, or 'non-tensor' for a sequence, map or optional. */
  type: string;
  /** Sizes and symbolic names ('' for a symbolic dimension without a name). */
  shape: (number | string)[];
}

export interface ModelInfo {
  /** The path as given. */
  path: string;
  sizeBytes: number;
  /** Time to create the inference session (loading and optimising the model). */
  sessionCreationMs: number;
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

export interface ModelLatency {
  stats: LatencyStats;
  /** Whether the outputs for the generated inputs were all finite (one checked run before warm-up). */
  finite: FiniteCheck;
}

export interface BatchLatency {
  batchSize: number;
  /** The inputs fed, as generated. */
  inputs: { name: string; type: GeneratedType; shape: number[] }[];
  candidate: ModelLatency;
  baseline: ModelLatency | null;
  /** Candidate ÷ baseline for p50, p90, p95 and p99, each with a 95% interval; null without a baseline. */
  ratios: Record<Percentile, PercentileRatio> | null;
}

export interface LatencyReport {
  runtime: { package: 'onnxruntime-node'; version: string; executionProvider: 'cpu' };
  settings: {
    batchSizes: number[];
    warmup: number;
    /** Measured runs per batch size, or null when measured for `durationSeconds`. */
    iterations: number | null;
    durationSeconds: number | null;
    intraOpThreads: number;
    interOpThreads: 1;
    executionMode: 'sequential';
    seed: number;
    /** Candidate and baseline runs alternate: A B A B … */
    interleaved: boolean;
  };
  candidate: ModelInfo;
  baseline: ModelInfo | null;
  batches: BatchLatency[];
}

/** The session settings of every measurement: CPU, `threads` intra-op threads, one inter-op thread, sequential execution. */
export function sessionOptions(threads: number): InferenceSession.SessionOptions {
  return { executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' };
}

export async function measureLatency(options: LatencySettings, cwd = process.cwd()): Promise<LatencyReport> {
  const settings = { batchSizes: [...options.batchSizes], warmup: options.warmup, iterations: options.iterations, durationSeconds: options.durationSeconds, intraOpThreads: options.threads, seed: options.seed ?? DEFAULT_SEED };
  const candidateSize = await fileSize(options.model, cwd);
  const baselineSize = options.baselineModel === undefined ? undefined : await fileSize(options.baselineModel, cwd);

  const ort = await loadOnnxRuntime().catch((error: Error) => {
    throw new InputError({
      file: options.model,
      message: `onnxruntime-node cannot be loaded on ${process.platform}-${process.arch} (${error.message.split('\n')[0]}): the Action ships the linux-x64 runtime; elsewhere install onnxruntime-node or leave the model out`
    });
  });
  const opened: InferenceSession[] = [];
  try {
    const candidate = await openModel(ort, options.model, cwd, settings.intraOpThreads, candidateSize, opened);
    const baseline = options.baselineModel === undefined ? null : await openModel(ort, options.baselineModel, cwd, settings.intraOpThreads, baselineSize as number, opened);
    const context = { inputShapes: options.inputShapes, inputShapesSource: options.inputShapesSource };
    const candidatePlans = planInputs(candidate.session.inputMetadata, { ...context, file: options.model });
    const baselinePlans = baseline && planInputs(baseline.session.inputMetadata, { ...context, file: baseline.info.path });
    checkBatchSizes(candidatePlans, settings.batchSizes, options.model);

    const batches: BatchLatency[] = [];
    for (const batchSize of settings.batchSizes) {
      checkSizes(candidatePlans, batchSize, options.model);
      const specs = candidatePlans.map((plan) => generateInput(plan, batchSize, settings.seed));
      if (baseline && baselinePlans) checkSameInputs(specs, baselinePlans, batchSize, baseline.info.path, options.model);
      const feeds = toFeeds(ort, specs);
      const runs = { warmup: settings.warmup, iterations: settings.iterations, durationSeconds: settings.durationSeconds };
      const inputs = specs.map(({ name, type, shape }) => ({ name, type, shape }));
      if (baseline) {
        const measured = await measureInterleaved(candidate, baseline, feeds, runs, specs);
        batches.push({
          batchSize,
          inputs,
          candidate: { stats: latencyStats(measured.a.durations, batchSize), finite: measured.a.finite },
          baseline: { stats: latencyStats(measured.b.durations, batchSize), finite: measured.b.finite },
          ratios: percentileRatios(measured.a.durations, measured.b.durations)
        });
      } else {
        const measured = await measureAlone(candidate, feeds, runs, specs);
        batches.push({ batchSize, inputs, candidate: { stats: latencyStats(measured.durations, batchSize), finite: measured.finite }, baseline: null, ratios: null });
      }
    }
    return {
      runtime: { package: 'onnxruntime-node', version: ort.env.versions.node ?? ort.env.versions.common, executionProvider: 'cpu' },
      settings: { ...settings, interOpThreads: 1, executionMode: 'sequential', interleaved: baseline !== null },
      candidate: candidate.info,
      baseline: baseline?.info ?? null,
      batches
    };
  } finally {
    await Promise.all(opened.map((session) => session.release().catch(() => undefined)));
  }
}

/** onnxruntime-node, imported on first use. It is CommonJS, so its exports may sit under `default`. */
export async function loadOnnxRuntime(): Promise<Ort> {
  const module = (await import('onnxruntime-node')) as Ort & { default?: Ort };
  return module.InferenceSession ? module : (module.default as Ort);
}

async function fileSize(path: string, cwd: string): Promise<number> {
  try {
    const info = await stat(resolve(cwd, path));
    if (info.isDirectory()) throw new InputError({ file: path, message: 'is a directory, expected an .onnx file' });
    return info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError({ file: path, message: code === 'ENOENT' ? `file not found (looked in ${cwd})` : `cannot be read: ${(error as Error).message}` });
  }
}

interface OpenModel {
  session: InferenceSession;
  info: ModelInfo;
}

async function openModel(ort: Ort, path: string, cwd: string, threads: number, sizeBytes: number, opened: InferenceSession[]): Promise<OpenModel> {
  const start = process.hrtime.bigint();
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(resolve(cwd, path), sessionOptions(threads));
  } catch (error) {
    // onnxruntime says "Load model from <absolute path> failed:<reason>"; the problem names the file already
    const reason = String((error as Error).message ?? error).replace(/^Load model from .*? failed:\s*/s, '');
    throw new InputError({ file: path, message: `onnxruntime cannot load this model: ${reason}` });
  }
  const sessionCreationMs = Number(process.hrtime.bigint() - start) / 1e6;
  opened.push(session);
  return {
    session,
    info: { path, sizeBytes, sessionCreationMs, inputs: describe(session.inputMetadata), outputs: describe(session.outputMetadata) }
  };
}

function describe(metadata: readonly InferenceSession.ValueMetadata[]): ValueInfo[] {
  return metadata.map((m) => (m.isTensor ? { name: m.name, type: m.type, shape: [...m.shape] } : { name: m.name, type: 'non-tensor', shape: [] }));
}

function checkBatchSizes(plans: readonly InputPlan[], batchSizes: readonly number[], file: string): void {
  if (!hasBatch(plans) && batchSizes.some((size) => size !== 1)) {
    throw new InputError({
      file,
      message: `the model's inputs have no symbolic dimension, so its batch is fixed; measure it with latency-batch-sizes 1, not ${batchSizes.join(', ')}`
    });
  }
}

function checkSizes(plans: readonly InputPlan[], batchSize: number, file: string): void {
  const problems = plans.flatMap((plan): Problem[] => {
    const shape = shapeAt(plan, batchSize);
    const count = elementCount(shape);
    return count > MAX_ELEMENTS ? [{ file, path: plan.name, message: `at batch size ${batchSize} its shape ${formatShape(shape)} has ${count} elements, more than model-gate generates (${MAX_ELEMENTS})` }] : [];
  });
  if (problems.length > 0) throw new InputError(problems);
}

/** The baseline is fed the candidate's inputs, so it must take the same names, types and shapes. */
function checkSameInputs(specs: readonly InputSpec[], baselinePlans: readonly InputPlan[], batchSize: number, baselineFile: string, candidateFile: string): void {
  const describeAll = (inputs: readonly { name: string; type: string; shape: number[] }[]): string =>
    inputs.map((i) => `${i.name} ${i.type} ${formatShape(i.shape)}`).join(', ');
  const mine = baselinePlans.map((plan) => ({ name: plan.name, type: plan.type, shape: shapeAt(plan, batchSize) }));
  const key = (inputs: readonly { name: string; type: string; shape: number[] }[]): string => describeAll([...inputs].sort((a, b) => (a.name < b.name ? -1 : 1)));
  if (key(mine) !== key(specs)) {
    throw new InputError({
      file: baselineFile,
      message: `its inputs (${describeAll(mine)}) differ from the candidate's in ${candidateFile} (${describeAll(specs)}); both models get the same inputs`
    });
  }
}

type Feeds = Record<string, Tensor>;

function toFeeds(ort: Ort, specs: readonly InputSpec[]): Feeds {
  const feeds: Feeds = {};
  for (const spec of specs) {
    feeds[spec.name] = new ort.Tensor(spec.type as 'float32', spec.data as Float32Array, spec.shape);
  }
  return feeds;
}

interface Runs {
  warmup: number;
  iterations: number | null;
  durationSeconds: number | null;
}

interface Measured {
  durations: Float64Array;
  finite: FiniteCheck;
}

async function firstRun(model: OpenModel, feeds: Feeds, specs: readonly InputSpec[]): Promise<FiniteCheck> {
  return checkFinite(await run(model, feeds, specs), model.session.outputNames);
}

/** session.run, its errors turned into an InputError that names the model and the inputs it was fed. */
async function run(model: OpenModel, feeds: Feeds, specs: readonly InputSpec[]): Promise<InferenceSession.ReturnType> {
  try {
    return await model.session.run(feeds);
  } catch (error) {
    const fed = specs.map((s) => `${s.name} ${s.type} ${formatShape(s.shape)}`).join(', ');
    throw new InputError({ file: model.info.path, message: `onnxruntime cannot run this model on the generated inputs (${fed}): ${(error as Error).message}` });
  }
}

async function measureAlone(model: OpenModel, feeds: Feeds, runs: Runs, specs: readonly InputSpec[]): Promise<Measured> {
  const finite = await firstRun(model, feeds, specs);
  const session = model.session;
  for (let i = 0; i < runs.warmup; i++) await session.run(feeds);
  const durations = new Recorder(runs.iterations);
  const budget = runs.durationSeconds === null ? null : BigInt(Math.round(runs.durationSeconds * 1e9));
  const begin = process.hrtime.bigint();
  for (;;) {
    const start = process.hrtime.bigint();
    await session.run(feeds);
    const end = process.hrtime.bigint();
    durations.push(Number(end - start) / 1e6);
    if (budget === null ? durations.length === runs.iterations : end - begin >= budget) break;
  }
  return { durations: durations.values(), finite };
}

/** Runs A B A B …: every run but the first follows one of the other model, so drift in the machine's load hits both alike. */
async function measureInterleaved(a: OpenModel, b: OpenModel, feeds: Feeds, runs: Runs, specs: readonly InputSpec[]): Promise<{ a: Measured; b: Measured }> {
  const finiteA = await firstRun(a, feeds, specs);
  const finiteB = await firstRun(b, feeds, specs);
  const sessionA = a.session;
  const sessionB = b.session;
  for (let i = 0; i < runs.warmup; i++) {
    await sessionA.run(feeds);
    await sessionB.run(feeds);
  }
  const durationsA = new Recorder(runs.iterations);
  const durationsB = new Recorder(runs.iterations);
  const budget = runs.durationSeconds === null ? null : BigInt(Math.round(runs.durationSeconds * 1e9));
  const begin = process.hrtime.bigint();
  for (;;) {
    const t0 = process.hrtime.bigint();
    await sessionA.run(feeds);
    const t1 = process.hrtime.bigint();
    await sessionB.run(feeds);
    const t2 = process.hrtime.bigint();
    durationsA.push(Number(t1 - t0) / 1e6);
    durationsB.push(Number(t2 - t1) / 1e6);
    if (budget === null ? durationsA.length === runs.iterations : t2 - begin >= budget) break;
  }
  return { a: { durations: durationsA.values(), finite: finiteA }, b: { durations: durationsB.values(), finite: finiteB } };
}

/** Run times in a preallocated Float64Array; it only grows (doubling) when measuring for a duration. */
class Recorder {
  private buffer: Float64Array;
  length = 0;

  constructor(expected: number | null) {
    this.buffer = new Float64Array(expected ?? 1024);
  }

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Float64Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  values(): Float64Array {
    return this.buffer.subarray(0, this.length);
  }
}
