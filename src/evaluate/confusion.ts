import { wilsonInterval } from './wilson.js';
import type { Confusion, GroupRates, Rate } from '../model/evidence.js';

export function rate(successes: number, trials: number, withInterval = true): Rate {
  if (trials === 0) return { value: null, successes, trials };
  const r: Rate = { value: successes / trials, successes, trials };
  if (withInterval) r.interval = wilsonInterval(successes, trials);
  return r;
}

export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn };
}

export const EMPTY_CONFUSION: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };

export function total(c: Confusion): number {
  return c.tp + c.fp + c.tn + c.fn;
}

export function groupRates(c: Confusion, rows: number, weighted: boolean): GroupRates {
  const n = total(c);
  const withInterval = !weighted;
  return {
    count: rows,
    accuracy: rate(c.tp + c.tn, n, withInterval),
    selection_rate: rate(c.tp + c.fp, n, withInterval),
    true_positive_rate: rate(c.tp, c.tp + c.fn, withInterval),
    false_positive_rate: rate(c.fp, c.fp + c.tn, withInterval)
  };
}

/** Overall classification metrics from confusion counts (scikit-learn's definitions, positive class 1). */
export function overallRates(c: Confusion, weighted: boolean): Record<'accuracy' | 'error_rate' | 'precision' | 'recall' | 'f1' | 'selection_rate', Rate> {
  const n = total(c);
  const withInterval = !weighted;
  return {
    accuracy: rate(c.tp + c.tn, n, withInterval),
    error_rate: rate(c.fp + c.fn, n, withInterval),
    precision: rate(c.tp, c.tp + c.fp, withInterval),
    recall: rate(c.tp, c.tp + c.fn, withInterval),
    // F1 is not a binomial proportion: no interval
    f1: rate(2 * c.tp, 2 * c.tp + c.fp + c.fn, false),
    selection_rate: rate(c.tp + c.fp, n, withInterval)
  };
}
