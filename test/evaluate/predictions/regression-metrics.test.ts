import { join } from 'node:path';
import { metricsFromRegression } from '../../../src/evaluate/predictions/regression-metrics.js';
import { readFileInChunks } from '../../../src/io/predictions.js';
import { REGRESSION_FAIRNESS_METRICS, REGRESSION_METRICS } from '../../../src/model/metric-info.js';
import { regressionReader } from '../../../src/read/predictions/regression-reader.js';
import { readText } from '../../support/chunks.js';
import { inputErrorOf } from '../../support/errors.js';
import { readJson, ROOT } from '../../support/fixtures.js';

interface GroupReference {
  count: number;
  mean_error: number;
  mean_absolute_error: number;
  root_mean_squared_error: number;
  max_error: number;
}
interface Case {
  file: string;
  weighted: boolean;
  metrics: Record<string, number>;
  features: Record<string, { groups: Record<string, GroupReference>; metrics: Record<string, number> }>;
}

const { cases } = readJson<{ cases: Case[] }>('test/fixtures/reference/regression.json');

/** Equal to 1e-9, relative to the value's size (MAPE over a zero label is 1e16). */
function close(actual: number | null | undefined, expected: number, name: string): void {
  expect({ name, actual }).toEqual({ name, actual: expect.any(Number) });
  expect({ name, error: Math.abs((actual as number) - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) }).toEqual({ name, error: true });
}

const read = (file: string, sensitiveFeatures = ['sex', 'region']) =>
  metricsFromRegression(
    readFileInChunks(join(ROOT, 'test/fixtures/predictions', file), ROOT, regressionReader({ file, sensitiveFeatures, intersectional: true })),
    0
  );

describe.each(cases.map((c) => [c.file, c] as const))('%s matches scikit-learn 1.2 and Fairlearn to 1e-9', (file, c) => {
  const computed = read(file);

  test('the overall metrics', () => {
    expect(computed.values.get('samples')?.value).toBe(c.metrics.samples);
    for (const name of REGRESSION_METRICS) close(computed.values.get(name)?.value, c.metrics[name] as number, name);
  });

  test.each(Object.keys(c.features))('the errors per group of %s, and their spread', (feature) => {
    const mine = computed.fairness.get(feature);
    if (mine?.task !== 'regression') throw new Error(`${feature}: expected a regression feature`);
    const reference = c.features[feature]!;
    expect([...mine.groups.keys()].sort()).toEqual(Object.keys(reference.groups).sort());
    for (const [group, expected] of Object.entries(reference.groups)) {
      const errors = mine.groups.get(group)!;
      expect(errors.count).toBe(expected.count);
      for (const name of ['mean_error', 'mean_absolute_error', 'root_mean_squared_error', 'max_error'] as const)
        close(errors[name], expected[name], `${feature}=${group} ${name}`);
    }
    for (const name of REGRESSION_FAIRNESS_METRICS) close(mine.metrics[name].value, reference.metrics[name] as number, `${feature} ${name}`);
  });
});

describe('bad input and edge cases', () => {
  const text = (csv: string, sensitiveFeatures: string[] = []) =>
    metricsFromRegression(readText(regressionReader({ file: 'p.csv', sensitiveFeatures, intersectional: false }), csv), 0);
  const problem = (csv: string): string => inputErrorOf(() => text(csv));

  test('a label or a prediction that is not a number names the line', () => {
    expect(problem('label,prediction\n1.5,2\nabc,3\n')).toBe(
      'p.csv: line 3: label "abc" is not a finite number: a regression\'s labels and predictions are numbers'
    );
    expect(problem('label,prediction\n1.5,NaN\n')).toBe(
      'p.csv: line 2: prediction "NaN" is not a finite number: a regression\'s labels and predictions are numbers'
    );
    expect(problem('{"label": 1, "prediction": "x"}\n')).toBe(
      'p.csv: line 1: prediction "x" is not a finite number: a regression\'s labels and predictions are numbers'
    );
    expect(problem('label,prediction,weight\n1,2,-1\n')).toBe('p.csv: line 2: weight "-1" is not a finite non-negative number');
    expect(problem('label,prediction\n')).toBe('p.csv: no rows: expected a header and at least one prediction');
    // each weight is finite, their sum is not: every mean would be 0 or undefined
    expect(problem('label,prediction,weight\n5,5,1e308\n5,6,1e308\n')).toBe(
      'p.csv: the weights add up to more than 1.7976931348623157e+308, the largest number a double holds: expected weights that can be summed (scale them down; only their ratios count)'
    );
  });

  test('R² of labels that do not vary is 1 for exact predictions, else 0; of one row, undefined', () => {
    expect(text('label,prediction\n2,2\n2,2\n').values.get('r2')).toMatchObject({ value: 1 });
    expect(text('label,prediction\n2,2\n2,3\n').values.get('r2')).toMatchObject({ value: 0, note: expect.stringMatching(/labels do not vary/) });
    expect(text('label,prediction\n2,3\n').values.get('r2')).toMatchObject({ value: null, note: 'R² is not defined with fewer than two rows' });
  });

  test('rows that weigh nothing leave the averages undefined, and the max error stands', () => {
    const computed = text('label,prediction,weight,g\n1,2,0,a\n3,5,0,b\n', ['g']);
    expect(computed.values.get('mean_absolute_error')).toMatchObject({ value: null });
    expect(computed.values.get('max_error')).toMatchObject({ value: 2 });
    expect(computed.values.get('mean_absolute_error_ratio')).toMatchObject({
      value: null,
      note: 'g: mean_absolute_error is undefined for groups "a", "b" (its rows weigh nothing)'
    });
  });
});
