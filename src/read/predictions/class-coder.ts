import { quote } from '../quote.js';

/**
 * Maps label and prediction values to the positive (1) or negative (0) class. The positive class
 * is `positiveLabel`; the first other value seen is the negative class; any third value is an error.
 * Numeric spellings compare by value ("1.0" is "1").
 */
export class ClassCoder {
  private negative: string | undefined;
  private readonly byByte = new Int8Array(256).fill(-1);
  private readonly byText = new Map<string, 0 | 1>();
  private readonly positiveNumber: number;

  constructor(readonly positiveLabel: string) {
    this.positiveNumber = numeric(positiveLabel);
  }

  /** The negative class's value, once one was seen. */
  get negativeLabel(): string | undefined {
    return this.negative;
  }

  /** Whether the negative class another part of the file found (if any) is this one's, or can become it: this part found none. */
  agrees(negative: string | undefined): boolean {
    return negative === undefined || this.negative === undefined || this.code(negative) === 0;
  }

  /** A later part's negative class becomes this one's when this part found none, as one pass would have found it after these rows. */
  adoptNegative(negative: string | undefined): void {
    if (negative !== undefined && this.negative === undefined) this.code(negative);
  }

  /** Fast path for one-byte values such as 0 and 1. */
  codeByte(byte: number): 0 | 1 | -1 {
    return this.byByte[byte] as 0 | 1 | -1;
  }

  /** The class of `text`, or a message explaining why it has none. */
  code(text: string): 0 | 1 | string {
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const value = text.trim();
    if (value === '') return 'is empty';
    let cls: 0 | 1;
    if (this.same(value, this.positiveLabel, this.positiveNumber)) cls = 1;
    else if (this.negative === undefined) {
      this.negative = value;
      cls = 0;
    } else if (this.same(value, this.negative, numeric(this.negative))) cls = 0;
    else {
      const classes = [this.negative, this.positiveLabel].map((c) => quote(c)).join(' and ');
      return this.sawPositive()
        ? `${quote(value)} is a third class: a binary model has two, here ${classes} (positive-label ${quote(this.positiveLabel)})`
        : `${quote(value)} is a second non-positive class beside ${quote(this.negative)}: is positive-label ${quote(this.positiveLabel)} right? Set it to the positive class's value`;
    }
    this.byText.set(text, cls);
    if (text.length === 1 && text.charCodeAt(0) < 128) this.byByte[text.charCodeAt(0)] = cls;
    return cls;
  }

  private sawPositive(): boolean {
    for (const cls of this.byText.values()) if (cls === 1) return true;
    return false;
  }

  private same(value: string, label: string, labelNumber: number): boolean {
    return value === label || (!Number.isNaN(labelNumber) && numeric(value) === labelNumber);
  }
}

function numeric(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
}
