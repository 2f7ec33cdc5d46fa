import fc from 'fast-check';
import { commentKey, commentMarker, isCommentMarker, renderComment } from '../../src/report/comment.js';
import { escapeMermaid } from '../../src/report/escape.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { evaluateCandidate } from '../../src/decide/engine.js';
import { metricSet } from '../support/fixtures.js';
import { HOSTILE_GROUPS, hostileReport } from '../support/reports.js';
import type { Report } from '../../src/model/report.js';

const fairReport = (gates: string, groups: Record<string, { tp: number; fp: number; tn: number; fn: number }>, metrics: Record<string, number> = {}): Report =>
  evaluateCandidate({
    candidate: metricSet({ model: { name: 'fraud-detector', version: '2.4.0' }, metrics, groups: { age_band: groups } }),
    candidateName: 'metrics.json',
    gates: parseGatesFile(gates, 'gates.yml'),
    currentWeight: 10
  });

const AGE_BANDS = {
  '18-30': { tp: 1000, fp: 150, tn: 2700, fn: 150 },
  '31-50': { tp: 1450, fp: 160, tn: 2900, fn: 90 },
  '51+': { tp: 1000, fp: 110, tn: 2230, fn: 60 }
};

/** The lines of the first mermaid block. */
const mermaid = (body: string): string[] => (/```mermaid\n([\s\S]*?)\n```/.exec(body)?.[1] ?? '').split('\n');
const numbers = (line: string | undefined): number[] => (/\[(.*)\]/.exec(line ?? '')?.[1] ?? '').split(', ').map(Number);

describe('comment marker', () => {
  test('one per model and workflow, hidden in an HTML comment', () => {
    expect(commentKey('Release', 'fraud-detector')).toBe('Release/fraud-detector');
    expect(commentKey(undefined, undefined)).toBe('workflow/model');
    expect(commentMarker('Release/fraud-detector')).toBe('<!-- model-gate:Release/fraud-detector -->');
  });

  test('cannot close the HTML comment early, and keys that differ only in replaced characters stay apart', () => {
    const hostile = commentMarker('x --> <img src=x> @org');
    expect(hostile).toMatch(/^<!-- model-gate:x-img-src-x-org-[0-9a-f]{8} -->$/);
    expect(isCommentMarker(hostile)).toBe(true);
    expect(commentMarker('CI/a b')).not.toBe(commentMarker('CI/a_b'));
    expect(commentMarker('CI/a b')).not.toBe(commentMarker('CI/a-b'));
    expect(commentMarker('y'.repeat(500)).length).toBeLessThan(140);
  });

  test('property: every key gives a well-formed marker', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (key) => isCommentMarker(commentMarker(key))));
  });
});

describe('escapeMermaid', () => {
  test('quotes, brackets, entities, directives and mentions lose their meaning', () => {
    expect(escapeMermaid('"]; click A "x')).toBe('＂］； click A ＂x');
    expect(escapeMermaid('<img src=x>')).toBe('＜img src=x＞');
    expect(escapeMermaid('#60; %%{init}%% `md`')).toBe('＃60； ％％｛init｝％％ ｀md｀');
    expect(escapeMermaid('@org/team')).toBe('＠org/team');
  });

  test('one line, bounded length', () => {
    expect(escapeMermaid('a\nb\r\n\tc\u2028d\u202ee')).toBe('a b c d e');
    expect(escapeMermaid('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  test('property: the result never holds a character mermaid or HTML would interpret', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        const label = escapeMermaid(text);
        expect(label).not.toMatch(/["<>#%;`{}[\]\\&@$\n\r]/);
        expect([...label].length).toBeLessThanOrEqual(40);
      })
    );
  });
});

describe('renderComment', () => {
  const report = fairReport('gates:\n  accuracy: {min: 0.9}\n  demographic_parity_ratio: {min: 0.85}\n  latency_p99_ms: {max: 100}', AGE_BANDS, {
    latency_p50_ms: 18.5,
    latency_p99_ms: 71.2
  });
  const body = renderComment(report, { modelKey: 'Release/fraud-detector', runUrl: 'https://github.com/acme/models/actions/runs/42' });

  test('marker, then the decision and the weight change, then the gate table', () => {
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- model-gate:Release/fraud-detector -->');
    expect(lines[1]).toBe('### ❌ model-gate rollback: canary 10% → 0%');
    expect(body).toContain('**fraud-detector 2.4.0** · 2 of 3 checks passed, 1 blocking failed');
    expect(body).toMatch(
      /\| ❌ fail \| demographic&#95;parity&#95;ratio \[age&#95;band\] <sub>min<\/sub> \| <span title="0\.821428571428571">0\.8214<\/span> \| ≥ 0\.85 \|/
    );
    expect(body).toMatch(
      /\| ✅ pass \| accuracy <sub>min<\/sub> \| 0\.94 <sub>\[<span title="0\.9356\d*">0\.9356<\/span>, <span title="0\.9441\d*">0\.9441<\/span>\]<\/sub> \| ≥ 0\.9 \|/
    );
  });

  test('evidence in collapsible sections, and a link to the run', () => {
    expect(body).toContain('<details><summary>Fairness by group</summary>');
    expect(body).toContain('<details><summary>All metrics</summary>');
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      '<sub>[Workflow run](https://github.com/acme/models/actions/runs/42) · the full report is in its job summary</sub>'
    );
  });

  test('charts the groups of the failing fairness gate against its limit: t × the highest rate', () => {
    const chart = mermaid(body);
    expect(chart[0]).toBe('xychart-beta');
    expect(chart).toContain('  x-axis ["31-50", "51+", "18-30"]');
    expect(numbers(chart.find((l) => l.includes('bar')))).toEqual([0.35, 0.3265, 0.2875]);
    expect(numbers(chart.find((l) => l.includes('line')))).toEqual([0.2975, 0.2975, 0.2975]);
    expect(body).toContain('line: 0.85 × the highest rate (demographic&#95;parity&#95;ratio ≥ 0.85); a group below the line fails the gate');
  });

  test('a difference gate draws its line at the highest rate minus the limit; equalized odds charts the rate that decides it', () => {
    const parity = renderComment(fairReport('gates:\n  demographic_parity_difference: {max: 0.05}', AGE_BANDS), { modelKey: 'k' });
    expect(numbers(mermaid(parity).find((l) => l.includes('line')))).toEqual([0.3, 0.3, 0.3]);
    const odds = renderComment(fairReport('gates:\n  equalized_odds_difference: {max: 0.1}', AGE_BANDS), { modelKey: 'k' });
    expect(mermaid(odds)[1]).toBe('  title "True positive rate by age_band"');
  });

  test('latency percentiles against the latency limit', () => {
    const blocks = [...body.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    const latency = blocks.find((b) => b.includes('Latency'))!.split('\n');
    expect(latency).toContain('  x-axis ["p50", "p99"]');
    expect(latency).toContain('  bar [18.5, 71.2]');
    expect(latency).toContain('  line [100, 100]');
    expect(latency).toContain('  y-axis "Latency (ms)" 0 --> 110');
  });

  test('no chart without groups or latency limits', () => {
    const plain = evaluateCandidate({ candidate: metricSet({ accuracy: 0.93, samples: 5000 }), candidateName: 'm.json', currentWeight: 0 });
    expect(renderComment(plain, { modelKey: 'k' })).not.toContain('```mermaid');
  });

  test('a run URL that is not a plain http(s) link is left out; a malformed marker is refused', () => {
    const sneaky = renderComment(report, { modelKey: 'k', runUrl: 'javascript:alert(1)' });
    expect(sneaky).not.toContain('javascript');
    expect(sneaky).toContain('<sub>The full report is in the job summary.</sub>');
    expect(renderComment(report, { modelKey: 'k', runUrl: 'https://x.test/a) [b](https://evil' })).not.toContain('evil');
    expect(() => renderComment(report, { modelKey: 'k', marker: '<!-- x --> <img>' })).toThrow(RangeError);
  });

  test('hostile group and model names render as text and mention nobody', () => {
    const hostile = renderComment(hostileReport(), { modelKey: 'k' });
    expect(hostile).not.toMatch(/<img|<script/i);
    expect(hostile).not.toMatch(/@[A-Za-z0-9]/);
    expect(hostile).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;');
    expect(hostile).toContain('@\u200borg/team');
    // No tag but ours, and every section closed.
    expect(hostile.match(/<[^ ]/g)!.every((m) => ['<!', '<d', '<s', '</'].includes(m))).toBe(true);
    expect(
      hostile.match(/<\/?[a-z]+/g)!.every((tag) => ['<details', '</details', '<summary', '</summary', '<sub', '</sub', '<span', '</span'].includes(tag))
    ).toBe(true);
    // a span only ever carries a number's exact value
    expect(hostile.match(/<span[^>]*>/g)!.every((span) => /^<span title="-?[0-9.]+(e[+-][0-9]+)?">$/.test(span))).toBe(true);
    expect(hostile.match(/<details/g)!.length).toBe(hostile.match(/<\/details>/g)!.length);
    expect(hostile.match(/^```/gm)!.length % 2).toBe(0);
    const labels = mermaid(hostile).find((l) => l.startsWith('  x-axis'))!;
    expect(labels.match(/"[^"]*"/g)).toHaveLength(HOSTILE_GROUPS.length);
    expect(labels).toContain('"＠org/team"');
  });
});
