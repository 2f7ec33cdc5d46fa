// The sticky pull-request comment: the job summary's facts, a chart or two, a link to the run,
// and a hidden marker by which the next run finds the comment and updates it in place.
import { createHash } from 'node:crypto';
import { BLANK, line, type Block } from './blocks.js';
import { fit } from './fit.js';
import { decisionIcon, headline } from './headline.js';
import { fairnessChart, latencyChart } from './charts.js';
import { evidenceSections, findings, gateTable, summaryLine } from './sections.js';
import type { Report } from '../model/report.js';

/** GitHub refuses comment bodies longer than this (in characters). */
export const COMMENT_LIMIT = 65_536;

export interface CommentContext {
  /** Link to the workflow run; shown only when it is a plain http(s) URL. */
  runUrl?: string;
  /** What identifies the comment among the pull request's comments: one per model and workflow (see commentKey). */
  modelKey: string;
  /** The hidden marker; default `commentMarker(modelKey)`. */
  marker?: string;
}

const MARKER_PREFIX = '<!-- model-gate:';
const MARKER_PATTERN = /^<!-- model-gate:[A-Za-z0-9._/-]{1,120} -->$/;
const KEY_LENGTH = 100;
const SAFE_URL = /^https?:\/\/[^\s()<>[\]"'`\\]+$/;

/** The key of one model's comment in one workflow, e.g. "Release/fraud-detector". */
export function commentKey(workflow: string | undefined, modelName: string | undefined): string {
  return [workflow || 'workflow', modelName || 'model'].join('/');
}

/**
 * `<!-- model-gate:<key> -->`. The key keeps letters, digits and `. _ / -` (so it can neither end
 * the HTML comment nor hide in it); when anything had to be replaced, a short hash of the
 * original keeps keys that differ only in such characters apart.
 */
export function commentMarker(modelKey: string): string {
  const plain = modelKey
    .replace(/[^A-Za-z0-9._/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  const changed = plain !== modelKey || plain.length > KEY_LENGTH;
  const hash = changed ? `-${createHash('sha256').update(modelKey).digest('hex').slice(0, 8)}` : '';
  return `${MARKER_PREFIX}${(plain || 'model').slice(0, KEY_LENGTH)}${hash} -->`;
}

export function isCommentMarker(text: string): boolean {
  return MARKER_PATTERN.test(text);
}

/** The comment body, shortened to GitHub's limit if need be (see fit). */
export function renderComment(report: Report, context: CommentContext): string {
  return fit(commentBlocks(report, context), COMMENT_LIMIT);
}

/** The comment: marker, headline, gate table and findings, charts, then the evidence in collapsible sections. */
export function commentBlocks(report: Report, context: CommentContext): Block[] {
  const marker = context.marker ?? commentMarker(context.modelKey);
  if (!isCommentMarker(marker)) throw new RangeError(`not a model-gate comment marker: ${JSON.stringify(marker.slice(0, 200))}`);
  const runUrl = context.runUrl && SAFE_URL.test(context.runUrl) ? context.runUrl : undefined;
  return [
    { kind: 'marker', text: marker },
    { kind: 'heading', text: `### ${decisionIcon(report.decision)} model-gate ${headline(report)}` },
    BLANK,
    line(summaryLine(report)),
    BLANK,
    gateTable(report),
    ...findings(report),
    ...fairnessChart(report),
    ...latencyChart(report),
    ...evidenceSections(report),
    BLANK,
    {
      kind: 'footer',
      text: runUrl ? `<sub>[Workflow run](${runUrl}) · the full report is in its job summary</sub>` : '<sub>The full report is in the job summary.</sub>'
    },
    BLANK
  ];
}
