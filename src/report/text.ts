import { extremes, formatCount, formatNumber, formatSigned } from '../format.js';
import { countFailures, headline } from './headline.js';
import { thresholdText } from './threshold.js';
import { digitsToTellApart, roundedNumber } from './numbers.js';
import type { GateResult } from '../model/gates.js';
import type { Report } from '../model/report.js';
import { canaryText } from './canary-section.js';
import { provenanceText } from './provenance-section.js';
import { capped } from './capped.js';

/** The terminal has no tooltip: its tables keep more digits than the Markdown's. */
const TEXT_DIGITS = 6;

const more = (count: number): string => `… and ${formatCount(count)} more in the JSON report`;

/** The gate's value and threshold, with as many digits as it takes to tell them apart (TEXT_DIGITS at least). */
function valueAndThreshold(g: GateResult): [string, string] {
  const compared = g.comparedBound && g.interval ? g.interval[g.comparedBound] : g.value;
  const digits = Math.max(TEXT_DIGITS, digitsToTellApart(compared, g.threshold));
  const plain = (value: number | null | undefined): string => formatNumber(value, digits);
  // formatNumber may round two different numbers alike (0.99999996 and 1): then they are written as the digits tell them apart
  const alike = compared !== null && g.threshold !== null && compared !== g.threshold && plain(compared) === plain(g.threshold);
  const show = alike ? (value: number | null | undefined): string => roundedNumber(value, digits) : plain;
  return [show(g.value), thresholdText(g, show)];
}

/** The terminal version of the summary: same facts, aligned columns, no Markdown. */
export function renderText(report: Report): string {
  const { blocking, warnings, total } = countFailures(report);
  const rows = [
    ['', 'gate', 'value', 'threshold', 'baseline', 'delta', 'severity'],
    ...report.gates.map((g) => [
      g.status === 'pass' ? (g.pointEstimateOnly ? 'PASS*' : 'PASS') : g.severity === 'block' ? 'FAIL' : 'WARN',
      `${g.metric}${g.feature ? `[${g.feature}]` : ''} ${g.check}`,
      ...valueAndThreshold(g),
      formatNumber(g.baseline),
      formatSigned(g.delta),
      g.severity
    ])
  ];
  const widths = rows[0]!.map((_, i) => extremes(rows.map((r) => [...(r[i] ?? '')].length)).max);
  const table = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  );
  const lines = [
    `model-gate ${headline(report)}`,
    `${total - blocking - warnings}/${total} checks passed · gates: ${report.gatesSource}${report.weightSource ? ` · current weight ${report.previousWeight}% from ${report.weightSource}` : ''}`,
    '',
    ...table
  ];
  const thin = report.gates.filter((g) => g.pointEstimateOnly);
  if (thin.length)
    lines.push(
      '',
      ...capped(
        thin.map(
          (g) =>
            `* ${g.id} passes on the point estimate only: its 95% interval [${formatNumber(g.interval?.low)}, ${formatNumber(g.interval?.high)}] straddles the threshold ${formatNumber(g.threshold)}`
        ),
        more
      )
    );
  const failed = report.gates.filter((g) => g.status === 'fail');
  if (failed.length)
    lines.push(
      '',
      ...capped(
        failed.map((g) => `${g.severity === 'block' ? 'error' : 'warning'}: ${g.message}`),
        more
      )
    );
  if (report.skipped.length)
    lines.push(
      '',
      ...capped(
        report.skipped.map((s) => `note: ${s.id}: ${s.reason}`),
        more
      )
    );
  lines.push(...canaryText(report));
  const provenance = provenanceText(report);
  if (provenance) lines.push('', provenance);
  if (report.drift) {
    const drifted = report.drift.features.filter((f) => f.drifted);
    lines.push('', `drift: ${drifted.length} of ${report.drift.features.length} features drifted, PSI max ${formatNumber(report.drift.psi_max)}`);
    for (const f of drifted)
      lines.push(
        `  ${f.feature}: ${f.kind === 'numeric' ? 'KS' : 'chi-square'} ${formatNumber(f.statistic)}, adjusted p ${formatNumber(f.adjustedPValue)}, PSI ${formatNumber(f.psi)}`
      );
  }
  if (report.warnings.length)
    lines.push(
      '',
      ...capped(
        report.warnings.map((w) => `warning: ${w}`),
        more
      )
    );
  return `${lines.join('\n')}\n`;
}
