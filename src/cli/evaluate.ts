import { resolve } from 'node:path';
import { loadRelease } from '../io/load.js';
import { writeOutput } from '../io/output.js';
import { OPTION_NAMES, parseOptions, shouldFail, type RawOptions } from '../options.js';
import { effectiveGates, evaluateRelease } from '../release.js';
import { renderText } from '../report/text.js';
import { EXIT, parseFlags, text, type FlagSpec, type Io } from './io.js';

/** `model-gate evaluate`: the Action's job, from the command line. */
export async function evaluate(args: readonly string[], io: Io): Promise<number> {
  const flags: FlagSpec = { json: { type: 'boolean' }, report: { type: 'string' } };
  for (const name of OPTION_NAMES) if (name !== 'report-path') flags[name] = { type: name === 'intersectional' ? 'boolean' : 'string' };
  const { values } = parseFlags('evaluate', args, flags);
  const raw: RawOptions = Object.fromEntries(OPTION_NAMES.map((name) => [name, text(values[name === 'report-path' ? 'report' : name])]));
  const options = parseOptions(raw, (name) => `--${name === 'report-path' ? 'report' : name}`);
  const input = await loadRelease(options, io.cwd);
  const report = evaluateRelease(input);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.reportPath) await writeOutput(resolve(io.cwd, options.reportPath), json, '--report');
  io.stdout(values.json ? json : renderText(report));
  if (options.release) {
    const { writeReleaseManifests } = await import('../io/release-manifests.js');
    const written = await writeReleaseManifests(options.release, report, options.manifestsDir ?? 'manifests', io.cwd, { reportName: options.reportPath, gates: effectiveGates(input), dirOption: '--manifests-dir' });
    io.stderr(`model-gate: wrote ${written.file}${written.findings.length ? ` (${written.findings.length} lint warning(s))` : ''}\n`);
  }
  return shouldFail(options.failOn, report.decision) ? EXIT.rollback : EXIT.ok;
}
