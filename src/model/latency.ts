// What a latency measurement takes and what it reports: types only, no runtime imports.

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
  /** How the options named in messages are called where the user wrote them (`input "input-shapes"`, `--input-shapes`). */
  labels: { batchSizes: string; inputShapes: string };
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

export interface FiniteCheck {
  /** True when every floating-point output holds only finite numbers (other types always pass). */
  finite: boolean;
  /** The outputs holding NaN or ±Infinity, in the model's order. */
  nonFiniteOutputs: string[];
}

export const PERCENTILES = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 } as const;

export type Percentile = keyof typeof PERCENTILES;

/** An interval [x(l), x(u)] between two order statistics of the sample. */
export interface QuantileInterval {
  low: number;
  high: number;
  /** The 1-based ranks l and u of the order statistics, in the sorted sample. */
  ranks: { low: number; high: number };
  /** The exact probability that the interval covers the quantile: at least the confidence asked for. */
  coverage: number;
}

export interface LatencyStats {
  samples: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Items per second: batch size × runs ÷ the summed run time. */
  throughputPerSecond: number;
  /** 95% confidence intervals, or null (with a note) when there are too few runs for one. */
  p50Interval: QuantileInterval | null;
  p99Interval: QuantileInterval | null;
  notes: string[];
}

export interface PercentileRatio {
  /** Candidate ÷ baseline. */
  ratio: number;
  /** A 95% interval for the ratio, or null (with the reason in `note`) when there are too few runs. */
  interval: { low: number; high: number } | null;
  note?: string;
}

/** The element types model-gate can generate (onnxruntime-node's, less the packed 4-bit ones). */
export const GENERATED_TYPES = [
  'float32',
  'float16',
  'float64',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'bool',
  'string'
] as const;

export type GeneratedType = (typeof GENERATED_TYPES)[number];
