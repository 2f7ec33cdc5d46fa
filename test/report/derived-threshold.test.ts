import { evaluateCandidate } from '../../src/decide/engine.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { renderComment } from '../../src/report/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { metricSet } from '../support/fixtures.js';

const report = (candidate: object, baseline: object, gates: string) =>
  evaluateCandidate({
    candidate: metricSet(candidate, 'm.json'),
    candidateName: 'm.json',
    baseline: metricSet(baseline, 'b.json'),
    baselineName: 'b.json',
    gates: parseGatesFile(gates, 'g.yml'),
    currentWeight: 10
  });

describe('a threshold derived from the baseline', () => {
  const derived = report(
    { metrics: { accuracy: 0.94, latency_p99_ms: 71.2 } },
    { metrics: { accuracy: 0.936, latency_p99_ms: 68 } },
    'gates:\n  accuracy: {min: 0.9, max_drop: 0.01}\n  latency_p99_ms: {max_increase_relative: 0.1}'
  );

  test('the JSON report carries its parts: threshold = baseline + change', () => {
    const [min, drop, increase] = derived.gates;
    expect(min).not.toHaveProperty('thresholdFrom');
    expect(drop).toMatchObject({ threshold: 0.926 });
    expect(drop!.thresholdFrom).toEqual({ baseline: 0.936, change: -0.01 });
    expect(increase).toMatchObject({ threshold: 74.8 });
    expect(increase!.thresholdFrom).toEqual({ baseline: 68, change: 6.8, relative: 0.1 });
  });

  test('the summary, the comment and the terminal show where it comes from', () => {
    for (const text of [renderMarkdown(derived), renderComment(derived, { modelKey: 'Release/m' })]) {
      expect(text).toContain('| ≥ 0.926 (baseline 0.936 − 0.01) |');
      expect(text).toContain('| ≤ 74.8 (baseline 68 + 10%) |');
      expect(text).toMatch(/\| accuracy <sub>min<\/sub> \| 0\.94 \| ≥ 0\.9 \|/);
    }
    expect(renderText(derived)).toMatch(/^PASS +accuracy max_drop +0\.94 +≥ 0\.926 \(baseline 0\.936 − 0\.01\) +0\.936/m);
    expect(renderText(derived)).toMatch(/^PASS +latency_p99_ms max_increase_relative +71\.2 +≤ 74\.8 \(baseline 68 \+ 10%\)/m);
  });

  test('a gate without its baseline has no threshold and no origin', () => {
    const missing = report({ metrics: { accuracy: 0.94 } }, { metrics: { f1: 0.9 } }, 'gates:\n  accuracy: {max_drop: 0.01}');
    expect(missing.gates[0]).toMatchObject({ status: 'fail', threshold: null });
    expect(missing.gates[0]).not.toHaveProperty('thresholdFrom');
    expect(renderMarkdown(missing)).toMatch(/\| accuracy <sub>max_drop<\/sub> \| 0\.94 \| — \|/);
  });
});

describe('a failed gate whose value rounds to its threshold', () => {
  const close = report({ metrics: { accuracy: 0.92599 } }, { metrics: { accuracy: 0.936 } }, 'gates:\n  accuracy: {max_drop: 0.01}');

  test('shows the digits that tell them apart, with the exact values on hover', () => {
    expect(close.gates[0]!.status).toBe('fail');
    const markdown = renderMarkdown(close);
    expect(markdown).toContain('| ❌ fail | accuracy <sub>max_drop</sub> | 0.92599 | ≥ 0.926 (baseline 0.936 − 0.01) |');
    expect(markdown).not.toMatch(/\| 0\.926 \| ≥ 0\.926/);
  });

  test('so is a pass: the reader never compares two equal-looking numbers', () => {
    const passing = report({ metrics: { accuracy: 0.92601 } }, { metrics: { accuracy: 0.936 } }, 'gates:\n  accuracy: {max_drop: 0.01}');
    expect(renderMarkdown(passing)).toContain('| ✅ pass | accuracy <sub>max_drop</sub> | 0.92601 |');
  });
});
