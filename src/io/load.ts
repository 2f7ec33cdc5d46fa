import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { EMPTY_METRIC_SET, metricSetFromFile, overlay } from '../evaluate/metric-set.js';
import { parseGatesFile } from '../read/gates-file.js';
import { MAX_GATES_FILE_BYTES, MAX_METRICS_FILE_BYTES } from '../read/limits.js';
import { parseMetricsFile } from '../read/metrics-file.js';
import type { Options } from '../options/parse.js';
import type { GateInput } from '../decide/engine.js';
import type { MetricSet } from '../model/metrics.js';
import type { GatesConfig } from '../model/gates.js';
import type { FileDigest, Provenance } from '../model/report.js';
import type { PendingFile } from './output.js';
import { NO_PROGRESS, type Progress } from '../model/progress.js';
import { readText, type SizeLimit } from './text-files.js';

/** Where the Action looks for gates when none are given. */
export const DEFAULT_GATES_FILE = '.github/model-gates.yml';

/**
 * The engine's input, what the report records of where the metrics came from (the run's scoring),
 * and the scored rows to write to predictions-out with the run's other outputs.
 */
export type LoadedInput = Omit<GateInput, 'currentWeight'> & { provenance?: Provenance; predictionsOut?: PendingFile };

/** Reads every file the options name and hands the engine validated, in-memory input. */
export async function loadGateInput(options: Options, cwd: string, progress: Progress = NO_PROGRESS): Promise<LoadedInput> {
  const [candidateFile, baselineFile, gates] = await Promise.all([
    readMetrics(options.metrics, cwd, options.minGroupSize),
    readMetrics(options.baseline, cwd, options.minGroupSize),
    loadGates(options.gates, cwd)
  ]);
  const scored = options.scoring
    ? await (
        await import('./load-scoring.js')
      ).scoreEvalData(
        options.scoring,
        { positiveLabel: options.positiveLabel, sensitiveFeatures: options.sensitiveFeatures, intersectional: options.intersectional },
        cwd,
        progress
      )
    : undefined;
  let kept: PendingFile | undefined;
  try {
    const declared = candidateFile?.model.sha256;
    if (options.latency && typeof declared === 'string') {
      const { sha256File } = await import('../measure/score-model.js');
      const model = scored?.provenance.model ?? { path: options.latency.model, sha256: await sha256File(options.latency.model, cwd) };
      checkModelDigest(declared, options.metrics as string, model);
    }
    const fromPredictions =
      options.predictions || scored
        ? await (await import('./load-predictions.js')).addPredictions(candidateFile, baselineFile, options, cwd, scored, progress)
        : options.counts
          ? { candidate: (await import('./load-counts.js')).addCounts(candidateFile, options, cwd), baseline: baselineFile, comparison: undefined }
          : { candidate: candidateFile ?? EMPTY_METRIC_SET, baseline: baselineFile, comparison: undefined };
    const { comparison } = fromPredictions;
    const withLatency = options.latency
      ? await (await import('./load-latency.js')).addMeasuredLatency(fromPredictions.candidate, fromPredictions.baseline, options.latency, cwd, progress)
      : { ...fromPredictions, latency: undefined };
    const { latency, baseline } = withLatency;
    const { candidate, drift } = options.drift
      ? await (await import('./load-drift.js')).addDrift(withLatency.candidate, options.drift, cwd)
      : { candidate: withLatency.candidate, drift: undefined };
    const settings = options.scoring;
    if (scored?.rowsFile && settings?.predictionsOut)
      kept = { from: scored.rowsFile, to: resolve(cwd, settings.predictionsOut), option: settings.labels.predictionsOut, dispose: scored.cleanup };
    return {
      candidate,
      candidateName: [options.metrics, options.predictions, options.counts, options.latency?.model, options.scoring?.evalData, options.drift?.current]
        .filter(Boolean)
        .join(' and '),
      baseline,
      baselineName: [options.baseline, options.baselinePredictions, options.latency?.baselineModel].filter(Boolean).join(' and ') || undefined,
      comparison,
      latency,
      drift,
      gates,
      steps: options.canarySteps,
      ...(scored ? { provenance: scored.provenance } : {}),
      ...(kept ? { predictionsOut: kept } : {})
    };
  } finally {
    if (!kept) await scored?.cleanup();
  }
}

/**
 * A metrics file that names its model's SHA-256 (model.sha256) must be the scored model's: else its
 * metrics describe another model.
 */
export function checkModelDigest(sha256: string, metricsFile: string, model: FileDigest): void {
  if (sha256.toLowerCase() === model.sha256) return;
  throw new InputError({
    source: metricsFile,
    path: '/model/sha256',
    message: `is ${sha256}, but ${model.path} has SHA-256 ${model.sha256}: these metrics are not from this model`
  });
}

async function readMetrics(path: string | undefined, cwd: string, minGroupSize: number): Promise<MetricSet | undefined> {
  if (path === undefined) return undefined;
  const file = parseMetricsFile(await readText(path, cwd, METRICS_FILES), path);
  const set = metricSetFromFile(file, minGroupSize);
  // counts embedded in the structured form: what evaluate --counts would compute from them
  return file.counts ? overlay(set, (await import('../evaluate/counts.js')).metricsFromCounts(file.counts, minGroupSize)) : set;
}

/** Gates come inline (YAML text), from a file, from `.github/model-gates.yml`, or are the defaults (undefined). */
export async function loadGates(gates: string | undefined, cwd: string): Promise<GatesConfig | undefined> {
  if (gates === undefined) {
    const exists = await access(resolve(cwd, DEFAULT_GATES_FILE)).then(
      () => true,
      () => false
    );
    return exists ? parseGatesFile(await readText(DEFAULT_GATES_FILE, cwd, GATES_FILES), DEFAULT_GATES_FILE) : undefined;
  }
  if (isInlineGates(gates)) return parseGatesFile(gates, 'inline gates', false);
  return parseGatesFile(await readText(gates, cwd, GATES_FILES), gates);
}

/** A path is one line; YAML written into the input has a line break or starts like a gates document. */
function isInlineGates(value: string): boolean {
  return /[\r\n]/.test(value) || /^\s*(\{|gates\s*:|canary\s*:)/.test(value);
}

const METRICS_FILES: SizeLimit = { bytes: MAX_METRICS_FILE_BYTES, what: 'metrics files' };
const GATES_FILES: SizeLimit = { bytes: MAX_GATES_FILE_BYTES, what: 'gates files' };
