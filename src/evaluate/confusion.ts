import type { Confusion } from '../read/metrics-file.js';
import { wilsonInterval, type Interval } from './wilson.js';

/** A rate with its numerator and denominator; `value` is null when the denominator is 0. */
export interface Rate {
  value: number | null;
  successes: number;
  trials: number;
}

export function rate(successes: number, trials: number): Rate {
  return { value: trials === 0 ? null : successes / trials, successes, trials };
}

export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn };
}

export const EMPTY_CONFUSION: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };

export function total(c: Confusion): number {
  return c.tp + c.fp + c.tn + c.fn;
}

/** The per-group rates Fairlearn's MetricFrame reports, with scikit-learn's definitions. */
export interface GroupRates {
  count: number;
  accuracy: Rate;
  selection_rate: Rate;
  true_positive_rate: Rate;
  false_positive_rate: Rate;
}

export function groupRates(c: Confusion): GroupRates {
  const n = total(c);
  return {
    count: n,
    accuracy: rate(c.tp + c.tn, n),
    selection_rate: rate(c.tp + c.fp, n),
    true_positive_rate: rate(c.tp, c.tp + c.fn),
    false_positive_rate: rate(c.fp, c.fp + c.tn)
  };
}

/** Overall classification metrics from confusion counts (scikit-learn's definitions, positive class 1). */
export function overallRates(c: Confusion): Record<'accuracy' | 'error_rate' | 'precision' | 'recall' | 'f1' | 'selection_rate', Rate> {
  const n = total(c);
  return {
    accuracy: rate(c.tp + c.tn, n),
    error_rate: rate(c.fp + c.fn, n),
    precision: rate(c.tp, c.tp + c.fp),
    recall: rate(c.tp, c.tp + c.fn),
    f1: rate(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    selection_rate: rate(c.tp + c.fp, n)
  };
}

/** 95% Wilson interval of a rate, when it has any trials. */
export function rateInterval(r: Rate): Interval | undefined {
  return r.trials > 0 ? wilsonInterval(r.successes, r.trials) : undefined;
}
