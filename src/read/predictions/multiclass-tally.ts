// What one pass over a multiclass classifier's predictions accumulates: the weighted confusion
// matrix overall and per group (memory that grows with groups × classes², not rows), and, from
// the per-class probability columns, log loss and top-k hits.
import { CompensatedSum } from './compensated-sum.js';
import { FeatureGroups } from './feature-groups.js';

/** More classes than this are not a classifier's labels (an id, a free-text column). */
export const MAX_CLASSES = 1000;

/** A confusion matrix as plain data, for a worker thread to post. */
export interface ConfusionPartial {
  size: number;
  cells: Float64Array;
  rows: number;
}

/** A square confusion matrix, rows the true class, columns the predicted, that grows with the classes. */
export class Confusion {
  size = 0;
  cells = new Float64Array(0);
  rows = 0;

  add(label: number, prediction: number, weight: number, classes: number): void {
    if (classes > this.size) this.grow(classes);
    this.cells[label * this.size + prediction] = (this.cells[label * this.size + prediction] as number) + weight;
    this.rows++;
  }

  /**
   * Adds a later part of the file's matrix, whose class t is this one's `at[t]`, once `classes`
   * classes are known in all.
   */
  merge(later: ConfusionPartial, at: Int32Array, classes: number): void {
    if (classes > this.size) this.grow(classes);
    for (let t = 0; t < later.size; t++) {
      for (let p = 0; p < later.size; p++) {
        const weight = later.cells[t * later.size + p] as number;
        if (weight === 0) continue;
        const cell = (at[t] as number) * this.size + (at[p] as number);
        this.cells[cell] = (this.cells[cell] as number) + weight;
      }
    }
    this.rows += later.rows;
  }

  /** The matrix over `classes` classes, as rows. */
  matrix(classes: number): number[][] {
    return Array.from({ length: classes }, (_, t) =>
      Array.from({ length: classes }, (_, p) => (t < this.size && p < this.size ? (this.cells[t * this.size + p] as number) : 0))
    );
  }

  private grow(classes: number): void {
    const size = Math.max(classes, this.size * 2, 4);
    const cells = new Float64Array(size * size);
    for (let t = 0; t < this.size; t++) cells.set(this.cells.subarray(t * this.size, (t + 1) * this.size), t * size);
    this.cells = cells;
    this.size = size;
  }
}

/** A sensitive feature's groups and their confusion matrices. */
export class MulticlassFeature extends FeatureGroups {
  readonly confusions: Confusion[] = [];

  protected override onGroup(): void {
    this.confusions.push(new Confusion());
  }
}

export class MulticlassTally {
  /** Class names, in the order first seen; indexes into the matrices. */
  readonly classes: string[] = [];
  readonly overall = new Confusion();
  weighted = false;
  readonly totalWeight = new CompensatedSum();
  /** With probability columns: the weighted log loss and top-k hits, and the rows whose probabilities did not sum to 1. */
  readonly logLoss = new CompensatedSum();
  readonly topKHits = new CompensatedSum();
  unnormalised = { rows: 0, firstLine: 0 };
  /** The classes some row has as its label or prediction (a probability column alone does not make one). */
  readonly present = new Set<number>();
  /** The classes some row has as its label. */
  readonly trueClasses = new Set<number>();
  private readonly indexOf = new Map<string, number>();

  constructor(readonly features: MulticlassFeature[]) {}

  /** A class's index; a new class is added, and undefined past MAX_CLASSES. */
  classIndex(name: string): number | undefined {
    let index = this.indexOf.get(name);
    if (index === undefined) {
      if (this.classes.length >= MAX_CLASSES) return undefined;
      index = this.classes.length;
      this.classes.push(name);
      this.indexOf.set(name, index);
    }
    return index;
  }

  add(label: number, prediction: number, weight: number, values: Int32Array, names: ReadonlyArray<readonly string[]>): void {
    const classes = this.classes.length;
    this.overall.add(label, prediction, weight, classes);
    this.present.add(label).add(prediction);
    this.trueClasses.add(label);
    this.totalWeight.add(weight);
    for (const feature of this.features) (feature.confusions[feature.groupOf(values, names)] as Confusion).add(label, prediction, weight, classes);
  }
}
