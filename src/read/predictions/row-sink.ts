import { InputError } from '../../errors.js';
import { ClassCoder } from './class-coder.js';
import type { PredictionColumns } from './columns.js';
import { quote } from '../quote.js';
import type { PredictionsRead, PredictionsSpec } from './reader.js';
import { FeatureTally, PredictionTally } from './tally.js';
import { sensitiveInterners, ValueInterner } from './value-interner.js';
import { sensitiveFeatures } from './feature-groups.js';
import { checkWeightSum } from './file-reader.js';

/** What both formats share once a row's values are known: validation, grouping, and the tally. */
/** A value beside a binary task's two classes: bad input, unless the task is to be inferred (then the file is read as another task). */
export class NotBinary extends InputError {}

export class RowSink {
  readonly coder: ClassCoder;
  readonly interners: ValueInterner[];
  readonly tally: PredictionTally;
  readonly values: Int32Array;
  readonly ids: string[] | undefined;
  /** The label and prediction columns' values as written, and the class each codes to, once coded. */
  readonly classValues = new ValueInterner();
  readonly classOfValue: number[] = [];
  private readonly groupNames: ReadonlyArray<readonly string[]>;

  constructor(
    readonly spec: PredictionsSpec,
    readonly columns: PredictionColumns
  ) {
    this.coder = new ClassCoder(spec.positiveLabel);
    this.interners = sensitiveInterners(spec.file, spec.sensitiveFeatures);
    this.groupNames = this.interners.map((interner) => interner.names);
    const features = sensitiveFeatures(spec.sensitiveFeatures, spec.intersectional, FeatureTally);
    this.tally = new PredictionTally(features, spec.keepRows);
    this.values = new Int32Array(columns.sensitive.length);
    this.ids = spec.keepRows && columns.id >= 0 ? [] : undefined;
  }

  fail(line: number, message: string): never {
    throw new InputError({ source: this.spec.file, line, message });
  }

  classOf(text: string, column: 'label' | 'prediction', line: number): number {
    const cls = this.coder.code(text);
    if (cls === 'is empty') this.fail(line, `${column} ${cls}`);
    if (typeof cls === 'string') throw new NotBinary({ source: this.spec.file, line, message: `${column} ${cls}` });
    return cls;
  }

  badScore(score: number, text: string, line: number): never {
    this.fail(
      line,
      Number.isNaN(score) ? `score ${quote(text)} is not a number` : `score ${score} is outside [0, 1]: expected the probability of the positive class`
    );
  }

  checkWeight(weight: number, text: string, line: number): void {
    if (!(weight >= 0 && weight < Infinity)) this.fail(line, `weight ${quote(text)} is not a finite non-negative number`);
    if (weight !== 1) {
      this.tally.weighted = true;
      if (!Number.isInteger(weight)) this.fractionalWeights = true;
    }
  }

  /** Some weight is not an integer: sums of weights then depend on their order, so this part of a file is not merged with another. */
  fractionalWeights = false;

  add(label: number, prediction: number, score: number, mantissa: number, decimals: number, weight: number): void {
    this.labelClasses |= 1 << label;
    this.tally.add(label, prediction, score, mantissa, decimals, weight, this.values, this.groupNames);
  }

  /** Bit 0: some label was the negative class; bit 1: some was the positive. */
  labelClasses = 0;

  finish(columns: readonly string[]): PredictionsRead {
    if (this.tally.rows === 0) throw new InputError({ source: this.spec.file, message: 'no rows: expected a header and at least one prediction' });
    if (this.labelClasses !== 3) {
      const only =
        this.labelClasses === 2
          ? `the positive class ${quote(this.spec.positiveLabel)}`
          : `${quote(this.coder.negativeLabel ?? '')}, not positive-label ${quote(this.spec.positiveLabel)}`;
      throw new InputError({ source: this.spec.file, message: `every label is ${only}: a classifier's labels have two classes or more` });
    }
    checkWeightSum(this.spec.file, this.tally.totalWeight);
    return { file: this.spec.file, tally: this.tally, columns, hasScore: this.columns.score >= 0, ids: this.ids };
  }
}
