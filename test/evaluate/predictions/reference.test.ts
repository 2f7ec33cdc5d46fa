import { metricsFromPredictions } from '../../../src/evaluate/predictions/metrics.js';
import { pairPredictions } from '../../../src/evaluate/predictions/pairing.js';
import { mcnemarExact } from '../../../src/evaluate/paired.js';
import { FAIRNESS_METRICS } from '../../../src/model/metric-info.js';
import { readPredictionsFile } from '../../../src/io/predictions.js';
import { readJson, ROOT } from '../../support/fixtures.js';

interface GroupReference {
  count: number;
  accuracy: number;
  selection_rate: number;
  true_positive_rate: number | null;
  false_positive_rate: number | null;
  selection_rate_interval?: [number, number];
}
interface Case {
  name: string;
  file: string;
  positive_label: string;
  sensitive_features: string[];
  intersectional: boolean;
  weighted: boolean;
  expected: Record<string, number>;
  intervals: Record<string, [number, number]>;
  features: Record<string, { groups: Record<string, GroupReference>; metrics: Record<string, number | null> }>;
}

const { cases } = readJson<{ cases: Case[] }>('test/fixtures/reference/predictions.json');
const mcnemar = readJson<{
  paired: { rows: number; candidate_only: number; baseline_only: number; candidate_accuracy: number; baseline_accuracy: number; p_value: number };
  binomtest: Array<{ b: number; c: number; p_value: number }>;
}>('test/fixtures/reference/mcnemar.json');

function close(actual: number | null | undefined, expected: number | null, tolerance = 1e-9): void {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

describe.each(cases.map((c) => [c.name, c] as const))('predictions "%s" match scikit-learn, Fairlearn and SciPy to 1e-9', (_name, c) => {
  const read = readPredictionsFile(c.file, ROOT, {
    positiveLabel: c.positive_label,
    sensitiveFeatures: c.sensitive_features,
    intersectional: c.intersectional,
    keepRows: false
  });
  const computed = metricsFromPredictions(read, 30);

  test('overall metrics', () => {
    for (const [name, expected] of Object.entries(c.expected)) close(computed.values.get(name)?.value, expected);
  });

  test('Wilson intervals, or none for weighted rows', () => {
    for (const [name, [low, high]] of Object.entries(c.intervals)) {
      close(computed.values.get(name)?.interval?.low, low, 1e-12);
      close(computed.values.get(name)?.interval?.high, high, 1e-12);
    }
    if (c.weighted) expect(computed.values.get('accuracy')?.interval).toBeUndefined();
  });

  test('per-group rates and fairness metrics', () => {
    for (const [feature, reference] of Object.entries(c.features)) {
      const mine = computed.fairness.get(feature);
      if (mine && mine.task !== 'binary') throw new Error(`${feature}: expected a binary feature`);
      expect(mine).toBeDefined();
      expect([...mine!.groups.keys()].sort()).toEqual(Object.keys(reference.groups).sort());
      for (const [group, expected] of Object.entries(reference.groups)) {
        const rates = mine!.groups.get(group)!;
        expect(rates.count).toBe(expected.count);
        close(rates.accuracy.value, expected.accuracy);
        close(rates.selection_rate.value, expected.selection_rate);
        close(rates.true_positive_rate.value, expected.true_positive_rate);
        close(rates.false_positive_rate.value, expected.false_positive_rate);
        if (expected.selection_rate_interval) {
          close(rates.selection_rate.interval?.low, expected.selection_rate_interval[0], 1e-12);
          close(rates.selection_rate.interval?.high, expected.selection_rate_interval[1], 1e-12);
        }
      }
      for (const name of FAIRNESS_METRICS) close(mine!.metrics[name].value, reference.metrics[name] ?? null);
    }
  });
});

describe("McNemar's exact test", () => {
  test.each(mcnemar.binomtest.map((t) => [t.b, t.c, t.p_value]))('b=%d c=%d matches SciPy binomtest(b, b+c, 0.5)', (b, c, p) => {
    close(mcnemarExact(b, c), p, 1e-12);
  });

  test('pairs a shuffled baseline with the candidate by id', () => {
    const spec = { positiveLabel: '1', sensitiveFeatures: [], intersectional: false, keepRows: true };
    const candidate = readPredictionsFile('test/fixtures/predictions/basic.csv', ROOT, spec);
    const baseline = readPredictionsFile('test/fixtures/predictions/basic-baseline.csv', ROOT, spec);
    const comparison = pairPredictions(candidate, baseline);
    const expected = mcnemar.paired;
    expect(comparison).toMatchObject({ rows: expected.rows, candidateOnlyCorrect: expected.candidate_only, baselineOnlyCorrect: expected.baseline_only });
    close(comparison.candidateAccuracy, expected.candidate_accuracy);
    close(comparison.baselineAccuracy, expected.baseline_accuracy);
    close(comparison.pValue, expected.p_value, 1e-12);
  });
});
