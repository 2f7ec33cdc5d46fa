import fc from 'fast-check';
import { commentKey, commentMarker, isCommentMarker, renderComment } from '../../src/report/comment.js';
import { escapeMermaid } from '../../src/report/escape.js';
import { COMMENT_LIMIT, SHORTENED_NOTE, truncateComment } from '../../src/report/truncate.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { evaluateRelease, type Report } from '../../src/release.js';
import { metricSet } from '../support/fixtures.js';
import { HOSTILE_GROUPS, hostileReport, manyGroupsReport } from './reports.js';

const fairReport = (gates: string, groups: Record<string, { tp: number; fp: number; tn: number; fn: number }>, metrics: Record<string, number> = {}): Report =>
  evaluateRelease({
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
  const report = fairReport('gates:\n  accuracy: {min: 0.9}\n  demographic_parity_ratio: {min: 0.85}\n  latency_p99_ms: {max: 100}', AGE_BANDS, { latency_p50_ms: 18.5, latency_p99_ms: 71.2 });
  const body = renderComment(report, { modelKey: 'Release/fraud-detector', runUrl: 'https://github.com/acme/models/actions/runs/42' });

  test('marker, then the decision and the weight change, then the gate table', () => {
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- model-gate:Release/fraud-detector -->');
    expect(lines[1]).toBe('### ❌ model-gate rollback: canary 10% → 0%');
    expect(body).toContain('**fraud-detector 2.4.0** · 2 of 3 checks passed, 1 blocking failed');
    expect(body).toMatch(/\| ❌ fail \| demographic&#95;parity&#95;ratio \[age&#95;band\] <sub>min<\/sub> \| 0\.821429 \| ≥ 0\.85 \|/);
    expect(body).toMatch(/\| ✅ pass \| accuracy <sub>min<\/sub> \| 0\.94 <sub>\[0\.9356\d*, 0\.9441\d*\]<\/sub> \| ≥ 0\.9 \|/);
  });

  test('evidence in collapsible sections, and a link to the run', () => {
    expect(body).toContain('<details><summary>Fairness by group</summary>');
    expect(body).toContain('<details><summary>All metrics</summary>');
    expect(body.trimEnd().split('\n').at(-1)).toBe('<sub>[Workflow run](https://github.com/acme/models/actions/runs/42) · the full report is in its job summary</sub>');
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
    const plain = evaluateRelease({ candidate: metricSet({ accuracy: 0.93, samples: 5000 }), candidateName: 'm.json', currentWeight: 0 });
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
    expect(hostile.match(/<\/?[a-z]+/g)!.every((tag) => ['<details', '</details', '<summary', '</summary', '<sub', '</sub'].includes(tag))).toBe(true);
    expect(hostile.match(/<details/g)!.length).toBe(hostile.match(/<\/details>/g)!.length);
    expect(hostile.match(/^```/gm)!.length % 2).toBe(0);
    const labels = mermaid(hostile).find((l) => l.startsWith('  x-axis'))!;
    expect(labels.match(/"[^"]*"/g)).toHaveLength(HOSTILE_GROUPS.length);
    expect(labels).toContain('"＠org/team"');
  });
});

describe('truncateComment', () => {
  const marker = commentMarker('CI/model');
  const table = (rows: string[]): string[] => ['| Status | Gate |', '|---|---|', ...rows];

  test('a comment within the limit is returned as it is', () => {
    const body = `${marker}\n### ok\n`;
    expect(truncateComment(body, 100)).toBe(body);
  });

  test('drops collapsible sections before rows, and passing rows before failing ones', () => {
    const body = [
      marker,
      '### ❌ model-gate rollback',
      '',
      ...table(['| ❌ fail | a |', ...Array.from({ length: 20 }, (_, i) => `| ✅ pass | gate ${i} |`)]),
      '',
      '<details><summary>All metrics</summary>',
      '',
      'x'.repeat(2000),
      '',
      '</details>',
      '',
      '<sub>footer</sub>'
    ].join('\n');
    const short = truncateComment(body, 600);
    expect(short.length).toBeLessThanOrEqual(600);
    expect(short).not.toContain('<details');
    expect(short).toContain('| ❌ fail | a |');
    expect(short).toMatch(/\| … \| \d+ more rows in the full report \|/);
    expect(short.split('\n').slice(0, 5)).toEqual([marker, '### ❌ model-gate rollback', '', ...SHORTENED_NOTE.split('\n')]);
    expect(short.endsWith('<sub>footer</sub>')).toBe(true);
  });

  test('a section whose removal alone would suffice loses rows instead, and stays well formed', () => {
    const short = truncateComment(renderComment(manyGroupsReport(600), { modelKey: 'k' }));
    expect(short.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(short.length).toBeGreaterThan(COMMENT_LIMIT - 3000);
    expect(short).toContain('<details><summary>Fairness by group</summary>');
    expect(short).toMatch(/\| … \| \d+ more rows in the full report \|\n\n/);
    expect(short.match(/<details/g)!.length).toBe(short.match(/<\/details>/g)!.length);
    expect(short.match(/^```/gm)!.length % 2).toBe(0);
  });

  test('a code fence is dropped whole, never cut', () => {
    const body = [marker, '### h', '', '```mermaid', ...Array.from({ length: 50 }, () => '  bar [1, 2, 3]'), '```', '', 'tail'].join('\n');
    const short = truncateComment(body, 400);
    expect(short).not.toContain('```');
    expect(short).not.toContain('bar [');
  });

  test('when even the skeleton does not fit: the marker and as much of the headline and note as fits', () => {
    const body = `${marker}\n### ${'h'.repeat(300)}\n${'x'.repeat(1000)}`;
    expect(truncateComment(body, marker.length + SHORTENED_NOTE.length + 1)).toBe(`${marker}\n${SHORTENED_NOTE}`);
    expect(truncateComment(body, marker.length)).toBe(marker);
    expect(() => truncateComment(body, marker.length - 1)).toThrow(RangeError);
  });

  const text = fc.stringMatching(/^[A-Za-z0-9 ,.]{0,80}$/);
  const block = fc.oneof(
    text,
    fc.constant(''),
    fc.array(text, { maxLength: 30 }).map((rows) => table(rows.map((r, i) => `| ${i % 3 ? '✅ pass' : '❌ fail'} | ${r} |`)).join('\n')),
    fc.array(text, { maxLength: 30 }).map((lines) => ['```mermaid', ...lines, '```'].join('\n')),
    fc.array(fc.oneof(text, fc.array(text, { maxLength: 20 }).map((rows) => table(rows.map((r) => `| ${r} |`)).join('\n'))), { maxLength: 10 }).map((inner) =>
      ['<details><summary>s</summary>', '', ...inner, '', '</details>'].join('\n')
    )
  );

  test('property: always within the limit, always with the marker, never a section or fence cut in half', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.integer({ min: marker.length, max: 6000 }), (blocks, limit) => {
        const body = [marker, '### headline', ...blocks, '<sub>footer</sub>'].join('\n');
        const short = truncateComment(body, limit);
        expect(short.length).toBeLessThanOrEqual(limit);
        expect(short).toContain(marker);
        expect((short.match(/<details/g) ?? []).length).toBe((short.match(/<\/details>/g) ?? []).length);
        expect((short.match(/^```/gm) ?? []).length % 2).toBe(0);
      }),
      { numRuns: 300 }
    );
  });

  test('property: any group names, any limit: within it, marker kept, nothing unescaped', () => {
    const name = fc.oneof(fc.string({ minLength: 1, maxLength: 128, unit: 'binary' }), fc.string({ minLength: 1, maxLength: 128, unit: 'grapheme-ascii' }), fc.constantFrom(...HOSTILE_GROUPS));
    const names = fc.uniqueArray(name, { minLength: 2, maxLength: 40 });
    let rendered = 0;
    fc.assert(
      fc.property(names, fc.integer({ min: 200, max: COMMENT_LIMIT }), (groupNames, limit) => {
        const groups = Object.fromEntries(groupNames.map((name, i) => [name, { tp: 10 + i, fp: 5, tn: 20, fn: 3 }]));
        let report: Report;
        try {
          report = fairReport('gates:\n  demographic_parity_ratio: {min: 0.8}', groups);
        } catch {
          return; // a name the metrics schema refuses
        }
        const body = renderComment(report, { modelKey: 'CI/model' });
        rendered++;
        const short = truncateComment(body, limit);
        expect(short.length).toBeLessThanOrEqual(limit);
        expect(short).toContain(commentMarker('CI/model'));
        for (const text of [body, short]) {
          expect(text).not.toMatch(/@[A-Za-z0-9]/);
          expect(text.match(/<\/?[A-Za-z]+/g)?.every((tag) => /^<\/?(details|summary|sub)$/.test(tag)) ?? true).toBe(true);
        }
      }),
      { numRuns: 60 }
    );
    expect(rendered).toBeGreaterThan(30);
  });
});
