import type { Report } from '../release.js';
import { decisionIcon, headline } from './headline.js';
import { driftSection } from './drift-section.js';
import { latencySection } from './latency-section.js';
import { comparisonSection, fairnessSection, findings, gateTable, metricsSection, summaryLine } from './sections.js';

/** The job summary: decision first, then the gate table, then the evidence in collapsible sections. */
export function renderMarkdown(report: Report): string {
  const lines = [
    `## ${decisionIcon(report.decision)} model-gate ${headline(report)}`,
    '',
    summaryLine(report),
    '',
    ...gateTable(report),
    ...findings(report),
    ...comparisonSection(report),
    ...latencySection(report),
    ...driftSection(report),
    ...fairnessSection(report),
    ...metricsSection(report)
  ];
  return `${lines.join('\n')}\n`;
}
