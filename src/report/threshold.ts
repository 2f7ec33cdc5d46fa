import { formatNumber } from '../format.js';
import type { GateResult } from '../model/gates.js';

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
  return `${g.comparator} ${show(g.threshold)}${g.thresholdFrom ? ` (${thresholdOrigin(g, g.thresholdFrom.baseline, show)})` : ''}`;
}

/** "baseline 0.936 − 0.01", "baseline 68 + 10%". */
function thresholdOrigin(g: GateResult, baseline: number, show: ShowNumber): string {
  const sign = g.check.startsWith('max_drop') ? '−' : '+';
  const change = g.check.endsWith('_relative') ? `${formatNumber(g.limit * 100)}%` : formatNumber(g.limit);
  return `baseline ${show(baseline)} ${sign} ${change}`;
}
