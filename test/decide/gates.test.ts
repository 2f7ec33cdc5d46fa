import { defaultGates } from '../../src/decide/default-gates.js';
import { evaluateGates } from '../../src/decide/gates.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { inputErrorOf } from '../support/errors.js';
import { metricSet } from '../support/fixtures.js';
import type { GateResult } from '../../src/model/gates.js';

function evaluate(gates: string, candidate: object, baseline?: object): GateResult[] {
  const config = parseGatesFile(gates, 'gates.yml');
  return evaluateGates(config, {
    candidate: metricSet(candidate, 'cand.json'),
    candidateName: 'cand.json',
    baseline: baseline && metricSet(baseline, 'base.json'),
    baselineName: 'base.json'
  }).results;
}

const statuses = (results: GateResult[]): Record<string, string> => Object.fromEntries(results.map((r) => [r.id, r.status]));

test('a gate named within two edits of a metric the run has is bad input that suggests it; a known metric the run lacks fails', () => {
  expect(inputErrorOf(() => evaluate('gates:\n  acuracy: {min: 0.9}', { accuracy: 0.95 }))).toBe(
    'gates.yml: line 2: /gates/acuracy: the run has no metric "acuracy": did you mean "accuracy"?'
  );
  expect(inputErrorOf(() => evaluate('gates:\n  dp: {metric: demographic_parity_ration, feature: sex, min: 0.8}', { accuracy: 0.95 }))).toBe(
    'gates.yml: line 2: /gates/dp: "feature" applies to the metrics between groups, not to demographic_parity_ration: did you mean "demographic_parity_ratio"?'
  );
  // latency_p99_ms is a name model-gate knows: missing data, not a typo of latency_p50_ms
  expect(evaluate('gates:\n  latency_p99_ms: {max: 100}', { latency_p50_ms: 20 })[0]).toMatchObject({ status: 'fail' });
});

describe('gate arithmetic is decimal-exact', () => {
  test('a drop from 0.95 to 0.94 under max_drop 0.01 passes', () => {
    const [result] = evaluate('gates:\n  accuracy: {max_drop: 0.01}', { accuracy: 0.94 }, { accuracy: 0.95 });
    expect(result).toMatchObject({ status: 'pass', threshold: 0.94, baseline: 0.95, delta: -0.01 });
  });

  test('0.8 against min 0.8 passes; 0.7999999999 fails', () => {
    expect(evaluate('gates:\n  accuracy: {min: 0.8}', { accuracy: 0.8 })[0]?.status).toBe('pass');
    expect(evaluate('gates:\n  accuracy: {min: 0.8}', { accuracy: 0.7999999999 })[0]?.status).toBe('fail');
  });

  test('baseline 0.80 + 0.05 is exactly 0.85 (the float trap)', () => {
    const [result] = evaluate('gates:\n  error_rate: {max_increase: 0.05}', { error_rate: 0.85 }, { error_rate: 0.8 });
    expect(result).toMatchObject({ status: 'pass', threshold: 0.85 });
  });

  test('relative bounds scale the baseline exactly', () => {
    const gates = 'gates:\n  latency_p99_ms: {max_increase_relative: 0.1}\n  accuracy: {max_drop_relative: 0.02}';
    const results = evaluate(gates, { latency_p99_ms: 110, accuracy: 0.882 }, { latency_p99_ms: 100, accuracy: 0.9 });
    expect(statuses(results)).toEqual({ 'latency_p99_ms.max_increase_relative': 'pass', 'accuracy.max_drop_relative': 'pass' });
    const worse = evaluate(gates, { latency_p99_ms: 110.000001, accuracy: 0.881999 }, { latency_p99_ms: 100, accuracy: 0.9 });
    expect(statuses(worse)).toEqual({ 'latency_p99_ms.max_increase_relative': 'fail', 'accuracy.max_drop_relative': 'fail' });
  });

  test('one result per bound, with a message that shows the comparison', () => {
    const results = evaluate('gates:\n  accuracy: {min: 0.9, max_drop: 0.01}', { accuracy: 0.91 }, { accuracy: 0.93 });
    expect(results.map((r) => r.message)).toEqual(['accuracy 0.91 ≥ 0.9 (min)', 'accuracy 0.91 < 0.92 (baseline 0.93 − 0.01)']);
    expect(statuses(results)).toEqual({ 'accuracy.min': 'pass', 'accuracy.max_drop': 'fail' });
  });
});

describe('a gate never passes because data was missing', () => {
  test('a configured gate whose metric is missing fails and lists what there is', () => {
    const [result] = evaluate('gates:\n  recall: {min: 0.5}', { accuracy: 0.9 });
    expect(result).toMatchObject({ status: 'fail', value: null });
    expect(result?.message).toBe('recall is missing from cand.json (it has: accuracy): a gate never passes without its data');
  });

  test('a baseline gate without a baseline fails', () => {
    const [result] = evaluate('gates:\n  accuracy: {max_drop: 0.01}', { accuracy: 0.9 });
    expect(result).toMatchObject({ status: 'fail', message: 'max_drop compares with the baseline, but no baseline was given' });
  });

  test('a baseline without the metric fails', () => {
    const [result] = evaluate('gates:\n  accuracy: {max_drop: 0.01}', { accuracy: 0.9 }, { recall: 0.9 });
    expect(result?.status).toBe('fail');
    expect(result?.message).toContain('accuracy is missing from base.json');
  });

  test('an undefined fairness metric fails with the reason', () => {
    const candidate = { metrics: {}, groups: { sex: { f: { tp: 0, fp: 1, tn: 3, fn: 0 }, m: { tp: 2, fp: 0, tn: 1, fn: 1 } } } };
    const [result] = evaluate('gates:\n  equal_opportunity_difference: {max: 0.5}', candidate);
    expect(result?.status).toBe('fail');
    expect(result?.message).toContain('true_positive_rate is undefined for group "f" (no positives)');
  });
});

describe('fairness gates', () => {
  const candidate = {
    metrics: {},
    groups: {
      sex: { f: { tp: 40, fp: 10, tn: 40, fn: 10 }, m: { tp: 45, fp: 5, tn: 45, fn: 5 } },
      region: { n: { tp: 30, fp: 2, tn: 60, fn: 8 }, s: { tp: 55, fp: 13, tn: 25, fn: 7 } }
    }
  };

  test('the worst feature decides, and the result names it', () => {
    const [result] = evaluate('gates:\n  demographic_parity_ratio: {min: 0.8}', candidate);
    // selection rates: sex 0.5 / 0.5 → 1; region 0.32 / 0.68 → 0.470588…
    expect(result).toMatchObject({ status: 'fail', feature: 'region' });
    expect(result?.value).toBeCloseTo(0.32 / 0.68, 12);
  });

  test('a gate can name one feature', () => {
    const [result] = evaluate('gates:\n  dp_sex: {metric: demographic_parity_ratio, feature: sex, min: 0.8}', candidate);
    expect(result).toMatchObject({ status: 'pass', feature: 'sex', value: 1 });
  });

  test('a named feature that does not exist fails', () => {
    const [result] = evaluate('gates:\n  dp: {metric: demographic_parity_ratio, feature: age, min: 0.8}', candidate);
    expect(result?.status).toBe('fail');
    expect(result?.message).toContain('demographic_parity_ratio[age] is missing');
  });
});

describe('default gates', () => {
  test('apply only to the metrics present, and use latency_ms when there is no latency_p99_ms', () => {
    const candidate = metricSet({ accuracy: 0.95, latency_ms: 120 });
    const { results, skipped } = evaluateGates(defaultGates(new Set(candidate.values.keys())), { candidate, candidateName: 'm.json' });
    expect(statuses(results)).toEqual({ 'accuracy.min': 'pass', 'latency_ms.max': 'fail' });
    expect(skipped.map((s) => s.id)).toEqual(['accuracy.max_drop', 'demographic_parity_ratio.min', 'samples.min', 'drifted_feature_share.max']);
  });

  test('compare with the baseline when one is given', () => {
    const candidate = metricSet({ accuracy: 0.93, samples: 999 });
    const baseline = metricSet({ accuracy: 0.95 });
    const { results } = evaluateGates(defaultGates(new Set(candidate.values.keys())), { candidate, candidateName: 'm.json', baseline, baselineName: 'b.json' });
    expect(statuses(results)).toEqual({ 'accuracy.min': 'pass', 'accuracy.max_drop': 'fail', 'samples.min': 'fail' });
  });
});

describe('derived values at their threshold', () => {
  const groups = { metrics: {}, groups: { sex: { f: { tp: 30, fp: 30, tn: 20, fn: 20 }, m: { tp: 40, fp: 35, tn: 15, fn: 10 } } } };

  test('a ratio of rates exactly at min passes: 0.6 / 0.75 is 0.8, not 0.7999999999999999', () => {
    // selection rates 60/100 and 75/100
    const [result] = evaluate('gates:\n  demographic_parity_ratio: {min: 0.8}', groups);
    expect(result).toMatchObject({ status: 'pass', threshold: 0.8 });
  });

  test('a difference exactly at max passes, and a failure shows enough digits to tell value and limit apart', () => {
    expect(evaluate('gates:\n  demographic_parity_difference: {max: 0.15}', groups)[0]?.status).toBe('pass');
    const [fail] = evaluate('gates:\n  accuracy: {min: 0.8}', { accuracy: 0.7999996 });
    expect(fail?.message).toBe('accuracy 0.7999996 < 0.8 (min)');
  });
});
