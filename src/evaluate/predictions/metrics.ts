import type { PredictionsRead } from '../../read/predictions/reader.js';
import { fromConfusion } from '../metric-set.js';
import type { Confusion } from '../../model/evidence.js';
import type { ComputedMetrics, MetricValue } from '../../model/metrics.js';

function confusionAt(counts: Float64Array, offset: number): Confusion {
  return { tp: counts[offset] as number, fp: counts[offset + 1] as number, tn: counts[offset + 2] as number, fn: counts[offset + 3] as number };
}

/** Every metric a predictions file determines, computed from one pass's tally. */
export function metricsFromPredictions(read: PredictionsRead, minGroupSize: number): ComputedMetrics {
  const { tally } = read;
  const groups = new Map(
    tally.features.map((feature) => [
      feature.name,
      new Map(feature.groupNames.map((group, i) => [group, { counts: confusionAt(feature.counts, i * 4), rows: feature.rows[i] as number }]))
    ])
  );
  const computed = fromConfusion({ overall: confusionAt(tally.overall, 0), groups, weighted: tally.weighted }, read.file, minGroupSize);
  const values = new Map(computed.values);
  values.set('samples', { name: 'samples', value: tally.rows, source: read.file });
  if (read.hasScore) {
    const auc = tally.scores.rocAuc();
    values.set('roc_auc', withNote({ name: 'roc_auc', value: auc.value, source: read.file }, auc.note));
    const logLoss = tally.logLoss();
    values.set(
      'log_loss',
      withNote({ name: 'log_loss', value: logLoss, source: read.file }, logLoss === null ? 'log loss is undefined: the rows weigh nothing' : undefined)
    );
  }
  const warnings = [...computed.warnings];
  if (tally.weighted) warnings.push(`${read.file}: rows are weighted (weight column): rates are weighted and have no Wilson interval`);
  return { values, fairness: computed.fairness, warnings };
}

function withNote(value: MetricValue, note: string | undefined): MetricValue {
  return note === undefined ? value : { ...value, note };
}
