import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { ROOT } from '../support/fixtures.js';

const reference = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/reference/regression.json'), 'utf8')) as {
  cases: Array<{ file: string; metrics: Record<string, number> }>;
};
const expected = reference.cases.find((c) => c.file === 'regression.csv')!.metrics;

// the production model: the same rows, predictions that miss by more
const dir = mkdtempSync(join(tmpdir(), 'model-gate-regression-'));
const [header, ...rows] = readFileSync(join(ROOT, 'test/fixtures/predictions/regression.csv'), 'utf8').trimEnd().split('\n');
const baseline = join(dir, 'production.csv');
writeFileSync(
  baseline,
  [
    header,
    ...rows.map((row, i) =>
      row.replace(/^([^,]*),([^,]*),([^,]*)/, (_, id, label, prediction) => `${id},${label},${(Number(prediction) + (i % 2 ? 1.5 : -1.5)).toFixed(3)}`)
    )
  ].join('\n')
);

describe('dist/index.js with a regression model', () => {
  test('infers the task from the labels, gates the errors against production, and shows the errors per group', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        predictions: 'test/fixtures/predictions/regression.csv',
        'baseline-predictions': baseline,
        'sensitive-features': 'sex,region',
        gates: [
          'gates:',
          '  mean_absolute_error: {max: 5, max_increase: 0.05}',
          '  r2: {min: 0.7}',
          '  rmse_region: {metric: root_mean_squared_error_ratio, feature: region, min: 0.8}'
        ].join('\n')
      }
    });
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(result.stderr).toBe('');
    expect(report.task).toEqual({ kind: 'regression', inferredFrom: 'the labels are numbers, not all integers' });
    expect(report.metrics.mean_absolute_error.value).toBeCloseTo(expected.mean_absolute_error!, 9);
    expect(report.metrics.mean_absolute_error.baseline).toBeGreaterThan(expected.mean_absolute_error!);
    // lower is better: the limit is the baseline's error plus 0.05, and the candidate is below it
    const increase = report.gates.find((g: { id: string }) => g.id === 'mean_absolute_error.max_increase');
    expect(increase).toMatchObject({ status: 'pass', comparator: '≤' });
    expect(increase.threshold).toBeCloseTo(report.metrics.mean_absolute_error.baseline + 0.05, 12);
    expect(report.gates.find((g: { id: string }) => g.id === 'r2.min')).toMatchObject({ status: 'pass' });
    expect(report.fairness.region.task).toBe('regression');
    expect(Object.keys(report.fairness.region.groups).sort()).toEqual(['east', 'north', 'south']);
    expect(result.summary).toContain('| Group | Count | Mean error | MAE | RMSE | Max error |');
    expect(result.summary).toContain('Task: regression (inferred: the labels are numbers, not all integers).');
    expect(result.outputs.passed).toBe(report.passed ? 'true' : 'false');
  });

  test('task binary refuses regression labels; an unknown task is bad input', async () => {
    const binary = await runAction({ cwd: ROOT, inputs: { predictions: 'test/fixtures/predictions/regression.csv', task: 'binary' } });
    await cleanUp(binary);
    expect(binary.exitCode).toBe(1);
    expect(binary.stdout).toContain('test/fixtures/predictions/regression.csv: line 2: prediction "45.716" is a second non-positive class beside "45.244"');
    const unknown = await runAction({ cwd: ROOT, inputs: { predictions: 'test/fixtures/predictions/regression.csv', task: 'ranking' } });
    await cleanUp(unknown);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stdout).toContain('input "task": expected one of auto, binary, multiclass, regression, got "ranking"');
    expect(unknown.outputs.passed).toBe('false');
  });
});
