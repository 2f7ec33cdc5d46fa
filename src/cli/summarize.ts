import { InputError } from '../errors.js';
import { filesIn, readText, type FileKind } from '../io/text-files.js';
import { FAIL_ON_VALUES, shouldFail, type FailOn } from '../options/parse.js';
import { cliLabel, OPTIONS, type OptionName } from '../options/table.js';
import { MAX_REPORT_FILE_BYTES } from '../read/limits.js';
import { summarizeReport } from '../read/report-summary.js';
import { summaryDocument } from '../report/summary.js';
import { renderSummaryMarkdown, renderSummaryText } from '../report/summary-tables.js';
import { neutralizeJson } from '../report/workflow-commands.js';
import type { ReportSummary } from '../model/summary.js';
import { EXIT, parseFlags, type Io } from './io.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
const REPORT_FILES: FileKind = { pattern: /\.json$/i, extensions: '.json' };

/** `model-gate summarize REPORT… [--format text|markdown|json] [--fail-on WHEN]`: one table of several reports. */
export async function summarize(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('summarize', args, true);
  const format = oneOf('format', values.format ?? OPTIONS.format.default, FORMATS);
  const failOn = oneOf('fail-on', values['fail-on'] ?? OPTIONS['fail-on'].default, FAIL_ON_VALUES);
  if (positionals.length === 0)
    throw new InputError({ source: 'model-gate summarize', message: 'expected one or more JSON reports or folders of them (see model-gate summarize --help)' });
  const rows: ReportSummary[] = [];
  // one report at a time: only one report's text and data are in memory at once
  for (const file of await filesIn(positionals, io.cwd, REPORT_FILES))
    rows.push(summarizeReport(await readText(file, io.cwd, { bytes: MAX_REPORT_FILE_BYTES, what: 'reports' }), file));
  io.stdout(
    format === 'json'
      ? neutralizeJson(`${JSON.stringify(summaryDocument(rows), null, 2)}\n`)
      : format === 'markdown'
        ? renderSummaryMarkdown(rows)
        : renderSummaryText(rows)
  );
  return rows.some((row) => fails(row, failOn)) ? EXIT.rollback : EXIT.ok;
}

/** As evaluate's exit code would have said; a run that stopped failed its own step whatever --fail-on says. */
function fails(row: ReportSummary, failOn: FailOn): boolean {
  return row.decision === 'none' || shouldFail(failOn, row.decision);
}

function oneOf<T extends string>(name: OptionName, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new InputError({ source: cliLabel(name), message: `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}` });
  return value as T;
}
