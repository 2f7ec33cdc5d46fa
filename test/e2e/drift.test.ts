import { readFileSync } from 'node:fs';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { readJson, ROOT } from '../support/fixtures.js';

interface DriftReference {
  evaluation: { drifted_feature_share: number; features: Array<{ feature: string; p_value: number; adjusted_p_value: number; psi: number; drifted: boolean }> };
}

describe('the drift gate, from the bundled Action', () => {
  test('drifted_feature_share and psi_max gate the release; the summary lists features by severity', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        'reference-data': 'test/fixtures/drift/reference.csv',
        'current-data': 'test/fixtures/drift/current.csv',
        gates: 'gates:\n  drifted_feature_share: {max: 0.3}\n  psi_max: {max: 0.2, severity: warn}',
        'current-weight': '25'
      }
    });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(result.outputs).toMatchObject({ decision: 'rollback', passed: 'false' });
    expect(report.metrics.drifted_feature_share.source).toBe('drift: test/fixtures/drift/current.csv against test/fixtures/drift/reference.csv');
    expect(report.metrics.drifted_feature_share.value).toBe(report.drift.drifted_feature_share);
    const severities = report.drift.features.map((f: { drifted: boolean; psi: number }) => [f.drifted ? 1 : 0, f.psi]);
    expect(severities).toEqual([...severities].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(result.summary).toMatch(/<details open><summary>Data drift: \d+ of \d+ features drifted/);
  });

  test('the bundle reports the numbers SciPy computed for the fixtures, in the same order', async () => {
    const { evaluation: fixture } = readJson<DriftReference>('test/fixtures/reference/drift.json');
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        'reference-data': 'test/fixtures/drift/reference.csv',
        'current-data': 'test/fixtures/drift/current.csv',
        gates: 'gates:\n  psi_max: {max: 100}'
      }
    });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(report.drift.features.map((f: { feature: string }) => f.feature)).toEqual(fixture.features.map((f) => f.feature));
    expect(report.drift.drifted_feature_share).toBe(fixture.drifted_feature_share);
    fixture.features.forEach((expected, i) => {
      const mine = report.drift.features[i];
      expect(mine.drifted).toBe(expected.drifted);
      expect(Math.abs(mine.pValue - expected.p_value)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected.p_value));
      expect(Math.abs(mine.adjustedPValue - expected.adjusted_p_value)).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(mine.psi - expected.psi)).toBeLessThanOrEqual(1e-9);
    });
  });

  test('giving one sample only is bad input', async () => {
    const result = await runAction({ cwd: ROOT, inputs: { 'reference-data': 'test/fixtures/drift/reference.csv' } });
    await cleanUp(result);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('input "current-data": drift compares two samples');
  });
});

test('without a gates file, the default gate drifted_feature_share ≤ 0.3 applies', async () => {
  const result = await runAction({
    cwd: ROOT,
    inputs: { 'reference-data': 'test/fixtures/drift/reference.csv', 'current-data': 'test/fixtures/drift/current.csv' }
  });
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
  await cleanUp(result);
  expect(report.gatesSource).toBe('default gates');
  expect(report.gates.map((g: { id: string; status: string }) => `${g.id} ${g.status}`)).toEqual(['drifted_feature_share.max fail']);
});
