import { formatNumber } from '../format.js';
import type { GateResult } from '../model/gates.js';

/** The threshold column of the gate tables: what the value had to be. */
export function thresholdText(g: GateResult): string {
  if (g.check === 'not_worse') return `not worse (α ${formatNumber(g.limit)})${g.pValue === undefined ? '' : `, p ${formatNumber(g.pValue)}`}`;
  return g.threshold === null ? '—' : `${g.comparator} ${formatNumber(g.threshold)}`;
}
