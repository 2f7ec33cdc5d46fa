import { addConfusion, EMPTY_CONFUSION } from '../../src/evaluate/confusion.js';
import { fromConfusion } from '../../src/evaluate/metric-set.js';
import { FAIRNESS_METRICS } from '../../src/model/metric-info.js';
import { readJson } from '../support/fixtures.js';
import type { Confusion } from '../../src/model/evidence.js';
import type { ComputedMetrics } from '../../src/model/metrics.js';

interface GroupReference {
  counts: Confusion;
  count: number;
  accuracy: number;
  selection_rate: number;
  true_positive_rate: number | null;
  false_positive_rate: number | null;
}
interface Dataset {
  name: string;
  samples: number;
  overall: Record<string, number>;
  features: Record<string, { groups: Record<string, GroupReference>; metrics: Record<string, number | null> }>;
}

const { datasets } = readJson<{ datasets: Dataset[] }>('test/fixtures/reference/classification.json');
const TOLERANCE = 1e-9;

/** The engine's view of a reference dataset: its per-group confusion counts, nothing else. */
function fromCounts(dataset: Dataset): ComputedMetrics {
  const groups = new Map(
    Object.entries(dataset.features).map(
      ([feature, { groups }]) => [feature, new Map(Object.entries(groups).map(([g, r]) => [g, { counts: r.counts, rows: r.count }]))] as const
    )
  );
  const firstFeature = Object.values(dataset.features)[0]!;
  const overall = Object.values(firstFeature.groups)
    .map((g) => g.counts)
    .reduce(addConfusion, EMPTY_CONFUSION);
  return fromConfusion({ overall, groups, weighted: false }, 'reference');
}

function close(actual: number | null | undefined, expected: number | null): void {
  if (expected === null) {
    expect(actual).toBeNull();
  } else {
    expect(actual).not.toBeNull();
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(TOLERANCE);
  }
}

describe.each(datasets.map((d) => [d.name, d] as const))('per-group counts of the %s match scikit-learn and Fairlearn', (_name, dataset) => {
  const computed = fromCounts(dataset);

  test('overall metrics', () => {
    expect(computed.values.get('samples')?.value).toBe(dataset.samples);
    for (const [name, expected] of Object.entries(dataset.overall)) close(computed.values.get(name)?.value, expected);
  });

  test.each(Object.keys(dataset.features))('per-group rates and fairness metrics for %s', (feature) => {
    const reference = dataset.features[feature]!;
    const mine = computed.fairness.get(feature)!;
    if (mine.task !== 'binary') throw new Error(`${feature}: expected a binary feature`);
    for (const [group, expected] of Object.entries(reference.groups)) {
      const rates = mine.groups.get(group)!;
      expect(rates.count).toBe(expected.count);
      close(rates.accuracy.value, expected.accuracy);
      close(rates.selection_rate.value, expected.selection_rate);
      close(rates.true_positive_rate.value, expected.true_positive_rate);
      close(rates.false_positive_rate.value, expected.false_positive_rate);
    }
    for (const name of FAIRNESS_METRICS) close(mine.metrics[name].value, reference.metrics[name] ?? null);
  });
});

test("Fairlearn's documented example gives its documented values", () => {
  const example = datasets.find((d) => d.name === 'fairlearn documentation example')!;
  const { values } = fromCounts(example);
  expect(values.get('demographic_parity_difference')?.value).toBeCloseTo(0.25, 12);
  expect(values.get('demographic_parity_ratio')?.value).toBeCloseTo(0.6667, 4);
  expect(values.get('equalized_odds_difference')?.value).toBe(1);
  expect(values.get('equalized_odds_ratio')?.value).toBe(0);
});
