// A report as typed blocks: the renderers (markdown.ts, comment.ts and the sections they are made of)
// return them, toMarkdown prints them as they are, and fit() packs them into a size limit. The blocks
// say what the text is (a table and which of its rows failed, a collapsible section, a code fence),
// so nothing has to be read back from the Markdown.

/** A table row; `failed` when it reports a failure (a failed gate, a drifted feature): those are dropped last. */
export interface Row {
  text: string;
  failed: boolean;
}

export type Block =
  /** The hidden marker by which the next run finds its comment: always kept. */
  | { kind: 'marker'; text: string }
  /** The headline: kept while it fits, the note that the report was shortened goes right after it. */
  | { kind: 'heading'; text: string }
  /** One line of prose or of a list, or a blank line (''). */
  | { kind: 'line'; text: string }
  /** The closing line: kept while it fits. */
  | { kind: 'footer'; text: string }
  | { kind: 'table'; header: string; separator: string; rows: Row[] }
  /** A code fence, its opening and closing lines included: kept or dropped whole. */
  | { kind: 'fence'; lines: string[] }
  /** A collapsible section: `opening` is its `<details><summary>…</summary>` line; `</details>` closes it. */
  | { kind: 'details'; opening: string; body: Block[] };

export const line = (text: string): Block => ({ kind: 'line', text });

/** Rows of a table that reports no failure. */
export const plainRows = (texts: readonly string[]): Row[] => texts.map((text) => ({ text, failed: false }));

export const BLANK: Block = line('');

/** A table whose separator line has as many columns as `header`. */
export function table(header: string, rows: Row[]): Block {
  const columns = header.split('|').length - 2;
  return { kind: 'table', header, separator: `|${'---|'.repeat(columns)}`, rows };
}

/** A code fence longer than any run of backticks in its lines, so text from an input file cannot close it. */
export function fence(info: string, lines: readonly string[]): Block {
  const longest = Math.max(2, ...lines.map((text) => Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))));
  const marker = '`'.repeat(longest + 1);
  return { kind: 'fence', lines: [marker + info, ...lines, marker] };
}

/** A collapsible section; `summary` is Markdown already escaped. Shown unfolded when `open`. */
export function details(summary: string, body: Block[], open = false): Block {
  return { kind: 'details', opening: `<details${open ? ' open' : ''}><summary>${summary}</summary>`, body };
}

export function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'table':
      return [block.header, block.separator, ...block.rows.map((r) => r.text)];
    case 'fence':
      return block.lines;
    case 'details':
      return [block.opening, ...block.body.flatMap(blockLines), '</details>'];
    default:
      return [block.text];
  }
}

/** The blocks as Markdown, in full. A document that ends with a blank line ends with a newline. */
export function toMarkdown(blocks: readonly Block[]): string {
  return blocks.flatMap(blockLines).join('\n');
}
