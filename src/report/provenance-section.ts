// Which files the scored numbers come from: a reviewer can check that the gated model is the one deployed.
import type { FileDigest, Report } from '../model/report.js';
import { BLANK, line, type Block } from './blocks.js';
import { escapeMarkdown as md } from './escape.js';
import { formatCount } from '../format.js';

const digest = (file: FileDigest): string => `${file.path} (SHA-256 ${file.sha256.slice(0, 12)}…)`;

/** One line: the model, the baseline model and the evaluation data, by their SHA-256, and the runtime that scored them. */
export function provenanceText(report: Report): string | undefined {
  const p = report.provenance;
  if (!p) return undefined;
  const baseline = p.baselineModel ? `, baseline ${digest(p.baselineModel)}` : '';
  return `scored ${digest(p.model)}${baseline} on ${digest(p.evalData)}, ${formatCount(p.evalData.rows)} rows, with ${p.runtime.package} ${p.runtime.version}`;
}

export function provenanceSection(report: Report): Block[] {
  const text = provenanceText(report);
  return text === undefined ? [] : [BLANK, line(`<sub>${md(text.charAt(0).toUpperCase() + text.slice(1))}.</sub>`)];
}
