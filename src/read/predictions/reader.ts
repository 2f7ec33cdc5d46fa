import { internSensitive, predictionsFileReader, type JsonFields, type RowReader } from './file-reader.js';
import type { PredictionTally } from './tally.js';
import { RowSink } from './row-sink.js';
import { decimalsOf, mantissaOf } from './score-store.js';
import type { ChunkReader } from '../chunk-reader.js';
import { resolveColumns } from './columns.js';
import { fieldText, type CsvRecord } from './csv-scanner.js';
import { parseNumber, parsed } from './number-field.js';
import type { ValueInterner } from './value-interner.js';

export interface PredictionsSpec {
  /** Name of the file in messages. */
  file: string;
  positiveLabel: string;
  sensitiveFeatures: readonly string[];
  /** Also evaluate the intersection of all sensitive features. */
  intersectional: boolean;
  /** Keep per-row classes (and ids) to pair rows with a baseline's. */
  keepRows: boolean;
  /** Evaluate the sensitive features the file has and skip the others (a baseline's predictions). */
  featuresOptional?: boolean;
}

export interface PredictionsRead {
  file: string;
  tally: PredictionTally;
  columns: readonly string[];
  hasScore: boolean;
  /** Row ids, in file order, when the file has an `id` column and rows are kept. */
  ids: string[] | undefined;
}

/** Reads a predictions file (CSV or JSON Lines, told apart by the first character) fed in chunks. */
export type PredictionsReader = ChunkReader<PredictionsRead>;

export function predictionsReader(spec: PredictionsSpec): PredictionsReader {
  return predictionsFileReader(spec.file, predictionsRows(spec));
}

/** How a binary classifier's rows are read, whatever the file's format. */
export function predictionsRows(spec: PredictionsSpec): RowReader<RowSink, PredictionsRead> {
  return {
    start: (columns, line) => sinkFor(spec, columns, line),
    csvRow: addCsvRecord,
    jsonRow: addJsonRow,
    finish: (sink, columns) => sink.finish(columns)
  };
}

function sinkFor(spec: PredictionsSpec, columns: readonly string[], line: number): RowSink {
  const present = spec.featuresOptional ? { ...spec, sensitiveFeatures: spec.sensitiveFeatures.filter((f) => columns.includes(f)) } : spec;
  return new RowSink(present, resolveColumns(columns, present.sensitiveFeatures, spec.file, line));
}

/** The hot loop: decodes only the needed fields of a record, without allocating on the common path. */
function addCsvRecord(sink: RowSink, record: CsvRecord): void {
  const { bytes, starts, ends, line } = record;
  const columns = sink.columns;

  const label = csvClass(sink, record, columns.label, 'label');
  const prediction = csvClass(sink, record, columns.prediction, 'prediction');
  let score = Number.NaN;
  let mantissa = 0;
  let decimals = -1;
  if (columns.score >= 0) {
    score = parseNumber(bytes, starts[columns.score] as number, ends[columns.score] as number);
    if (!(score >= 0 && score <= 1)) sink.badScore(score, fieldText(record, columns.score), line);
    mantissa = parsed.mantissa;
    decimals = parsed.decimals;
  }
  let weight = 1;
  if (columns.weight >= 0) {
    weight = parseNumber(bytes, starts[columns.weight] as number, ends[columns.weight] as number);
    sink.checkWeight(weight, fieldText(record, columns.weight), line);
  }
  internSensitive(record, columns.sensitive, sink.interners, sink.values);
  if (sink.ids) sink.ids.push(fieldText(record, columns.id));
  sink.add(label, prediction, score, mantissa, decimals, weight);
}

/** A label's or prediction's class: a one-byte field by its byte; others by their bytes too, each distinct one coded once, making no string a row. */
function csvClass(sink: RowSink, record: CsvRecord, column: number, name: 'label' | 'prediction'): number {
  if (record.quoted[column]) return sink.classOf(fieldText(record, column), name, record.line);
  const start = record.starts[column] as number;
  const end = record.ends[column] as number;
  if (end - start === 1) {
    const cls = sink.coder.codeByte(record.bytes[start] as number);
    if (cls >= 0) return cls;
  }
  const value = sink.classValues.internBytes(record.bytes, start, end);
  return (sink.classOfValue[value] ??= sink.classOf(fieldText(record, column), name, record.line));
}

function addJsonRow(sink: RowSink, { text, number }: JsonFields, line: number): void {
  const label = sink.classOf(text('label'), 'label', line);
  const prediction = sink.classOf(text('prediction'), 'prediction', line);
  let score = Number.NaN;
  let mantissa = 0;
  let decimals = -1;
  if (sink.columns.score >= 0) {
    score = number('score');
    if (!(score >= 0 && score <= 1)) sink.badScore(score, text('score'), line);
    // JSON numbers arrive as doubles: bucketed when one is the double of a decimal with at most 6 decimals
    decimals = decimalsOf(score);
    if (decimals >= 0) mantissa = mantissaOf(score, decimals);
  }
  let weight = 1;
  if (sink.columns.weight >= 0) {
    weight = number('weight');
    sink.checkWeight(weight, text('weight'), line);
  }
  sink.spec.sensitiveFeatures.forEach((name, i) => {
    sink.values[i] = (sink.interners[i] as ValueInterner).internText(text(name));
  });
  sink.ids?.push(text('id'));
  sink.add(label, prediction, score, mantissa, decimals, weight);
}
