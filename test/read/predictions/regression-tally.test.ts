import { ErrorSumsTable, LabelSpread, MAPE_EPSILON } from '../../../src/read/predictions/regression-tally.js';
import { random } from '../../support/absolute-errors.js';

const EPSILON = 2 ** -53;
/** A double as an exact integer count of 2⁻¹⁰⁷⁴, the smallest step between doubles. */
function exact(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const scaled = exponent === 0 ? fraction : (fraction | (1n << 52n)) << BigInt(exponent - 1);
  return bits >> 63n ? -scaled : scaled;
}
/** How far `actual` is from the exact sum of `terms`, in units of Σ|term|·ε. */
function errorInEpsilons(actual: number, terms: readonly number[]): number {
  const sum = terms.reduce((total, term) => total + exact(term), 0n);
  const size = terms.reduce((total, term) => total + Math.abs(term), 0);
  const difference = exact(actual) - sum;
  return (Math.abs(Number(difference >> 500n)) * 2 ** -574) / (size * EPSILON);
}

/** A row (label, prediction, weight) as the table takes it. */
const row = (label: number, prediction: number, weight = 1): Float64Array => Float64Array.of(label, prediction, weight);

describe('the sums of a set of rows', () => {
  /** One error of 1e8, then many of 1e-8: each lost half an ulp of 1e8 when added one by one. */
  const rows = [row(0, 1e8), ...Array.from({ length: 100_000 }, (_, i) => row(i % 2 ? 0.25 : 0, (i % 2 ? 0.25 : 0) + 1e-8, 1 + (i % 3)))];
  const terms = {
    error: rows.map((r) => (r[2] as number) * ((r[1] as number) - (r[0] as number))),
    weight: rows.map((r) => r[2] as number),
    percentage: rows.map((r) => {
      const absolute = Math.abs((r[1] as number) - (r[0] as number));
      return (r[2] as number) * (absolute / Math.max(Math.abs(r[0] as number), MAPE_EPSILON));
    })
  };

  test('are within 18ε·Σ|term| of the exact sums, where adding them one by one drifts far beyond', () => {
    const table = new ErrorSumsTable(true);
    const set = table.addSet();
    for (const r of rows) table.add(set, r);
    const totals = table.totals(set);
    expect(errorInEpsilons(totals.error, terms.error)).toBeLessThan(18);
    expect(errorInEpsilons(totals.absolute, terms.error.map(Math.abs))).toBeLessThan(18);
    expect(errorInEpsilons(totals.weight, terms.weight)).toBeLessThan(18);
    expect(errorInEpsilons(totals.percentage, terms.percentage)).toBeLessThan(18);
    expect(
      errorInEpsilons(
        totals.squared,
        rows.map((r) => (r[2] as number) * ((r[1] as number) - (r[0] as number)) ** 2)
      )
    ).toBeLessThan(18);
    expect({ rows: totals.rows, max: totals.maxAbsolute }).toEqual({ rows: 100_001, max: 1e8 });
    const naive = terms.error.reduce((sum, term) => sum + term, 0);
    expect(errorInEpsilons(naive, terms.error)).toBeGreaterThan(1000);
  });

  test('read mid-block, in parts merged in order, or over many sets: every row counted once, as accurately', () => {
    const next = random(7);
    const first = new ErrorSumsTable(false);
    const second = new ErrorSumsTable(false);
    const sets = Array.from({ length: 40 }, () => [first.addSet(), second.addSet()] as const);
    const errors: number[][] = sets.map(() => []);
    rows.forEach((r, i) => {
      const k = Math.floor(next() * sets.length);
      (errors[k] as number[]).push((r[2] as number) * ((r[1] as number) - (r[0] as number)));
      (i < 60_000 ? first : second).add((sets[k] as readonly number[])[i < 60_000 ? 0 : 1] as number, r);
      // reading a set's totals adds its unfinished block early: the rows still count once
      if (i % 9_999 === 0) first.totals((sets[k] as readonly number[])[0] as number);
    });
    const later = second.view();
    sets.forEach(([own, other], k) => {
      first.merge(own, later, other);
      const totals = first.totals(own);
      expect({ k, rows: totals.rows, weight: totals.weight }).toEqual({ k, rows: errors[k]?.length, weight: errors[k]?.length });
      expect(errorInEpsilons(totals.error, errors[k] as number[])).toBeLessThan(18);
    });
  });
});

describe('the labels’ spread', () => {
  /** Labels near 1e9 that differ by multiples of 1/1024, weighted 0 to 3: exact in integers scaled by 1024. */
  const next = random(11);
  const labels = Array.from({ length: 50_001 }, () => 1e9 + Math.floor(next() * 4096) / 1024);
  const weights = labels.map((_, i) => i % 4);
  /** Σw(y − ȳ)² exactly: (Σw·Σwy² − (Σwy)²) / Σw, in 1024ths. */
  function exactSquares(from: number, to: number): number {
    let [w, wy, wyy] = [0n, 0n, 0n];
    for (let i = from; i < to; i++) {
      const y = BigInt(Math.round((labels[i] as number) * 1024));
      const weight = BigInt(weights[i] as number);
      [w, wy, wyy] = [w + weight, wy + weight * y, wyy + weight * y * y];
    }
    return Number(w * wyy - wy * wy) / Number(w * 1024n * 1024n);
  }
  const spreadOf = (from: number, to: number): LabelSpread => {
    const spread = new LabelSpread();
    for (let i = from; i < to; i++) spread.add(row(labels[i] as number, 0, weights[i] as number));
    return spread;
  };

  test('match the exact sum of squared deviations, where Σy² − (Σy)²/n cancels to nothing', () => {
    const expected = exactSquares(0, labels.length);
    const { squares, weight } = spreadOf(0, labels.length).partial();
    expect(weight).toBe(weights.reduce((a, b) => a + b, 0));
    expect(Math.abs(squares - expected) / expected).toBeLessThan(1e-12);
    const [w, wy, wyy] = labels.reduce(
      ([a, b, c], y, i) => [a + (weights[i] as number), b + (weights[i] as number) * y, c + (weights[i] as number) * y * y],
      [0, 0, 0]
    );
    expect(Math.abs(wyy - (wy * wy) / w - expected) / expected).toBeGreaterThan(1e-3);
  });

  test('joined from parts, or read mid-block, as one pass up to rounding', () => {
    const whole = spreadOf(0, labels.length).partial();
    const first = spreadOf(0, 30_001);
    expect(Math.abs(first.partial().squares - exactSquares(0, 30_001)) / exactSquares(0, 30_001)).toBeLessThan(1e-12);
    first.merge(spreadOf(30_001, labels.length).partial());
    const joined = first.partial();
    expect(joined.weight).toBe(whole.weight);
    expect(Math.abs(joined.squares - whole.squares) / whole.squares).toBeLessThan(1e-12);
    expect(joined.shift).toBe(whole.shift);
    expect(Math.abs(joined.mean - whole.mean)).toBeLessThan(1e-13);
  });

  test('a first label far from the others that weighs nothing: as precise as without it', () => {
    const spread = new LabelSpread();
    spread.add(row(-5e12, 0, 0));
    for (let i = 0; i < labels.length; i++) spread.add(row((labels[i] as number) - 1e9 + 3e6, 0, weights[i] as number));
    const expected = exactSquares(0, labels.length);
    expect(Math.abs(spread.partial().squares - expected) / expected).toBeLessThan(1e-12);
  });

  test('rows of weight 0 change nothing; no weight at all, no spread', () => {
    const spread = new LabelSpread();
    spread.add(row(5, 0, 0));
    expect(spread.partial()).toEqual({ weight: 0, shift: 0, mean: 0, squares: 0 });
    spread.add(row(1, 0));
    spread.add(row(3, 0));
    spread.add(row(1000, 0, 0));
    expect(spread.partial()).toEqual({ weight: 2, shift: 1, mean: 1, squares: 2 });
  });
});
