import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { EMPTY_METRIC_SET, metricSetFromFile, type MetricSet } from '../evaluate/metric-set.js';
import { parseGatesFile, type GatesConfig } from '../read/gates-file.js';
import { parseMetricsFile } from '../read/metrics-file.js';
import type { Options } from '../options/parse.js';
import type { ReleaseInput } from '../release.js';

/** Where the Action looks for gates when none are given. */
export const DEFAULT_GATES_FILE = '.github/model-gates.yml';

/** Reads every file the options name and hands the engine validated, in-memory input. */
export async function loadRelease(options: Options, cwd: string): Promise<ReleaseInput> {
  const [candidateFile, baselineFile, gates] = await Promise.all([
    readMetrics(options.metrics, cwd, options.minGroupSize),
    readMetrics(options.baseline, cwd, options.minGroupSize),
    loadGates(options.gates, cwd)
  ]);
  const fromPredictions = options.predictions
    ? (await import('./load-predictions.js')).addPredictions(candidateFile, baselineFile, options, cwd)
    : { candidate: candidateFile ?? EMPTY_METRIC_SET, baseline: baselineFile, comparison: undefined };
  const { comparison } = fromPredictions;
  const withLatency = options.latency
    ? await (await import('./load-latency.js')).addMeasuredLatency(fromPredictions.candidate, fromPredictions.baseline, options.latency, cwd)
    : { ...fromPredictions, latency: undefined };
  const { latency, baseline } = withLatency;
  const { candidate, drift } = options.drift
    ? (await import('./load-drift.js')).addDrift(withLatency.candidate, options.drift, cwd)
    : { candidate: withLatency.candidate, drift: undefined };
  return {
    candidate,
    candidateName: [options.metrics, options.predictions, options.latency?.model, options.drift?.current].filter(Boolean).join(' and '),
    baseline,
    baselineName: [options.baseline, options.baselinePredictions, options.latency?.baselineModel].filter(Boolean).join(' and ') || undefined,
    comparison,
    latency,
    drift,
    gates,
    currentWeight: options.currentWeight,
    steps: options.canarySteps
  };
}

async function readMetrics(path: string | undefined, cwd: string, minGroupSize: number): Promise<MetricSet | undefined> {
  if (path === undefined) return undefined;
  return metricSetFromFile(parseMetricsFile(await readText(path, cwd), path), minGroupSize);
}

/** Gates come inline (YAML text), from a file, from `.github/model-gates.yml`, or are the defaults (undefined). */
export async function loadGates(gates: string | undefined, cwd: string): Promise<GatesConfig | undefined> {
  if (gates === undefined) {
    const exists = await access(resolve(cwd, DEFAULT_GATES_FILE)).then(() => true, () => false);
    return exists ? parseGatesFile(await readText(DEFAULT_GATES_FILE, cwd), DEFAULT_GATES_FILE) : undefined;
  }
  if (isInlineGates(gates)) return parseGatesFile(gates, 'inline gates', false);
  return parseGatesFile(await readText(gates, cwd), gates);
}

/** A path is one line; YAML written into the input has a line break or starts like a gates document. */
function isInlineGates(value: string): boolean {
  return /[\r\n]/.test(value) || /^\s*(\{|gates\s*:|canary\s*:)/.test(value);
}

export async function readText(path: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? `file not found (looked in ${cwd})` : code === 'EISDIR' ? 'is a directory, expected a file' : `cannot be read: ${(error as Error).message}`;
    throw new InputError({ file: path, message });
  }
}
