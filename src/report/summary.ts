// `model-gate summarize`: several reports in one table, as text, Markdown or one merged JSON document.
import { listSome } from '../format.js';
import { headline } from './headline.js';
import { SUMMARY_SCHEMA_VERSION, type ReportSummary, type SummaryDocument } from '../model/summary.js';

/** Failed gates named in a row; the JSON document keeps them all. */
const SHOWN_GATES = 10;
/** Characters of a name from a report shown in a cell. */
const SHOWN_NAME = 100;
/** Characters of why a run stopped. */
const SHOWN_REASON = 300;

const ORDER = ['promote', 'advance', 'hold', 'rollback', 'none'] as const;

/** Text from a report as one line of at most `max` characters: it cannot break a table row. */
export function oneLine(text: string, max = SHOWN_NAME): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

/** "fraud-detector 2.4.0" from the report's model block, else the report's file name. */
export function modelLabel(row: ReportSummary): string {
  const named = [row.model.name, row.model.version].filter(Boolean).join(' ');
  return oneLine(named || (row.file.split(/[\\/]/).pop() ?? row.file));
}

/** The decision with the canary's weight change: "advance: canary 10% → 25%". */
export function decisionText(row: ReportSummary): string {
  const { decision, previousWeight, canaryWeight } = row;
  if (decision !== 'none') return headline({ decision, previousWeight, canaryWeight });
  return `none: stopped ${row.error?.kind === 'unexpected' ? 'by a failure' : 'on bad input'}, canary stays at ${canaryWeight}%`;
}

export function checksText(row: ReportSummary): string {
  return row.checks ? `${row.checks.passed} passed, ${row.checks.failed} failed` : '—';
}

/** The failed gates' ids, each shown by `show` (escaped for Markdown), the first few of them. */
export function failedGatesText(row: ReportSummary, show: (id: string) => string): string {
  return row.failedGates.length
    ? listSome(
        row.failedGates.map((id) => show(oneLine(id))),
        SHOWN_GATES
      )
    : '—';
}

/** Why a run stopped before deciding: the first line of its error. */
export function stoppedReason(row: ReportSummary): string | undefined {
  if (!row.error) return undefined;
  return `stopped ${row.error.kind === 'unexpected' ? 'by a failure' : 'on bad input'}: ${oneLine(row.error.message.split(/\r?\n/)[0] ?? '', SHOWN_REASON)}`;
}

export const allPassed = (rows: readonly ReportSummary[]): boolean => rows.every((row) => row.passed);

/** "1 of 3 models passed (1 advance, 1 rollback, 1 stopped before deciding)" */
export function overallLine(rows: readonly ReportSummary[]): string {
  const passed = rows.filter((row) => row.passed).length;
  const counts = ORDER.map((decision) => [decision, rows.filter((row) => row.decision === decision).length] as const)
    .filter(([, count]) => count > 0)
    .map(([decision, count]) => `${count} ${decision === 'none' ? 'stopped before deciding' : decision}`);
  return `${passed} of ${rows.length} ${rows.length === 1 ? 'model' : 'models'} passed (${counts.join(', ')})`;
}

/** The reports merged into one document, in the order given. */
export function summaryDocument(rows: readonly ReportSummary[]): SummaryDocument {
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    passed: allPassed(rows),
    reports: rows.map(({ file, model, decision, canaryWeight, previousWeight, passed, checks, failedGates, error }) => ({
      file,
      model,
      decision,
      canaryWeight,
      previousWeight,
      passed,
      checks,
      failedGates,
      ...(error ? { error } : {})
    }))
  };
}
