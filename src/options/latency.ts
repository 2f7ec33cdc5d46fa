import { InputError } from '../errors.js';
import type { LatencySettings } from '../model/latency.js';
import { parseInputShapes } from '../measure/input-shapes.js';
import { spec, type Label, type OptionName } from './table.js';
import type { Problem } from '../model/problem.js';

const LATENCY_OPTIONS: readonly OptionName[] = [
  'baseline-model',
  'latency-batch-sizes',
  'latency-warmup',
  'latency-iterations',
  'latency-duration',
  'latency-threads',
  'input-shapes'
];

/** Runs of each model with a baseline model, unless given: a p99 ratio interval at 95% needs 368 (two 97.5% intervals). */
const BASELINE_ITERATIONS = 400;
const MAX_DURATION_SECONDS = 3600;

/**
 * The latency settings, complete, when a model is given; every problem with them at once.
 * `given` is what the user wrote (or the option's default), undefined when nothing was.
 */
export function parseLatency(given: (name: OptionName) => string | undefined, label: Label): LatencySettings | undefined {
  const model = given('model');
  if (!model) {
    const stray = LATENCY_OPTIONS.find((name) => given(name) !== undefined);
    if (stray) throw new InputError({ source: label(stray), message: `applies to ${label('model')}: the ONNX model to measure` });
    return undefined;
  }
  const problems: Problem[] = [];
  const problem = (name: OptionName, message: string): void => void problems.push({ source: label(name), message });
  const text = (name: OptionName): string => given(name) ?? spec(name).fallback ?? '';
  const integer = (name: OptionName, min: number): number => {
    const value = text(name);
    if (!/^\d+$/.test(value) || Number(value) < min) problem(name, `expected an integer ≥ ${min}, got ${JSON.stringify(value)}`);
    return Number(value);
  };

  const batchSizes: number[] = [];
  for (const part of text('latency-batch-sizes')
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if (/^[1-9]\d*$/.test(part)) batchSizes.push(Number(part));
    else problem('latency-batch-sizes', `expected comma-separated positive integers like 1,8,32; ${JSON.stringify(part)} is not one`);
  }
  if (batchSizes.length === 0 && problems.length === 0) problem('latency-batch-sizes', 'expected at least one batch size');
  if (new Set(batchSizes).size !== batchSizes.length) problem('latency-batch-sizes', `a batch size is given twice: ${batchSizes.join(', ')}`);
  const warmup = integer('latency-warmup', 0);
  const threads = integer('latency-threads', 1);

  const durationText = given('latency-duration');
  const durationSeconds = durationText === undefined ? null : Number(durationText);
  if (durationSeconds !== null && !(durationSeconds > 0 && durationSeconds <= MAX_DURATION_SECONDS)) {
    problem('latency-duration', `expected seconds between 0 and ${MAX_DURATION_SECONDS}, got ${JSON.stringify(durationText)}`);
  }
  if (given('latency-iterations') !== undefined && durationText !== undefined)
    problem('latency-duration', `give ${label('latency-iterations')} or ${label('latency-duration')}, not both`);
  const baselineModel = given('baseline-model');
  const iterations =
    durationText !== undefined ? null : given('latency-iterations') === undefined && baselineModel ? BASELINE_ITERATIONS : integer('latency-iterations', 1);

  const shapesText = given('input-shapes');
  let inputShapes: Map<string, number[]> | undefined;
  try {
    inputShapes = shapesText === undefined ? undefined : parseInputShapes(shapesText, label('input-shapes'));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0) throw new InputError(problems);
  return {
    model,
    ...(baselineModel ? { baselineModel } : {}),
    batchSizes,
    warmup,
    iterations,
    durationSeconds,
    threads,
    ...(inputShapes ? { inputShapes } : {}),
    labels: { batchSizes: label('latency-batch-sizes'), inputShapes: label('input-shapes') }
  };
}
