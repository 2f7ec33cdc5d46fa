import { extremes } from '../format.js';
import { BLANK, line, table, toMarkdown, type Block } from './blocks.js';
import { escapeMarkdown as md } from './escape.js';
import { decisionIcon } from './headline.js';
import { allPassed, checksText, decisionText, failedGatesText, modelLabel, oneLine, overallLine, stoppedReason } from './summary.js';
import type { ReportSummary } from '../model/summary.js';

/** The terminal's table: aligned columns, then why any run stopped. */
export function renderSummaryText(rows: readonly ReportSummary[]): string {
  const cells = [
    ['model', 'decision', 'passed', 'checks', 'failed gates', 'report'],
    ...rows.map((row) => [modelLabel(row), decisionText(row), row.passed ? 'yes' : 'no', checksText(row), failedGatesText(row, String), oneLine(row.file)])
  ];
  const widths = cells[0]!.map((_, i) => extremes(cells.map((r) => [...(r[i] ?? '')].length)).max);
  const aligned = cells.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  );
  const stopped = rows.flatMap((row) => {
    const reason = stoppedReason(row);
    return reason ? [`${oneLine(row.file)}: ${reason}`] : [];
  });
  return `${[`model-gate: ${overallLine(rows)}`, '', ...aligned, ...(stopped.length ? ['', ...stopped] : [])].join('\n')}\n`;
}

/** For $GITHUB_STEP_SUMMARY or a comment: every string from a report is escaped. */
export function renderSummaryMarkdown(rows: readonly ReportSummary[]): string {
  const stopped = rows.flatMap((row) => {
    const reason = stoppedReason(row);
    return reason ? [line(`- ⛔ **${md(oneLine(row.file))}**: ${md(reason)}`)] : [];
  });
  const blocks: Block[] = [
    { kind: 'heading', text: `## ${allPassed(rows) ? '✅' : '❌'} model-gate: ${overallLine(rows)}` },
    BLANK,
    table(
      '| Model | Decision | Passed | Checks | Failed gates |',
      rows.map((row) => ({ text: markdownRow(row), failed: !row.passed }))
    ),
    ...(stopped.length ? [BLANK, ...stopped] : []),
    BLANK
  ];
  return toMarkdown(blocks);
}

function markdownRow(row: ReportSummary): string {
  const named = Boolean(row.model.name || row.model.version);
  const model = `${md(modelLabel(row))}${named ? `<br><sub>${md(oneLine(row.file))}</sub>` : ''}`;
  const icon = row.decision === 'none' ? '⛔' : decisionIcon(row.decision);
  return `| ${model} | ${icon} ${decisionText(row)} | ${row.passed ? '✅ yes' : '❌ no'} | ${checksText(row)} | ${failedGatesText(row, md)} |`;
}
