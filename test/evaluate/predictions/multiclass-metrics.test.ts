import { join } from 'node:path';
import { metricsFromMulticlass } from '../../../src/evaluate/predictions/multiclass-metrics.js';
import { readFileInChunks } from '../../../src/io/predictions.js';
import { MULTICLASS_FAIRNESS_METRICS } from '../../../src/model/metric-info.js';
import { multiclassReader } from '../../../src/read/predictions/multiclass-reader.js';
import { readText } from '../../support/chunks.js';
import { inputErrorOf } from '../../support/errors.js';
import { readJson, ROOT } from '../../support/fixtures.js';

interface Case {
  file: string;
  weighted: boolean;
  metrics: Record<string, number>;
  classes: { labels: string[]; confusion: number[][]; perClass: Record<string, Record<string, number>> };
  features: Record<
    string,
    {
      groups: Record<string, { count: number; accuracy: number; selection_rate: Record<string, number>; confusion: number[][] }>;
      metrics: Record<string, number>;
    }
  >;
}

const { cases } = readJson<{ cases: Case[] }>('test/fixtures/reference/multiclass.json');

function close(actual: number | null | undefined, expected: number, name: string): void {
  expect({ name, actual }).toEqual({ name, actual: expect.any(Number) });
  expect({ name, difference: Math.abs((actual as number) - expected) <= 1e-9 }).toEqual({ name, difference: true });
}

const read = (file: string, topK = 2) =>
  metricsFromMulticlass(
    readFileInChunks(
      join(ROOT, 'test/fixtures/predictions', file),
      ROOT,
      multiclassReader({ file, sensitiveFeatures: ['sex', 'region'], intersectional: true, topK })
    ),
    0
  );

describe.each(cases.map((c) => [c.file, c] as const))('%s matches scikit-learn 1.2 and Fairlearn to 1e-9', (file, c) => {
  const computed = read(file);

  test('accuracy, balanced accuracy, the averages, log loss and top-k accuracy', () => {
    expect(computed.values.get('samples')?.value).toBe(c.metrics.samples);
    for (const [name, expected] of Object.entries(c.metrics)) {
      if (name === 'samples' || name === 'top_3_accuracy') continue;
      close(computed.values.get(name)?.value, expected, name);
    }
    close(read(file, 3).values.get('top_3_accuracy')?.value, c.metrics.top_3_accuracy!, 'top_3_accuracy');
  });

  test('the classes: scikit-learn’s order, the confusion matrix, classification_report', () => {
    expect(computed.classes?.labels).toEqual(c.classes.labels);
    computed.classes!.confusion.forEach((row, i) => row.forEach((v, j) => close(v, c.classes.confusion[i]![j]!, `confusion ${i},${j}`)));
    for (const [name, scores] of Object.entries(c.classes.perClass)) {
      for (const [metric, expected] of Object.entries(scores)) close(computed.classes!.perClass[name]![metric as 'f1'], expected, `${name} ${metric}`);
      close(computed.values.get(`recall.${name}`)?.value, scores.recall!, `recall.${name}`);
    }
  });

  test.each(Object.keys(c.features))('per group of %s: accuracy, selection rates, confusion matrices, and their spread', (feature) => {
    const mine = computed.fairness.get(feature);
    if (mine?.task !== 'multiclass') throw new Error(`${feature}: expected a multiclass feature`);
    const reference = c.features[feature]!;
    for (const [group, expected] of Object.entries(reference.groups)) {
      const g = mine.groups.get(group)!;
      expect(g.count).toBe(expected.count);
      close(g.accuracy, expected.accuracy, `${group} accuracy`);
      for (const [cls, rate] of Object.entries(expected.selection_rate)) close(g.selection_rate[cls], rate, `${group} selects ${cls}`);
      g.confusion.forEach((row, i) => row.forEach((v, j) => close(v, expected.confusion[i]![j]!, `${group} confusion ${i},${j}`)));
    }
    for (const name of MULTICLASS_FAIRNESS_METRICS) close(mine.metrics[name].value, reference.metrics[name]!, `${feature} ${name}`);
  });
});

describe('bad input', () => {
  const text = (csv: string) =>
    metricsFromMulticlass(readText(multiclassReader({ file: 'p.csv', sensitiveFeatures: [], intersectional: false, topK: 2 }), csv), 0);
  const problem = (csv: string): string => inputErrorOf(() => text(csv));

  test('a class without its probability column, a probability outside [0, 1], an empty label', () => {
    expect(problem('label,prediction,score_a,score_b\na,a,0.6,0.4\nc,a,0.5,0.5\n')).toBe(
      'p.csv: line 3: label "c" has no probability column: expected score_c beside score_a, score_b'
    );
    expect(problem('label,prediction,score_a,score_b\na,a,1.5,0.4\n')).toBe('p.csv: line 2: score_a "1.5" is not a probability between 0 and 1');
    expect(problem('label,prediction\n,a\n')).toBe('p.csv: line 2: label is empty');
    expect(problem('label,prediction\na,a\na,b\n')).toBe('p.csv: every label is "a": a classifier\'s labels have two classes or more');
    expect(problem('label,prediction,weight\na,a,1e308\nb,a,1e308\n')).toBe(
      'p.csv: the weights add up to more than 1.7976931348623157e+308, the largest number a double holds: expected weights that can be summed (scale them down; only their ratios count)'
    );
  });

  test('rows whose probabilities do not sum to 1 are normalised and counted', () => {
    const computed = text('label,prediction,score_a,score_b\na,a,0.6,0.4\nb,a,0.5,0.3\nb,b,0.2,0.6\n');
    expect(computed.warnings).toContain(
      'p.csv: the probabilities of 2 rows do not sum to 1 (within 1e-6; the first on line 3): normalised, as scikit-learn does'
    );
    close(computed.values.get('log_loss')?.value, (-Math.log(0.6) - Math.log(0.3 / 0.8) - Math.log(0.6 / 0.8)) / 3, 'log_loss');
  });
});
