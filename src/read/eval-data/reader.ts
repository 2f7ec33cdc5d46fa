// Reads the evaluation rows a model is scored on, CSV or JSON Lines fed in chunks, into batches of
// rows: the label checked against the positive class, the feature columns parsed as the model's
// inputs need them, the id, weight and sensitive features kept as text for the predictions file.
import { InputError } from '../../errors.js';
import { csvOrJsonLines, type ChunkReader } from '../chunk-reader.js';
import { jsonLines } from '../json-lines.js';
import { ClassCoder } from '../predictions/class-coder.js';
import { csvFeed, CsvScanner, fieldText, type CsvRecord } from '../predictions/csv-scanner.js';
import { decimalNumber, parseNumber } from '../predictions/number-field.js';
import { quote, quoteList } from '../quote.js';
import { resolveEvalColumns, type EvalColumns, type EvalColumnSpec } from './columns.js';

/** How a feature column is fed: as numbers (integers only, for an integer input), as text, or not at all. */
export interface ColumnNeed {
  number: boolean;
  integer: boolean;
  text: boolean;
}

export interface EvalDataSpec extends EvalColumnSpec {
  positiveLabel: string;
  batchSize: number;
  /** Told the columns once the header is read; says how each feature column is fed. May throw an InputError. */
  onColumns(columns: EvalColumns): readonly ColumnNeed[];
}

/** A batch of rows; per feature column, its values as numbers and/or text as the models need them. */
export interface EvalBatch {
  rows: number;
  /** The line each row starts on. */
  lines: Int32Array;
  labels: string[];
  ids: string[] | undefined;
  weights: string[] | undefined;
  /** Per sensitive feature, its value in each row. */
  sensitive: string[][];
  numbers: (Float64Array | undefined)[];
  texts: (string[] | undefined)[];
}

export interface EvalDataRead {
  rows: number;
  columns: EvalColumns;
}

/** A chunk reader of eval-data whose completed batches are taken as they fill: memory holds one chunk's rows. */
export interface EvalDataReader extends ChunkReader<EvalDataRead> {
  /** The batches completed since the last call, in file order; after the last chunk, the partial one too. */
  take(): EvalBatch[];
}

const MISSING = /^\s*(|[+-]?nan|null|na)\s*$/i;
const INFINITE = /^\s*([+-]?)inf(inity)?\s*$/i;

/** Collects rows into batches; what both formats share once a row's fields are known. */
class BatchSink {
  readonly coder: ClassCoder;
  private batch: EvalBatch | undefined;
  private done: EvalBatch[] = [];
  rows = 0;

  constructor(
    readonly spec: EvalDataSpec,
    readonly columns: EvalColumns,
    readonly needs: readonly ColumnNeed[]
  ) {
    this.coder = new ClassCoder(spec.positiveLabel);
  }

  fail(line: number, message: string): never {
    throw new InputError({ source: this.spec.file, line, message });
  }

  /** The batch the next row goes to, and its index there. */
  next(line: number): { batch: EvalBatch; row: number } {
    const batch = (this.batch ??= this.newBatch());
    const row = batch.rows++;
    batch.lines[row] = line;
    this.rows++;
    if (batch.rows === this.spec.batchSize) {
      this.done.push(batch);
      this.batch = undefined;
    }
    return { batch, row };
  }

  label(text: string, line: number): string {
    const cls = this.coder.code(text);
    if (typeof cls === 'string') this.fail(line, `label column ${quote(this.spec.labelColumn)}: ${cls}`);
    return text;
  }

  weight(text: string, line: number): string {
    const weight = decimalNumber(text);
    if (!(weight >= 0 && weight < Infinity)) this.fail(line, `weight ${quote(text)} is not a finite non-negative number`);
    return text.trim();
  }

  /** A feature's value as a number: empty, NaN, NA and null are a missing value (NaN), as pandas writes them. */
  number(value: number, text: () => string, feature: number, line: number): number {
    if (Number.isNaN(value)) {
      const written = text();
      const infinite = INFINITE.exec(written);
      if (infinite) value = infinite[1] === '-' ? -Infinity : Infinity;
      else if (!MISSING.test(written))
        this.fail(
          line,
          `feature column ${quote(this.columns.features[feature] as string)}: ${quote(written)} is not a number (a missing value is empty or NaN)`
        );
    }
    if ((this.needs[feature] as ColumnNeed).integer && !Number.isInteger(value))
      this.fail(line, `feature column ${quote(this.columns.features[feature] as string)}: ${quote(text())} is not an integer, and the model takes it as one`);
    return value;
  }

  finishChunk(atEnd: boolean): void {
    if (atEnd && this.batch) {
      this.done.push(this.batch);
      this.batch = undefined;
    }
  }

  take(): EvalBatch[] {
    const done = this.done;
    this.done = [];
    return done;
  }

  private newBatch(): EvalBatch {
    const size = this.spec.batchSize;
    return {
      rows: 0,
      lines: new Int32Array(size),
      labels: new Array<string>(size),
      ids: this.columns.id >= 0 ? new Array<string>(size) : undefined,
      weights: this.columns.weight >= 0 ? new Array<string>(size) : undefined,
      sensitive: this.columns.sensitive.map(() => new Array<string>(size)),
      numbers: this.needs.map((need) => (need.number ? new Float64Array(size) : undefined)),
      texts: this.needs.map((need) => (need.text ? new Array<string>(size) : undefined))
    };
  }
}

function sinkFor(spec: EvalDataSpec, names: readonly string[], line: number): BatchSink {
  const columns = resolveEvalColumns(names, spec, line);
  return new BatchSink(spec, columns, spec.onColumns(columns));
}

export function evalDataReader(spec: EvalDataSpec): EvalDataReader {
  let sink: BatchSink | undefined;
  const reader = csvOrJsonLines<EvalDataRead>(
    () => csvReader(spec, (s) => (sink = s)),
    () => jsonLinesReader(spec, (s) => (sink = s))
  );
  return {
    feed(bytes, atEnd) {
      const used = reader.feed(bytes, atEnd);
      sink?.finishChunk(atEnd);
      return used;
    },
    result: () => reader.result(),
    take: () => sink?.take() ?? []
  };
}

function finish(spec: EvalDataSpec, sink: BatchSink | undefined, what: string): EvalDataRead {
  if (!sink) throw new InputError({ source: spec.file, message: `the file is empty: expected ${what}` });
  if (sink.rows === 0) throw new InputError({ source: spec.file, message: 'no rows: expected at least one row to score the model on' });
  return { rows: sink.rows, columns: sink.columns };
}

function csvReader(spec: EvalDataSpec, started: (sink: BatchSink) => void): ChunkReader<EvalDataRead> {
  let sink: BatchSink | undefined;
  let width = 0;
  const scanner = new CsvScanner((record) => {
    if (!sink) {
      const names = Array.from({ length: record.count }, (_, i) =>
        fieldText(record, i)
          .replace(/^\ufeff/, '')
          .trim()
      );
      width = names.length;
      sink = sinkFor(spec, names, record.line);
      started(sink);
      return;
    }
    if (record.count !== width) sink.fail(record.line, `has ${record.count} fields, but the header has ${width}`);
    addCsvRecord(sink, record);
  });
  return {
    feed: csvFeed(scanner, spec.file),
    result: () => finish(spec, sink, 'a header row naming the label and feature columns, then one row per example')
  };
}

function addCsvRecord(sink: BatchSink, record: CsvRecord): void {
  const { columns, needs } = sink;
  const line = record.line;
  const { batch, row } = sink.next(line);
  batch.labels[row] = sink.label(fieldText(record, columns.label), line);
  if (batch.ids) batch.ids[row] = fieldText(record, columns.id);
  if (batch.weights) batch.weights[row] = sink.weight(fieldText(record, columns.weight), line);
  columns.sensitive.forEach((column, i) => ((batch.sensitive[i] as string[])[row] = fieldText(record, column)));
  for (let f = 0; f < needs.length; f++) {
    const need = needs[f] as ColumnNeed;
    const column = columns.featureIndexes[f] as number;
    if (need.number) {
      const value = record.quoted[column]
        ? decimalNumber(fieldText(record, column))
        : parseNumber(record.bytes, record.starts[column] as number, record.ends[column] as number);
      (batch.numbers[f] as Float64Array)[row] = sink.number(value, () => fieldText(record, column), f, line);
    }
    if (need.text) (batch.texts[f] as string[])[row] = fieldText(record, column);
  }
}

function jsonLinesReader(spec: EvalDataSpec, started: (sink: BatchSink) => void): ChunkReader<EvalDataRead> {
  let sink: BatchSink | undefined;
  let names: string[] = [];
  const lines = jsonLines(spec.file, (object, line) => {
    if (!sink) {
      names = Object.keys(object);
      sink = sinkFor(spec, names, line);
      started(sink);
    }
    addJsonRow(sink, object, names, line);
  });
  return {
    feed: (bytes, atEnd) => lines.feed(bytes, atEnd),
    result: () => finish(spec, sink, 'JSON objects with the label and feature columns, one per line')
  };
}

function addJsonRow(sink: BatchSink, object: Record<string, unknown>, names: readonly string[], line: number): void {
  const { columns, needs } = sink;
  const value = (name: string): unknown => {
    if (!(name in object)) sink.fail(line, `${quote(name)} is missing (the first line has: ${quoteList(names)})`);
    return object[name];
  };
  const text = (name: string): string => {
    const v = value(name);
    return v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  };
  const { batch, row } = sink.next(line);
  batch.labels[row] = sink.label(text(names[columns.label] as string), line);
  if (batch.ids) batch.ids[row] = text('id');
  if (batch.weights) batch.weights[row] = sink.weight(text('weight'), line);
  columns.sensitive.forEach((column, i) => ((batch.sensitive[i] as string[])[row] = text(names[column] as string)));
  for (let f = 0; f < needs.length; f++) {
    const need = needs[f] as ColumnNeed;
    const name = columns.features[f] as string;
    if (need.number) {
      const v = value(name);
      const n = typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : typeof v === 'string' ? decimalNumber(v) : Number.NaN;
      (batch.numbers[f] as Float64Array)[row] = sink.number(n, () => text(name), f, line);
    }
    if (need.text) (batch.texts[f] as string[])[row] = text(name);
  }
}
