import type { Report } from '../release.js';
import { decisionIcon, headline } from './headline.js';
import { evidenceSections, findings, gateTable, summaryLine } from './sections.js';

/** The job summary: decision first, then the gate table, then the evidence in collapsible sections. */
export function renderMarkdown(report: Report): string {
  const lines = [
    `## ${decisionIcon(report.decision)} model-gate ${headline(report)}`,
    '',
    summaryLine(report),
    '',
    ...gateTable(report),
    ...findings(report),
    ...evidenceSections(report)
  ];
  return `${lines.join('\n')}\n`;
}
