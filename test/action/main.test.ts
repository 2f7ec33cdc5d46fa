import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import type { AnnotationProperties, Runner } from '../../src/action/runner.js';
import { OPTIONS } from '../../src/options/table.js';
import { ROOT } from '../support/fixtures.js';
import { injectedCommands } from '../support/workflow-commands.js';

// run() driven from src/ by a runner that records what the Action does: its inputs as the
// GitHub runner gives them (action.yml's defaults included), its outputs, log and job summary.

interface Recorded {
  outputs: Array<[string, string]>;
  log: Array<{ level: string; message: string; properties?: AnnotationProperties }>;
  summary: string[];
  failed?: string;
}

function recordingRunner(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  faults: { outputs?: boolean; summary?: boolean } = {}
): Runner & { recorded: Recorded } {
  const recorded: Recorded = { outputs: [], log: [], summary: [] };
  const defaults = Object.fromEntries(Object.entries(OPTIONS).map(([name, spec]) => [name, (spec as { default?: string }).default ?? '']));
  const all: Record<string, string> = { ...defaults, 'github-token': '', ...inputs };
  const say = (level: string) => (message: string, properties?: AnnotationProperties) =>
    void recorded.log.push({ level, message, ...(properties ? { properties } : {}) });
  return {
    recorded,
    env,
    input: (name) => (all[name] ?? '').trim(),
    setOutput: (name, value) => {
      if (faults.outputs) throw new Error('EACCES: permission denied');
      recorded.outputs.push([name, value]);
    },
    appendSummary: async (markdown) => {
      if (faults.summary) throw new Error('EISDIR: illegal operation on a directory');
      recorded.summary.push(markdown);
    },
    info: say('info'),
    notice: say('notice'),
    warning: say('warning'),
    error: say('error'),
    setFailed: (message) => void (recorded.failed = message),
    startGroup: (title) => say('group')(title),
    endGroup: () => say('endgroup')('')
  };
}

let temp: string;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'model-gate-action-'));
  env = { GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: join(temp, 'summary') };
});
afterEach(() => rm(temp, { recursive: true, force: true }));

const examples = { metrics: 'examples/metrics.json', baseline: 'examples/baseline.json', gates: 'examples/model-gates.yml' };
const logText = (r: Recorded): string => r.log.map((l) => l.message).join('\n');

describe('run()', () => {
  test('passing gates advance: outputs, the report in RUNNER_TEMP, the log and the job summary', async () => {
    const runner = recordingRunner({ ...examples, 'current-weight': '10' }, env);
    await run(runner);
    const { outputs, summary, failed } = runner.recorded;
    expect(outputs).toEqual([
      ['passed', 'true'],
      ['decision', 'advance'],
      ['canary-weight', '25'],
      ['report', join(temp, 'model-gate-report.json')],
      ['failed-gates', '[]']
    ]);
    expect(JSON.parse(await readFile(join(temp, 'model-gate-report.json'), 'utf8'))).toMatchObject({ decision: 'advance', canaryWeight: 25 });
    expect(logText(runner.recorded)).toContain('model-gate advance: canary 10% → 25%');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/^## ✅ model-gate advance: canary 10% → 25%/);
    expect(failed).toBeUndefined();
  });

  test('a failing blocking gate rolls back, annotates the gate line and fails the step', async () => {
    await writeFile(join(temp, 'm.json'), JSON.stringify({ accuracy: 0.5 }));
    await writeFile(join(temp, 'g.yml'), 'gates:\n  accuracy: {min: 0.9}\n');
    const runner = recordingRunner({ metrics: join(temp, 'm.json'), gates: join(temp, 'g.yml'), 'current-weight': '25' }, env);
    await run(runner);
    expect(runner.recorded.outputs.slice(0, 3)).toEqual([
      ['passed', 'false'],
      ['decision', 'rollback'],
      ['canary-weight', '0']
    ]);
    expect(runner.recorded.log).toContainEqual({
      level: 'error',
      message: 'accuracy 0.5 < 0.9 (min)',
      properties: { title: 'model-gate: accuracy.min', file: join(temp, 'g.yml'), startLine: 2 }
    });
    expect(runner.recorded.failed).toBe('model-gate rollback: canary 25% → 0%');
  });

  test('fail-on: never reports without failing the step', async () => {
    await writeFile(join(temp, 'm.json'), JSON.stringify({ accuracy: 0.5 }));
    const runner = recordingRunner({ metrics: join(temp, 'm.json'), 'fail-on': 'never' }, env);
    await run(runner);
    expect(runner.recorded.outputs[1]).toEqual(['decision', 'rollback']);
    expect(runner.recorded.failed).toBeUndefined();
  });

  test('bad input: the safe outputs, a report without a decision, and the reason in the summary', async () => {
    await writeFile(join(temp, 'm.json'), '{"accuracy": NaN}');
    const runner = recordingRunner({ metrics: join(temp, 'm.json'), 'current-weight': '25' }, env);
    await run(runner);
    const report = join(temp, 'model-gate-report.json');
    expect(runner.recorded.outputs).toEqual([
      ['passed', 'false'],
      ['decision', 'none'],
      ['canary-weight', '25'],
      ['report', report]
    ]);
    expect(JSON.parse(await readFile(report, 'utf8'))).toMatchObject({ decision: 'none', error: { kind: 'bad-input' } });
    expect(runner.recorded.failed).toMatch(/^model-gate: bad input\n.*m\.json: line 1: column 14: NaN is not a number in JSON/);
    expect(runner.recorded.summary[0]).toMatch(/^## ⛔ model-gate: bad input/);
  });

  test('outputs that cannot be written: the step fails with the reason, nothing escapes run()', async () => {
    const runner = recordingRunner({ ...examples }, { ...env, GITHUB_OUTPUT: '/nowhere/output' }, { outputs: true });
    await expect(run(runner)).resolves.toBeUndefined();
    expect(runner.recorded.failed).toContain("GITHUB_OUTPUT: the step's outputs cannot be written to /nowhere/output: EACCES: permission denied");
    expect(runner.recorded.log).toContainEqual({ level: 'error', message: expect.stringContaining('GITHUB_OUTPUT') });
  });

  test('a job summary that cannot be written warns; the gate still passes', async () => {
    const runner = recordingRunner({ ...examples }, env, { summary: true });
    await run(runner);
    expect(runner.recorded.outputs[0]).toEqual(['passed', 'true']);
    expect(runner.recorded.log).toContainEqual({ level: 'warning', message: expect.stringContaining('could not write the job summary') });
    expect(runner.recorded.failed).toBeUndefined();
  });

  test('no GITHUB_STEP_SUMMARY, no summary', async () => {
    const runner = recordingRunner({ ...examples }, { GITHUB_WORKSPACE: ROOT, RUNNER_TEMP: temp });
    await run(runner);
    expect(runner.recorded.summary).toEqual([]);
  });

  test('every message goes to the log inert', async () => {
    await writeFile(
      join(temp, 'm.json'),
      JSON.stringify({
        samples: 40,
        metrics: { accuracy: 0.95 },
        groups: { sex: { 'f\n::error::PWNED': { tp: 10, fp: 2, tn: 5, fn: 3 }, 'm ##[error]PWNED': { tp: 10, fp: 2, tn: 5, fn: 3 } } }
      })
    );
    const runner = recordingRunner({ metrics: join(temp, 'm.json') }, env);
    await run(runner);
    const text = logText(runner.recorded);
    expect(text).toContain('PWNED');
    expect(injectedCommands(text)).toEqual([]);
  });
});
