import { InputError } from '../errors.js';
import { defaultGates } from '../decide/default-gates.js';
import { loadGates } from '../io/load.js';
import { readText } from '../io/text-files.js';
import { readReleaseSpec, synthesizeReleaseManifests, writeReleaseManifests } from '../io/release-manifests.js';
import { MAX_TEXT_FILE_BYTES } from '../read/limits.js';
import { parseReportFile } from '../read/outcome.js';
import { formatFindings } from './lint.js';
import { cliLabel } from '../options/table.js';
import { EXIT, parseFlags, type Io } from './io.js';

/** `model-gate synth --release F --report F [--out DIR] [--gates F]`: the manifests that follow from a gate report (and its alerts). */
export async function synth(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseFlags('synth', args);
  const missing = (['release', 'gate-report'] as const).filter((name) => values[name] === undefined);
  if (missing.length)
    throw new InputError({ source: 'model-gate synth', message: `required: ${missing.map(cliLabel).join(' and ')} (see model-gate synth --help)` });
  const reportPath = values['gate-report'] as string;
  const outcome = parseReportFile(await readText(reportPath, io.cwd, { bytes: MAX_TEXT_FILE_BYTES, what: 'report files' }), reportPath);
  const gates = (await loadGates(values.gates, io.cwd)) ?? defaultGates(new Set());
  const spec = await readReleaseSpec(values.release as string, io.cwd);
  const manifests = await synthesizeReleaseManifests(spec, outcome, values.out ?? 'manifests', { reportName: reportPath, gates });
  await writeReleaseManifests(manifests, io.cwd, cliLabel('out'));
  io.stdout(`${manifests.file}\n`);
  if (manifests.findings.length) io.stderr(formatFindings(manifests.findings));
  return EXIT.ok;
}
