// Packs a report's blocks into a size limit (the job summary's, the pull-request comment's) by
// dropping whole pieces, least important first, so no HTML tag, collapsible section, table header
// or code fence is ever cut in half.
import { blockLines, toMarkdown, type Block } from './blocks.js';

/** Said where text was dropped; worded for both the comment and the job summary, which are shortened alike. */
export const SHORTENED_NOTE =
  "> [!NOTE]\n> This report was shortened to fit GitHub's size limit: the whole of it is in the run's job summary and its JSON report (the step's `report` output, kept in the run's artifact).";

type Section = Extract<Block, { kind: 'details' }>;

/** What is kept or dropped whole: a line, a table's head or one of its rows, a whole section or code fence. */
interface Piece {
  kind: 'marker' | 'heading' | 'footer' | 'details' | 'fence' | 'table-head' | 'row' | 'blank' | 'line';
  text: string;
  /** Which table a head or row belongs to. */
  table?: number;
  failed?: boolean;
  section?: Section;
  removed?: boolean;
}

/**
 * The blocks as Markdown if that fits in `limit` characters. Else the same with a note pointing to
 * the job summary, without its collapsible sections (the one whose removal would suffice loses
 * table rows instead), then without code fences, then without table rows (passing before failing)
 * and other lines, each from the end. The marker, the first heading and the footer stay while they
 * fit; when even they do not, the marker alone is returned.
 */
export function fit(blocks: readonly Block[], limit: number): string {
  const full = toMarkdown(blocks);
  if (full.length <= limit) return full;
  const report = new Pieces(toPieces(blocks));
  const marker = report.pieces.find((p) => p.kind === 'marker')?.text;
  if (marker !== undefined && marker.length > limit) throw new RangeError(`the comment marker alone is longer than the limit of ${limit} characters`);

  // The note goes in with a blank line before it: two more lines.
  const budget = limit - SHORTENED_NOTE.length - 2;
  for (const piece of removalOrder(report.pieces)) {
    if (report.size <= budget) break;
    const shrunk = piece.section ? withFewerRows(piece.section, budget - (report.size - piece.text.length)) : undefined;
    if (shrunk !== undefined) report.replace(piece, shrunk);
    else report.remove(piece);
  }
  // Put back what fits again: a small section dropped before a large one was shortened.
  for (const piece of report.pieces)
    if (piece.removed && (piece.kind === 'details' || piece.kind === 'fence') && report.size + piece.text.length + 1 <= budget) report.restore(piece);
  return report.size <= budget ? report.text(SHORTENED_NOTE) : minimal(report.pieces, marker, limit);
}

function toPieces(blocks: readonly Block[]): Piece[] {
  let table = 0;
  let headings = 0;
  return blocks.flatMap((block): Piece[] => {
    switch (block.kind) {
      case 'table':
        table++;
        return [
          { kind: 'table-head', text: `${block.header}\n${block.separator}`, table },
          ...block.rows.map((row): Piece => ({ kind: 'row', text: row.text, failed: row.failed, table }))
        ];
      case 'details':
        return [{ kind: 'details', text: blockLines(block).join('\n'), section: block }];
      case 'fence':
        return [{ kind: 'fence', text: block.lines.join('\n') }];
      case 'heading':
        return [{ kind: headings++ === 0 ? 'heading' : 'line', text: block.text }];
      case 'line':
        return [{ kind: block.text.trim() === '' ? 'blank' : 'line', text: block.text }];
      default:
        return [{ kind: block.kind, text: block.text }];
    }
  });
}

/** The pieces of a report, which were removed, and the size of what is left, kept up to date. */
class Pieces {
  size: number;
  private readonly removedRows = new Map<number, number>();

  constructor(readonly pieces: Piece[]) {
    this.size = pieces.reduce((sum, p) => sum + p.text.length + 1, -1);
  }

  remove(piece: Piece): void {
    piece.removed = true;
    this.size -= piece.text.length + 1;
    if (piece.table !== undefined) this.countRemovedRow(piece.table, +1);
  }

  restore(piece: Piece): void {
    piece.removed = false;
    this.size += piece.text.length + 1;
    if (piece.table !== undefined) this.countRemovedRow(piece.table, -1);
  }

  replace(piece: Piece, text: string): void {
    this.size += text.length - piece.text.length;
    piece.text = text;
  }

  /** What is left, with `note` after the heading (else the marker), and "… N more rows" where a table lost rows. */
  text(note?: string): string {
    const out: string[] = [];
    const lastOfTable = new Map<number, Piece>();
    for (const p of this.pieces) if (!p.removed && p.table !== undefined) lastOfTable.set(p.table, p);
    const anchor = note === undefined ? undefined : (this.pieces.find((p) => p.kind === 'heading') ?? this.pieces.find((p) => p.kind === 'marker'));
    if (note !== undefined && !anchor) out.push(note, '');
    for (const p of this.pieces) {
      if (p.removed || (p.kind === 'blank' && out.length > 0 && out.at(-1) === '')) continue;
      out.push(p.text);
      if (p === anchor) out.push('', note!);
      const removed = p.table === undefined ? undefined : this.removedRows.get(p.table);
      if (removed && lastOfTable.get(p.table!) === p) out.push(ellipsisRow(removed));
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

/** The section with table rows dropped from its end until it fits `budget`; undefined when no row would remain. */
function withFewerRows(section: Section, budget: number): string | undefined {
  const inner = new Pieces(toPieces(section.body));
  const frame = section.opening.length + '</details>'.length + 2;
  for (const row of rowsFromEnd(inner.pieces)) {
    if (inner.size + frame <= budget) break;
    inner.remove(row);
  }
  if (inner.size + frame > budget || !inner.pieces.some((p) => p.kind === 'row' && !p.removed)) return undefined;
  return [section.opening, inner.text(), '</details>'].join('\n');
}

function removalOrder(pieces: readonly Piece[]): Piece[] {
  const fromEnd = (kind: Piece['kind']): Piece[] => pieces.filter((p) => p.kind === kind).reverse();
  return [...fromEnd('details'), ...fromEnd('fence'), ...rowsFromEnd(pieces), ...fromEnd('line')];
}

/** Table rows from the end, those that passed before those that failed. */
function rowsFromEnd(pieces: readonly Piece[]): Piece[] {
  const rows = pieces.filter((p) => p.kind === 'row').reverse();
  return [...rows.filter((p) => !p.failed), ...rows.filter((p) => p.failed)];
}

function ellipsisRow(count: number): string {
  return `| … | ${count} more row${count > 1 ? 's' : ''} in the full report |`;
}

/** When even the skeleton does not fit: the marker, the heading and the note, as much of it as fits. */
function minimal(pieces: readonly Piece[], marker: string | undefined, limit: number): string {
  const heading = pieces.find((p) => p.kind === 'heading')?.text;
  const candidates = [[marker, heading, '', SHORTENED_NOTE], [marker, SHORTENED_NOTE], [marker]].map((parts) =>
    parts.filter((p): p is string => p !== undefined).join('\n')
  );
  return candidates.find((c) => c.length <= limit) ?? '';
}
