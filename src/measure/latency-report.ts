// What a latency measurement takes and what it reports: types only, no runtime imports.
import type { FiniteCheck } from './finite-outputs.js';
import type { LatencyStats, Percentile, PercentileRatio } from './latency-stats.js';
import type { GeneratedType } from './onnx-inputs.js';

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
