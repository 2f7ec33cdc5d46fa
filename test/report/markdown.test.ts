import { escapeMarkdown } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { evaluateCandidate } from '../../src/decide/engine.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { metricSet } from '../support/fixtures.js';

describe('escapeMarkdown', () => {
  test('HTML, links, emphasis and table pipes render as text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&#60;img src=x onerror=alert&#40;1&#41;&#62;');
    expect(escapeMarkdown('[click](https://evil)')).not.toMatch(/[[\]()]/);
    expect(escapeMarkdown('a|b')).toBe('a&#124;b');
    expect(escapeMarkdown('**bold** _it_ `code`')).not.toMatch(/[*_`]/);
  });

  test('web addresses stay text', () => {
    expect(escapeMarkdown('https://evil.example/x')).toBe('https:\u200b//evil.example/x');
    expect(escapeMarkdown('see www.evil.example')).toBe('see www\u200b.evil.example');
  });

  test('mentions notify nobody, and issue references link nothing', () => {
    expect(escapeMarkdown('@org/team')).toBe('@\u200borg/team');
    expect(escapeMarkdown('#123')).toBe('&#35;\u200b123');
  });

  test('line breaks cannot start a new block', () => {
    expect(escapeMarkdown('a\n# heading\r\n| x |')).toBe('a &#35;\u200b heading &#124; x &#124;');
  });
});

describe('job summary', () => {
  const hostile = {
    model: { name: '<script>alert(1)</script>', version: '@admins' },
    metrics: {},
    groups: { sex: { '<img src=x>': { tp: 30, fp: 5, tn: 60, fn: 5 }, '@org/team': { tp: 28, fp: 6, tn: 61, fn: 5 } } }
  };
  const report = evaluateCandidate({
    candidate: metricSet(hostile),
    candidateName: 'm.json',
    gates: parseGatesFile('gates:\n  accuracy: {min: 0.8}\n  demographic_parity_ratio: {min: 0.8}', 'g.yml'),
    currentWeight: 10
  });
  const markdown = renderMarkdown(report);

  test('escapes every string that came from an input file', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/@(admins|org)/);
    expect(markdown).toContain('&#60;img src=x&#62;');
  });

  test('heads with the decision and weight change, then the gate table', () => {
    expect(markdown.split('\n')[0]).toBe('## ✅ model-gate advance: canary 10% → 25%');
    expect(markdown).toContain('| Status | Gate | Value | Threshold | Baseline | Δ | Severity |');
    expect(markdown).toMatch(
      /\| ✅ pass \| accuracy <sub>min<\/sub> \| 0\.895 <sub>\[<span title="0\.[0-9]+">0\.[0-9]{4}<\/span>, <span title="0\.[0-9]+">0\.[0-9]{4}<\/span>\]<\/sub> \| ≥ 0\.8 \|/
    );
    expect(markdown).toContain('<details><summary>Fairness by group</summary>');
  });
});
