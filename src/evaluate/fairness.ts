import type { FairnessMetric } from '../model/metric-info.js';
import { extremes, listSome } from '../format.js';
import type { GroupRates, Rate } from '../model/evidence.js';
import type { FairnessValue, FeatureFairness } from '../model/metrics.js';

type RateName = 'selection_rate' | 'true_positive_rate' | 'false_positive_rate';

export interface Spread {
  difference: number | null;
  ratio: number | null;
  note?: string;
}

/**
 * Fairlearn's between-groups spread of one per-group metric: difference = max − min, ratio = min / max.
 * A group where the metric is undefined (`why`) makes both undefined, so no gate passes on them.
 */
export function spreadOf(values: ReadonlyArray<readonly [group: string, value: number | null]>, name: string, why: string): Spread {
  const defined: number[] = [];
  const undefinedIn: string[] = [];
  for (const [group, value] of values) {
    if (value === null) undefinedIn.push(group);
    else defined.push(value);
  }
  if (undefinedIn.length > 0) {
    const note = `${name} is undefined for group${undefinedIn.length > 1 ? 's' : ''} ${listSome(undefinedIn.map((g) => JSON.stringify(g)))} (${why})`;
    return { difference: null, ratio: null, note };
  }
  const { max, min } = extremes(defined);
  return max === 0
    ? { difference: max - min, ratio: null, note: `${name} is 0 in every group, so the ratio min/max is undefined` }
    : { difference: max - min, ratio: min / max };
}

/** Fairlearn reports 0 for a rate whose denominator is empty; we report it undefined. */
function spread(groups: ReadonlyMap<string, GroupRates>, name: RateName): Spread {
  const why = name === 'false_positive_rate' ? 'no negatives' : name === 'true_positive_rate' ? 'no positives' : 'no rows';
  return spreadOf(
    [...groups].map(([group, rates]) => [group, (rates[name] as Rate).value] as const),
    name,
    why
  );
}

/** Why a feature's fairness metrics are too thin to pass a gate on: one group, or groups under the minimum size. */
export function thinEvidence(groups: ReadonlyMap<string, { count: number }>, minGroupSize: number): string | undefined {
  const small = [...groups].filter(([, g]) => g.count < minGroupSize).map(([name, g]) => `${JSON.stringify(name)} (${g.count})`);
  const thin = [
    groups.size < 2 ? 'the feature has only one group: there is nothing to compare' : undefined,
    small.length > 0
      ? `group${small.length > 1 ? 's' : ''} ${listSome(small)} ${small.length > 1 ? 'have' : 'has'} fewer than ${minGroupSize} rows (min-group-size)`
      : undefined
  ].filter(Boolean);
  return thin.length > 0 ? thin.join('; ') : undefined;
}

/** A feature's value of a group metric, when its task defines the metric. */
export function groupMetric(fairness: FeatureFairness, name: string): FairnessValue | undefined {
  return (fairness.metrics as Readonly<Record<string, FairnessValue>>)[name];
}

export function fairnessMetrics(groups: ReadonlyMap<string, GroupRates>, minGroupSize = 0): Record<FairnessMetric, FairnessValue> {
  const selection = spread(groups, 'selection_rate');
  const tpr = spread(groups, 'true_positive_rate');
  const fpr = spread(groups, 'false_positive_rate');
  const worst = (pick: (s: Spread) => number | null, combine: (a: number, b: number) => number): FairnessValue => {
    const a = pick(tpr);
    const b = pick(fpr);
    if (a === null || b === null) return { value: null, note: [tpr.note, fpr.note].filter(Boolean).join('; ') };
    return { value: combine(a, b) };
  };
  const of = (value: number | null, note?: string): FairnessValue => (value === null ? { value, note } : { value });
  const metrics: Record<FairnessMetric, FairnessValue> = {
    demographic_parity_difference: of(selection.difference, selection.note),
    demographic_parity_ratio: of(selection.ratio, selection.note),
    equalized_odds_difference: worst((s) => s.difference, Math.max),
    equalized_odds_ratio: worst((s) => s.ratio, Math.min),
    equal_opportunity_difference: of(tpr.difference, tpr.note),
    equal_opportunity_ratio: of(tpr.ratio, tpr.note)
  };
  const thin = thinEvidence(groups, minGroupSize);
  if (thin) for (const value of Object.values(metrics)) value.insufficient = thin;
  return metrics;
}
