// Reads a regression's predictions (CSV or JSON Lines, fed in chunks): label and prediction are
// numbers; the weight and the sensitive features as for a classifier's.
import { checkWeightSum, csvNumber, internSensitive, predictionsFileReader, type JsonFields, type RowReader } from './file-reader.js';
import { InputError } from '../../errors.js';
import type { ChunkReader } from '../chunk-reader.js';
import { quote } from '../quote.js';
import { resolveColumns, type PredictionColumns } from './columns.js';
import { fieldText, type CsvRecord } from './csv-scanner.js';
import { PlainRecord, type CsvLane, type LaneColumn } from './csv-lane.js';
import { KeyCache } from './key-cache.js';
import { RegressionTally } from './regression-tally.js';
import { sensitiveInterners, type ValueInterner } from './value-interner.js';
import { FeatureGroups, sensitiveFeatures } from './feature-groups.js';

export interface RegressionSpec {
  /** Name of the file in messages. */
  file: string;
  sensitiveFeatures: readonly string[];
  intersectional: boolean;
  /** The most absolute errors kept for the median (MAX_KEPT unless a test wants passes sooner). */
  maxKeptErrors?: number;
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
  /** The row's label, prediction and weight: numbers pass from the parser to the tally in this array, never boxed. */
  readonly row = new Float64Array([0, 0, 1]);
  /** The columns of the label, the prediction and, when there is one, the weight. */
  readonly numeric: Int32Array;

  constructor(
    readonly spec: RegressionSpec,
    readonly columns: PredictionColumns
  ) {
    this.interners = sensitiveInterners(spec.file, spec.sensitiveFeatures);
    const features = sensitiveFeatures(spec.sensitiveFeatures, spec.intersectional, FeatureGroups);
    this.tally = new RegressionTally(
      features,
      this.interners.map((interner) => interner.names),
      columns.weight >= 0,
      spec.maxKeptErrors
    );
    this.values = new Int32Array(columns.sensitive.length);
    this.numeric = Int32Array.from(columns.weight >= 0 ? [columns.label, columns.prediction, columns.weight] : [columns.label, columns.prediction]);
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

  /** Adds the row in `row` and `values`. */
  add(): void {
    this.addToCell(this.tally.cellOf(this.values));
  }

  /** Adds the row in `row`, whose cell is known. */
  addToCell(cell: number): void {
    if (this.row[2] !== 1) this.tally.weighted = true;
    this.tally.add(cell, this.row);
  }

  finish(columns: readonly string[]): RegressionRead {
    if (this.tally.rows === 0) throw new InputError({ source: this.spec.file, message: 'no rows: expected a header and at least one prediction' });
    checkWeightSum(this.spec.file, this.tally.labels.partial().weight);
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
    csvLane: regressionLane,
    jsonRow: addJsonRow,
    finish: (sink, columns) => sink.finish(columns)
  };
}

/**
 * A regression file's absolute errors row by row, for `visit`: another pass over a file read
 * before, so known to be valid (rank-search.ts).
 */
export function absoluteErrorRows(spec: RegressionSpec, visit: (error: number) => void): RowReader<PredictionColumns, undefined> {
  return {
    start: (columns, line) => resolveColumns(columns, spec.sensitiveFeatures, spec.file, line),
    csvRow: (columns, record) => visit(Math.abs(csvNumber(record, columns.prediction) - csvNumber(record, columns.label))),
    jsonRow: (_, { number }) => visit(Math.abs(number('prediction') - number('label'))),
    finish: () => undefined
  };
}

/** The hot loop: the numbers go into the sink's row, and from there to the tally, never boxed on the way. */
function addCsvRecord(sink: RegressionSink, record: CsvRecord): void {
  const { columns, row, numeric } = sink;
  for (let i = 0; i < numeric.length; i++) row[i] = csvNumber(record, numeric[i] as number);
  if (!Number.isFinite(row[0])) sink.notANumber('label', fieldText(record, columns.label), record.line);
  if (!Number.isFinite(row[1])) sink.notANumber('prediction', fieldText(record, columns.prediction), record.line);
  if (!((row[2] as number) >= 0 && (row[2] as number) < Infinity)) sink.badWeight(fieldText(record, columns.weight), record.line);
  internSensitive(record, columns.sensitive, sink.interners, sink.values);
  sink.add();
}

/**
 * Plain records straight into the sink: the numbers parsed into its row as they are scanned, the
 * row's cell found by its sensitive values' packed bytes (KeyCache), or else by interning each
 * value by its bytes. A record with a bad weight is left to the scanner's path, which names it.
 * None when a column has two roles (a sensitive feature that is also the label).
 */
function regressionLane(sink: RegressionSink, fields: number): CsvLane | undefined {
  const { row, values, interners } = sink;
  const columns = Array.from<LaneColumn>({ length: fields });
  const roles = [
    ...Array.from(sink.numeric, (column, number) => ({ column, role: { number } })),
    ...sink.columns.sensitive.map((column, text) => ({ column, role: { text } }))
  ];
  for (const { column, role } of roles) {
    if (columns[column] !== undefined) return undefined;
    columns[column] = role;
  }
  const record = new PlainRecord(columns, row);
  const { spans, keys } = record;
  const cells = new KeyCache(interners.length);
  // how many the last read took: kept outside the object, so the loop's end writes no property
  let taken = 0;
  return {
    get records() {
      return taken;
    },
    read(bytes, start) {
      record.use(bytes);
      let at = start;
      let records = 0;
      for (let next = record.parse(at); next >= 0 && (row[2] as number) >= 0; next = record.parse(at)) {
        let cell = cells.lookup(keys);
        if (cell < 0) {
          for (let i = 0; i < interners.length; i++)
            values[i] = (interners[i] as ValueInterner).internBytes(bytes, spans[2 * i] as number, spans[2 * i + 1] as number);
          cell = sink.tally.cellOf(values);
          cells.store(keys, cell);
        }
        sink.addToCell(cell);
        records++;
        at = next;
      }
      taken = records;
      return at;
    }
  };
}

function addJsonRow(sink: RegressionSink, { text, number }: JsonFields, line: number): void {
  const { row } = sink;
  row[0] = number('label');
  if (!Number.isFinite(row[0])) sink.notANumber('label', text('label'), line);
  row[1] = number('prediction');
  if (!Number.isFinite(row[1])) sink.notANumber('prediction', text('prediction'), line);
  if (sink.columns.weight >= 0) row[2] = number('weight');
  if (!((row[2] as number) >= 0 && (row[2] as number) < Infinity)) sink.badWeight(text('weight'), line);
  sink.spec.sensitiveFeatures.forEach((name, i) => {
    sink.values[i] = (sink.interners[i] as ValueInterner).internText(text(name));
  });
  sink.add();
}
