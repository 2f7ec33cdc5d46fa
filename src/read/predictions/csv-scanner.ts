import { formatSize, MAX_COLUMNS, MAX_RECORD_BYTES } from '../limits.js';
import { InputError } from '../../errors.js';
import type { CsvLane } from './csv-lane.js';

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * One CSV record, as offsets into `bytes`: field i spans [starts[i], ends[i]).
 * A quoted field's span excludes its quotes; `quoted[i]` says whether doubled quotes inside need unescaping.
 * The arrays are reused for the next record: copy what must outlive the callback.
 */
export interface CsvRecord {
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  quoted: Uint8Array;
  count: number;
  /** Line on which the record starts (1-based). */
  line: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message);
  }
}

/**
 * After this many records in a row that the lane refuses (a file whose every record has a quoted
 * field, say), the scanner reads the next LANE_REST records without trying it: a refusal costs
 * what the lane parsed before it.
 */
const LANE_PATIENCE = 64;
const LANE_REST = 4096;

/**
 * An RFC 4180 scanner fed with chunks of bytes: quoted fields (with embedded commas, quotes
 * and line breaks), LF or CRLF line ends, and records split across chunks. Blank lines are skipped.
 * It never decodes text itself: callers decode only the fields they need.
 * A record longer than `maxRecordBytes` is refused before it is complete, so a file without line
 * breaks, or with a quote that is never closed, is not held in memory whole.
 */
export class CsvScanner {
  private line = 1;
  private firstRecord = true;
  private readonly record: CsvRecord;
  /** Reads the plain records, when set: the scanner reads only the others (csv-lane.ts). */
  lane: CsvLane | undefined;
  /** Records the lane refused in a row, and how many the scanner reads before it tries the lane again (LANE_PATIENCE). */
  private laneRefusals = 0;
  private laneRest = 0;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    maxFields = MAX_COLUMNS,
    private readonly maxRecordBytes = MAX_RECORD_BYTES
  ) {
    this.record = {
      bytes: new Uint8Array(0),
      starts: new Int32Array(maxFields),
      ends: new Int32Array(maxFields),
      quoted: new Uint8Array(maxFields),
      count: 0,
      line: 1
    };
  }

  /**
   * Scans the complete records at the start of `bytes` and returns how many bytes they took; the
   * caller keeps the rest and feeds it again, followed by more, so no chunk is ever copied here.
   * With `atEnd`, the last record may lack its line break and everything is consumed.
   */
  feed(bytes: Uint8Array, atEnd: boolean): number {
    return this.scan(bytes, atEnd);
  }

  /** Scans complete records; returns the offset where an incomplete one begins. */
  private scan(bytes: Uint8Array, atEnd: boolean): number {
    const record = this.record;
    const { starts, ends, quoted } = record;
    const length = bytes.length;
    const limit = starts.length;
    record.bytes = bytes;
    let recordStart = 0;
    let pos = 0;
    while (pos < length) {
      if (this.laneRest > 0) this.laneRest--;
      else if (this.lane !== undefined) {
        recordStart = this.lane.read(bytes, recordStart);
        const taken = this.lane.records;
        this.line += taken;
        if (recordStart >= length) break;
        this.laneRefusals = taken > 0 ? 0 : this.laneRefusals + 1;
        if (this.laneRefusals === LANE_PATIENCE) [this.laneRefusals, this.laneRest] = [0, LANE_REST];
      }
      let count = 0;
      let lines = 0;
      pos = recordStart;
      for (;;) {
        if (count === limit) throw new CsvSyntaxError(`more than ${limit} fields in one record`, this.line);
        if (pos < length && bytes[pos] === QUOTE) {
          // quoted field: runs to the closing quote; "" is an escaped quote
          const quoteLine = this.line + lines;
          const start = pos + 1;
          let p = start;
          for (;;) {
            while (p < length && bytes[p] !== QUOTE) {
              if (bytes[p] === LF) lines++;
              p++;
            }
            if (p + 1 >= length) {
              // a quote at the end of the chunk may be the first half of an escaped ""
              if (!atEnd) return this.incomplete(bytes, recordStart, quoteLine);
              break;
            }
            if (bytes[p + 1] === QUOTE) {
              p += 2;
              continue;
            }
            break;
          }
          if (p >= length) {
            if (!atEnd) return this.incomplete(bytes, recordStart, quoteLine);
            throw new CsvSyntaxError(`a quoted field opened on line ${quoteLine} is not closed before the end of the file`, quoteLine);
          }
          starts[count] = start;
          ends[count] = p;
          quoted[count] = 1;
          count++;
          pos = p + 1;
          if (pos < length && bytes[pos] === CR) pos++;
          if (pos >= length) {
            if (!atEnd) return this.incomplete(bytes, recordStart);
            break;
          }
          const next = bytes[pos];
          if (next === COMMA) {
            pos++;
            continue;
          }
          if (next === LF) {
            pos++;
            lines++;
            break;
          }
          throw new CsvSyntaxError(`unexpected character ${JSON.stringify(String.fromCharCode(next as number))} after a closing quote`, this.line + lines);
        }
        const start = pos;
        // digits, letters, '.' and '-' lie above the comma: most bytes take one comparison
        while (pos < length) {
          const b = bytes[pos] as number;
          if (b > COMMA || (b !== COMMA && b !== LF)) pos++;
          else break;
        }
        if (pos >= length && !atEnd) return this.incomplete(bytes, recordStart);
        let end = pos;
        if (end > start && bytes[end - 1] === CR) end--;
        starts[count] = start;
        ends[count] = end;
        quoted[count] = 0;
        count++;
        if (pos < length && bytes[pos] === COMMA) {
          pos++;
          if (pos >= length && !atEnd) return this.incomplete(bytes, recordStart);
          continue;
        }
        if (pos < length) {
          pos++;
          lines++;
        }
        break;
      }
      // the loop above leaves only with a complete record; it returns on an incomplete one
      const blank = count === 1 && ends[0] === starts[0] && quoted[0] === 0;
      if (!blank) {
        record.count = count;
        record.line = this.line;
        if (this.firstRecord) this.checkLineEnds(record);
        this.onRecord(record);
      }
      this.line += lines;
      recordStart = pos;
    }
    return recordStart;
  }

  /** The record at `recordStart` continues in the next chunk: unless it is already too long. */
  private incomplete(bytes: Uint8Array, recordStart: number, quoteLine = 0): number {
    if (bytes.length - recordStart <= this.maxRecordBytes) return recordStart;
    const limit = formatSize(this.maxRecordBytes);
    if (quoteLine > 0)
      throw new CsvSyntaxError(`a quoted field opened on line ${quoteLine} is not closed within ${limit}: is a closing quote missing?`, quoteLine);
    throw new CsvSyntaxError(
      hasLoneCr(bytes, recordStart, bytes.length) ? CR_ONLY : `the line is longer than ${limit}: is the file missing its line breaks?`,
      this.line
    );
  }

  /**
   * A carriage return inside an unquoted field of the header means lines that end with CR alone
   * (classic Mac OS): the whole file would read as one record with odd column names.
   */
  private checkLineEnds(record: CsvRecord): void {
    this.firstRecord = false;
    for (let i = 0; i < record.count; i++) {
      if (!record.quoted[i] && hasLoneCr(record.bytes, record.starts[i] as number, record.ends[i] as number)) throw new CsvSyntaxError(CR_ONLY, record.line);
    }
  }
}

/** A carriage return in [start, end − 1) not followed by a line feed (a typed array's indexOf would search past `end`, to the chunk's end). */
function hasLoneCr(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) if (bytes[i] === CR && bytes[i + 1] !== LF) return true;
  return false;
}

const CR_ONLY = 'the lines end with a carriage return alone (classic Mac OS line ends): save the file with LF or CRLF line ends';

const decoder = new TextDecoder('utf-8');

/** A field as text, with a quoted field's doubled quotes made single. */
export function fieldText(record: CsvRecord, i: number): string {
  const text = decoder.decode(record.bytes.subarray(record.starts[i], record.ends[i]));
  return record.quoted[i] ? text.replace(/""/g, '"') : text;
}

/** The scanner's feed, with a CSV syntax error as bad input that names the file and the line. */
export function csvFeed(scanner: CsvScanner, file: string): (bytes: Uint8Array, atEnd: boolean) => number {
  return (bytes, atEnd) => {
    try {
      return scanner.feed(bytes, atEnd);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new InputError({ source: file, line: error.line, message: `not valid CSV: ${error.message}` });
      throw error;
    }
  };
}
