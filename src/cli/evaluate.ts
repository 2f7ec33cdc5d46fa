import { resolve } from 'node:path';
import { writeOutput } from '../io/output.js';
import { prepareGateRun, reportJson, writeGateRun } from '../io/run-gate.js';
import { OPTION_NAMES, parseOptions, shouldFail, type RawOptions } from '../options.js';
import { noDecisionReport } from '../release.js';
import { renderText } from '../report/text.js';
import { neutralizeJson } from '../report/workflow-commands.js';
import { EXIT, parseFlags, text, type FlagSpec, type Io } from './io.js';

/** `model-gate evaluate`: the Action's job, from the command line. Nothing is written before every input is validated. */
export async function evaluate(args: readonly string[], io: Io): Promise<number> {
  const flags: FlagSpec = { json: { type: 'boolean' }, report: { type: 'string' } };
  for (const name of OPTION_NAMES) if (name !== 'report-path') flags[name] = { type: name === 'intersectional' ? 'boolean' : 'string' };
  const { values } = parseFlags('evaluate', args, flags);
  const raw: RawOptions = Object.fromEntries(OPTION_NAMES.map((name) => [name, text(values[name === 'report-path' ? 'report' : name])]));
  const options = parseOptions(raw, (name) => `--${name === 'report-path' ? 'report' : name}`);
  const reportPath = options.reportPath === undefined ? undefined : resolve(io.cwd, options.reportPath);
  try {
    const run = await prepareGateRun(options, io.cwd, { reportName: options.reportPath, manifestsDir: options.manifestsDir ?? 'manifests' });
    const { report } = run;
    const output = values.json ? neutralizeJson(reportJson(report)) : renderText(report);
    await writeGateRun(run, io.cwd, { reportPath, reportOption: '--report', manifestsOption: '--manifests-dir' });
    io.stdout(output);
    if (run.manifests) io.stderr(`model-gate: wrote ${run.manifests.file}${run.manifests.findings.length ? ` (${run.manifests.findings.length} lint warning(s))` : ''}\n`);
    return shouldFail(options.failOn, report.decision) ? EXIT.rollback : EXIT.ok;
  } catch (error) {
    // a report left from an earlier run must not outlive this one's failure
    if (reportPath) {
      const report = noDecisionReport(error, options.currentWeight);
      await writeOutput(reportPath, reportJson(report), '--report').catch(() => undefined);
    }
    throw error;
  }
}
