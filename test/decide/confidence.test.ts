import { evaluateGates, type GateContext } from '../../src/decide/gates.js';
import { confidenceZ } from '../../src/evaluate/confidence.js';
import { pairedDifferenceInterval } from '../../src/evaluate/paired-interval.js';
import { comparePaired } from '../../src/evaluate/paired.js';
import { wilsonInterval } from '../../src/evaluate/wilson.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { inputErrorOf } from '../support/errors.js';
import { metricSet } from '../support/fixtures.js';
import type { GateResult } from '../../src/model/gates.js';

// accuracy 0.9 on 1000 samples: 95% Wilson [0.87985, 0.91709], 99% [0.87287, 0.92186]
const ACCURACY = { samples: 1000, metrics: { accuracy: 0.9, latency_p99_ms: 80 } };
// error_rate 0.03 on 1000 samples: 95% Wilson [0.02109, 0.04250]
const ERRORS = { samples: 1000, metrics: { error_rate: 0.03 } };

function evaluate(gates: string, candidate: object, context: Partial<GateContext> = {}): GateResult[] {
  return evaluateGates(parseGatesFile(gates, 'gates.yml'), { candidate: metricSet(candidate, 'cand.json'), candidateName: 'cand.json', ...context }).results;
}
const only = (results: GateResult[]): GateResult => {
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('min and max with confidence compare the bound of the Wilson interval', () => {
  test('min 0.89 inside the interval: the point estimate passes (marked), the lower bound fails', () => {
    const point = only(evaluate('gates:\n  accuracy: {min: 0.89}', ACCURACY));
    expect(point).toMatchObject({ status: 'pass', value: 0.9, pointEstimateOnly: true });
    expect(point).not.toHaveProperty('confidence');
    expect(point).not.toHaveProperty('comparedBound');

    const bounded = only(evaluate('gates:\n  accuracy: {min: 0.89, confidence: 0.95}', ACCURACY));
    expect(bounded).toMatchObject({ status: 'fail', value: 0.9, threshold: 0.89, confidence: 0.95, comparedBound: 'low' });
    expect(bounded.interval).toEqual({ ...wilsonInterval(900, 1000), n: 1000 });
    expect(bounded).not.toHaveProperty('pointEstimateOnly');
    expect(bounded.message).toBe('accuracy 0.9: the lower bound of its 95% interval 0.879848 < 0.89 (min)');
  });

  test('the level matters: min 0.875 passes at 95% and fails at 99%', () => {
    const at95 = only(evaluate('gates:\n  accuracy: {min: 0.875, confidence: 0.95}', ACCURACY));
    expect(at95).toMatchObject({ status: 'pass', comparedBound: 'low' });
    expect(at95.message).toBe('accuracy 0.9: the lower bound of its 95% interval 0.879848 ≥ 0.875 (min)');
    const at99 = only(evaluate('gates:\n  accuracy: {min: 0.875, confidence: 0.99}', ACCURACY));
    expect(at99).toMatchObject({ status: 'fail', confidence: 0.99 });
    expect(at99.interval!.low).toBeCloseTo(wilsonInterval(900, 1000, confidenceZ(0.99)).low, 12);
    expect(at99.interval!.low).toBeCloseTo(0.8728654566840358, 12); // statsmodels proportion_confint(900, 1000, 0.01, 'wilson')
  });

  test('a max gate compares the upper bound', () => {
    expect(only(evaluate('gates:\n  error_rate: {max: 0.04}', ERRORS))).toMatchObject({ status: 'pass', pointEstimateOnly: true });
    expect(only(evaluate('gates:\n  error_rate: {max: 0.04, confidence: 0.95}', ERRORS))).toMatchObject({ status: 'fail', comparedBound: 'high' });
    expect(only(evaluate('gates:\n  error_rate: {max: 0.05, confidence: 0.95}', ERRORS))).toMatchObject({ status: 'pass', comparedBound: 'high' });
  });

  test('an interval clear of the threshold is not marked', () => {
    const result = only(evaluate('gates:\n  accuracy: {min: 0.8}', ACCURACY));
    expect(result.status).toBe('pass');
    expect(result).not.toHaveProperty('pointEstimateOnly');
    // a failing gate is never marked
    expect(only(evaluate('gates:\n  accuracy: {min: 0.91}', ACCURACY))).not.toHaveProperty('pointEstimateOnly');
  });

  test("a gate's confidence on a metric without an interval is bad input at the gate's line, naming the metrics with one", () => {
    const message = inputErrorOf(() => evaluate('gates:\n  accuracy: {min: 0.8}\n  latency_p99_ms:\n    max: 100\n    confidence: 0.95\n', ACCURACY));
    expect(message).toMatch(/^gates\.yml: line 3: \/gates\/latency_p99_ms\/confidence: confidence 0\.95 compares latency_p99_ms's 95% interval/);
    expect(message).toMatch(/metrics with intervals here: accuracy$/);
    const none = inputErrorOf(() => evaluate('gates:\n  accuracy: {min: 0.8, confidence: 0.99}', { accuracy: 0.9 }));
    expect(none).toMatch(/accuracy has no interval in this run: .*no metric has one here$/);
  });

  test("the file's default applies where there is an interval; the other gates stay point comparisons", () => {
    const results = evaluate('confidence: 0.95\ngates:\n  accuracy: {min: 0.89}\n  latency_p99_ms: {max: 100}', ACCURACY);
    expect(results.map((r) => [r.id, r.status, r.confidence])).toEqual([
      ['accuracy.min', 'fail', 0.95],
      ['latency_p99_ms.max', 'pass', undefined]
    ]);
  });

  test('a missing or undefined metric still fails as without confidence', () => {
    expect(only(evaluate('gates:\n  recall: {min: 0.5, confidence: 0.95}', ACCURACY))).toMatchObject({ status: 'fail', value: null });
  });
});

describe('max_drop with confidence compares the paired interval of the accuracy difference', () => {
  // 10,000 rows: both right on 9000, only the candidate on 80, only the baseline on 120
  const comparison = comparePaired(10000, 9000, 80, 120);
  const candidate = { samples: 10000, metrics: { accuracy: 0.908 } };
  const baseline = metricSet({ accuracy: 0.912 }, 'base.json');
  const context = { baseline, baselineName: 'base.json', comparison };
  const difference = (confidence: number) =>
    pairedDifferenceInterval({ bothCorrect: 9000, candidateOnlyCorrect: 80, baselineOnlyCorrect: 120, neitherCorrect: 800 }, confidenceZ(confidence));

  test('a drop of 0.004 under max_drop 0.005: the point passes, the lower bound (-0.0068) does not', () => {
    const point = only(evaluate('gates:\n  accuracy: {max_drop: 0.005}', candidate, context));
    expect(point).toMatchObject({ status: 'pass', threshold: 0.907, delta: -0.004 });
    const bounded = only(evaluate('gates:\n  accuracy: {max_drop: 0.005, confidence: 0.95}', candidate, context));
    expect(bounded).toMatchObject({ status: 'fail', value: 0.908, baseline: 0.912, threshold: 0.907, comparedBound: 'low', confidence: 0.95 });
    expect(bounded.differenceInterval).toEqual(difference(0.95));
    expect(bounded.interval!.low).toBeCloseTo(0.912 + difference(0.95).low, 12);
    expect(bounded.interval!.n).toBe(10000);
    expect(bounded.message).toMatch(
      /^accuracy 0\.908: the lower bound of its 95% interval \(paired, 10000 rows\) 0\.905194 < 0\.907 \(baseline 0\.912 − 0\.005\)$/
    );
  });

  test('passes when the lower bound of candidate − baseline is at least −max_drop, at the given level', () => {
    expect(difference(0.95).low).toBeGreaterThan(-0.007);
    expect(difference(0.99).low).toBeLessThan(-0.007);
    expect(only(evaluate('gates:\n  accuracy: {max_drop: 0.007, confidence: 0.95}', candidate, context)).status).toBe('pass');
    expect(only(evaluate('gates:\n  accuracy: {max_drop: 0.007, confidence: 0.99}', candidate, context)).status).toBe('fail');
  });

  test('max_drop_relative: the lower bound at least −max_drop_relative × baseline accuracy', () => {
    // −0.008 × 0.912 = −0.0073: above the 95% bound −0.0068, below the 99% bound −0.0077
    expect(only(evaluate('gates:\n  accuracy: {max_drop_relative: 0.008, confidence: 0.95}', candidate, context)).status).toBe('pass');
    expect(only(evaluate('gates:\n  accuracy: {max_drop_relative: 0.008, confidence: 0.99}', candidate, context)).status).toBe('fail');
  });

  test("a gate's confidence on max_drop without baseline-predictions is bad input at its line", () => {
    const message = inputErrorOf(() => evaluate('gates:\n  accuracy: {max_drop: 0.01, confidence: 0.95}', candidate, { baseline, baselineName: 'base.json' }));
    expect(message).toBe(
      "gates.yml: line 2: /gates/accuracy/confidence: confidence 0.95 on accuracy's baseline bound compares both models on the same rows: give baseline-predictions (and predictions), or baseline-model (and eval-data)"
    );
  });

  test("the file's default leaves max_drop a point comparison when there are no paired rows", () => {
    const result = only(evaluate('confidence: 0.95\ngates:\n  accuracy: {max_drop: 0.005}', candidate, { baseline, baselineName: 'base.json' }));
    expect(result).toMatchObject({ status: 'pass', threshold: 0.907 });
    expect(result).not.toHaveProperty('confidence');
  });
});

describe('not_worse takes its alpha from the confidence', () => {
  test('80 vs 110 discordant rows (McNemar p ≈ 0.035): significantly worse at alpha 0.05, not at confidence 0.99', () => {
    const comparison = comparePaired(10000, 9000, 80, 110);
    const candidate = { samples: 10000, metrics: { accuracy: 0.908 } };
    expect(only(evaluate('gates:\n  accuracy: {not_worse: {}}', candidate, { comparison }))).toMatchObject({ status: 'fail', limit: 0.05 });
    expect(only(evaluate('gates:\n  accuracy: {not_worse: {}, confidence: 0.99}', candidate, { comparison }))).toMatchObject({ status: 'pass', limit: 0.01 });
  });
});
