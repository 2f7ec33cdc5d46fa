import { resolve } from 'node:path';
import { stderrProgress } from './progress.js';
import { writeOutput } from '../io/output.js';
import { prepareGateRun, reportJson, writeGateRun } from '../io/run-gate.js';
import { parseOptions, shouldFail } from '../options/parse.js';
import { cliLabel } from '../options/table.js';
import { noDecisionReport } from '../decide/engine.js';
import { COMMENT_LIMIT } from '../report/comment.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { InputError } from '../errors.js';
import { neutralizeJson } from '../report/workflow-commands.js';
import { EXIT, parseFlags, type Io } from './io.js';
import { formatFindings } from './lint.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

/** --format text|json|markdown; --json is --format json. */
function outputFormat(format: string | undefined, json: boolean): (typeof FORMATS)[number] {
  const chosen = format ?? (json ? 'json' : 'text');
  if (!(FORMATS as readonly string[]).includes(chosen))
    throw new InputError({ source: cliLabel('format'), message: `expected one of ${FORMATS.join(', ')}, got ${JSON.stringify(chosen)}` });
  if (json && chosen !== 'json')
    throw new InputError({ source: cliLabel('format'), message: `${chosen} and ${cliLabel('json')} ask for two outputs: give one` });
  return chosen as (typeof FORMATS)[number];
}

/** `model-gate evaluate`: the Action's job, from the command line. Nothing is written before every input is validated. */
export async function evaluate(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseFlags('evaluate', args);
  const options = parseOptions(values, cliLabel);
  const format = outputFormat(values.format, values.json === 'true');
  const reportPath = options.reportPath === undefined ? undefined : resolve(io.cwd, options.reportPath);
  try {
    // the runner cancels a job with SIGINT, then SIGTERM: a watching analysis stops and reports what it saw
    const cancel = new AbortController();
    const stop = (): void => cancel.abort();
    process.once('SIGINT', stop).once('SIGTERM', stop);
    const run = await prepareGateRun(options, io.cwd, {
      reportName: options.reportPath,
      manifestsDir: options.manifestsDir ?? 'manifests',
      progress: stderrProgress(io),
      signal: cancel.signal
    }).finally(() => process.off('SIGINT', stop).off('SIGTERM', stop));
    const { report } = run;
    const output =
      format === 'json' ? neutralizeJson(reportJson(report)) : format === 'markdown' ? `${renderMarkdown(report, COMMENT_LIMIT)}\n` : renderText(report);
    await writeGateRun(run, io.cwd, { reportPath, reportOption: cliLabel('report-path'), manifestsOption: cliLabel('manifests-dir') });
    io.stdout(output);
    if (run.manifests) io.stderr(`model-gate: wrote ${run.manifests.file}\n${formatFindings(run.manifests.findings)}`);
    return shouldFail(options.failOn, report.decision) ? EXIT.rollback : EXIT.ok;
  } catch (error) {
    // a report left from an earlier run must not outlive this one's failure
    if (reportPath)
      await writeOutput(
        reportPath,
        reportJson(noDecisionReport(error, typeof options.currentWeight === 'number' ? options.currentWeight : 0)),
        cliLabel('report-path')
      ).catch(() => undefined);
    throw error;
  }
}
