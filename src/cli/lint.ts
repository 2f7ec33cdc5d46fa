import { InputError } from '../errors.js';
import { readManifests } from '../io/manifests.js';
import { hasErrors, lintManifests, type Finding } from '../lint/index.js';
import { neutralizeJson } from '../report/workflow-commands.js';
import { cliLabel, OPTIONS } from '../options/table.js';
import { EXIT, parseFlags, type Io } from './io.js';

/** `model-gate lint PATH… [--format text|json]`: exit 1 when any error is found. */
export async function lint(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('lint', args, true);
  const format = values.format ?? OPTIONS.format.default;
  if (format !== 'text' && format !== 'json')
    throw new InputError({ source: cliLabel('format'), message: `expected text or json, got ${JSON.stringify(format)}` });
  const findings = lintManifests(await readManifests(positionals, io.cwd));
  io.stdout(format === 'json' ? neutralizeJson(`${JSON.stringify(findings, null, 2)}\n`) : formatFindings(findings) || 'no findings\n');
  return hasErrors(findings) ? EXIT.rollback : EXIT.ok;
}

export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}${f.line === undefined ? '' : `:${f.line}`}: ${f.severity} [${f.rule}] ${f.object}: ${f.message}\n`).join('');
}
