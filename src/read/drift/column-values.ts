import { InputError } from '../../errors.js';
import { float64s, type Growable } from '../growable.js';
import { decimalNumber, parseNumber } from '../predictions/number-field.js';
import { ValueInterner } from '../predictions/value-interner.js';
import { quote } from '../quote.js';
import type { SampleColumn } from '../../model/drift.js';

/** A categorical feature may have at most this many distinct values. */
export const MAX_CATEGORIES = 10_000;

const decoder = new TextDecoder();

/**
 * Collects one column's values while the file streams by, before its type is known: numbers in a
 * Float64Array for as long as every value is one, and, up to MAX_CATEGORIES distinct values,
 * counts per value as written, in case a later value turns out not to be a number.
 * Empty values (only blanks in CSV; null or an absent key in JSON Lines) are missing: counted, and
 * left out of the tests.
 */
/** How the list of features to compare is called in messages when the caller does not say (the CLI says `--drift-features`). */
export const FEATURES = 'drift-features';

export class ColumnValues {
  missing = 0;
  private numbers: Growable<Float64Array> | undefined = float64s();
  private interner: ValueInterner | undefined = new ValueInterner();
  private counts: number[] = [];
  private firstText: { text: string; line: number } | undefined;

  constructor(
    readonly name: string,
    private readonly file: string,
    private readonly featuresLabel = FEATURES
  ) {}

  /** An unquoted CSV field, bytes [start, end). */
  addBytes(bytes: Uint8Array, start: number, end: number, line: number): void {
    if (isBlank(bytes, start, end)) {
      this.missing++;
      return;
    }
    if (this.numbers) {
      const value = parseNumber(bytes, start, end);
      if (Number.isFinite(value)) this.numbers.push(value);
      else this.becomeCategorical(decoder.decode(bytes.subarray(start, end)), line);
    }
    if (this.interner) this.count(this.interner.internBytes(bytes, start, end), line, bytes, start, end);
  }

  /** A quoted CSV field, or a JSON string or boolean as text. */
  addText(text: string, line: number): void {
    if (text.trim() === '') {
      this.missing++;
      return;
    }
    if (this.numbers) {
      const value = decimalNumber(text);
      if (Number.isFinite(value)) this.numbers.push(value);
      else this.becomeCategorical(text, line);
    }
    if (this.interner) this.count(this.interner.internText(text), line);
  }

  /** A JSON number: as a category, its text is JavaScript's shortest form of it. */
  addNumber(value: number, line: number): void {
    // 1e999 parses to Infinity: not a value KS or the deciles can use, so it makes the column categorical
    if (this.numbers && Number.isFinite(value)) {
      this.numbers.push(value);
      if (this.interner) this.count(this.interner.internText(String(value)), line);
      return;
    }
    this.addText(String(value), line);
  }

  addMissing(): void {
    this.missing++;
  }

  result(): SampleColumn {
    if (this.firstText) {
      const names = (this.interner as ValueInterner).names;
      return {
        kind: 'categorical',
        counts: new Map(names.map((name, i) => [name, this.counts[i] as number])),
        missing: this.missing,
        firstText: this.firstText
      };
    }
    const numbers = this.numbers as Growable<Float64Array>;
    if (numbers.length === 0) return { kind: 'empty', missing: this.missing };
    return { kind: 'numeric', values: numbers.view().slice().sort(), missing: this.missing };
  }

  private becomeCategorical(text: string, line: number): void {
    if (!this.interner) {
      throw new InputError({
        source: this.file,
        line,
        message: `column ${quote(this.name)}: ${quote(text)} is not a number, but more than ${MAX_CATEGORIES} distinct numbers come before it: expected a numeric feature (every value a number) or a categorical one (at most ${MAX_CATEGORIES} distinct values)`
      });
    }
    this.firstText = { text, line };
    this.numbers = undefined;
  }

  private count(index: number, line: number, bytes?: Uint8Array, start = 0, end = 0): void {
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    if (index < MAX_CATEGORIES) return;
    if (this.firstText) {
      const text = bytes ? decoder.decode(bytes.subarray(start, end)) : (this.interner as ValueInterner).names[index];
      throw new InputError({
        source: this.file,
        line,
        message: `column ${quote(this.name)} has more than ${MAX_CATEGORIES} distinct values (here ${quote(text ?? '')}), and not all are numbers (line ${this.firstText.line}: ${quote(this.firstText.text)}): too many categories to compare; leave it out of ${this.featuresLabel}`
      });
    }
    // a numeric column with many distinct values: stop counting them
    this.interner = undefined;
    this.counts = [];
  }
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09) return false;
  return true;
}
