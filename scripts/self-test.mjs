// `npm run self-test`: the committed bundles (dist/cli.js, dist/index.js) on this machine's OS and
// Node, without building: what CI's matrix runs on Linux, macOS and Windows. Each check is a real
// run on the bundled examples and fixtures; the model checks need an onnxruntime-node for this
// platform (dist/ ships linux-x64; elsewhere `npm ci` puts one in the workspace).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanUp, runAction } from './run-action.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'model-gate-self-test-'));
const fixture = (...parts) => join('test', 'fixtures', ...parts);

/** A CLI run: its exit code and what stdout (or stderr) must contain. */
const checks = [
  {
    name: 'the offline gates advance the canary',
    args: [
      'evaluate',
      '--metrics',
      join('examples', 'metrics.json'),
      '--baseline',
      join('examples', 'baseline.json'),
      '--gates',
      join('examples', 'model-gates.yml'),
      '--current-weight',
      '10'
    ],
    exit: 0,
    stdout: 'model-gate advance: canary 10% → 25%'
  },
  {
    name: 'a failing gate rolls back',
    args: ['evaluate', '--metrics', join('examples', 'flat-metrics.json'), '--gates', 'gates: {accuracy: {min: 0.99}}', '--current-weight', '25'],
    exit: 1,
    stdout: 'model-gate rollback'
  },
  {
    name: 'a gate on a misspelt metric is bad input',
    args: ['evaluate', '--metrics', join('examples', 'flat-metrics.json'), '--gates', 'gates: {acuracy: {min: 0.5}}'],
    exit: 2,
    stderr: 'did you mean "accuracy"?'
  },
  {
    name: 'predictions and fairness',
    args: ['evaluate', '--predictions', join('examples', 'predictions.csv'), '--sensitive-features', 'sex,region', '--gates', 'gates: {accuracy: {min: 0.5}}'],
    exit: 0,
    stdout: 'PASS  accuracy min'
  },
  {
    name: 'Parquet predictions',
    args: ['evaluate', '--predictions', fixture('parquet', 'basic.parquet'), '--gates', 'gates: {accuracy: {min: 0.5}}'],
    exit: 0,
    stdout: 'PASS  accuracy min'
  },
  {
    name: 'the ONNX model scored on the evaluation data',
    args: [
      'evaluate',
      '--model',
      join('examples', 'model.onnx'),
      '--eval-data',
      join('examples', 'eval.csv'),
      '--sensitive-features',
      'group',
      '--gates',
      'gates: {accuracy: {min: 0.5}}'
    ],
    exit: 0,
    stdout: 'PASS  accuracy min'
  },
  {
    name: "the model's latency",
    args: ['bench', '--model', join('examples', 'model.onnx'), '--latency-iterations', '30', '--json'],
    exit: 0,
    stdout: '"p99Ms"'
  },
  {
    name: 'the manifests of the release',
    args: ['synth', '--release', join('examples', 'release.yaml'), '--report', fixture('reports', 'advance.json'), '--out', out],
    exit: 0,
    after: () => lintOutput()
  },
  {
    name: 'the aggregation query for DuckDB',
    args: ['sql', '--dialect', 'duckdb', '--table', 'predictions', '--sensitive-features', 'region'],
    exit: 0,
    stdout: 'GROUP BY'
  }
];

function cli(args) {
  return spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });
}

function lintOutput() {
  const run = cli(['lint', out]);
  return run.status === 0 ? undefined : `model-gate lint ${out} exited ${run.status}: ${run.stdout}${run.stderr}`;
}

let failed = 0;
const report = (name, problem) => {
  if (problem) failed += 1;
  process.stdout.write(`${problem ? 'FAIL' : 'ok  '}  ${name}${problem ? `\n      ${problem.replace(/\n/g, '\n      ')}` : ''}\n`);
};

process.stdout.write(`model-gate self-test on ${process.platform}-${process.arch}, Node ${process.versions.node}\n`);
for (const check of checks) {
  const run = cli(check.args);
  const problems = [];
  if (run.status !== check.exit)
    problems.push(`exit ${run.status}, expected ${check.exit}\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(0, 2000)}`);
  else if (check.stdout && !run.stdout.includes(check.stdout)) problems.push(`stdout lacks ${JSON.stringify(check.stdout)}:\n${run.stdout.slice(0, 2000)}`);
  else if (check.stderr && !run.stderr.includes(check.stderr)) problems.push(`stderr lacks ${JSON.stringify(check.stderr)}:\n${run.stderr.slice(0, 2000)}`);
  else if (check.after) problems.push(check.after());
  report(check.name, problems.filter(Boolean).join('\n'));
}

// the Action, started as the runner starts it
const action = await runAction({
  cwd: root,
  inputs: {
    metrics: join('examples', 'metrics.json'),
    baseline: join('examples', 'baseline.json'),
    gates: join('examples', 'model-gates.yml'),
    'current-weight': '10',
    release: join('examples', 'release.yaml'),
    comment: 'never'
  }
});
const manifest = action.outputs.manifests && join(action.outputs.manifests, 'fraud-detector.yaml');
report(
  'the Action advances the canary and writes its manifests',
  action.exitCode !== 0
    ? `exit ${action.exitCode}: ${action.stdout}${action.stderr}`
    : action.outputs['canary-weight'] !== '25'
      ? `canary-weight ${action.outputs['canary-weight']}, expected 25`
      : !manifest || !readFileSync(manifest, 'utf8').includes('weight: 25')
        ? `no weight 25 in ${manifest}`
        : undefined
);
await cleanUp(action);
rmSync(out, { recursive: true, force: true });

process.stdout.write(failed === 0 ? 'self-test passed\n' : `self-test: ${failed} check(s) failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
