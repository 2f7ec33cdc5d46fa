// Shortens a Markdown comment to a size limit by dropping whole blocks, least important first,
// so no HTML tag, collapsible section, table header or code fence is ever cut in half.

/** GitHub refuses comment bodies longer than this (in characters). */
export const COMMENT_LIMIT = 65_536;

/** Said where text was dropped; worded for both the comment and the job summary, which are shortened alike. */
export const SHORTENED_NOTE =
  "> [!NOTE]\n> This report was shortened to fit GitHub's size limit: the whole of it is in the run's job summary and its JSON report (the step's `report` output, kept in the run's artifact).";

type Kind = 'marker' | 'heading' | 'footer' | 'details' | 'fence' | 'table-head' | 'row' | 'blank' | 'line';

interface Block {
  kind: Kind;
  text: string;
  table?: number;
  removed?: boolean;
}

const MARKER_LINE = /^<!-- model-gate:.* -->$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_SEPARATOR = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const FAILED_ROW = /❌|⚠️/;

/**
 * `body` if it fits in `limit` characters. Else the same comment with a note pointing to the job
 * summary, without its collapsible sections (the one whose removal would suffice loses table rows
 * instead), then without code blocks, then without table rows (passing gates before failing ones)
 * and other lines, each from the end. The marker line, the first heading and the closing line stay
 * while they fit; when even they do not, the marker alone is returned.
 */
export function truncateComment(body: string, limit = COMMENT_LIMIT): string {
  if (body.length <= limit) return body;
  const comment = new Blocks(parseBlocks(body));
  const marker = comment.blocks.find((b) => b.kind === 'marker')?.text;
  if (marker !== undefined && marker.length > limit) throw new RangeError(`the comment marker alone is longer than the limit of ${limit} characters`);

  // The note goes in with a blank line before it: two more lines.
  const budget = limit - SHORTENED_NOTE.length - 2;
  for (const block of removalOrder(comment.blocks)) {
    if (comment.size <= budget) break;
    const shrunk = block.kind === 'details' ? withFewerRows(block.text, budget - (comment.size - block.text.length)) : undefined;
    if (shrunk !== undefined) comment.replace(block, shrunk);
    else comment.remove(block);
  }
  // Put back what fits again: a small section dropped before a large one was shortened.
  for (const block of comment.blocks) if (block.removed && (block.kind === 'details' || block.kind === 'fence') && comment.size + block.text.length + 1 <= budget) comment.restore(block);
  return comment.size <= budget ? comment.text(SHORTENED_NOTE) : minimal(comment.blocks, marker, limit);
}

/** The blocks of a comment, what has been removed, and the size of what is left, kept up to date. */
class Blocks {
  size: number;
  private readonly removedRows = new Map<number, number>();

  constructor(readonly blocks: Block[]) {
    this.size = blocks.reduce((sum, b) => sum + b.text.length + 1, -1);
  }

  remove(block: Block): void {
    block.removed = true;
    this.size -= block.text.length + 1;
    if (block.table !== undefined) this.countRemovedRow(block.table, +1);
  }

  restore(block: Block): void {
    block.removed = false;
    this.size += block.text.length + 1;
    if (block.table !== undefined) this.countRemovedRow(block.table, -1);
  }

  replace(block: Block, text: string): void {
    this.size += text.length - block.text.length;
    block.text = text;
  }

  text(note?: string): string {
    const out: string[] = [];
    const lastOfTable = new Map<number, Block>();
    for (const b of this.blocks) if (!b.removed && b.table !== undefined) lastOfTable.set(b.table, b);
    const anchor = note === undefined ? undefined : (this.blocks.find((b) => b.kind === 'heading') ?? this.blocks.find((b) => b.kind === 'marker'));
    if (note !== undefined && !anchor) out.push(note, '');
    for (const b of this.blocks) {
      if (b.removed || (b.kind === 'blank' && out.length > 0 && out.at(-1) === '')) continue;
      out.push(b.text);
      if (b === anchor) out.push('', note!);
      const removed = b.table === undefined ? undefined : this.removedRows.get(b.table);
      if (removed && lastOfTable.get(b.table!) === b) out.push(ellipsisRow(removed));
    }
    return out.join('\n');
  }

  /** Keeps `size` exact: one "… N more rows" line per table that lost rows. */
  private countRemovedRow(table: number, change: number): void {
    const line = (n: number): number => (n > 0 ? ellipsisRow(n).length + 1 : 0);
    const before = this.removedRows.get(table) ?? 0;
    this.removedRows.set(table, before + change);
    this.size += line(before + change) - line(before);
  }
}

/** A <details> block with table rows dropped from its end until it fits `budget`; undefined when no row would remain. */
function withFewerRows(text: string, budget: number): string | undefined {
  const lines = text.split('\n');
  const open = lines[0]!;
  const close = lines.at(-1)!;
  if (lines.length < 3 || !close.includes('</details>')) return undefined;
  const inner = new Blocks(parseBlocks(lines.slice(1, -1).join('\n')));
  const frame = open.length + close.length + 2;
  for (const row of rowsFromEnd(inner.blocks)) {
    if (inner.size + frame <= budget) break;
    inner.remove(row);
  }
  if (inner.size + frame > budget || !inner.blocks.some((b) => b.kind === 'row' && !b.removed)) return undefined;
  return [open, inner.text(), close].join('\n');
}

function parseBlocks(body: string): Block[] {
  const lines = body.split('\n');
  const blocks: Block[] = [];
  let table = 0;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inTable && line.startsWith('|')) {
      blocks.push({ kind: 'row', text: line, table });
      continue;
    }
    inTable = false;
    if (/^\s*<details[\s>]/.test(line)) {
      const end = detailsEnd(lines, i);
      blocks.push({ kind: 'details', text: lines.slice(i, end + 1).join('\n') });
      i = end;
    } else if (FENCE_OPEN.test(line)) {
      const end = fenceEnd(lines, i);
      blocks.push({ kind: 'fence', text: lines.slice(i, end + 1).join('\n') });
      i = end;
    } else if (line.startsWith('|') && lines[i + 1]?.includes('-') && TABLE_SEPARATOR.test(lines[i + 1]!)) {
      table++;
      inTable = true;
      blocks.push({ kind: 'table-head', text: `${line}\n${lines[i + 1]}`, table });
      i++;
    } else if (line.trim() === '') {
      blocks.push({ kind: 'blank', text: line });
    } else if (MARKER_LINE.test(line) && !blocks.some((b) => b.kind === 'marker')) {
      blocks.push({ kind: 'marker', text: line });
    } else if (line.startsWith('#') && !blocks.some((b) => b.kind === 'heading')) {
      blocks.push({ kind: 'heading', text: line });
    } else {
      blocks.push({ kind: 'line', text: line });
    }
  }
  const last = blocks.findLast((b) => b.kind !== 'blank');
  if (last?.kind === 'line' && last.text.startsWith('<sub>')) last.kind = 'footer';
  return blocks;
}

/** The line closing the <details> opened at `start` (nested ones and code fences inside counted), or the last line. */
function detailsEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > start && FENCE_OPEN.test(line)) {
      i = fenceEnd(lines, i);
      continue;
    }
    depth += (line.match(/<details[\s>]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    if (depth <= 0) return i;
  }
  return lines.length - 1;
}

/** The line closing the code fence opened at `start` (same character, at least as long), or the last line. */
function fenceEnd(lines: readonly string[], start: number): number {
  const fence = FENCE_OPEN.exec(lines[start]!)![1]!;
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
  for (let i = start + 1; i < lines.length; i++) if (closing.test(lines[i]!)) return i;
  return lines.length - 1;
}

function removalOrder(blocks: readonly Block[]): Block[] {
  const fromEnd = (kind: Kind): Block[] => blocks.filter((b) => b.kind === kind).reverse();
  return [...fromEnd('details'), ...fromEnd('fence'), ...rowsFromEnd(blocks), ...fromEnd('line')];
}

/** Table rows from the end, those of passing gates before those of failing ones. */
function rowsFromEnd(blocks: readonly Block[]): Block[] {
  const rows = blocks.filter((b) => b.kind === 'row').reverse();
  return [...rows.filter((b) => !FAILED_ROW.test(b.text)), ...rows.filter((b) => FAILED_ROW.test(b.text))];
}

function ellipsisRow(count: number): string {
  return `| … | ${count} more row${count > 1 ? 's' : ''} in the full report |`;
}

/** When even the skeleton does not fit: the marker, the heading and the note, as much of it as fits. */
function minimal(blocks: readonly Block[], marker: string | undefined, limit: number): string {
  const heading = blocks.find((b) => b.kind === 'heading')?.text;
  const candidates = [
    [marker, heading, '', SHORTENED_NOTE],
    [marker, SHORTENED_NOTE],
    [marker]
  ].map((parts) => parts.filter((p): p is string => p !== undefined).join('\n'));
  return candidates.find((c) => c.length <= limit) ?? '';
}
