import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { ROOT } from '../support/fixtures.js';
import { assertDistFresh } from '../../scripts/source-hash.mjs';

// these tests run the bundles: a stale dist/ must fail them, not be tested in place of src/
beforeAll(() => assertDistFresh());

const classifier = join(ROOT, 'test/fixtures/onnx/classifier.onnx');

describe('latency measured with the onnxruntime shipped in dist/', () => {
  test('dist/ runs a model on its own, with no node_modules above it', () => {
    // a copy outside the repository: only dist/node_modules can provide onnxruntime-node
    const copy = mkdtempSync(join(tmpdir(), 'model-gate-dist-'));
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    const run = spawnSync(
      process.execPath,
      [join(copy, 'dist/cli.js'), 'bench', '--model', classifier, '--latency-iterations', '60', '--latency-batch-sizes', '1,4', '--json'],
      {
        cwd: copy,
        encoding: 'utf8'
      }
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const latency = JSON.parse(run.stdout);
    expect(latency.runtime).toMatchObject({ package: 'onnxruntime-node', executionProvider: 'cpu' });
    expect(latency.batches.map((b: { batchSize: number }) => b.batchSize)).toEqual([1, 4]);
    const stats = latency.batches[0].candidate.stats;
    expect(stats.samples).toBe(60);
    expect(stats.p50Ms).toBeGreaterThan(0);
    expect(stats.p50Ms).toBeLessThanOrEqual(stats.p99Ms);
    expect(latency.batches[0].candidate.finite.finite).toBe(true);
  });

  test('dist/ without its runtime (another platform) uses the onnxruntime-node installed in the workspace', () => {
    const copy = mkdtempSync(join(tmpdir(), 'model-gate-dist-'));
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true, filter: (path) => !path.includes('node_modules') });
    const bench = (workspace: string) =>
      spawnSync(process.execPath, [join(copy, 'dist/cli.js'), 'bench', '--model', classifier, '--latency-iterations', '20', '--json'], {
        cwd: workspace,
        encoding: 'utf8'
      });

    const bare = mkdtempSync(join(tmpdir(), 'model-gate-workspace-'));
    const refused = bench(bare);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`no onnxruntime-node was found beside model-gate nor in the workspace (${bare})`);
    expect(refused.stderr).toContain('npm install --no-save onnxruntime-node');

    const installed = mkdtempSync(join(tmpdir(), 'model-gate-workspace-'));
    mkdirSync(join(installed, 'node_modules'));
    symlinkSync(join(ROOT, 'node_modules/onnxruntime-node'), join(installed, 'node_modules/onnxruntime-node'));
    const run = bench(installed);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).batches[0].candidate.stats.samples).toBe(20);
    for (const folder of [copy, bare, installed]) rmSync(folder, { recursive: true, force: true });
  });

  test('the Action gates on measured latency, with the baseline model measured in the same run', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        metrics: 'examples/metrics.json',
        model: 'test/fixtures/onnx/classifier.onnx',
        'baseline-model': 'test/fixtures/onnx/classifier.onnx',
        'latency-iterations': '80',
        gates: 'gates:\n  accuracy: {min: 0.9}\n  latency_p99_ms: {max: 1000, max_increase_relative: 100}'
      }
    });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(result.exitCode).toBe(0);
    expect(report.metrics.latency_p99_ms.source).toMatch(/^measured: test\/fixtures\/onnx\/classifier\.onnx \(onnxruntime-node [\d.]+, batch 1, 80 runs\)$/);
    expect(report.metrics.latency_p99_ms.value).not.toBe(71.2);
    expect(report.metrics.latency_p99_ms.baseline).toEqual(expect.any(Number));
    expect(report.latency.settings.interleaved).toBe(true);
    expect(report.latency.batches[0].ratios.p50.ratio).toBeGreaterThan(0);
    expect(report.gates.map((g: { id: string }) => g.id)).toEqual([
      'accuracy.min',
      'latency_p99_ms.max',
      'latency_p99_ms.max_increase_relative',
      'model_outputs_finite.min'
    ]);
    expect(result.summary).toContain('<details><summary>Latency (measured)</summary>');
    expect(result.summary).toMatch(/\| 1 \| candidate ÷ baseline \| ×/);
  });

  test('a model with non-finite outputs trips the warn gate and holds', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        model: 'test/fixtures/onnx/non-finite.onnx',
        'latency-iterations': '20',
        gates: 'gates:\n  latency_p99_ms: {max: 1000}',
        'current-weight': '10'
      }
    });
    await cleanUp(result);
    expect(result.outputs).toMatchObject({ decision: 'hold', 'canary-weight': '10', passed: 'true' });
    expect(result.stdout).toMatch(/::warning title=model-gate%3A model_outputs_finite.min::model_outputs_finite 0 < 1/);
  });

  test('a corrupt model fails with its name', async () => {
    const result = await runAction({ cwd: ROOT, inputs: { model: 'test/fixtures/onnx/corrupt.onnx' } });
    await cleanUp(result);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.stdout).toContain('test/fixtures/onnx/corrupt.onnx');
  });

  test('latency options without a model are bad input', async () => {
    const result = await runAction({ cwd: ROOT, inputs: { metrics: 'examples/metrics.json', 'latency-iterations': '50' } });
    await cleanUp(result);
    expect(result.stdout).toContain('input "latency-iterations": applies to input "model"');
  });
});

test('the latency metrics are batch 1, even when another batch size is measured first', async () => {
  const result = await runAction({
    cwd: ROOT,
    inputs: {
      model: 'test/fixtures/onnx/classifier.onnx',
      'latency-batch-sizes': '8,1',
      'latency-iterations': '30',
      gates: 'gates:\n  latency_p99_ms: {max: 1000}'
    }
  });
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
  await cleanUp(result);
  expect(report.latency.batches.map((b: { batchSize: number }) => b.batchSize)).toEqual([8, 1]);
  expect(report.metrics.latency_p99_ms.source).toContain('batch 1,');
  expect(report.metrics.latency_p99_ms.value).toBe(report.latency.batches[1].candidate.stats.p99Ms);
});

describe('progress of a long measurement', () => {
  test('the CLI shows it on stderr only: stdout stays the JSON result', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'bench', '--model', classifier, '--latency-duration', '2.5', '--json'], {
      cwd: ROOT,
      encoding: 'utf8'
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).settings.durationSeconds).toBe(2.5);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.at(0)).toMatch(/^model-gate: measuring the latency of .*classifier\.onnx at batch 1: \d+ runs, 2\.\d s$/);
    expect(lines.at(-1)).toMatch(/^model-gate: measuring the latency of .*classifier\.onnx at batch 1: \d+ runs in 2\.\d s$/);
    expect(run.stderr).not.toContain('\r');
  });

  test('on a terminal the CLI redraws one status line: the carriage return is not made a line break', () => {
    // `script` gives the CLI a terminal for stderr; stdout goes to a file
    const out = join(mkdtempSync(join(tmpdir(), 'model-gate-tty-')), 'latency.json');
    const command = `"${process.execPath}" "${join(ROOT, 'dist/cli.js')}" bench --model "${classifier}" --latency-duration 1.2 --json > "${out}"`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).settings.durationSeconds).toBe(1.2);
    const redraw = '\r\u001b[K';
    const drawn = run.stdout.split(redraw);
    expect(drawn[0]).toBe('');
    expect(drawn[1]).toMatch(/^model-gate: measuring the latency of .*classifier\.onnx at batch 1: \d+ runs, \d/);
    expect(drawn.at(-1)).toMatch(/^model-gate: measuring the latency of .*classifier\.onnx at batch 1: \d+ runs in 1\.\d s\r?\n$/);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    rmSync(dirname(out), { recursive: true, force: true });
  });

  test('the Action folds it in a log group', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        metrics: 'examples/metrics.json',
        model: 'test/fixtures/onnx/classifier.onnx',
        'latency-duration': '2.5',
        gates: 'gates:\n  latency_p99_ms: {max: 1000}'
      }
    });
    await cleanUp(result);
    expect(result.exitCode).toBe(0);
    const title = 'model-gate: measuring the latency of test/fixtures/onnx/classifier.onnx at batch 1';
    expect(result.stdout).toMatch(new RegExp(`^::group::${title}\\n${title}: \\d+ runs, 2\\.\\d s\\n${title}: \\d+ runs in 2\\.\\d s\\n::endgroup::$`, 'm'));
  });
});
