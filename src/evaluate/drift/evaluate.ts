import { InputError, throwIfAny } from '../../errors.js';
import type { CategoricalColumn, DriftSample, NumericColumn, SampleColumn, DriftResult, FeatureDrift } from '../../model/drift.js';
import { benjaminiHochberg } from './benjamini-hochberg.js';
import { chiSquareHomogeneity } from './chi-square.js';
import { ksTwoSample } from './ks-two-sample.js';
import { categoricalPsi, numericPsi } from './psi.js';
import { extremes } from '../../format.js';
import type { Problem } from '../../model/problem.js';
import { FEATURES } from '../../read/drift/column-values.js';
import { notFound } from '../../read/drift/sample-reader.js';

/** False discovery rate at which a feature counts as drifted. */
export const DEFAULT_DRIFT_ALPHA = 0.05;

export interface DriftOptions {
  /** Features to compare, at least one; by default the columns both samples have, in the reference's order. */
  features?: readonly string[];
  /** How the list of features is called where the user wrote it (`--drift-features`); for messages. */
  featuresLabel?: string;
  alpha?: number;
}

type Unadjusted<T> = T extends FeatureDrift ? Omit<T, 'adjustedPValue' | 'drifted'> : never;

/**
 * Compares the current sample with the reference, feature by feature: numeric features by the
 * two-sample Kolmogorov–Smirnov test and PSI over reference deciles, categorical ones by the
 * chi-square test of homogeneity and PSI over categories. Testing many features at α would flag
 * some by chance, so the p-values are adjusted across features (Benjamini–Hochberg) first.
 */
export function evaluateDrift(reference: DriftSample, current: DriftSample, options: DriftOptions = {}): DriftResult {
  const alpha = options.alpha ?? DEFAULT_DRIFT_ALPHA;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie in (0, 1), got ${alpha}`);
  const features = selectFeatures(reference, current, options.features, options.featuresLabel);
  const problems: Problem[] = [];
  const compared: Array<Unadjusted<FeatureDrift>> = [];
  for (const feature of features) {
    const pair = pairColumns(feature, reference, current, problems, options.featuresLabel);
    if (pair) compared.push(compareFeature(feature, pair));
  }
  throwIfAny(problems);

  const adjusted = benjaminiHochberg(compared.map((f) => f.pValue));
  const results = compared.map((f, i) => {
    const adjustedPValue = adjusted[i] as number;
    return { ...f, adjustedPValue, drifted: adjustedPValue <= alpha } as FeatureDrift;
  });
  results.sort(bySeverity);
  return {
    alpha,
    features: results,
    drifted_feature_share: results.filter((f) => f.drifted).length / results.length,
    psi_max: extremes(results.map((f) => f.psi)).max
  };
}

function selectFeatures(reference: DriftSample, current: DriftSample, requested: readonly string[] | undefined, featuresLabel: string | undefined): string[] {
  if (requested) {
    const problems = [reference, current].flatMap((sample) => {
      const missing = requested.filter((name) => !sample.values.has(name));
      return missing.length === 0 ? [] : [{ source: sample.file, message: `${notFound(missing, featuresLabel)}; columns found: ${quoteAll(sample.columns)}` }];
    });
    throwIfAny(problems);
    return [...new Set(requested)];
  }
  const shared = reference.columns.filter((name) => current.values.has(name));
  if (shared.length === 0) {
    throw new InputError({
      source: current.file,
      message: `no column in common with ${reference.file}: expected the same feature columns (${reference.file} has ${quoteAll(reference.columns)}; this file has ${quoteAll(current.columns)})`
    });
  }
  return shared;
}

type Pair =
  { kind: 'numeric'; reference: NumericColumn; current: NumericColumn } | { kind: 'categorical'; reference: CategoricalColumn; current: CategoricalColumn };

/** The feature's two columns when they can be compared; otherwise a problem naming the file and line. */
function pairColumns(feature: string, reference: DriftSample, current: DriftSample, problems: Problem[], featuresLabel: string | undefined): Pair | undefined {
  const a = reference.values.get(feature) as SampleColumn;
  const b = current.values.get(feature) as SampleColumn;
  const name = JSON.stringify(feature);
  let ok = true;
  for (const [sample, column] of [
    [reference, a],
    [current, b]
  ] as const) {
    if (column.kind === 'empty') {
      problems.push({
        source: sample.file,
        message: `column ${name} has no values (all ${sample.rows} rows are empty): nothing to compare; leave it out of ${featuresLabel ?? FEATURES}`
      });
      ok = false;
    }
  }
  if (!ok) return undefined;
  if (a.kind === 'numeric' && b.kind === 'numeric') return { kind: 'numeric', reference: a, current: b };
  if (a.kind === 'categorical' && b.kind === 'categorical') return { kind: 'categorical', reference: a, current: b };
  const [textSample, textColumn, numberSample] = a.kind === 'categorical' ? [reference, a, current] : [current, b as CategoricalColumn, reference];
  problems.push({
    source: textSample.file,
    line: textColumn.firstText.line,
    message: `column ${name}: ${JSON.stringify(textColumn.firstText.text)} is not a number, but every value of ${name} in ${numberSample.file} is: expected the feature to be numeric in both files or categorical in both`
  });
  return undefined;
}

function compareFeature(feature: string, pair: Pair): Unadjusted<FeatureDrift> {
  const reference = { values: 0, missing: pair.reference.missing };
  const current = { values: 0, missing: pair.current.missing };
  if (pair.kind === 'numeric') {
    const ks = ksTwoSample(pair.reference.values, pair.current.values);
    reference.values = pair.reference.values.length;
    current.values = pair.current.values.length;
    const { psi } = numericPsi(pair.reference.values, pair.current.values);
    return { feature, kind: 'numeric', test: 'kolmogorov-smirnov', method: ks.method, statistic: ks.statistic, pValue: ks.pValue, psi, reference, current };
  }
  const categories = [...new Set([...pair.reference.counts.keys(), ...pair.current.counts.keys()])];
  const referenceCounts = categories.map((c) => pair.reference.counts.get(c) ?? 0);
  const currentCounts = categories.map((c) => pair.current.counts.get(c) ?? 0);
  reference.values = referenceCounts.reduce((s, c) => s + c, 0);
  current.values = currentCounts.reduce((s, c) => s + c, 0);
  const chi = chiSquareHomogeneity(referenceCounts, currentCounts);
  const psi = categoricalPsi(pair.reference.counts, pair.current.counts);
  return {
    feature,
    kind: 'categorical',
    test: 'chi-square',
    statistic: chi.statistic,
    degreesOfFreedom: chi.degreesOfFreedom,
    pValue: chi.pValue,
    psi: psi.psi,
    unseenCategories: psi.unseen,
    unseenShare: psi.unseenCount / current.values,
    reference,
    current
  };
}

function bySeverity(a: FeatureDrift, b: FeatureDrift): number {
  if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
  return b.psi - a.psi || a.adjustedPValue - b.adjustedPValue || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0);
}

function quoteAll(names: readonly string[]): string {
  return names.map((n) => JSON.stringify(n)).join(', ');
}
