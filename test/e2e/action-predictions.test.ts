import { readFile } from 'node:fs/promises';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { ROOT } from '../support/fixtures.js';

const gates = [
  'gates:',
  '  accuracy: {min: 0.8, not_worse: {alpha: 0.05}}',
  '  roc_auc: {min: 0.85}',
  '  demographic_parity_ratio: {min: 0.7}',
  '  dp_sex: {metric: demographic_parity_ratio, feature: sex, min: 0.8, severity: warn}'
].join('\n');

describe('dist/index.js with predictions', () => {
  test('computes metrics from predictions, pairs the baseline by id, and reports every source', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        predictions: 'test/fixtures/predictions/basic.csv',
        'baseline-predictions': 'test/fixtures/predictions/basic-baseline.csv',
        'sensitive-features': 'sex,region',
        intersectional: 'true',
        gates,
        'current-weight': '10'
      }
    });
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(report.metrics.accuracy.source).toBe('test/fixtures/predictions/basic.csv');
    expect(report.metrics.roc_auc.value).toBeGreaterThan(0.85);
    expect(Object.keys(report.fairness)).toEqual(['sex', 'region', 'sex,region']);
    expect(report.fairness['sex,region'].groups['female,east'].count).toBeGreaterThan(0);
    expect(report.comparison).toMatchObject({ rows: 3000 });
    const notWorse = report.gates.find((g: { id: string }) => g.id === 'accuracy.not_worse');
    expect(notWorse).toMatchObject({ status: 'pass', check: 'not_worse', limit: 0.05 });
    expect(notWorse.message).toMatch(/McNemar p = [0-9.e-]+, not worse at α = 0.05/);
    expect(result.summary).toContain('**Paired comparison** on 3000 rows');
    expect(result.summary).toContain('| Group | Count | Selection rate | TPR | FPR | Accuracy |');
  });

  test('metrics.json values are overridden by computed ones, with a warning when they disagree', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        metrics: 'examples/flat-metrics.json',
        predictions: 'test/fixtures/predictions/basic.csv',
        gates: 'gates:\n  accuracy: {min: 0.5}\n  latency_ms: {max: 100}'
      }
    });
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(report.metrics.latency_ms.source).toBe('examples/flat-metrics.json');
    expect(report.metrics.accuracy.source).toBe('test/fixtures/predictions/basic.csv');
    expect(report.warnings.join('\n')).toMatch(/accuracy: examples\/flat-metrics\.json says 0\.93, but test\/fixtures\/predictions\/basic\.csv gives/);
  });

  test('not_worse without baseline predictions fails: a gate never passes without its data', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: { predictions: 'test/fixtures/predictions/basic.csv', gates: 'gates:\n  accuracy: {not_worse: {}}' }
    });
    await cleanUp(result);
    expect(result.outputs).toMatchObject({ passed: 'false', decision: 'rollback' });
    expect(result.stdout).toContain('not_worse compares the candidate with the baseline on the same rows: give baseline-predictions');
  });

  test('a bad predictions file fails the step with its line', async () => {
    const result = await runAction({ cwd: ROOT, inputs: { predictions: 'examples/metrics.json' } });
    await cleanUp(result);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.stdout).toContain('examples/metrics.json: line 1: not valid JSON: each line must be one JSON object');
  });
});
