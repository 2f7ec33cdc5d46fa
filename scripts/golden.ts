// The golden comparison: what users see (the Action's outputs, log, job summary, JSON report,
// manifests and pull-request comment; the CLI's output and files) for the examples and the test
// fixtures, written to test/golden/. `npm run golden` rewrites the files; `npm run golden -- --check`
// (and the test that calls it) fails on any difference, so a change meant to keep behaviour proves it.
// Runs the built bundles, as users do: run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanUp, runAction } from './run-action.mjs';
import { assertDistFresh } from './source-hash.mjs';
import { renderComment } from '../src/report/comment.js';
import type { Report } from '../src/model/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLDEN = join(ROOT, 'test/golden');

/** Files a case needs besides the repository's own. */
const WORKSPACE_FILES: Record<string, string> = {
  'failing.json': JSON.stringify({ model: { name: 'fraud-detector', version: '2.5.0' }, samples: 12000, metrics: { accuracy: 0.9, latency_p99_ms: 130 } }),
  'warn-gates.yml': 'gates:\n  accuracy: {min: 0.9}\n  f1: {min: 0.95, severity: warn}\n',
  'warn.json': JSON.stringify({ accuracy: 0.93, f1: 0.9 }),
  'nan.json': '{"accuracy": NaN}',
  'unknown-field.yml': 'gates:\n  accuracy: {minimum: 0.9}\n'
};

interface ActionCase {
  kind: 'action';
  name: string;
  inputs: Record<string, string>;
}

interface CliCase {
  kind: 'cli';
  name: string;
  args: string[];
  /** Files the command writes, relative to its working folder. */
  writes?: string[];
}

const examples = { metrics: 'examples/metrics.json', baseline: 'examples/baseline.json', gates: 'examples/model-gates.yml', release: 'examples/release.yaml' };
const predictions = {
  predictions: 'test/fixtures/predictions/basic.csv',
  'baseline-predictions': 'test/fixtures/predictions/basic-baseline.csv',
  'sensitive-features': 'sex,region',
  gates:
    'gates:\n  accuracy: {min: 0.8, not_worse: {alpha: 0.05}}\n  demographic_parity_ratio: {min: 0.8}\n  equalized_odds_difference: {max: 0.2, severity: warn}'
};
const drift = {
  'reference-data': 'test/fixtures/drift/reference.csv',
  'current-data': 'test/fixtures/drift/current.csv',
  gates: 'gates:\n  drifted_feature_share: {max: 0.3}\n  psi_max: {max: 0.2, severity: warn}'
};

const CASES: Array<ActionCase | CliCase> = [
  { kind: 'action', name: 'action-examples-advance', inputs: { ...examples, 'current-weight': '10' } },
  { kind: 'action', name: 'action-examples-first-step', inputs: { ...examples, 'current-weight': '0' } },
  { kind: 'action', name: 'action-examples-promote', inputs: { ...examples, 'current-weight': '50' } },
  { kind: 'action', name: 'action-rollback', inputs: { ...examples, metrics: '$WORKSPACE/failing.json', 'current-weight': '25' } },
  { kind: 'action', name: 'action-hold', inputs: { metrics: '$WORKSPACE/warn.json', gates: '$WORKSPACE/warn-gates.yml', 'current-weight': '25' } },
  { kind: 'action', name: 'action-predictions', inputs: { ...predictions, intersectional: 'true', 'current-weight': '10' } },
  { kind: 'action', name: 'action-drift', inputs: { ...drift, 'current-weight': '25' } },
  { kind: 'action', name: 'action-bad-input', inputs: { metrics: '$WORKSPACE/nan.json' } },
  {
    kind: 'cli',
    name: 'cli-evaluate-examples',
    args: ['evaluate', '--metrics', examples.metrics, '--baseline', examples.baseline, '--gates', examples.gates, '--current-weight', '10']
  },
  {
    kind: 'cli',
    name: 'cli-evaluate-examples-release',
    args: [
      'evaluate',
      '--metrics',
      examples.metrics,
      '--baseline',
      examples.baseline,
      '--gates',
      examples.gates,
      '--current-weight',
      '25',
      '--release',
      examples.release,
      '--manifests-dir',
      '$WORKSPACE/manifests',
      '--report',
      '$WORKSPACE/report.json',
      '--json'
    ],
    writes: ['manifests/fraud-detector.yaml', 'report.json']
  },
  {
    kind: 'cli',
    name: 'cli-evaluate-jsonl',
    args: ['evaluate', '--predictions', 'test/fixtures/predictions/jsonl.jsonl', '--sensitive-features', 'sex,region', '--json']
  },
  {
    kind: 'cli',
    name: 'cli-evaluate-string-labels',
    args: ['evaluate', '--predictions', 'test/fixtures/predictions/string-labels.csv', '--positive-label', 'fraud', '--sensitive-features', 'sex']
  },
  { kind: 'cli', name: 'cli-evaluate-weighted', args: ['evaluate', '--predictions', 'test/fixtures/predictions/weighted.csv', '--json'] },
  {
    kind: 'cli',
    name: 'cli-evaluate-drift',
    args: ['evaluate', '--reference-data', drift['reference-data'], '--current-data', 'test/fixtures/drift/current.jsonl', '--gates', drift.gates]
  },
  { kind: 'cli', name: 'cli-evaluate-bad-gates', args: ['evaluate', '--metrics', examples.metrics, '--gates', '$WORKSPACE/unknown-field.yml'] },
  {
    kind: 'cli',
    name: 'cli-synth',
    args: ['synth', '--release', examples.release, '--report', 'test/fixtures/reports/advance.json', '--out', '$WORKSPACE/synth'],
    writes: ['synth/fraud-detector.yaml']
  },
  { kind: 'cli', name: 'cli-lint-broken', args: ['lint', 'test/fixtures/lint/broken-canary.yaml'] },
  { kind: 'cli', name: 'cli-lint-fixed', args: ['lint', 'test/fixtures/lint/fixed-canary.yaml'] },
  { kind: 'cli', name: 'cli-lint-real-world', args: ['lint', 'test/fixtures/lint/real-world', '--format', 'json'] }
];

async function runCase(testCase: ActionCase | CliCase, workspace: string): Promise<string> {
  const fill = (text: string): string => text.replaceAll('$WORKSPACE', workspace);
  const sections: Array<[string, string]> = [];
  if (testCase.kind === 'action') {
    const result = await runAction({ cwd: ROOT, inputs: Object.fromEntries(Object.entries(testCase.inputs).map(([k, v]) => [k, fill(v)])) });
    sections.push(
      ['exit code', String(result.exitCode)],
      ['outputs', result.outputsWritten.join('\n')],
      ['log', result.stdout],
      ['stderr', result.stderr],
      ['job summary', result.summary]
    );
    if (result.outputs.report) {
      const reportText = await readFile(result.outputs.report, 'utf8');
      sections.push(['report', reportText]);
      const report = JSON.parse(reportText) as Report;
      if (report.decision !== ('none' as string))
        sections.push(['pull-request comment', renderComment(report, { modelKey: 'Release/golden', runUrl: 'https://github.com/acme/models/actions/runs/1' })]);
    }
    if (result.outputs.manifests) {
      for (const file of (await readdir(result.outputs.manifests)).sort())
        sections.push([`manifests: ${file}`, await readFile(join(result.outputs.manifests, file), 'utf8')]);
    }
    const text = sections.map(([title, body]) => `==== ${title}\n${body}`).join('\n');
    await cleanUp(result);
    return normalize(text, workspace, result.runnerTemp);
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...testCase.args.map(fill)], { cwd: ROOT, encoding: 'utf8' });
  sections.push(['exit code', String(result.status)], ['stdout', result.stdout], ['stderr', result.stderr]);
  for (const file of testCase.writes ?? []) sections.push([`file: ${file}`, await readFile(join(workspace, file), 'utf8')]);
  return normalize(sections.map(([title, body]) => `==== ${title}\n${body}`).join('\n'), workspace);
}

/** Paths that differ from one run to the next. */
function normalize(text: string, workspace: string, runnerTemp?: string): string {
  let out = text.replaceAll(workspace, '<WORKSPACE>');
  if (runnerTemp) out = out.replaceAll(runnerTemp, '<RUNNER_TEMP>');
  return out.replaceAll(ROOT.replace(/\/$/, ''), '<ROOT>');
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  await assertDistFresh();
  const workspace = await mkdtemp(join(tmpdir(), 'model-gate-golden-'));
  for (const [name, content] of Object.entries(WORKSPACE_FILES)) await writeFile(join(workspace, name), content);
  await mkdir(GOLDEN, { recursive: true });
  const differences: string[] = [];
  try {
    for (const testCase of CASES) {
      const actual = await runCase(testCase, workspace);
      const file = join(GOLDEN, `${testCase.name}.txt`);
      if (!check) {
        await writeFile(file, actual);
        continue;
      }
      const expected = await readFile(file, 'utf8').catch(() => undefined);
      if (expected !== actual)
        differences.push(`${relative(ROOT, file)} ${expected === undefined ? 'is missing' : 'differs'}${firstDifference(expected ?? '', actual)}`);
    }
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
  if (differences.length > 0) {
    process.stderr.write(
      `golden comparison: ${differences.length} of ${CASES.length} cases changed\n${differences.join('\n')}\n(run \`npm run golden\` to accept a deliberate change)\n`
    );
    process.exitCode = 1;
  } else process.stdout.write(`golden comparison: ${CASES.length} cases ${check ? 'unchanged' : 'written'}\n`);
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const i = a.findIndex((line, index) => line !== b[index]);
  const at = i === -1 ? Math.min(a.length, b.length) : i;
  return `: line ${at + 1}\n  expected: ${JSON.stringify(a[at] ?? '(end)')}\n  actual:   ${JSON.stringify(b[at] ?? '(end)')}`;
}

await main();
