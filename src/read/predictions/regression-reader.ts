// Reads a regression's predictions (CSV or JSON Lines, fed in chunks): label and prediction are
// numbers; the weight and the sensitive features as for a classifier's.
import { csvNumber, internSensitive, predictionsFileReader, type JsonFields, type RowReader } from './file-reader.js';
import { InputError } from '../../errors.js';
import type { ChunkReader } from '../chunk-reader.js';
import { quote } from '../quote.js';
import { resolveColumns, type PredictionColumns } from './columns.js';
import { fieldText, type CsvRecord } from './csv-scanner.js';
import { RegressionFeature, RegressionTally } from './regression-tally.js';
import { sensitiveInterners, type ValueInterner } from './value-interner.js';
import { sensitiveFeatures } from './feature-groups.js';

export interface RegressionSpec {
  /** Name of the file in messages. */
  file: string;
  sensitiveFeatures: readonly string[];
  intersectional: boolean;
}

export interface RegressionRead {
  file: string;
  tally: RegressionTally;
  columns: readonly string[];
}

/** What both formats share once a row's values are known: validation, grouping, and the tally. */
export class RegressionSink {
  readonly interners: ValueInterner[];
  readonly tally: RegressionTally;
  readonly values: Int32Array;
  private readonly groupNames: ReadonlyArray<readonly string[]>;

  constructor(
    readonly spec: RegressionSpec,
    readonly columns: PredictionColumns
  ) {
    this.interners = sensitiveInterners(spec.file, spec.sensitiveFeatures);
    this.groupNames = this.interners.map((interner) => interner.names);
    const features = sensitiveFeatures(spec.sensitiveFeatures, spec.intersectional, RegressionFeature);
    this.tally = new RegressionTally(features);
    this.values = new Int32Array(columns.sensitive.length);
  }

  fail(line: number, message: string): never {
    throw new InputError({ source: this.spec.file, line, message });
  }

  /** A label or a prediction must be a finite number, as scikit-learn's regression metrics require. */
  notANumber(column: 'label' | 'prediction', written: string, line: number): never {
    this.fail(line, `${column} ${quote(written)} is not a finite number: a regression's labels and predictions are numbers`);
  }

  badWeight(written: string, line: number): never {
    this.fail(line, `weight ${quote(written)} is not a finite non-negative number`);
  }

  add(label: number, prediction: number, weight: number): void {
    if (weight !== 1) this.tally.weighted = true;
    this.tally.add(label, prediction, weight, this.values, this.groupNames);
  }

  finish(columns: readonly string[]): RegressionRead {
    if (this.tally.overall.rows === 0) throw new InputError({ source: this.spec.file, message: 'no rows: expected a header and at least one prediction' });
    return { file: this.spec.file, tally: this.tally, columns };
  }
}

/** Reads a regression's predictions file (CSV or JSON Lines, told apart by the first character) fed in chunks. */
export function regressionReader(spec: RegressionSpec): ChunkReader<RegressionRead> {
  return predictionsFileReader(spec.file, regressionRows(spec));
}

/** How a regression's rows are read, whatever the file's format. */
export function regressionRows(spec: RegressionSpec): RowReader<RegressionSink, RegressionRead> {
  return {
    start: (columns, line) => new RegressionSink(spec, resolveColumns(columns, spec.sensitiveFeatures, spec.file, line)),
    csvRow: addCsvRecord,
    jsonRow: addJsonRow,
    finish: (sink, columns) => sink.finish(columns)
  };
}

function addCsvRecord(sink: RegressionSink, record: CsvRecord): void {
  const { columns } = sink;
  const line = record.line;
  const label = csvNumber(record, columns.label);
  if (!Number.isFinite(label)) sink.notANumber('label', fieldText(record, columns.label), line);
  const prediction = csvNumber(record, columns.prediction);
  if (!Number.isFinite(prediction)) sink.notANumber('prediction', fieldText(record, columns.prediction), line);
  const weight = columns.weight >= 0 ? csvNumber(record, columns.weight) : 1;
  if (!(weight >= 0 && weight < Infinity)) sink.badWeight(fieldText(record, columns.weight), line);
  internSensitive(record, columns.sensitive, sink.interners, sink.values);
  sink.add(label, prediction, weight);
}

function addJsonRow(sink: RegressionSink, { text, number }: JsonFields, line: number): void {
  const label = number('label');
  if (!Number.isFinite(label)) sink.notANumber('label', text('label'), line);
  const prediction = number('prediction');
  if (!Number.isFinite(prediction)) sink.notANumber('prediction', text('prediction'), line);
  const weight = sink.columns.weight >= 0 ? number('weight') : 1;
  if (!(weight >= 0 && weight < Infinity)) sink.badWeight(text('weight'), line);
  sink.spec.sensitiveFeatures.forEach((name, i) => {
    sink.values[i] = (sink.interners[i] as ValueInterner).internText(text(name));
  });
  sink.add(label, prediction, weight);
}
