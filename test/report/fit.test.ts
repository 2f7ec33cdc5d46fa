import fc from 'fast-check';
import { BLANK, details, fence, line, table, toMarkdown, type Block, type Row } from '../../src/report/blocks.js';
import { COMMENT_LIMIT, commentBlocks, commentMarker, renderComment } from '../../src/report/comment.js';
import { fit, SHORTENED_NOTE } from '../../src/report/fit.js';
import { renderMarkdown, summaryBlocks } from '../../src/report/markdown.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { evaluateCandidate } from '../../src/decide/engine.js';
import { metricSet } from '../support/fixtures.js';
import { HOSTILE_GROUPS, manyGroupsReport } from '../support/reports.js';
import type { Report } from '../../src/model/report.js';

const marker = commentMarker('CI/model');
const top: Block[] = [{ kind: 'marker', text: marker }];
const heading = (text: string): Block => ({ kind: 'heading', text });
const footer: Block = { kind: 'footer', text: '<sub>footer</sub>' };
const gates = (rows: Row[]): Block => table('| Status | Gate |', rows);
const pass = (text: string): Row => ({ text, failed: false });

describe('fit', () => {
  test('blocks within the limit are printed as they are', () => {
    expect(fit([...top, heading('### ok'), BLANK], 100)).toBe(`${marker}\n### ok\n`);
  });

  test('drops collapsible sections before rows, and passing rows before failing ones', () => {
    const blocks = [
      ...top,
      heading('### ❌ model-gate rollback'),
      BLANK,
      gates([{ text: '| ❌ fail | a |', failed: true }, ...Array.from({ length: 20 }, (_, i) => pass(`| ✅ pass | gate ${i} |`))]),
      BLANK,
      details('All metrics', [BLANK, line('x'.repeat(2000)), BLANK]),
      BLANK,
      footer
    ];
    const short = fit(blocks, 600);
    expect(short.length).toBeLessThanOrEqual(600);
    expect(short).not.toContain('<details');
    expect(short).toContain('| Status | Gate |\n|---|---|\n| ❌ fail | a |');
    expect(short).toMatch(/\| … \| \d+ more rows in the full report \|/);
    expect(short.split('\n').slice(0, 5)).toEqual([marker, '### ❌ model-gate rollback', '', ...SHORTENED_NOTE.split('\n')]);
    expect(short.endsWith('<sub>footer</sub>')).toBe(true);
  });

  test('which rows failed is known from the data, not from emoji in their text', () => {
    const rows = [
      { text: '| quietly failed |', failed: true },
      ...Array.from({ length: 30 }, (_, i) => pass(`| ⚠️ small group ${i} | ❌ ${'x'.repeat(100)} |`))
    ];
    const short = fit([...top, heading('### h'), BLANK, gates(rows)], 400);
    expect(short).toContain('| quietly failed |');
    expect(short).not.toContain('small group');
    expect(short).toContain('| … | 30 more rows in the full report |');
  });

  test('a section whose removal alone would suffice loses rows instead, and stays well formed', () => {
    const blocks = commentBlocks(manyGroupsReport(600), { modelKey: 'k' });
    expect(toMarkdown(blocks).length).toBeGreaterThan(COMMENT_LIMIT);
    const short = renderComment(manyGroupsReport(600), { modelKey: 'k' });
    expect(short).toBe(fit(blocks, COMMENT_LIMIT));
    expect(short.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(short.length).toBeGreaterThan(COMMENT_LIMIT - 3000);
    expect(short).toContain('<details><summary>Fairness by group</summary>');
    expect(short).toMatch(/\| … \| \d+ more rows in the full report \|\n\n/);
    expect(short.match(/<details/g)!.length).toBe(short.match(/<\/details>/g)!.length);
    expect(short.match(/^```/gm)!.length % 2).toBe(0);
  });

  test('a code fence is dropped whole, never cut', () => {
    const blocks = [
      ...top,
      heading('### h'),
      BLANK,
      fence(
        'mermaid',
        Array.from({ length: 50 }, () => '  bar [1, 2, 3]')
      ),
      BLANK,
      line('tail')
    ];
    const short = fit(blocks, 400);
    expect(short).not.toContain('```');
    expect(short).not.toContain('bar [');
    expect(short.endsWith('tail')).toBe(true);
  });

  test('when even the skeleton does not fit: the marker and as much of the headline and note as fits', () => {
    const blocks = [...top, heading(`### ${'h'.repeat(300)}`), line('x'.repeat(1000))];
    expect(fit(blocks, marker.length + SHORTENED_NOTE.length + 1)).toBe(`${marker}\n${SHORTENED_NOTE}`);
    expect(fit(blocks, marker.length)).toBe(marker);
    expect(() => fit(blocks, marker.length - 1)).toThrow(RangeError);
  });

  test('the job summary is fitted by the same policy, the note after its heading', () => {
    const report = manyGroupsReport(600);
    const full = renderMarkdown(report);
    expect(full).toBe(toMarkdown(summaryBlocks(report)));
    const short = renderMarkdown(report, 20_000);
    expect(short.length).toBeLessThanOrEqual(20_000);
    expect(short.split('\n').slice(0, 4)).toEqual([full.split('\n')[0], '', ...SHORTENED_NOTE.split('\n')]);
    expect(short).toContain('| Status | Gate |');
    expect(short.match(/<details/g)?.length ?? 0).toBe(short.match(/<\/details>/g)?.length ?? 0);
  });

  const text = fc.stringMatching(/^[A-Za-z0-9 ,.]{0,80}$/);
  const gateTable = (texts: string[]): Block => gates(texts.map((r, i) => ({ text: `| ${i % 3 ? '✅ pass' : '❌ fail'} | ${r} |`, failed: i % 3 === 0 })));
  const block = fc.oneof(
    text.map(line),
    fc.constant(BLANK),
    fc.array(text, { maxLength: 30 }).map(gateTable),
    fc.array(text, { maxLength: 30 }).map((lines) => fence('mermaid', lines)),
    fc
      .array(
        fc.oneof(
          text.map(line),
          fc.array(text, { maxLength: 20 }).map((rows) =>
            table(
              '| Group |',
              rows.map((r) => pass(`| ${r} |`))
            )
          )
        ),
        { maxLength: 10 }
      )
      .map((inner) => details('s', [BLANK, ...inner, BLANK]))
  );

  test('property: always within the limit, always with the marker, never a section or fence cut in half', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.integer({ min: marker.length, max: 6000 }), (blocks, limit) => {
        const short = fit([...top, heading('### headline'), ...blocks, footer], limit);
        expect(short.length).toBeLessThanOrEqual(limit);
        expect(short).toContain(marker);
        expect((short.match(/<details/g) ?? []).length).toBe((short.match(/<\/details>/g) ?? []).length);
        expect((short.match(/^```/gm) ?? []).length % 2).toBe(0);
      }),
      { numRuns: 300 }
    );
  });

  test('property: any group names, any limit: within it, marker kept, nothing unescaped', () => {
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 128, unit: 'binary' }),
      fc.string({ minLength: 1, maxLength: 128, unit: 'grapheme-ascii' }),
      fc.constantFrom(...HOSTILE_GROUPS)
    );
    const names = fc.uniqueArray(name, { minLength: 2, maxLength: 40 });
    let rendered = 0;
    fc.assert(
      fc.property(names, fc.integer({ min: 200, max: COMMENT_LIMIT }), (groupNames, limit) => {
        const groups = Object.fromEntries(groupNames.map((name, i) => [name, { tp: 10 + i, fp: 5, tn: 20, fn: 3 }]));
        let report: Report;
        try {
          report = evaluateCandidate({
            candidate: metricSet({ model: { name: 'fraud-detector', version: '2.4.0' }, metrics: {}, groups: { age_band: groups } }),
            candidateName: 'metrics.json',
            gates: parseGatesFile('gates:\n  demographic_parity_ratio: {min: 0.8}', 'gates.yml'),
            currentWeight: 10
          });
        } catch {
          return; // a name the metrics schema refuses
        }
        const blocks = commentBlocks(report, { modelKey: 'CI/model' });
        rendered++;
        const short = fit(blocks, limit);
        expect(short.length).toBeLessThanOrEqual(limit);
        expect(short).toContain(commentMarker('CI/model'));
        for (const text of [toMarkdown(blocks), short]) {
          expect(text).not.toMatch(/@[A-Za-z0-9]/);
          expect(text.match(/<\/?[A-Za-z]+/g)?.every((tag) => /^<\/?(details|summary|sub|span)$/.test(tag)) ?? true).toBe(true);
        }
      }),
      { numRuns: 60 }
    );
    expect(rendered).toBeGreaterThan(30);
  });
});
