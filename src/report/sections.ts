// The Markdown building blocks shared by the job summary (markdown.ts) and the pull-request
// comment (comment.ts). Each returns lines; every string from an input file goes through `md`.
import type { GateResult } from '../decide/gates.js';
import { formatNumber, formatSigned } from '../format.js';
import type { Report, ReportedRate } from '../release.js';
import { capped } from './capped.js';
import { driftSection } from './drift-section.js';
import { escapeMarkdown as md } from './escape.js';
import { latencySection } from './latency-section.js';
import { countFailures } from './headline.js';
import { thresholdText } from './threshold.js';

/** Group rows per feature: enough for any real sensitive feature, not for a user id given as one. */
const MAX_GROUP_ROWS = 500;

const moreItems = (count: number): string => `- … and ${count.toLocaleString('en-US')} more in the JSON report`;

/** "**model 1.2** · 8 of 9 checks passed, 1 blocking failed · gates: … · steps: 10 → 25 → 50 → 100" */
export function summaryLine(report: Report): string {
  const { blocking, warnings, total } = countFailures(report);
  const model = [report.model.name, report.model.version].filter(Boolean).join(' ');
  return [
    model ? `**${md(model)}**` : undefined,
    `${total - blocking - warnings} of ${total} checks passed${blocking ? `, ${blocking} blocking failed` : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`,
    `gates: ${md(report.gatesSource)}`,
    `steps: ${report.steps.join(' → ')}`
  ]
    .filter(Boolean)
    .join(' · ');
}

export function gateTable(report: Report): string[] {
  return ['| Status | Gate | Value | Threshold | Baseline | Δ | Severity |', '|---|---|---|---|---|---|---|', ...report.gates.map(gateRow)];
}

function gateRow(g: GateResult): string {
  const status = g.status === 'pass' ? '✅ pass' : g.severity === 'block' ? '❌ fail' : '⚠️ warn';
  const name = `${md(g.metric)}${g.feature ? ` [${md(g.feature)}]` : ''} <sub>${g.check}</sub>`;
  const value = g.value === null ? '—' : `${formatNumber(g.value)}${g.interval ? ` <sub>[${formatNumber(g.interval.low)}, ${formatNumber(g.interval.high)}]</sub>` : ''}`;
  const threshold = thresholdText(g);
  return `| ${status} | ${name} | ${value} | ${threshold} | ${formatNumber(g.baseline)} | ${formatSigned(g.delta)} | ${g.severity} |`;
}

/** What went wrong or was left out: failed gates, checks not applied, warnings about the input. */
export function findings(report: Report): string[] {
  const lines: string[] = [];
  const failed = report.gates.filter((g) => g.status === 'fail');
  if (failed.length) lines.push('', ...capped(failed.map((g) => `- ${g.severity === 'block' ? '❌' : '⚠️'} ${md(g.message)}`), moreItems));
  if (report.skipped.length) lines.push('', `<sub>Not applied: ${capped(report.skipped.map((s) => `${md(s.metric)} (${md(s.reason.replace(/^default gate not applied: /, ''))})`), (n) => `${n} more`).join('; ')}</sub>`);
  if (report.warnings.length) lines.push('', '**Warnings**', '', ...capped(report.warnings.map((w) => `- ⚠️ ${md(w)}`), moreItems));
  return lines;
}

function comparisonSection(report: Report): string[] {
  const c = report.comparison;
  if (!c) return [];
  return [
    '',
    `**Paired comparison** on ${c.rows} rows: candidate accuracy ${formatNumber(c.candidateAccuracy)}, baseline ${formatNumber(c.baselineAccuracy)}; ` +
      `${c.candidateOnlyCorrect} rows only the candidate gets right, ${c.baselineOnlyCorrect} only the baseline; McNemar exact p = ${formatNumber(c.pValue)}.`
  ];
}

function fairnessSection(report: Report): string[] {
  const features = Object.entries(report.fairness);
  if (features.length === 0) return [];
  const cell = (r: ReportedRate): string =>
    r.value === null ? 'undefined' : `${formatNumber(r.value)}${r.interval ? ` <sub>[${formatNumber(r.interval.low)}, ${formatNumber(r.interval.high)}]</sub>` : ''}`;
  const lines = ['', '<details><summary>Fairness by group</summary>', ''];
  for (const [feature, { groups, metrics }] of features) {
    lines.push(
      `**${md(feature)}**`,
      '',
      '| Group | Count | Selection rate | TPR | FPR | Accuracy |',
      '|---|---|---|---|---|---|',
      ...capped(
        Object.entries(groups).map(
          ([group, g]) => `| ${md(group)} | ${g.count}${g.small ? ' ⚠️ small' : ''} | ${cell(g.selection_rate)} | ${cell(g.true_positive_rate)} | ${cell(g.false_positive_rate)} | ${cell(g.accuracy)} |`
        ),
        (n) => `| … ${n.toLocaleString('en-US')} more groups in the JSON report | | | | | |`,
        MAX_GROUP_ROWS
      ),
      '',
      Object.entries(metrics)
        .map(([name, m]) => `${name} ${m.value === null ? 'undefined' : formatNumber(m.value)}`)
        .join(' · '),
      ''
    );
  }
  lines.push('<sub>Intervals: 95% Wilson score.</sub>', '', '</details>');
  return lines;
}

function metricsSection(report: Report): string[] {
  const rows = Object.entries(report.metrics).map(
    ([name, m]) =>
      `| ${md(name)} | ${m.value === null ? 'undefined' : formatNumber(m.value)} | ${m.interval ? `[${formatNumber(m.interval.low)}, ${formatNumber(m.interval.high)}] n=${m.interval.n}` : '—'} | ${m.baseline === undefined ? '—' : formatNumber(m.baseline)} | ${md(m.source)} |`
  );
  return ['', '<details><summary>All metrics</summary>', '', '| Metric | Value | 95% interval | Baseline | Source |', '|---|---|---|---|---|', ...rows, '', '</details>'];
}

/** The evidence after the gate table, in the order both the job summary and the comment show it. */
export function evidenceSections(report: Report): string[] {
  return [...comparisonSection(report), ...latencySection(report), ...driftSection(report), ...fairnessSection(report), ...metricsSection(report)];
}
