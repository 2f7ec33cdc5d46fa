import { formatNumber } from '../format.js';
import type { GateResult, ThresholdOrigin } from '../model/gates.js';

/** How a number is written: plain for the terminal, rounded with a tooltip in Markdown. */
export type ShowNumber = (value: number | null | undefined) => string;

/**
 * The threshold column of the gate tables: what the value had to be, and where a threshold derived
 * from the baseline comes from: "≥ 0.926 (baseline 0.936 − 0.01)", "≤ 74.8 (baseline 68 + 10%)".
 * `show` writes the measured numbers (threshold, baseline, p); the configured limit is written as configured.
 */
export function thresholdText(g: GateResult, show: ShowNumber = formatNumber): string {
  if (g.check === 'not_worse') return `not worse (α ${formatNumber(g.limit)})${g.pValue === undefined ? '' : `, p ${show(g.pValue)}`}`;
  if (g.threshold === null) return '—';
  return `${g.comparator} ${show(g.threshold)}${g.thresholdFrom ? ` (${thresholdOrigin(g.thresholdFrom, show)})` : ''}`;
}

/**
 * "baseline 0.936 − 0.01", "baseline 68 + 10%"; `name` is what the baseline is called ("stable" for
 * the live canary analysis). The change is written as configured: the amount, or the percentage.
 */
export function thresholdOrigin(origin: ThresholdOrigin, show: ShowNumber, name = 'baseline'): string {
  const sign = origin.change < 0 ? '−' : '+';
  const change = origin.relative === undefined ? formatNumber(Math.abs(origin.change)) : `${formatNumber(origin.relative * 100)}%`;
  return `${name} ${show(origin.baseline)} ${sign} ${change}`;
}
