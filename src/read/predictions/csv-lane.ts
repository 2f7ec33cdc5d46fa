// A fast lane beside the CSV scanner for the plain records most files are made of: no quotes, LF or
// CRLF line ends, numbers written as plain decimals. A record is scanned and its numbers parsed in
// one pass over its bytes, and the scanner hands the lane a stretch of records at once. Whatever it
// does not take (a quote, a space around a number, an exponent, a blank line, a wrong count of
// fields, a record cut by the end of the chunk) it leaves to the scanner, which reads it as usual:
// the lane changes the speed, never the result.
import type { RowReader } from './file-reader.js';
import { POW10 } from './number-field.js';

/** Reads a stretch of plain records at once; the scanner calls it before each record it reads itself (CsvScanner.lane). */
export interface CsvLane {
  /** Reads the plain records from `start` on and returns where the first it does not take begins; `records` tells how many it took. */
  read(bytes: Uint8Array, start: number): number;
  readonly records: number;
}

/** What the lane reads of a column: a number into slot `number` of `numbers`, a text's bytes into slot `text` of `spans`, or nothing. */
export type LaneColumn = { number: number } | { text: number } | undefined;

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const POINT = 0x2e;
const ZERO = 0x30;
const SKIP = -1;

/** One plain record's values, parsed in place: reused from record to record. */
export class PlainRecord {
  /** Each text column's bytes in the record: [start, end) at 2·slot, 2·slot + 1. */
  readonly spans: Int32Array;
  /**
   * Each text column's value, when it has at most 6 bytes, packed into two integers at 2·slot and
   * 2·slot + 1: its first four bytes, then its length · 2¹⁶ + its fifth and sixth; a longer value's
   * second is −1.
   */
  readonly keys: Int32Array;
  /** Per column: its number slot (≥ 0), SKIP, or −2 − its text slot. */
  private readonly roles: Int32Array;
  /** The chunk being parsed (use), also read four bytes at a time, and the last line feed that lies 8 bytes or more before its end. */
  private bytes: Uint8Array = new Uint8Array(0);
  private words: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private lastLf = -1;

  constructor(
    columns: readonly LaneColumn[],
    readonly numbers: Float64Array
  ) {
    this.roles = Int32Array.from(columns, (column) => (column === undefined ? SKIP : 'number' in column ? column.number : -2 - column.text));
    const texts = columns.filter((column) => column !== undefined && 'text' in column).length;
    this.spans = new Int32Array(2 * texts);
    this.keys = new Int32Array(2 * texts);
  }

  /**
   * Makes `bytes` the chunk that parse reads; its contents must not change while it is (a new chunk
   * is a new array). Only the records that end at a line feed 8 bytes or more before its end are
   * parsed (the scanner reads the last few), so two words can be read anywhere in a record.
   */
  use(bytes: Uint8Array): void {
    if (bytes === this.bytes) return;
    this.bytes = bytes;
    this.words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.lastLf = bytes.length < 8 ? -1 : bytes.lastIndexOf(LF, bytes.length - 8);
  }

  /**
   * Parses the record at `start` of the chunk (use) when it is plain: returns where the next
   * begins, or −1. Numbers are parsed as parseNumber's fast path does (Clinger: a mantissa below
   * 2^53 over an exact power of ten), so they are the same doubles; any other number is left to it.
   * Every scan below stops at a line feed, so a record that starts before lastLf needs no check
   * against the chunk's end. (What runs once a chunk, such as use, stays out of this function and
   * of the lane's loop: V8 optimizes them before they first meet it, and would drop their code.)
   */
  parse(start: number): number {
    const { bytes, words, lastLf, roles, numbers, spans, keys } = this;
    const last = roles.length - 1;
    let p = start;
    if (p > lastLf || bytes[p] === LF || bytes[p] === CR) return -1; // a blank line is the scanner's to skip
    for (let column = 0; column <= last; column++) {
      const role = roles[column] as number;
      if (role >= 0) {
        const sign = bytes[p];
        if (sign === MINUS || sign === PLUS) p++;
        const first = p;
        let mantissa = 0;
        let digit: number;
        while ((digit = (bytes[p] as number) - ZERO) >= 0 && digit <= 9) {
          mantissa = mantissa * 10 + digit;
          p++;
        }
        let digits = p - first;
        let fraction = 0;
        if (bytes[p] === POINT) {
          const point = ++p;
          while ((digit = (bytes[p] as number) - ZERO) >= 0 && digit <= 9) {
            mantissa = mantissa * 10 + digit;
            p++;
          }
          fraction = p - point;
          digits += fraction;
        }
        // past 2^53 the sum above may have rounded: such numbers, like exponents, are parseNumber's
        if (digits === 0 || mantissa > Number.MAX_SAFE_INTEGER || fraction > 22) return -1;
        const value = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
        numbers[role] = sign === MINUS ? -value : value;
      } else {
        if (bytes[p] === QUOTE) return -1;
        const from = p;
        // to the first byte below '-' (a comma, a line end; or a space, which the loop below goes past) in the next four or eight bytes
        const ends = firstBelowMinus(words.getUint32(p, true));
        p += ends < 4 ? ends : 4 + firstBelowMinus(words.getUint32(p + 4, true));
        let byte: number;
        // most bytes lie above the comma: one comparison
        while ((byte = bytes[p] as number) > COMMA || (byte !== COMMA && byte !== LF && byte !== CR)) p++;
        if (role !== SKIP) {
          const text = -2 - role;
          spans[2 * text] = from;
          spans[2 * text + 1] = p;
          const size = p - from;
          if (size <= 6) {
            const first = words.getInt32(from, true);
            keys[2 * text] = size >= 4 ? first : first & ((1 << (size << 3)) - 1);
            keys[2 * text + 1] = (size << 16) | (size <= 4 ? 0 : words.getInt32(from + 4, true) & (size === 5 ? 0xff : 0xffff));
          } else keys[2 * text + 1] = -1;
        }
      }
      const next = bytes[p];
      if (column < last) {
        if (next !== COMMA) return -1;
        p++;
      } else if (next === LF) p++;
      else if (next === CR && bytes[p + 1] === LF) p += 2;
      else return -1;
    }
    return p;
  }
}

/** Where the first byte below '-' (0x2d) is in a little-endian word, 0 to 3, or 4 when there is none (the lowest byte flagged by the SWAR test for a byte below n is exact). */
function firstBelowMinus(word: number): number {
  const flags = (word - 0x2d2d2d2d) & ~word & 0x80808080;
  return flags === 0 ? 4 : (31 - Math.clz32(flags & -flags)) >> 3;
}

/** A lane whose records are also counted by `count` (for a progress, or a part's rows). */
export function countedLane(lane: CsvLane, count: (records: number) => void): CsvLane {
  return {
    get records() {
      return lane.records;
    },
    read(bytes, start) {
      const next = lane.read(bytes, start);
      count(lane.records);
      return next;
    }
  };
}

/** `rows`, with every row it reads, one by one or by the lane, counted by `count` (for a progress, or a part's rows). */
export function countedRows<Sink, Result>(rows: RowReader<Sink, Result>, count: (records: number) => void): RowReader<Sink, Result> {
  return {
    ...rows,
    csvRow(sink, record) {
      rows.csvRow(sink, record);
      count(1);
    },
    jsonRow(sink, fields, line) {
      rows.jsonRow(sink, fields, line);
      count(1);
    },
    csvLane(sink, fields) {
      const lane = rows.csvLane?.(sink, fields);
      return lane && countedLane(lane, count);
    }
  };
}
