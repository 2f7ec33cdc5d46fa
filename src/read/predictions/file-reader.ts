// What both predictions readers (a classifier's, a regression's) share: CSV or JSON Lines told
// apart by the first character, the header or first object naming the columns, the empty file.
import { InputError } from '../../errors.js';
import { csvOrJsonLines, type ChunkReader } from '../chunk-reader.js';
import { jsonLines } from '../json-lines.js';
import { quoteList } from '../quote.js';
import type { CsvLane } from './csv-lane.js';
import { csvFeed, CsvScanner, fieldText, type CsvRecord } from './csv-scanner.js';
import { decimalNumber, parseNumber } from './number-field.js';
import type { ValueInterner } from './value-interner.js';

export interface RowReader<Sink, Result> {
  /** The sink for a file with these columns; may throw an InputError at `line`. */
  start(columns: readonly string[], line: number): Sink;
  csvRow(sink: Sink, record: CsvRecord): void;
  /** The lane that reads a CSV file's plain records of `fields` fields straight into the sink, when the task has one (csv-lane.ts). */
  csvLane?(sink: Sink, fields: number): CsvLane | undefined;
  jsonRow(sink: Sink, fields: JsonFields, line: number): void;
  finish(sink: Sink, columns: readonly string[]): Result;
}

/** A JSON Lines row's fields as text (a missing one is bad input at its line) and as numbers (NaN when not one). */
export interface JsonFields {
  text(name: string): string;
  number(name: string): number;
}

export function predictionsFileReader<Sink, Result>(file: string, rows: RowReader<Sink, Result>): ChunkReader<Result> {
  return csvOrJsonLines(
    () => csvReader(file, rows),
    () => jsonLinesReader(file, rows)
  );
}

function csvReader<Sink, Result>(file: string, rows: RowReader<Sink, Result>): ChunkReader<Result> {
  let sink: Sink | undefined;
  let header: string[] = [];
  const scanner = new CsvScanner((record) => {
    if (sink === undefined) {
      header = Array.from({ length: record.count }, (_, i) =>
        fieldText(record, i)
          .replace(/^\ufeff/, '')
          .trim()
      );
      sink = rows.start(header, record.line);
      scanner.lane = rows.csvLane?.(sink, header.length);
      return;
    }
    if (record.count !== header.length)
      throw new InputError({ source: file, line: record.line, message: `has ${record.count} fields, but the header has ${header.length}` });
    rows.csvRow(sink, record);
  });
  return {
    feed: csvFeed(scanner, file),
    result() {
      if (sink === undefined) throw new InputError({ source: file, message: 'the file is empty: expected a header row with label and prediction columns' });
      return rows.finish(sink, header);
    }
  };
}

function jsonLinesReader<Sink, Result>(file: string, rows: RowReader<Sink, Result>): ChunkReader<Result> {
  let sink: Sink | undefined;
  let columns: string[] = [];
  const lines = jsonLines(file, (row, line) => {
    if (sink === undefined) {
      columns = Object.keys(row);
      sink = rows.start(columns, line);
    }
    rows.jsonRow(sink, jsonFields(file, row, columns, line), line);
  });
  return {
    feed: (bytes, atEnd) => lines.feed(bytes, atEnd),
    result() {
      if (sink === undefined) throw new InputError({ source: file, message: 'the file is empty: expected JSON objects with label and prediction' });
      return rows.finish(sink, columns);
    }
  };
}

/** A row's fields, from a JSON Lines object or a Parquet row. */
function jsonFields(file: string, row: Record<string, unknown>, columns: readonly string[], line: number): JsonFields {
  return {
    text: (name) => valueText(file, row[name], name, columns, line),
    number: (name) => valueNumber(row[name])
  };
}

/**
 * The rows' weights must add up to a finite number: past the largest double their sum is ∞, and
 * every weighted share (accuracy, an error rate, a mean error) would be 0 or undefined, which a gate
 * could pass on.
 */
export function checkWeightSum(file: string, sum: number): void {
  if (!Number.isFinite(sum))
    throw new InputError({
      source: file,
      message: `the weights add up to more than ${Number.MAX_VALUE}, the largest number a double holds: expected weights that can be summed (scale them down; only their ratios count)`
    });
}

/** A JSON or Parquet value as text; a missing one (or null) is bad input at `line`. */
export function valueText(file: string, value: unknown, name: string, columns: readonly string[], line: number): string {
  if (value === undefined || value === null)
    throw new InputError({ source: file, line, message: `${name} is missing (the first line has: ${quoteList(columns)})` });
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A JSON or Parquet value as a number: NaN when it is not one. A Parquet int64 is a BigInt. */
export function valueNumber(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? decimalNumber(value) : Number.NaN;
}

/** A field as a number (NaN when it is not one), parsed from its bytes unless quoted. */
export function csvNumber(record: CsvRecord, column: number): number {
  return record.quoted[column]
    ? decimalNumber(fieldText(record, column))
    : parseNumber(record.bytes, record.starts[column] as number, record.ends[column] as number);
}

/** Each sensitive column's value index, into `values`: short unquoted values without making a string. */
export function internSensitive(record: CsvRecord, columns: readonly number[], interners: readonly ValueInterner[], values: Int32Array): void {
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as number;
    const interner = interners[i] as ValueInterner;
    values[i] = record.quoted[column]
      ? interner.internText(fieldText(record, column))
      : interner.internBytes(record.bytes, record.starts[column] as number, record.ends[column] as number);
  }
}
