import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { metricsFromPredictions } from '../../../src/evaluate/predictions/metrics.js';
import { readPredictionsFile } from '../../../src/io/predictions.js';
import { inputErrorOf } from '../../support/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-predictions-'));
const spec = { positiveLabel: '1', sensitiveFeatures: [] as string[], intersectional: false, keepRows: false, featuresOptional: false };

function read(text: string, options: Partial<typeof spec> = {}, name = 'p.csv') {
  writeFileSync(join(dir, name), text);
  return readPredictionsFile(name, dir, { ...spec, ...options });
}

const errorOf = (text: string, options: Partial<typeof spec> = {}, name = 'p.csv'): string => inputErrorOf(() => read(text, options, name));

describe('bad predictions files get a clear error', () => {
  test('a missing column names the file and lists the columns found', () => {
    expect(errorOf('label,pred\n1,1\n')).toBe('p.csv: line 1: required column "prediction" not found; columns found: "label", "pred"');
    expect(errorOf('label,prediction,sex\n1,1,f\n', { sensitiveFeatures: ['gender'] })).toBe(
      'p.csv: line 1: sensitive feature column "gender" not found; columns found: "label", "prediction", "sex"'
    );
  });

  test('a ragged row gives its line number', () => {
    expect(errorOf('label,prediction\n1,1\n0,1,5\n')).toBe('p.csv: line 3: has 3 fields, but the header has 2');
  });

  test('a label outside the two classes', () => {
    expect(errorOf('label,prediction\n1,1\n0,0\n2,1\n')).toBe(
      'p.csv: line 4: label "2" is a third class: a binary model has two, here "0" and "1" (positive-label "1")'
    );
    expect(errorOf('label,prediction\nyes,no\nno,no\n')).toContain(
      'line 2: prediction "no" is a second non-positive class beside "yes": is positive-label "1" right?'
    );
  });

  test('a label column with one class only', () => {
    expect(errorOf('label,prediction\n1,1\n1,0\n')).toBe('p.csv: every label is the positive class "1": a classifier\'s labels have two classes or more');
    expect(errorOf('label,prediction\nno,no\nno,yes\n', { positiveLabel: 'yes' })).toBe(
      'p.csv: every label is "no", not positive-label "yes": a classifier\'s labels have two classes or more'
    );
  });

  test('a score outside [0, 1] or not a number', () => {
    expect(errorOf('label,prediction,score\n1,1,0.9\n0,0,1.2\n')).toBe(
      'p.csv: line 3: score 1.2 is outside [0, 1]: expected the probability of the positive class'
    );
    expect(errorOf('label,prediction,score\n1,1,high\n')).toBe('p.csv: line 2: score "high" is not a number');
    expect(errorOf('label,prediction,score\n1,1,\n')).toBe('p.csv: line 2: score "" is not a number');
    expect(errorOf('label,prediction,score\n1,1,NaN\n')).toBe('p.csv: line 2: score "NaN" is not a number');
  });

  test('an empty label, an empty file, a header without rows', () => {
    expect(errorOf('label,prediction\n,1\n')).toBe('p.csv: line 2: label is empty');
    expect(errorOf('')).toBe('p.csv: the file is empty: expected a header row with label and prediction columns');
    expect(errorOf('label,prediction\n')).toBe('p.csv: no rows: expected a header and at least one prediction');
  });

  test('JSON Lines: invalid lines and missing fields give the line', () => {
    expect(errorOf('{"label": 1, "prediction": 1}\n{"label": 0}\n', {}, 'p.jsonl')).toContain('p.jsonl: line 2: prediction is missing');
    expect(errorOf('{"label": 1, "prediction": 1}\nnot json\n', {}, 'p.jsonl')).toBe('p.jsonl: line 2: not valid JSON: each line must be one JSON object');
  });

  test('a sensitive feature with one group is a warning, and its fairness gates cannot pass on small groups', () => {
    const rows = ['label,prediction,sex', ...Array.from({ length: 40 }, (_, i) => `${i % 2},${i % 3 === 0 ? 1 : 0},f`)].join('\n');
    const computed = metricsFromPredictions(read(rows, { sensitiveFeatures: ['sex'] }), 30);
    expect(computed.warnings).toContain('sensitive feature "sex" has only one group: its fairness metrics compare nothing');
    const small = metricsFromPredictions(
      read(
        rows.replace(/f$/gm, (m, offset: number) => (offset % 7 === 0 ? 'm' : m)),
        { sensitiveFeatures: ['sex'] }
      ),
      30
    );
    expect(small.values.get('demographic_parity_ratio')?.insufficient).toMatch(/fewer than 30 rows \(min-group-size\)/);
  });

  test('a group without positives has an undefined TPR, with a warning', () => {
    const computed = metricsFromPredictions(read('label,prediction,sex\n0,1,a\n0,0,a\n1,1,b\n0,0,b\n', { sensitiveFeatures: ['sex'] }), 0);
    const sex = computed.fairness.get('sex');
    expect(sex?.task === 'binary' && sex.groups.get('a')?.true_positive_rate.value).toBeNull();
    expect(computed.warnings).toContain('sex="a": true_positive_rate is undefined (no positive labels)');
    expect(computed.values.get('equal_opportunity_difference')).toMatchObject({ value: null, feature: 'sex' });
  });

  test('numeric spellings of the classes are the same class, and a BOM is ignored', () => {
    const computed = metricsFromPredictions(read('\ufefflabel,prediction\n1.0,1\n0,0.0\n1,0\n'), 30);
    expect(computed.values.get('accuracy')?.value).toBeCloseTo(2 / 3, 15);
  });
});

test('a fairness gate cannot pass on a feature with one group', () => {
  const rows = ['label,prediction,sex', ...Array.from({ length: 60 }, (_, i) => `${i % 2},${i % 3 === 0 ? 1 : 0},f`)].join('\n');
  const computed = metricsFromPredictions(read(rows, { sensitiveFeatures: ['sex'] }), 30);
  expect(computed.values.get('demographic_parity_ratio')).toMatchObject({ value: 1, insufficient: expect.stringContaining('only one group') });
});

describe('more bad input', () => {
  test('an id column given as a sensitive feature: at most 100,000 values', () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => `${i % 2},${i % 3 === 0 ? 1 : 0},u${i}`).join('\n');
    expect(read(`label,prediction,user\n${rows(100_000)}\n`, { sensitiveFeatures: ['user'] }).tally.rows).toBe(100_000);
    expect(errorOf(`label,prediction,user\n${rows(100_001)}\n`, { sensitiveFeatures: ['user'] })).toBe(
      'p.csv: the sensitive feature "user" has more than 100,000 distinct values: expected a few groups (sex, region, an age band), not an id or a measurement'
    );
  });

  test('numbers must be written in decimal: hexadecimal or Infinity is not a score', () => {
    expect(errorOf('label,prediction,score\n1,1,0x1\n')).toBe('p.csv: line 2: score "0x1" is not a number');
    expect(errorOf('label,prediction,score\n1,1,Infinity\n')).toBe('p.csv: line 2: score "Infinity" is not a number');
  });

  test('weights that add up past the largest double: every weighted share would be 0, and an error rate gate would pass', () => {
    expect(errorOf('label,prediction,weight\n1,1,1e308\n0,1,1e308\n')).toBe(
      'p.csv: the weights add up to more than 1.7976931348623157e+308, the largest number a double holds: expected weights that can be summed (scale them down; only their ratios count)'
    );
    expect(metricsFromPredictions(read('label,prediction,weight\n1,1,1e307\n0,1,1e307\n'), 0).values.get('accuracy')).toMatchObject({ value: 0.5 });
  });

  test('rows that all weigh nothing leave log loss undefined instead of NaN', () => {
    const computed = metricsFromPredictions(read('label,prediction,score,weight\n1,1,0.9,0\n0,0,0.2,0\n'), 0);
    expect(computed.values.get('log_loss')).toMatchObject({ value: null, note: expect.stringContaining('weigh nothing') });
    expect(computed.values.get('roc_auc')?.value).toBeNull();
    expect(computed.values.get('accuracy')?.value).toBeNull();
  });

  test("a baseline's predictions may leave out the sensitive columns", () => {
    const baseline = read('label,prediction\n1,1\n0,1\n', { sensitiveFeatures: ['sex'], featuresOptional: true });
    expect(baseline.tally.rows).toBe(2);
    expect(baseline.tally.features).toHaveLength(0);
  });
});
