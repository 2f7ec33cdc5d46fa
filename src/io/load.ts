import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { metricSetFromFile } from '../evaluate/metric-set.js';
import { parseGatesFile, type GatesConfig } from '../read/gates-file.js';
import { parseMetricsFile } from '../read/metrics-file.js';
import type { Options } from '../options.js';
import type { ReleaseInput } from '../release.js';

/** Where the Action looks for gates when none are given. */
export const DEFAULT_GATES_FILE = '.github/model-gates.yml';

/** Reads every file the options name and hands the engine validated, in-memory input. */
export async function loadRelease(options: Options, cwd: string): Promise<ReleaseInput> {
  const [candidate, baseline, gates] = await Promise.all([
    readText(options.metrics, cwd).then((text) => parseMetricsFile(text, options.metrics)),
    options.baseline === undefined ? undefined : readText(options.baseline, cwd).then((text) => parseMetricsFile(text, options.baseline as string)),
    loadGates(options.gates, cwd)
  ]);
  return {
    candidate: metricSetFromFile(candidate),
    candidateName: options.metrics,
    baseline: baseline && metricSetFromFile(baseline),
    baselineName: options.baseline,
    gates,
    currentWeight: options.currentWeight,
    steps: options.canarySteps
  };
}

/** Gates come inline (YAML text), from a file, from `.github/model-gates.yml`, or are the defaults (undefined). */
export async function loadGates(gates: string | undefined, cwd: string): Promise<GatesConfig | undefined> {
  if (gates === undefined) {
    const exists = await access(resolve(cwd, DEFAULT_GATES_FILE)).then(() => true, () => false);
    return exists ? parseGatesFile(await readText(DEFAULT_GATES_FILE, cwd), DEFAULT_GATES_FILE) : undefined;
  }
  if (isInlineGates(gates)) return parseGatesFile(gates, 'inline gates', false);
  return parseGatesFile(await readText(gates, cwd), gates);
}

/** A path is one line; YAML written into the input has a line break or starts like a gates document. */
export function isInlineGates(value: string): boolean {
  return /[\r\n]/.test(value) || /^\s*(\{|gates\s*:|canary\s*:)/.test(value);
}

export async function readText(path: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? `file not found (looked in ${cwd})` : code === 'EISDIR' ? 'is a directory, expected a file' : `cannot be read: ${(error as Error).message}`;
    throw new InputError({ file: path, message });
  }
}
