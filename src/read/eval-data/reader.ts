// Reads the evaluation rows a model is scored on, CSV or JSON Lines fed in chunks, into batches of
// rows: the label's class, the feature columns parsed as the model's inputs need them, the weight,
// the sensitive features, and (for the predictions file) the label and id as written.
import { InputError } from '../../errors.js';
import { csvOrJsonLines, type ChunkReader, type ObjectRows } from '../chunk-reader.js';
import { jsonLines } from '../json-lines.js';
import { ClassCoder } from '../predictions/class-coder.js';
import { csvFeed, CsvScanner, fieldText, type CsvRecord } from '../predictions/csv-scanner.js';
import { csvNumber } from '../predictions/file-reader.js';
import { decimalNumber } from '../predictions/number-field.js';
import { quote, quoteList } from '../quote.js';
import { resolveEvalColumns, type EvalColumns, type EvalColumnSpec } from './columns.js';

/** How a feature column is fed: as numbers (integers only, for an integer input), as text, or not at all. */
export interface ColumnNeed {
  number: boolean;
  integer: boolean;
  text: boolean;
}

/** How the models are fed: per feature column, and whether as one row-major float32 matrix of every feature column in order. */
export interface FeedNeeds {
  columns: readonly ColumnNeed[];
  matrix: boolean;
}

export interface EvalDataSpec extends EvalColumnSpec {
  positiveLabel: string;
  batchSize: number;
  /** Keep each row's label and id as written, for a predictions file. */
  rowTexts: boolean;
  /** Told the columns once the header is read; says how the feature columns are fed. May throw an InputError. */
  onColumns(columns: EvalColumns): FeedNeeds;
}

/** A batch of rows; per feature column, its values as numbers and/or text as the models need them. */
export interface EvalBatch {
  rows: number;
  /** The line each row starts on. */
  lines: Int32Array;
  /** Each row's label class: 1 the positive class, 0 the other. */
  classes: Uint8Array;
  /** The label column's value for the negative class, once a row read so far had it (when the batch was taken). */
  negativeLabel: string | undefined;
  /** The label and the id as written, with `rowTexts`. */
  labels: string[] | undefined;
  ids: string[] | undefined;
  weights: Float64Array | undefined;
  /** Per sensitive feature, its value in each row. */
  sensitive: string[][];
  numbers: (Float64Array | undefined)[];
  texts: (string[] | undefined)[];
  /** Row after row, every feature column's value, when the needs say matrix: a float32 model input as it is. */
  matrix: Float32Array | undefined;
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
    readonly needs: FeedNeeds
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
    if (batch.rows === this.spec.batchSize) this.complete();
    return { batch, row };
  }

  label(text: string, line: number): 0 | 1 {
    const cls = this.coder.code(text);
    if (typeof cls === 'string') this.fail(line, `label column ${quote(this.spec.labelColumn)}: ${cls}`);
    return cls;
  }

  badWeight(written: string, line: number): never {
    this.fail(line, `weight ${quote(written)} is not a finite non-negative number`);
  }

  /**
   * A feature's value that is NaN, or that must be an integer, checked: empty, NaN, NA and null are
   * a missing value (NaN), as pandas writes them; `written` is the field's text.
   */
  number(value: number, written: string, feature: number, line: number): number {
    if (Number.isNaN(value)) {
      const infinite = INFINITE.exec(written);
      if (infinite) value = infinite[1] === '-' ? -Infinity : Infinity;
      else if (!MISSING.test(written))
        this.fail(
          line,
          `feature column ${quote(this.columns.features[feature] as string)}: ${quote(written)} is not a number (a missing value is empty or NaN)`
        );
    }
    if ((this.needs.columns[feature] as ColumnNeed).integer && !Number.isInteger(value))
      this.fail(line, `feature column ${quote(this.columns.features[feature] as string)}: ${quote(written)} is not an integer, and the model takes it as one`);
    return value;
  }

  finishChunk(atEnd: boolean): void {
    if (atEnd && this.batch) this.complete();
  }

  private complete(): void {
    this.done.push(this.batch as EvalBatch);
    this.batch = undefined;
  }

  take(): EvalBatch[] {
    const done = this.done;
    this.done = [];
    for (const batch of done) batch.negativeLabel = this.coder.negativeLabel;
    return done;
  }

  /** The numeric columns, the weights, the matrix, the line numbers and the classes share one buffer: a batch crosses threads as one transfer. */
  private newBatch(): EvalBatch {
    const size = this.spec.batchSize;
    const { columns, matrix } = this.needs;
    const doubles = columns.filter((need) => need.number).length + (this.columns.weight >= 0 ? 1 : 0);
    const width = matrix ? columns.length : 0;
    const buffer = new ArrayBuffer(size * (8 * doubles + 4 * width + 4 + 1));
    let column = 0;
    const texts = this.spec.rowTexts;
    return {
      rows: 0,
      lines: new Int32Array(buffer, size * (8 * doubles + 4 * width), size),
      classes: new Uint8Array(buffer, size * (8 * doubles + 4 * width + 4), size),
      negativeLabel: undefined,
      labels: texts ? new Array<string>(size) : undefined,
      ids: texts && this.columns.id >= 0 ? new Array<string>(size) : undefined,
      weights: this.columns.weight >= 0 ? new Float64Array(buffer, 8 * size * column++, size) : undefined,
      sensitive: this.columns.sensitive.map(() => new Array<string>(size)),
      numbers: columns.map((need) => (need.number ? new Float64Array(buffer, 8 * size * column++, size) : undefined)),
      texts: columns.map((need) => (need.text ? new Array<string>(size) : undefined)),
      matrix: matrix ? new Float32Array(buffer, 8 * size * doubles, size * width) : undefined
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
  batch.classes[row] = csvLabel(sink, record, columns.label);
  if (batch.labels) batch.labels[row] = fieldText(record, columns.label);
  if (batch.ids) batch.ids[row] = fieldText(record, columns.id);
  if (batch.weights) {
    const weight = csvNumber(record, columns.weight);
    if (!(weight >= 0 && weight < Infinity)) sink.badWeight(fieldText(record, columns.weight), line);
    batch.weights[row] = weight;
  }
  columns.sensitive.forEach((column, i) => ((batch.sensitive[i] as string[])[row] = fieldText(record, column)));
  const matrix = batch.matrix;
  const width = needs.columns.length;
  for (let f = 0; f < width; f++) {
    const need = needs.columns[f] as ColumnNeed;
    const column = columns.featureIndexes[f] as number;
    if (need.number || matrix) {
      let value = csvNumber(record, column);
      if (value !== value || need.integer) value = sink.number(value, fieldText(record, column), f, line);
      if (need.number) (batch.numbers[f] as Float64Array)[row] = value;
      if (matrix) matrix[row * width + f] = value;
    }
    if (need.text) (batch.texts[f] as string[])[row] = fieldText(record, column);
  }
}

/** A label's class; a one-byte label such as 0 or 1 without decoding it. */
function csvLabel(sink: BatchSink, record: CsvRecord, column: number): 0 | 1 {
  const start = record.starts[column] as number;
  if ((record.ends[column] as number) - start === 1 && !record.quoted[column]) {
    const cls = sink.coder.codeByte(record.bytes[start] as number);
    if (cls >= 0) return cls as 0 | 1;
  }
  return sink.label(fieldText(record, column), record.line);
}

function jsonLinesReader(spec: EvalDataSpec, started: (sink: BatchSink) => void): ChunkReader<EvalDataRead> {
  const objects = objectRows(spec, started);
  const lines = jsonLines(spec.file, (object, line) => objects.add(object, line));
  return { feed: (bytes, atEnd) => lines.feed(bytes, atEnd), result: () => objects.result() };
}

/** Eval rows as objects (a JSON Lines file's, or a Parquet file's), batched as evalDataReader batches them. */
export function evalDataObjects(spec: EvalDataSpec): ObjectRows<EvalDataRead> & { take(): EvalBatch[] } {
  let sink: BatchSink | undefined;
  const objects = objectRows(spec, (s) => (sink = s));
  return {
    add: (row, line) => objects.add(row, line),
    result() {
      sink?.finishChunk(true);
      return objects.result();
    },
    take: () => sink?.take() ?? []
  };
}

function objectRows(spec: EvalDataSpec, started: (sink: BatchSink) => void): ObjectRows<EvalDataRead> {
  let sink: BatchSink | undefined;
  let names: string[] = [];
  return {
    add(object, line) {
      if (!sink) {
        names = Object.keys(object);
        sink = sinkFor(spec, names, line);
        started(sink);
      }
      addJsonRow(sink, object, names, line);
    },
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
  const label = text(names[columns.label] as string);
  batch.classes[row] = sink.label(label, line);
  if (batch.labels) batch.labels[row] = label;
  if (batch.ids) batch.ids[row] = text('id');
  if (batch.weights) {
    const written = value('weight');
    const weight = typeof written === 'boolean' ? Number.NaN : numberOf(written);
    if (!(weight >= 0 && weight < Infinity)) sink.badWeight(text('weight'), line);
    batch.weights[row] = weight;
  }
  columns.sensitive.forEach((column, i) => ((batch.sensitive[i] as string[])[row] = text(names[column] as string)));
  const matrix = batch.matrix;
  const width = needs.columns.length;
  for (let f = 0; f < width; f++) {
    const need = needs.columns[f] as ColumnNeed;
    const name = columns.features[f] as string;
    if (need.number || matrix) {
      const v = value(name);
      let n = numberOf(v);
      if (n !== n || need.integer) n = sink.number(n, text(name), f, line);
      if (need.number) (batch.numbers[f] as Float64Array)[row] = n;
      if (matrix) matrix[row * width + f] = n;
    }
    if (need.text) (batch.texts[f] as string[])[row] = text(name);
  }
}

/** A JSON or Parquet value as a number: booleans as 0 and 1, a Parquet int64 (a BigInt) as its value, text parsed; else NaN. */
function numberOf(value: unknown): number {
  switch (typeof value) {
    case 'number':
      return value;
    case 'bigint':
    case 'boolean':
      return Number(value);
    case 'string':
      return decimalNumber(value);
    default:
      return Number.NaN;
  }
}
