import type { GateResult } from '../decide/gates.js';
import { formatNumber, formatSigned } from '../format.js';
import type { Report, ReportedRate } from '../release.js';
import { escapeMarkdown as md } from './escape.js';
import { countFailures, decisionIcon, headline } from './headline.js';
import { latencySection } from './latency-section.js';
import { thresholdText } from './threshold.js';

/** The job summary: decision first, then the gate table, then the evidence in collapsible sections. */
export function renderMarkdown(report: Report): string {
  const { blocking, warnings, total } = countFailures(report);
  const model = [report.model.name, report.model.version].filter(Boolean).join(' ');
  const lines = [
    `## ${decisionIcon(report.decision)} model-gate ${headline(report)}`,
    '',
    [
      model ? `**${md(model)}**` : undefined,
      `${total - blocking - warnings} of ${total} checks passed${blocking ? `, ${blocking} blocking failed` : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`,
      `gates: ${md(report.gatesSource)}`,
      `steps: ${report.steps.join(' → ')}`
    ]
      .filter(Boolean)
      .join(' · '),
    '',
    '| Status | Gate | Value | Threshold | Baseline | Δ | Severity |',
    '|---|---|---|---|---|---|---|',
    ...report.gates.map(gateRow)
  ];
  const failed = report.gates.filter((g) => g.status === 'fail');
  if (failed.length) lines.push('', ...failed.map((g) => `- ${g.severity === 'block' ? '❌' : '⚠️'} ${md(g.message)}`));
  if (report.skipped.length) lines.push('', `<sub>Not applied: ${report.skipped.map((s) => `${md(s.metric)} (${md(s.reason.replace(/^default gate not applied: /, ''))})`).join('; ')}</sub>`);
  if (report.warnings.length) lines.push('', '**Warnings**', '', ...report.warnings.map((w) => `- ⚠️ ${md(w)}`));
  lines.push(...comparisonSection(report), ...latencySection(report), ...fairnessSection(report), ...metricsSection(report));
  return `${lines.join('\n')}\n`;
}

function gateRow(g: GateResult): string {
  const status = g.status === 'pass' ? '✅ pass' : g.severity === 'block' ? '❌ fail' : '⚠️ warn';
  const name = `${md(g.metric)}${g.feature ? ` [${md(g.feature)}]` : ''} <sub>${g.check}</sub>`;
  const value = g.value === null ? '—' : `${formatNumber(g.value)}${g.interval ? ` <sub>[${formatNumber(g.interval.low)}, ${formatNumber(g.interval.high)}]</sub>` : ''}`;
  const threshold = thresholdText(g);
  return `| ${status} | ${name} | ${value} | ${threshold} | ${formatNumber(g.baseline)} | ${formatSigned(g.delta)} | ${g.severity} |`;
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
      ...Object.entries(groups).map(
        ([group, g]) => `| ${md(group)} | ${g.count} | ${cell(g.selection_rate)} | ${cell(g.true_positive_rate)} | ${cell(g.false_positive_rate)} | ${cell(g.accuracy)} |`
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
