import { formatNumber } from '../format.js';
import { digitsToTellApart, hoverNumber, roundedNumber } from './numbers.js';
import { BLANK, details, table, type Block } from './blocks.js';
import { escapeMarkdown as md } from './escape.js';
import type { Report } from '../model/report.js';

/** Data drift per feature, most severe first. Open when something drifted. */
export function driftSection(report: Report): Block[] {
  const drift = report.drift;
  if (!drift) return [];
  const drifted = drift.features.filter((f) => f.drifted).length;
  // a feature drifted when its adjusted p is at most alpha: the p gets the digits to tell the two apart
  const rows = drift.features.map((f) => {
    const test = f.kind === 'numeric' ? `KS (${f.method})` : `χ² (df ${f.degreesOfFreedom})`;
    const unseen =
      f.kind === 'categorical' && f.unseenCategories.length > 0
        ? ` <sub>unseen: ${f.unseenCategories.slice(0, 3).map(md).join(', ')}${f.unseenCategories.length > 3 ? ', …' : ''}</sub>`
        : '';
    const text = `| ${f.drifted ? '⚠️' : '✅'} | ${md(f.feature)}${unseen} | ${test} | ${roundedNumber(f.statistic)} | ${roundedNumber(f.pValue)} | ${roundedNumber(f.adjustedPValue, digitsToTellApart(f.adjustedPValue, drift.alpha))} | ${roundedNumber(f.psi)} | ${f.reference.values} / ${f.current.values} |`;
    return { text, failed: f.drifted };
  });
  const summary = `Data drift: ${drifted} of ${drift.features.length} features drifted (α ${formatNumber(drift.alpha)}, Benjamini–Hochberg), PSI max ${hoverNumber(drift.psi_max)}`;
  return [BLANK, details(summary, [BLANK, table('| | Feature | Test | Statistic | p | adjusted p | PSI | values (ref / cur) |', rows), BLANK], drifted > 0)];
}
