import { BLANK, line, type Block } from './blocks.js';
import { fit } from './fit.js';
import { decisionIcon, headline } from './headline.js';
import { evidenceSections, findings, gateTable, summaryLine } from './sections.js';
import type { Report } from '../model/report.js';

/** GITHUB_STEP_SUMMARY takes 1 MiB a step: 250,000 characters fit even at 4 bytes each. */
export const SUMMARY_LIMIT = 250_000;

/** The job summary, shortened to `limit` characters if need be (see fit). */
export function renderMarkdown(report: Report, limit = SUMMARY_LIMIT): string {
  return fit(summaryBlocks(report), limit);
}

/** The job summary: decision first, then the gate table, then the evidence in collapsible sections. */
export function summaryBlocks(report: Report): Block[] {
  return [
    { kind: 'heading', text: `## ${decisionIcon(report.decision)} model-gate ${headline(report)}` },
    BLANK,
    line(summaryLine(report)),
    BLANK,
    gateTable(report),
    ...findings(report),
    ...evidenceSections(report),
    BLANK
  ];
}
