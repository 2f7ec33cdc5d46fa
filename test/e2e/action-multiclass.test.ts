import { readFile } from 'node:fs/promises';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { readJson, ROOT } from '../support/fixtures.js';

const reference = readJson<{ cases: Array<{ file: string; metrics: Record<string, number> }> }>('test/fixtures/reference/multiclass.json');
const expected = reference.cases.find((c) => c.file === 'multiclass.csv')!.metrics;

describe('dist/index.js with a multiclass classifier', () => {
  test('infers the task, gates on the averages, a class and the groups, and shows the confusion matrix', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        predictions: 'test/fixtures/predictions/multiclass.csv',
        'sensitive-features': 'sex',
        'top-k': '3',
        gates: ['gates:', '  f1_macro: {min: 0.4}', '  recall.dog: {min: 0.2}', '  top_3_accuracy: {min: 0.9}', '  accuracy_ratio: {min: 0.8}'].join('\n')
      }
    });
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    await cleanUp(result);
    expect(result.stderr).toBe('');
    expect(report.task).toEqual({ kind: 'multiclass', inferredFrom: 'the labels have 4 distinct values' });
    expect(report.metrics.f1_macro.value).toBeCloseTo(expected.f1_macro!, 9);
    expect(report.metrics.top_3_accuracy.value).toBeCloseTo(expected.top_3_accuracy!, 9);
    expect(report.classes.labels).toEqual(['ant', 'bee', 'cat', 'dog', 'eel']);
    expect(report.gates.map((g: { id: string; status: string }) => [g.id, g.status])).toEqual([
      ['f1_macro.min', 'pass'],
      ['recall.dog.min', expect.any(String)],
      ['top_3_accuracy.min', 'pass'],
      ['accuracy_ratio.min', expect.any(String)]
    ]);
    expect(report.fairness.sex).toMatchObject({ task: 'multiclass', classes: ['ant', 'bee', 'cat', 'dog', 'eel'] });
    expect(result.summary).toContain('| Class | Precision | Recall | F1 | Support |');
    expect(result.summary).toContain('| true ╲ predicted | ant | bee | cat | dog | eel |');
    expect(result.summary).toContain('| Group | Count | Accuracy | Selects ant | Selects bee | Selects cat | Selects dog | Selects eel |');
    expect(result.summary).toContain('<details><summary>Confusion matrix by group</summary>');
    expect(result.summary).toContain('Confusion matrix of f:');
  });

  test('top-k must be a whole number', async () => {
    const result = await runAction({ cwd: ROOT, inputs: { predictions: 'test/fixtures/predictions/multiclass.csv', 'top-k': '0' } });
    await cleanUp(result);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('input "top-k": expected a whole number from 1 to 1000, got "0"');
  });
});
