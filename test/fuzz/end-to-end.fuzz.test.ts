import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { injectedCommands } from '../support/workflow-commands.js';
import {
  ASSERT_OPTIONS,
  Input,
  LONG_RUN,
  mutated,
  numberBroken,
  PROPERTY_TIMEOUT_MS,
  randomInput,
  restructured,
  runs,
  seed,
  SEEDS,
  type Format,
  type Seed
} from './generators.js';

// The bundled Action (started as the runner starts it) and CLI, each run on a workspace where one
// input file is mutated. No run may crash, print a stack trace, hang, use more than 256 MB, let
// data issue a workflow command, or claim passed=true after reporting bad input.

const ROOT = process.cwd();
const CLI_ENTRY = join(ROOT, 'dist/cli.js');
const PROBE = join(ROOT, 'test/fuzz/probe.cjs');
const MAX_RSS_KIB = 256 * 1024;
const RUN_MS = 30_000;
/** A stack trace's lines, as printed or inside a workflow command (where a line break is %0A). */
const STACK_TRACE = /(\n|%0A)\s+at /;

const PREDICTIONS_GATES = `gates:
  accuracy: { min: 0.85, not_worse: { alpha: 0.05 } }
  roc_auc: { min: 0.9 }
  demographic_parity_ratio: { min: 0.8 }
  samples: { min: 1000 }
`;

/** The valid workspace: each scenario's inputs advance the canary. */
const WORKSPACE: Record<string, Seed> = {
  'metrics.json': seed('examples/metrics.json'),
  'baseline.json': seed('examples/baseline.json'),
  'model-gates.yml': seed('examples/model-gates.yml'),
  'release.yaml': seed('examples/release.yaml'),
  'reference.csv': seed('test/fixtures/drift/reference.csv'),
  'current.csv': seed('test/fixtures/drift/current.csv'),
  'predictions.csv': seed('test/fixtures/predictions/basic.csv'),
  'baseline-predictions.csv': seed('test/fixtures/predictions/basic-baseline.csv'),
  'predictions-gates.yml': { name: 'predictions-gates.yml', bytes: new TextEncoder().encode(PREDICTIONS_GATES) },
  'manifests.yaml': seed('test/fixtures/lint/fixed-canary.yaml')
};

const COMMON = { 'current-weight': '10', 'report-path': 'out/report.json' };

const SCENARIOS = {
  metrics: {
    ...COMMON,
    metrics: 'metrics.json',
    baseline: 'baseline.json',
    gates: 'model-gates.yml',
    release: 'release.yaml',
    'manifests-dir': 'out/manifests',
    'reference-data': 'reference.csv',
    'current-data': 'current.csv'
  },
  predictions: {
    ...COMMON,
    predictions: 'predictions.csv',
    'baseline-predictions': 'baseline-predictions.csv',
    'sensitive-features': 'sex',
    gates: 'predictions-gates.yml'
  }
} satisfies Record<string, Record<string, string>>;

type Scenario = keyof typeof SCENARIOS;

interface Case {
  scenario: Scenario;
  /** The workspace file the input replaces, or `inline gates`. */
  target: string;
  input: Input;
  /** The input is bad by construction: the run must say so. */
  mustReject: boolean;
}

function casesFor(scenario: Scenario, target: string, seeds: readonly Seed[], format?: Format): fc.Arbitrary<Case> {
  const broken = format && format !== 'yaml-stream' ? [numberBroken(seeds, format).map((input) => ({ scenario, target, input, mustReject: true }))] : [];
  const unchecked = (inputs: fc.Arbitrary<Input>): fc.Arbitrary<Case> => inputs.map((input) => ({ scenario, target, input, mustReject: false }));
  const edited = format ? [unchecked(restructured(seeds, format))] : [];
  return fc.oneof(unchecked(randomInput), { weight: 2, arbitrary: unchecked(mutated(seeds)) }, ...edited, ...broken);
}

const evaluateCases: fc.Arbitrary<Case> = fc.oneof(
  casesFor('metrics', 'metrics.json', SEEDS.metrics, 'json'),
  casesFor('metrics', 'baseline.json', SEEDS.metrics, 'json'),
  casesFor('metrics', 'model-gates.yml', SEEDS.gates, 'yaml'),
  casesFor('metrics', 'inline gates', SEEDS.gates, 'yaml'),
  casesFor('metrics', 'release.yaml', SEEDS.release, 'yaml'),
  casesFor('metrics', 'reference.csv', SEEDS.drift),
  casesFor('metrics', 'current.csv', SEEDS.drift),
  casesFor('predictions', 'predictions.csv', SEEDS.predictions),
  casesFor('predictions', 'baseline-predictions.csv', SEEDS.predictions)
);

/** A fresh copy of the workspace with the case's input in place; the inputs to run it with. */
async function workspaceFor(c: Pick<Case, 'target' | 'input'> & { scenario?: Scenario }): Promise<{ dir: string; inputs: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'model-gate-fuzz-'));
  await mkdir(join(dir, 'out'));
  for (const [name, file] of Object.entries(WORKSPACE)) await writeFile(join(dir, name), c.target === name ? c.input.bytes : file.bytes);
  const inputs: Record<string, string> = c.scenario ? SCENARIOS[c.scenario] : {};
  // the environment cannot carry a NUL
  return { dir, inputs: c.target === 'inline gates' ? { ...inputs, gates: c.input.text.replace(/\0/g, '') } : inputs };
}

interface Run {
  exitCode: number;
  log: string;
  maxRssKiB: number;
}

let probes = 0;

/**
 * Runs `start` with the probe preloaded: a run past RUN_MS is killed and fails as a hang, and the
 * process's peak memory is read back.
 */
async function probed<T extends { exitCode: number }>(dir: string, start: (env: Record<string, string>) => Promise<T>): Promise<T & { maxRssKiB: number }> {
  const probe = join(dir, `probe-${probes++}`);
  let hung = false;
  const watchdog = setTimeout(() => {
    hung = true;
    readFile(`${probe}.pid`, 'utf8').then(
      (pid) => killIfRunning(Number(pid)),
      () => undefined // not started yet: the run fails as a hang when it ends
    );
  }, RUN_MS);
  try {
    const result = await start({ NODE_OPTIONS: `--require "${PROBE}"`, FUZZ_PROBE_FILE: probe });
    if (hung) throw new Error(`hung: killed after ${RUN_MS} ms`);
    const maxRssKiB = Number(await readFile(`${probe}.rss`, 'utf8').catch(() => 'NaN'));
    return { ...result, maxRssKiB };
  } finally {
    clearTimeout(watchdog);
  }
}

function killIfRunning(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // it ended meanwhile
  }
}

function runCli(args: readonly string[], cwd: string, env: Record<string, string>): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : -1), stdout, stderr }));
  });
}

/** What every run must hold to, whatever its input. */
function expectSound(run: Run, exitCodes: readonly number[]): void {
  if (/failed unexpectedly/.test(run.log)) throw new Error(`crashed:\n${run.log}`);
  if (STACK_TRACE.test(run.log)) throw new Error(`printed a stack trace:\n${run.log}`);
  if (!exitCodes.includes(run.exitCode)) throw new Error(`exit code ${run.exitCode}, expected one of ${exitCodes.join(', ')}:\n${run.log}`);
  const injected = injectedCommands(run.log);
  if (injected.length > 0) throw new Error(`input issued workflow commands: ${JSON.stringify(injected)}`);
  if (!(run.maxRssKiB < MAX_RSS_KIB)) throw new Error(`peak memory ${Math.round(run.maxRssKiB / 1024)} MB (limit ${MAX_RSS_KIB / 1024} MB)`);
}

/** CLI flags for the Action's inputs. */
function flagsOf(inputs: Record<string, string>): string[] {
  return Object.entries(inputs).flatMap(([name, value]) => [`--${name === 'report-path' ? 'report' : name}`, value]);
}

async function evaluateBoth(c: Case): Promise<{ action: Run & { badInput: boolean; outputsWritten: string[] }; cli: Run }> {
  const { dir, inputs } = await workspaceFor(c);
  try {
    const action = await probed(dir, (env) => runAction({ cwd: dir, inputs, env }));
    await cleanUp(action);
    const cli = await probed(dir, (env) => runCli(['evaluate', ...flagsOf(inputs)], dir, env));
    const actionLog = action.stdout + action.stderr;
    return {
      action: {
        exitCode: action.exitCode,
        log: actionLog,
        maxRssKiB: action.maxRssKiB,
        badInput: actionLog.includes('::error::model-gate: bad input'),
        outputsWritten: action.outputsWritten
      },
      cli: { exitCode: cli.exitCode, log: cli.stdout + cli.stderr, maxRssKiB: cli.maxRssKiB }
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Process runs are slow: a failure is reported as found, shrinking only in the long run. */
const E2E = { ...ASSERT_OPTIONS, endOnFailure: !LONG_RUN };

describe('the Action and the CLI, run on a workspace with one mutated input', () => {
  test.each(Object.keys(SCENARIOS) as Scenario[])('%s: the unmutated workspace advances (the baseline of every case)', async (scenario) => {
    const { action, cli } = await evaluateBoth({ scenario, target: 'none', input: Input.ofText('none', ''), mustReject: false });
    expectSound(action, [0]);
    expectSound(cli, [0]);
    expect(action.outputsWritten).toEqual(expect.arrayContaining(['passed=true', 'decision=advance', 'canary-weight=25']));
  });

  test(
    'evaluate: no crash, stack trace, hang, memory past 256 MB or injected command; bad input never passes',
    async () => {
      await fc.assert(
        fc.asyncProperty(evaluateCases, async (c) => {
          const { action, cli } = await evaluateBoth(c);
          expectSound(action, [0, 1]);
          expectSound(cli, [0, 1, 2]);
          if (c.mustReject && !action.badInput) throw new Error(`the Action accepted bad input:\n${action.log}`);
          if (action.badInput) {
            const claims = action.outputsWritten.filter((line) => /^(passed|decision)=/.test(line));
            if (claims.join() !== 'passed=false,decision=none') throw new Error(`bad input, but the outputs say ${JSON.stringify(claims)}`);
          }
          if (action.badInput !== (cli.exitCode === 2))
            throw new Error(`the Action ${action.badInput ? 'reports' : 'does not report'} bad input, the CLI exits ${cli.exitCode}`);
        }),
        { numRuns: runs(6, 0.05), ...E2E }
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  test(
    'lint: exits 0, 1 or 2, never 3; no stack trace, hang or injected command',
    async () => {
      const format = fc.constantFrom('text', 'json');
      const manifests = fc.oneof(mutated(SEEDS.manifests), restructured(SEEDS.manifests, 'yaml-stream'));
      await fc.assert(
        fc.asyncProperty(manifests, format, async (input, outputFormat) => {
          const { dir } = await workspaceFor({ target: 'manifests.yaml', input });
          try {
            const cli = await probed(dir, (env) => runCli(['lint', 'manifests.yaml', '--format', outputFormat], dir, env));
            expectSound({ exitCode: cli.exitCode, log: cli.stdout + cli.stderr, maxRssKiB: cli.maxRssKiB }, [0, 1, 2]);
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        }),
        { numRuns: runs(4, 0.02), ...E2E }
      );
    },
    PROPERTY_TIMEOUT_MS
  );
});
