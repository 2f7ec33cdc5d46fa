import { evaluateCandidate } from '../../src/decide/engine.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { metricSet } from '../support/fixtures.js';

// accuracy 0.9 on 1000 samples: 95% Wilson [0.879848, 0.917091]
const report = (gates: string) =>
  evaluateCandidate({
    candidate: metricSet({ samples: 1000, metrics: { accuracy: 0.9 } }, 'm.json'),
    candidateName: 'm.json',
    gates: parseGatesFile(gates, 'g.yml'),
    currentWeight: 10
  });

describe('a gate that passes on the point estimate only', () => {
  const thin = report('gates:\n  accuracy: {min: 0.89}\n  samples: {min: 100}');
  const clear = report('gates:\n  accuracy: {min: 0.85}\n  samples: {min: 100}');
  const bounded = report('gates:\n  accuracy: {min: 0.85, confidence: 0.99}');

  test('is marked in the Markdown gate table, with a note saying what it means', () => {
    const markdown = renderMarkdown(thin);
    expect(markdown).toContain(
      '| ✅ pass <sub>on the point estimate only</sub> | accuracy <sub>min</sub> | 0.9 <sub>[<span title="0.879848036804652">0.8798</span>, <span title="0.917090556406904">0.9171</span>]</sub> | ≥ 0.89 |'
    );
    expect(markdown).toContain('| ✅ pass | samples <sub>min</sub> |');
    expect(markdown).toContain("On the point estimate only: the gate passes, but the value's 95% interval straddles its threshold.");
  });

  test('is marked in the text report, with its interval and threshold', () => {
    const text = renderText(thin);
    expect(text).toMatch(/^PASS\* +accuracy min +0\.9 +≥ 0\.89/m);
    expect(text).toMatch(/^PASS +samples min/m);
    expect(text).toContain('* accuracy.min passes on the point estimate only: its 95% interval [0.879848, 0.917091] straddles the threshold 0.89');
  });

  test('is not marked when the interval clears the threshold', () => {
    expect(renderMarkdown(clear)).not.toMatch(/point estimate only/);
    expect(renderText(clear)).not.toMatch(/point estimate only|PASS\*/);
  });

  test('a confidence gate shows the level of its interval and is never marked', () => {
    const markdown = renderMarkdown(bounded);
    expect(markdown).toMatch(
      /\| ✅ pass \| accuracy <sub>min<\/sub> \| 0\.9 <sub>\[<span title="0\.8728\d+">0\.8729<\/span>, <span title="0\.9218\d+">0\.9219<\/span>\] 99%<\/sub> \|/
    );
    expect(markdown).not.toMatch(/point estimate only/);
  });
});
