import { InputError } from '../../errors.js';
import { csvOrJsonLines, type ChunkReader, type ObjectRows } from '../chunk-reader.js';
import { csvFeed, CsvScanner, fieldText } from '../predictions/csv-scanner.js';
import { ColumnValues, FEATURES } from './column-values.js';
import type { DriftSample } from '../../model/drift.js';
import { jsonLines } from '../json-lines.js';
import { MAX_COLUMNS } from '../limits.js';
import { quote, quoteList } from '../quote.js';

export interface SampleSpec {
  /** Name of the file in messages. */
  file: string;
  /** The feature columns to keep; all named columns when absent. */
  features?: readonly string[];
  /** How the list of features is called where the user wrote it (`--drift-features`); for messages. */
  featuresLabel?: string;
}

/** Reads a reference or current data sample, CSV or JSON Lines (told apart by the first character), fed in chunks. */
export function driftSampleReader(spec: SampleSpec): ChunkReader<DriftSample> {
  return csvOrJsonLines(
    () => csvReader(spec),
    () => jsonLinesReader(spec)
  );
}

function csvReader(spec: SampleSpec): ChunkReader<DriftSample> {
  let header: string[] | undefined;
  let kept: Array<{ index: number; values: ColumnValues }> = [];
  let rows = 0;
  const scanner = new CsvScanner((record) => {
    if (!header) {
      header = Array.from({ length: record.count }, (_, i) =>
        fieldText(record, i)
          .replace(/^\ufeff/, '')
          .trim()
      );
      kept = keptColumns(header, spec, record.line).map((index) => ({
        index,
        values: new ColumnValues(header![index] as string, spec.file, spec.featuresLabel)
      }));
      return;
    }
    if (record.count !== header.length)
      throw new InputError({ source: spec.file, line: record.line, message: `has ${record.count} fields, but the header has ${header.length}` });
    rows++;
    const { bytes, starts, ends, quoted, line } = record;
    for (const { index, values } of kept) {
      if (quoted[index]) values.addText(fieldText(record, index), line);
      else values.addBytes(bytes, starts[index] as number, ends[index] as number, line);
    }
  });
  return {
    feed: csvFeed(scanner, spec.file),
    result() {
      if (!header)
        throw new InputError({ source: spec.file, message: 'the file is empty: expected a header row naming the feature columns, then one row per example' });
      return finish(
        spec,
        rows,
        kept.map(({ values }) => values)
      );
    }
  };
}

/**
 * The header's columns to keep, by index: the features asked for, or every column with a name
 * (a nameless column is most often a pandas index written by to_csv).
 */
function keptColumns(header: readonly string[], spec: SampleSpec, line: number): number[] {
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name)) throw new InputError({ source: spec.file, line, message: `the column ${quote(name)} appears twice in the header` });
    seen.add(name);
  }
  if (!spec.features) return header.flatMap((name, index) => (name === '' ? [] : [index]));
  const missing = spec.features.filter((name) => !seen.has(name));
  if (missing.length > 0)
    throw new InputError({
      source: spec.file,
      line,
      message: `${notFound(missing, spec.featuresLabel)}; columns found: ${quoteAll(header.filter((name) => name !== ''))}`
    });
  return [...new Set(spec.features)].map((name) => header.indexOf(name));
}

function jsonLinesReader(spec: SampleSpec): ChunkReader<DriftSample> {
  const objects = driftSampleObjects(spec);
  const lines = jsonLines(spec.file, (row, line) => objects.add(row, line));
  return { feed: (bytes, atEnd) => lines.feed(bytes, atEnd), result: () => objects.result() };
}

/** A sample's rows as objects: a JSON Lines file's, or a Parquet file's. A column may be absent from some rows. */
export function driftSampleObjects(spec: SampleSpec): ObjectRows<DriftSample> {
  const wanted = spec.features ? new Set(spec.features) : undefined;
  const columns = new Map<string, ColumnValues>();
  const keys = new Set<string>(); // for messages
  let rows = 0;

  return {
    add(row, lineNumber) {
      for (const [name, value] of Object.entries(row)) {
        if (keys.size < MAX_COLUMNS) keys.add(name);
        if (wanted ? !wanted.has(name) : name === '') continue;
        let column = columns.get(name);
        if (!column) {
          if (columns.size === MAX_COLUMNS) {
            throw new InputError({
              source: spec.file,
              line: lineNumber,
              message: `more than ${MAX_COLUMNS} distinct keys (here ${quote(name)}): list the columns to compare in ${spec.featuresLabel ?? FEATURES}`
            });
          }
          column = new ColumnValues(name, spec.file, spec.featuresLabel);
          for (let i = 0; i < rows; i++) column.addMissing(); // the rows before its first appearance
          columns.set(name, column);
        }
        addJsonValue(column, value, spec.file, lineNumber);
      }
      rows++;
      for (const column of columns.values()) if (!Object.hasOwn(row, column.name)) column.addMissing();
    },
    result() {
      if (rows === 0) throw new InputError({ source: spec.file, message: 'the file is empty: expected JSON objects, one per line, with the feature values' });
      if (spec.features) {
        const missing = spec.features.filter((name) => !columns.has(name));
        if (missing.length > 0)
          throw new InputError({ source: spec.file, message: `${notFound(missing, spec.featuresLabel)} in any line; keys found: ${quoteAll([...keys])}` });
      }
      const ordered = spec.features ? [...new Set(spec.features)].map((name) => columns.get(name) as ColumnValues) : [...columns.values()];
      return finish(spec, rows, ordered);
    }
  };
}

function addJsonValue(column: ColumnValues, value: unknown, file: string, line: number): void {
  if (value === null) column.addMissing();
  else if (typeof value === 'number') column.addNumber(value, line);
  // a Parquet int64
  else if (typeof value === 'bigint') column.addNumber(Number(value), line);
  else if (typeof value === 'string') column.addText(value, line);
  else if (typeof value === 'boolean') column.addText(String(value), line);
  else
    throw new InputError({
      source: file,
      line,
      message: `column ${quote(column.name)}: expected a number, a string, a boolean or null, got ${Array.isArray(value) ? 'an array' : 'an object'}`
    });
}

function finish(spec: SampleSpec, rows: number, columns: readonly ColumnValues[]): DriftSample {
  if (rows === 0) throw new InputError({ source: spec.file, message: 'no rows: expected a header and at least one row of feature values' });
  return { file: spec.file, rows, columns: columns.map((c) => c.name), values: new Map(columns.map((c) => [c.name, c.result()])) };
}

export function notFound(missing: readonly string[], featuresLabel = FEATURES): string {
  return `${featuresLabel} column${missing.length > 1 ? 's' : ''} ${quoteAll(missing)} not found`;
}

function quoteAll(names: readonly string[]): string {
  return quoteList(names);
}
