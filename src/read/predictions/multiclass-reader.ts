// Reads a multiclass classifier's predictions (CSV or JSON Lines, fed in chunks): label and
// prediction are class names as written; `score_<class>` columns, when present, hold each
// class's probability, for log loss and top-k accuracy.
import { InputError } from '../../errors.js';
import type { ChunkReader } from '../chunk-reader.js';
import { quote } from '../quote.js';
import { resolveColumns, type PredictionColumns } from './columns.js';
import { fieldText, type CsvRecord } from './csv-scanner.js';
import { sensitiveFeatures } from './feature-groups.js';
import { checkWeightSum, csvNumber, internSensitive, predictionsFileReader, type JsonFields, type RowReader } from './file-reader.js';
import { MAX_CLASSES, MulticlassFeature, MulticlassTally } from './multiclass-tally.js';
import { decimalNumber } from './number-field.js';
import { sensitiveInterners, ValueInterner } from './value-interner.js';

/** scikit-learn 1.2's log loss clips probabilities to [ε, 1 − ε]: np.finfo(np.float64).eps. */
const EPSILON = 2.220446049250313e-16;
/** A row of probabilities further than this from 1 is normalised, as scikit-learn does, and counted. */
export const SUM_TOLERANCE = 1e-6;
const SCORE_PREFIX = 'score_';

export interface MulticlassSpec {
  /** Name of the file in messages. */
  file: string;
  sensitiveFeatures: readonly string[];
  intersectional: boolean;
  /** Top-k accuracy's k. */
  topK: number;
}

export interface MulticlassRead {
  file: string;
  tally: MulticlassTally;
  columns: readonly string[];
  /** The classes of the probability columns, in scikit-learn's order (sorted), when the file has them. */
  scoreClasses: readonly string[] | undefined;
  topK: number;
}

/** A class name as written, trimmed. */
const className = (text: string): string => text.trim();

/**
 * scikit-learn sorts the classes (np.unique): by value when every class is a number, else by
 * code point. The probability columns follow that order, which breaks top-k ties.
 */
export function sortClasses(classes: readonly string[]): string[] {
  const numbers = classes.map((c) => decimalNumber(c));
  if (numbers.every((n) => Number.isFinite(n)))
    return classes
      .map((c, i) => [c, numbers[i] as number] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([c]) => c);
  return [...classes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export class MulticlassSink {
  readonly interners: ValueInterner[];
  readonly tally: MulticlassTally;
  readonly values: Int32Array;
  /** Per probability column (in sorted class order): its column index and its class's index in the tally. */
  readonly scores: ReadonlyArray<{ column: number; name: string; index: number }>;
  readonly probabilities: Float64Array;
  private readonly groupNames: ReadonlyArray<readonly string[]>;

  constructor(
    readonly spec: MulticlassSpec,
    readonly columns: PredictionColumns
  ) {
    this.interners = sensitiveInterners(spec.file, spec.sensitiveFeatures);
    this.groupNames = this.interners.map((interner) => interner.names);
    this.tally = new MulticlassTally(sensitiveFeatures(spec.sensitiveFeatures, spec.intersectional, MulticlassFeature));
    this.values = new Int32Array(columns.sensitive.length);
    const scoreColumns = columns.names.flatMap((name, column) =>
      name.startsWith(SCORE_PREFIX) ? [{ column, name: className(name.slice(SCORE_PREFIX.length)) }] : []
    );
    const order = sortClasses(scoreColumns.map((s) => s.name));
    this.scores = order.map((name) => {
      const { column } = scoreColumns.find((s) => s.name === name) as { column: number };
      return { column, name, index: this.tally.classIndex(name) ?? this.fail(1, `more than ${MAX_CLASSES} ${SCORE_PREFIX} columns`) };
    });
    this.probabilities = new Float64Array(this.scores.length);
  }

  fail(line: number, message: string): never {
    throw new InputError({ source: this.spec.file, line, message });
  }

  classIndex(text: string, line: number, column?: 'label' | 'prediction'): number {
    const name = className(text);
    if (name === '') this.fail(line, `${column} is empty`);
    const index = this.tally.classIndex(name);
    if (index === undefined) this.fail(line, `${column} ${quote(name)} is a class beyond the first ${MAX_CLASSES}: is this column a classifier's labels?`);
    if (this.scores.length > 0 && column && !this.scores.some((s) => s.index === index))
      this.fail(
        line,
        `${column} ${quote(name)} has no probability column: expected ${SCORE_PREFIX}${name} beside ${this.scores.map((s) => SCORE_PREFIX + s.name).join(', ')}`
      );
    return index;
  }

  /** A CSV field's class, as classIndex gives it; unquoted fields are looked up by their bytes, each distinct one once, making no string a row. */
  csvClassIndex(record: CsvRecord, column: number, name: 'label' | 'prediction'): number {
    if (record.quoted[column]) return this.classIndex(fieldText(record, column), record.line, name);
    const value = this.classValues.internBytes(record.bytes, record.starts[column] as number, record.ends[column] as number);
    return (this.classOfValue[value] ??= this.classIndex(fieldText(record, column), record.line, name));
  }

  /** The label and prediction columns' values as written, and the class each names, once known. */
  private readonly classValues = new ValueInterner();
  private readonly classOfValue: number[] = [];

  badWeight(written: string, line: number): never {
    this.fail(line, `weight ${quote(written)} is not a finite non-negative number`);
  }

  badProbability(name: string, written: string, line: number): never {
    this.fail(line, `${SCORE_PREFIX}${name} ${quote(written)} is not a probability between 0 and 1`);
  }

  /** Some weight is not an integer: sums of weights then depend on their order, so this part of a file is not merged with another. */
  fractionalWeights = false;

  /** A row: its classes, weight, and (in `probabilities`, when the file has them) each class's probability. */
  add(label: number, prediction: number, weight: number, line: number): void {
    const tally = this.tally;
    if (weight !== 1) {
      tally.weighted = true;
      if (!Number.isInteger(weight)) this.fractionalWeights = true;
    }
    tally.add(label, prediction, weight, this.values, this.groupNames);
    if (this.scores.length === 0) return;
    this.scoreRow(label, weight, line);
  }

  /** scikit-learn 1.2's log loss (clip, renormalise, −log of the true class's share) and top_k_accuracy_score's hit. */
  private scoreRow(label: number, weight: number, line: number): void {
    const { scores, probabilities, tally } = this;
    let sum = 0;
    let clippedSum = 0;
    let trueScore = 0;
    let trueClipped = 0;
    let truePosition = -1;
    for (let j = 0; j < scores.length; j++) {
      const p = probabilities[j] as number;
      sum += p;
      const clipped = p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p;
      clippedSum += clipped;
      if ((scores[j] as { index: number }).index === label) {
        truePosition = j;
        trueScore = p;
        trueClipped = clipped;
      }
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE && tally.unnormalised.rows++ === 0) tally.unnormalised.firstLine = line;
    tally.logLoss.add(weight * -Math.log(trueClipped / clippedSum));
    // argsort (stable) reversed: a tie ranks the later column first
    let above = 0;
    for (let j = 0; j < scores.length; j++) {
      const p = probabilities[j] as number;
      if (p > trueScore || (p === trueScore && j > truePosition)) above++;
    }
    if (above < this.spec.topK) tally.topKHits.add(weight);
  }

  finish(columns: readonly string[]): MulticlassRead {
    const { tally, spec } = this;
    if (tally.overall.rows === 0) throw new InputError({ source: spec.file, message: 'no rows: expected a header and at least one prediction' });
    if (tally.trueClasses.size < 2) {
      const only = tally.classes[tally.trueClasses.values().next().value as number] as string;
      throw new InputError({ source: spec.file, message: `every label is ${quote(only)}: a classifier's labels have two classes or more` });
    }
    checkWeightSum(spec.file, tally.totalWeight.value());
    return { file: spec.file, tally, columns, scoreClasses: this.scores.length > 0 ? this.scores.map((s) => s.name) : undefined, topK: spec.topK };
  }
}

/** Reads a multiclass classifier's predictions file (CSV or JSON Lines, told apart by the first character) fed in chunks. */
export function multiclassReader(spec: MulticlassSpec): ChunkReader<MulticlassRead> {
  return predictionsFileReader(spec.file, multiclassRows(spec));
}

/** How a multiclass classifier's rows are read, whatever the file's format. */
export function multiclassRows(spec: MulticlassSpec): RowReader<MulticlassSink, MulticlassRead> {
  return {
    start: (columns, line) => new MulticlassSink(spec, resolveColumns(columns, spec.sensitiveFeatures, spec.file, line)),
    csvRow: addCsvRecord,
    jsonRow: addJsonRow,
    finish: (sink, columns) => sink.finish(columns)
  };
}

function addCsvRecord(sink: MulticlassSink, record: CsvRecord): void {
  const { columns } = sink;
  const line = record.line;
  const label = sink.csvClassIndex(record, columns.label, 'label');
  const prediction = sink.csvClassIndex(record, columns.prediction, 'prediction');
  const weight = columns.weight >= 0 ? csvNumber(record, columns.weight) : 1;
  if (!(weight >= 0 && weight < Infinity)) sink.badWeight(fieldText(record, columns.weight), line);
  sink.scores.forEach(({ column, name }, j) => {
    const p = csvNumber(record, column);
    if (!(p >= 0 && p <= 1)) sink.badProbability(name, fieldText(record, column), line);
    sink.probabilities[j] = p;
  });
  internSensitive(record, columns.sensitive, sink.interners, sink.values);
  sink.add(label, prediction, weight, line);
}

function addJsonRow(sink: MulticlassSink, { text, number }: JsonFields, line: number): void {
  const label = sink.classIndex(text('label'), line, 'label');
  const prediction = sink.classIndex(text('prediction'), line, 'prediction');
  const weight = sink.columns.weight >= 0 ? number('weight') : 1;
  if (!(weight >= 0 && weight < Infinity)) sink.badWeight(text('weight'), line);
  sink.scores.forEach(({ name }, j) => {
    const p = number(SCORE_PREFIX + name);
    if (!(p >= 0 && p <= 1)) sink.badProbability(name, text(SCORE_PREFIX + name), line);
    sink.probabilities[j] = p;
  });
  sink.spec.sensitiveFeatures.forEach((name, i) => {
    sink.values[i] = (sink.interners[i] as ValueInterner).internText(text(name));
  });
  sink.add(label, prediction, weight, line);
}
