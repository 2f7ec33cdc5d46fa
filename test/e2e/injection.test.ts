import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { main } from '../../src/cli/main.js';
import { HOSTILE_NAMES, injectedCommands } from '../support/workflow-commands.js';

// Every place where data reaches the log, fed names that try to issue workflow commands: the
// Action's log (run as the runner runs it) and the CLI's output must carry the names, inert.

const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Files whose names (drift columns, groups, features, metrics, gate ids, columns) are hostile. */
function hostileFiles(): Record<string, string> {
  const columns = HOSTILE_NAMES.map(csvField).join(',');
  const sample = (shift: number): string =>
    [columns, ...Array.from({ length: 60 }, (_, i) => HOSTILE_NAMES.map((_, j) => String(((i * (j + 1)) % 13) + shift)).join(','))].join('\n');
  const groups = Object.fromEntries(HOSTILE_NAMES.map((name, i) => [name, { tp: 5 + i, fp: 3, tn: 9, fn: 2 }]));
  return {
    'reference.csv': sample(0),
    'current.csv': sample(20),
    'predictions.csv': [
      'label,prediction,' + columns,
      ...Array.from({ length: 40 }, (_, i) => `${i % 2},${(i >> 1) % 2},${HOSTILE_NAMES.map((n) => csvField(`${n}${i % 3}`)).join(',')}`)
    ].join('\n'),
    'groups.json': JSON.stringify({ samples: 129, metrics: { accuracy: 0.95 }, groups: { segment: groups } }),
    'metric-names.json': JSON.stringify({ metrics: Object.fromEntries(HOSTILE_NAMES.map((name) => [name, 0.5])) }),
    'gate-ids.yml': `gates:\n${HOSTILE_NAMES.map((name) => `  ${JSON.stringify(name)}: {metric: accuracy, min: 0.99}`).join('\n')}\n`
  };
}

interface Case {
  name: string;
  args: string[];
}

const cases: Case[] = [
  {
    name: 'drift column names in the text report',
    args: ['--reference-data', 'reference.csv', '--current-data', 'current.csv', '--gates', 'gates:\n  drifted_feature_share: {max: 0}']
  },
  {
    name: 'group names in warnings and gate messages',
    args: ['--metrics', 'groups.json', '--gates', 'gates:\n  accuracy: {min: 0.9}\n  demographic_parity_ratio: {min: 0.99}']
  },
  {
    name: 'sensitive feature values and columns from predictions',
    args: ['--predictions', 'predictions.csv', '--sensitive-features', HOSTILE_NAMES.join(',')]
  },
  { name: 'columns found, in a bad-input message', args: ['--predictions', 'predictions.csv', '--sensitive-features', 'missing'] },
  { name: 'metric names in a JSON pointer of a bad-input message', args: ['--metrics', 'metric-names.json'] },
  { name: 'gate ids', args: ['--metrics', 'groups.json', '--gates', 'gate-ids.yml'] }
];

/** CLI flags as the Action's inputs. */
function inputsOf(args: readonly string[]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) inputs[args[i]!.slice(2)] = args[i + 1]!;
  return inputs;
}

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'model-gate-injection-'));
  for (const [name, content] of Object.entries(hostileFiles())) await writeFile(join(workspace, name), content);
});
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe('names from input files issue no workflow command', () => {
  test.each(cases)('Action: $name', async ({ args }) => {
    const result = await runAction({ cwd: workspace, inputs: inputsOf(args) });
    await cleanUp(result);
    const log = result.stdout + result.stderr;
    expect(log).toContain('PWNED'); // the names are printed
    expect(injectedCommands(log)).toEqual([]);
  });

  test.each(cases)('CLI: $name', async ({ args }) => {
    let out = '';
    await main(['evaluate', ...args], { cwd: workspace, stdout: (t) => (out += t), stderr: (t) => (out += t) });
    expect(out).toContain('PWNED');
    expect(injectedCommands(out)).toEqual([]);
  });

  test('CLI --json keeps the names exact and inert', async () => {
    let out = '';
    await main(['evaluate', '--metrics', 'groups.json', '--json'], { cwd: workspace, stdout: (t) => (out += t), stderr: () => undefined });
    expect(injectedCommands(out)).toEqual([]);
    expect(Object.keys(JSON.parse(out).fairness.segment.groups)).toEqual(HOSTILE_NAMES);
  });
});
