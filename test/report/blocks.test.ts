import { BLANK, details, fence, fromLines, line, table, toMarkdown } from '../../src/report/blocks.js';

describe('blocks', () => {
  test('print as Markdown lines; a table gets a separator as wide as its header; a final blank line ends the text with a newline', () => {
    const blocks = [line('# t'), BLANK, table('| | a | b |', [{ text: '| ✅ | 1 | 2 |', failed: false }]), details('s', [fence('mermaid', ['x'])], true), BLANK];
    expect(toMarkdown(blocks)).toBe('# t\n\n| | a | b |\n|---|---|---|\n| ✅ | 1 | 2 |\n<details open><summary>s</summary>\n```mermaid\nx\n```\n</details>\n');
  });

  test('fromLines recognises collapsible sections and tables, and prints back the same lines', () => {
    const lines = ['', '<details><summary>Latency</summary>', '', 'text', '', '| Batch | p50 |', '|---|---|', '| 1 | 2 ms |', '| 8 | 3 ms |', '', '<sub>note</sub>', '', '</details>'];
    const blocks = fromLines(lines);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'details']);
    const section = blocks[1] as Extract<(typeof blocks)[number], { kind: 'details' }>;
    expect(section.opening).toBe('<details><summary>Latency</summary>');
    expect(section.body.map((b) => b.kind)).toEqual(['line', 'line', 'line', 'table', 'line', 'line', 'line']);
    expect(section.body[3]).toEqual({ kind: 'table', header: '| Batch | p50 |', separator: '|---|---|', rows: [{ text: '| 1 | 2 ms |', failed: false }, { text: '| 8 | 3 ms |', failed: false }] });
    expect(toMarkdown(blocks)).toBe(lines.join('\n'));
  });

  test('fromLines leaves a section that is never closed as lines', () => {
    const lines = ['<details><summary>s</summary>', 'a', '| not | a table |'];
    expect(fromLines(lines).map((b) => b.kind)).toEqual(['line', 'line', 'line']);
    expect(toMarkdown(fromLines(lines))).toBe(lines.join('\n'));
  });
});
