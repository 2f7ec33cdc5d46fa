import { benjaminiHochberg } from '../../../src/evaluate/drift/benjamini-hochberg.js';
import { chiSquareHomogeneity } from '../../../src/evaluate/drift/chi-square.js';
import { evaluateDrift } from '../../../src/evaluate/drift/evaluate.js';
import { kolmogorovSf } from '../../../src/evaluate/drift/kolmogorov-sf.js';
import { ksTwoSample } from '../../../src/evaluate/drift/ks-two-sample.js';
import { categoricalPsi, numericPsi } from '../../../src/evaluate/drift/psi.js';
import { smirnovSf } from '../../../src/evaluate/drift/smirnov.js';
import { readDriftSample } from '../../../src/io/drift-data.js';
import { readJson, ROOT } from '../../support/fixtures.js';
import type { FeatureDrift } from '../../../src/model/drift.js';

/** A sample both test/reference/drift.py and this file rebuild bit for bit: no file needed for 30000 values. */
interface Lattice {
  n: number;
  a: number;
  m: number;
  scale: number;
  offset: number;
  square: boolean;
  grid: number;
}
type SampleSpec = number[] | Lattice;

interface FeatureReference {
  feature: string;
  kind: 'numeric' | 'categorical';
  statistic: number;
  p_value: number;
  adjusted_p_value: number;
  drifted: boolean;
  psi: number;
  method?: 'exact' | 'asymptotic';
  dof?: number;
  unseen?: string[];
  unseen_share?: number;
  reference: { values: number; missing: number };
  current: { values: number; missing: number };
}

const reference = readJson<{
  ks: Array<{ name: string; x: SampleSpec; y: SampleSpec; statistic: number; p_value: number; method: 'exact' | 'asymptotic' }>;
  kstwo_sf: Array<{ n: number; x: number; sf: number }>;
  smirnov_sf: Array<{ n: number; x: number; sf: number }>;
  chi_square: Array<{ name: string; reference: number[]; current: number[]; statistic: number; p_value: number; dof: number }>;
  psi: {
    numeric: Array<{
      name: string;
      reference: SampleSpec;
      current: SampleSpec;
      psi: number;
      edges: number[];
      reference_counts: number[];
      current_counts: number[];
    }>;
    categorical: Array<{
      name: string;
      reference: Record<string, number>;
      current: Record<string, number>;
      psi: number;
      unseen: string[];
      unseen_count: number;
    }>;
  };
  benjamini_hochberg: Array<{ p_values: number[]; adjusted: number[] }>;
  evaluation: { reference: string; current: string; alpha: number; features: FeatureReference[]; drifted_feature_share: number; psi_max: number };
}>('test/fixtures/reference/drift.json');

function lattice({ n, a, m, scale, offset, square, grid }: Lattice): number[] {
  return Array.from({ length: n }, (_, i) => {
    const u = ((i * a) % m) / m;
    let v = (square ? u * u : u) * scale + offset;
    if (grid) v = Math.floor(v * grid) / grid;
    return v;
  });
}

function sorted(spec: SampleSpec): Float64Array {
  return Float64Array.from(Array.isArray(spec) ? spec : lattice(spec)).sort();
}

function close(actual: number | undefined, expected: number, tolerance = 1e-9): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

describe('two-sample Kolmogorov–Smirnov matches SciPy 1.10 ks_2samp(method="auto") to 1e-9', () => {
  test.each(reference.ks.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = ksTwoSample(sorted(c.x), sorted(c.y));
    expect(result.method).toBe(c.method);
    close(result.statistic, c.statistic, 1e-12);
    close(result.pValue, c.p_value);
    if (c.p_value > 1e-300) expect(Math.abs(result.pValue - c.p_value) / c.p_value).toBeLessThan(1e-9);
  });

  test('the cases cover both methods, ties and equal sizes', () => {
    expect(new Set(reference.ks.map((c) => c.method))).toEqual(new Set(['exact', 'asymptotic']));
    expect(reference.ks.filter((c) => c.name.includes('ties')).length).toBeGreaterThanOrEqual(3);
  });
});

test('kstwo.sf, every branch of SciPy’s _kolmogn, to 1e-9 (and 1e-9 relative)', () => {
  for (const { n, x, sf } of reference.kstwo_sf) {
    const mine = kolmogorovSf(n, x);
    close(mine, sf);
    if (sf > 1e-300) expect(Math.abs(mine - sf) / sf).toBeLessThan(1e-9);
  }
});

test('the one-sided Smirnov survival function, scipy.special.smirnov, to 1e-9 (and 1e-9 relative)', () => {
  for (const { n, x, sf } of reference.smirnov_sf) {
    const mine = smirnovSf(n, x);
    close(mine, sf);
    if (sf > 1e-300) expect(Math.abs(mine - sf) / sf).toBeLessThan(1e-9);
  }
});

describe('chi-square test of homogeneity matches chi2_contingency to 1e-9', () => {
  test.each(reference.chi_square.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = chiSquareHomogeneity(c.reference, c.current);
    expect(result.degreesOfFreedom).toBe(c.dof);
    close(result.statistic, c.statistic);
    close(result.pValue, c.p_value);
  });
});

describe('PSI', () => {
  test.each(reference.psi.numeric.map((c) => [c.name, c] as const))('numeric: %s', (_name, c) => {
    const result = numericPsi(sorted(c.reference), sorted(c.current));
    expect(Array.from(result.edges)).toEqual(c.edges);
    expect(result.referenceCounts).toEqual(c.reference_counts);
    expect(result.currentCounts).toEqual(c.current_counts);
    close(result.psi, c.psi);
  });

  test.each(reference.psi.categorical.map((c) => [c.name, c] as const))('categorical: %s', (_name, c) => {
    const result = categoricalPsi(new Map(Object.entries(c.reference)), new Map(Object.entries(c.current)));
    expect(result.unseen).toEqual(c.unseen);
    expect(result.unseenCount).toBe(c.unseen_count);
    close(result.psi, c.psi);
  });

  test('identical samples give 0, and at most 10 bins', () => {
    const values = sorted(Array.from({ length: 1000 }, (_, i) => i));
    expect(numericPsi(values, values).psi).toBe(0);
    expect(numericPsi(values, values).edges.length).toBe(9);
  });
});

test('Benjamini–Hochberg matches statsmodels’ fdrcorrection to 1e-12', () => {
  for (const { p_values, adjusted } of reference.benjamini_hochberg) {
    const mine = benjaminiHochberg(p_values);
    expect(mine).toHaveLength(adjusted.length);
    mine.forEach((value, i) => close(value, adjusted[i] as number, 1e-12));
  }
});

describe.each([
  ['CSV', reference.evaluation.current],
  ['JSON Lines', reference.evaluation.current.replace(/\.csv$/, '.jsonl')]
])('the fixtures end to end, current sample as %s', (_format, currentFile) => {
  const expected = reference.evaluation;
  const result = evaluateDrift(readDriftSample(expected.reference, ROOT), readDriftSample(currentFile, ROOT));

  test('features in order of severity, shared columns only, nameless index left out', () => {
    expect(result.features.map((f) => f.feature)).toEqual(expected.features.map((f) => f.feature));
  });

  test('every number matches SciPy to 1e-9', () => {
    for (const want of expected.features) {
      const got = result.features.find((f) => f.feature === want.feature) as FeatureDrift;
      expect(got.kind).toBe(want.kind);
      close(got.statistic, want.statistic);
      close(got.pValue, want.p_value);
      close(got.adjustedPValue, want.adjusted_p_value);
      close(got.psi, want.psi);
      expect(got.drifted).toBe(want.drifted);
      expect(got.reference).toEqual(want.reference);
      expect(got.current).toEqual(want.current);
      if (got.kind === 'numeric') expect(got.method).toBe(want.method);
      else {
        expect(got.degreesOfFreedom).toBe(want.dof);
        expect(got.unseenCategories).toEqual(want.unseen);
        close(got.unseenShare, want.unseen_share as number);
      }
    }
  });

  test('summary metrics', () => {
    expect(result.alpha).toBe(expected.alpha);
    close(result.drifted_feature_share, expected.drifted_feature_share, 1e-15);
    close(result.psi_max, expected.psi_max);
  });
});

test('a stricter alpha flags fewer features; drift-features picks the columns', () => {
  const ref = readDriftSample(reference.evaluation.reference, ROOT);
  const cur = readDriftSample(reference.evaluation.current, ROOT);
  const strict = evaluateDrift(ref, cur, { alpha: 1e-7 });
  expect(strict.features.filter((f) => f.drifted).map((f) => f.feature)).toEqual(['region']);
  const chosen = evaluateDrift(ref, cur, { features: ['score', 'channel'] });
  expect(chosen.features.map((f) => f.feature).sort()).toEqual(['channel', 'score']);
  expect(chosen.drifted_feature_share).toBe(0);
});
