/** @jest-environment ./test/measure/onnxruntime-environment.cjs */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { assertDistFresh } from '../../scripts/source-hash.mjs';
import { logisticRegression } from '../../scripts/onnx/scoring-models.js';

beforeAll(() => assertDistFresh());

test('the Action scores the model and the baseline model on eval-data and gates on what it measured', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-e2e-scoring-'));
  writeFileSync(join(dir, 'model.onnx'), logisticRegression());
  // the latency harness feeds both models the same inputs: the baseline has the candidate's
  writeFileSync(join(dir, 'baseline.onnx'), logisticRegression());
  const rows = Array.from({ length: 60 }, (_, i) => {
    const f0 = ((i * 37) % 11) / 5 - 1;
    const f1 = ((i * 17) % 7) / 6 - 0.5;
    return `${i},${f0},${f1},${i % 3},${i % 2 ? 'a' : 'b'},${1.5 * f0 - 2 * f1 > 0 ? 1 : 0}`;
  });
  writeFileSync(join(dir, 'eval.csv'), ['id,f0,f1,f2,group,label', ...rows].join('\n'));
  const result = await runAction({
    cwd: dir,
    inputs: {
      model: 'model.onnx',
      'baseline-model': 'baseline.onnx',
      'eval-data': 'eval.csv',
      'sensitive-features': 'group',
      'predictions-out': 'scored.csv',
      'latency-iterations': '20',
      gates: 'gates:\n  accuracy: {min: 0.5}\n  samples: {min: 60}'
    }
  });
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
  await cleanUp(result);
  expect(result.stderr ?? '').not.toMatch(/Error/);
  expect(result.exitCode).toBe(0);
  expect(report.metrics.samples).toMatchObject({ value: 60, source: 'scored.csv' });
  expect(report.metrics.accuracy.value).toBeGreaterThan(0.5);
  expect(report.comparison).toMatchObject({ rows: 60 });
  expect(report.fairness.group).toBeDefined();
  expect(report.provenance).toMatchObject({
    model: { path: 'model.onnx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    baselineModel: { path: 'baseline.onnx' },
    evalData: { path: 'eval.csv', rows: 60 },
    runtime: { package: 'onnxruntime-node' }
  });
  expect(readFileSync(join(dir, 'scored.csv'), 'utf8').split('\n')[0]).toBe('id,label,prediction,score,group');
});
