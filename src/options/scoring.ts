import { InputError } from '../errors.js';
import type { Problem } from '../model/problem.js';
import type { ScoringSettings } from '../model/scoring.js';
import { spec, type Label, type OptionName } from './table.js';

const SCORING_OPTIONS: readonly OptionName[] = ['label-column', 'feature-columns', 'scoring-batch-size', 'threshold', 'predictions-out'];
const MAX_BATCH_SIZE = 1 << 20;

/**
 * The scoring settings, complete, when eval-data is given; every problem with them at once.
 * `given` is what the user wrote (or the option's default), undefined when nothing was.
 */
export function parseScoring(given: (name: OptionName) => string | undefined, label: Label, threads: number): ScoringSettings | undefined {
  const evalData = given('eval-data');
  if (!evalData) {
    const stray = SCORING_OPTIONS.find((name) => given(name) !== undefined);
    if (stray) throw new InputError({ source: label(stray), message: `applies to ${label('eval-data')}: the rows to score the model on` });
    return undefined;
  }
  const problems: Problem[] = [];
  const problem = (name: OptionName, message: string): void => void problems.push({ source: label(name), message });
  const text = (name: OptionName): string => given(name) ?? spec(name).fallback ?? '';

  const model = given('model');
  if (!model) problem('eval-data', `needs ${label('model')}: the ONNX model to score on these rows`);
  if (given('predictions'))
    problem('eval-data', `give ${label('eval-data')} (the model scores the rows) or ${label('predictions')} (scored already), not both`);
  const baselineModel = given('baseline-model');
  if (baselineModel && given('baseline-predictions'))
    problem(
      'baseline-predictions',
      `with ${label('eval-data')}, ${label('baseline-model')} is scored on the same rows: give it or ${label('baseline-predictions')}, not both`
    );

  const labelColumn = text('label-column');
  const featureColumns = given('feature-columns')
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (featureColumns?.length === 0) problem('feature-columns', 'no columns listed: expected the comma-separated columns fed to the model');
  const twice = featureColumns?.find((c, i) => featureColumns.indexOf(c) !== i);
  if (twice !== undefined) problem('feature-columns', `lists ${JSON.stringify(twice)} twice`);
  if (featureColumns?.includes(labelColumn))
    problem('feature-columns', `lists the label column ${JSON.stringify(labelColumn)}: the model must not see the answer`);

  const batchText = text('scoring-batch-size');
  if (!/^[1-9]\d*$/.test(batchText) || Number(batchText) > MAX_BATCH_SIZE)
    problem('scoring-batch-size', `expected an integer from 1 to ${MAX_BATCH_SIZE}, got ${JSON.stringify(batchText)}`);
  const thresholdText = text('threshold');
  const threshold = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(thresholdText) ? Number(thresholdText) : Number.NaN;
  if (!(threshold >= 0 && threshold <= 1)) problem('threshold', `expected a probability between 0 and 1, got ${JSON.stringify(thresholdText)}`);
  const predictionsOut = given('predictions-out');
  if (predictionsOut !== undefined && [evalData, model, baselineModel].includes(predictionsOut))
    problem('predictions-out', `is ${JSON.stringify(predictionsOut)}, an input of the run: write the scored rows elsewhere`);

  if (problems.length > 0) throw new InputError(problems);
  return {
    evalData,
    model: model as string,
    ...(baselineModel ? { baselineModel } : {}),
    labelColumn,
    ...(featureColumns ? { featureColumns } : {}),
    batchSize: Number(batchText),
    threshold,
    ...(predictionsOut ? { predictionsOut } : {}),
    threads,
    labels: {
      featureColumns: label('feature-columns'),
      labelColumn: label('label-column'),
      threshold: label('threshold'),
      predictionsOut: label('predictions-out')
    }
  };
}
