import fc from 'fast-check';
import { ExactScores } from '../../../src/read/predictions/exact-scores.js';

/** The per-distinct-score weights, the slow obvious way. */
function expectedBuckets(rows: ReadonlyArray<{ value: number; positive: boolean; weight: number }>): number[] {
  const byValue = new Map<number, [number, number]>();
  for (const { value, positive, weight } of rows) {
    const cell = byValue.get(value) ?? [0, 0];
    cell[positive ? 1 : 0] += weight;
    byValue.set(value, cell);
  }
  return [...byValue.entries()].sort(([a], [b]) => a - b).flatMap(([, cell]) => cell);
}

function bucketsOf(scores: ExactScores): number[] {
  const buckets: number[] = [];
  scores.forEachBucket((negative, positive) => buckets.push(negative, positive));
  return buckets;
}

const row = (weight: fc.Arbitrary<number>) => fc.record({ value: fc.integer({ min: 0, max: 20 }).map((i) => i / 20), positive: fc.boolean(), weight });

test('unweighted rows: each distinct score counts its negatives and positives, ascending', () => {
  fc.assert(
    fc.property(fc.array(row(fc.constant(1)), { maxLength: 200 }), (rows) => {
      const scores = new ExactScores();
      for (const r of rows) scores.push(r.value, r.positive, r.weight);
      expect(bucketsOf(scores)).toEqual(expectedBuckets(rows));
    })
  );
});

test('weighted rows, also when the first weight other than 1 comes late', () => {
  const weights = fc.oneof(
    fc.constant(1),
    fc.integer({ min: 0, max: 8 }).map((w) => w / 4)
  );
  fc.assert(
    fc.property(fc.array(row(weights), { maxLength: 200 }), (rows) => {
      const scores = new ExactScores();
      for (const r of rows) scores.push(r.value, r.positive, r.weight);
      expect(bucketsOf(scores)).toEqual(expectedBuckets(rows));
      const seen: string[] = [];
      scores.forEach((value, positive, weight) => seen.push(`${value} ${positive} ${weight}`));
      expect(seen.sort()).toEqual(rows.map((r) => `${r.value} ${r.positive} ${r.weight}`).sort());
      expect(scores.length).toBe(rows.length);
    })
  );
});
