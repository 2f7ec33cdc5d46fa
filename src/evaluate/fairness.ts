import type { FairnessMetric } from '../model/metric-info.js';
import { extremes, listSome } from '../format.js';
import type { GroupRates, Rate } from '../model/evidence.js';
import type { FairnessValue } from '../model/metrics.js';

type RateName = 'selection_rate' | 'true_positive_rate' | 'false_positive_rate';

interface Spread {
  difference: number | null;
  ratio: number | null;
  note?: string;
}

/**
 * Fairlearn's between-groups spread of one rate: difference = max − min, ratio = min / max.
 * Fairlearn reports 0 for a rate whose denominator is empty; we report it undefined, so no gate passes on it.
 */
function spread(groups: ReadonlyMap<string, GroupRates>, name: RateName): Spread {
  const values: number[] = [];
  const undefinedIn: string[] = [];
  for (const [group, rates] of groups) {
    const r: Rate = rates[name];
    if (r.value === null) undefinedIn.push(group);
    else values.push(r.value);
  }
  if (undefinedIn.length > 0) {
    const why = name === 'false_positive_rate' ? 'no negatives' : name === 'true_positive_rate' ? 'no positives' : 'no rows';
    const note = `${name} is undefined for group${undefinedIn.length > 1 ? 's' : ''} ${listSome(undefinedIn.map((g) => JSON.stringify(g)))} (${why})`;
    return { difference: null, ratio: null, note };
  }
  const { max, min } = extremes(values);
  return max === 0
    ? { difference: max - min, ratio: null, note: `${name} is 0 in every group, so the ratio min/max is undefined` }
    : { difference: max - min, ratio: min / max };
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
  const small = [...groups].filter(([, g]) => g.count < minGroupSize).map(([name, g]) => `${JSON.stringify(name)} (${g.count})`);
  const metrics: Record<FairnessMetric, FairnessValue> = {
    demographic_parity_difference: of(selection.difference, selection.note),
    demographic_parity_ratio: of(selection.ratio, selection.note),
    equalized_odds_difference: worst((s) => s.difference, Math.max),
    equalized_odds_ratio: worst((s) => s.ratio, Math.min),
    equal_opportunity_difference: of(tpr.difference, tpr.note),
    equal_opportunity_ratio: of(tpr.ratio, tpr.note)
  };
  const thin = [
    groups.size < 2 ? 'the feature has only one group: there is nothing to compare' : undefined,
    small.length > 0
      ? `group${small.length > 1 ? 's' : ''} ${listSome(small)} ${small.length > 1 ? 'have' : 'has'} fewer than ${minGroupSize} rows (min-group-size)`
      : undefined
  ].filter(Boolean);
  if (thin.length > 0) for (const value of Object.values(metrics)) value.insufficient = thin.join('; ');
  return metrics;
}
