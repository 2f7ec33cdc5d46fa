// Starts dist/index.js the way the GitHub runner does: inputs as INPUT_<NAME> environment
// variables (upper-cased, hyphens kept), outputs and job summary through the files named by
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Used by `npm run demo`, the tests and the benchmark.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { assertDistFresh } from './source-hash.mjs';

export const ACTION_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** The runner sets every input that has a default in action.yml; expressions (${{ … }}) are left out here. */
async function actionDefaults() {
  const action = parse(await readFile(new URL('../action.yml', import.meta.url), 'utf8'));
  return Object.fromEntries(
    Object.entries(action.inputs ?? {})
      .filter(([, input]) => input.default !== undefined && !String(input.default).includes('${{'))
      .map(([name, input]) => [name, String(input.default)])
  );
}

const pick = (env, names) => Object.fromEntries(names.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]));

/**
 * @param {{ inputs?: Record<string, string>, cwd?: string, env?: Record<string, string>, interrupt?: { when: string, signal: NodeJS.Signals } }} options
 * @returns {Promise<{ exitCode: number, stdout: string, stderr: string, outputs: Record<string, string>, outputsWritten: string[], summary: string, runnerTemp: string }>}
 */
export async function runAction({ inputs = {}, cwd = process.cwd(), env = {}, interrupt } = {}) {
  await assertDistFresh();
  const runnerTemp = await mkdtemp(join(tmpdir(), 'model-gate-runner-'));
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries({ ...(await actionDefaults()), ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
  );
  const child = spawn(process.execPath, [ACTION_ENTRY], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      // Windows needs these to start Node and to find its temporary folder
      ...pick(process.env, ['SystemRoot', 'TEMP', 'TMP']),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: cwd,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...inputEnv,
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    // as the runner cancels a job: a signal once the log shows `interrupt.when`
    if (interrupt && !interrupted && stdout.includes(interrupt.when)) {
      interrupted = true;
      child.kill(interrupt.signal);
    }
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
  const rawOutputs = await readFile(outputFile, 'utf8').catch(() => '');
  const outputs = parseOutputFile(rawOutputs);
  const summary = await readFile(summaryFile, 'utf8').catch(() => '');
  return { exitCode, stdout, stderr, outputs, outputsWritten: outputNames(rawOutputs), summary, runnerTemp };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (and, rarely, `name=value` lines). */
export function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** Every name=value the step wrote, in order, repeats included: a value written and then overwritten still counts. */
function outputNames(text) {
  return [...text.matchAll(/^([^=<\n]+)(?:<<(.+)\n([^]*?)\n\2$|=(.*)$)/gm)].map(([, name, , heredoc, plain]) => `${name}=${heredoc ?? plain}`);
}

export async function cleanUp(result) {
  await rm(result.runnerTemp, { recursive: true, force: true });
}
