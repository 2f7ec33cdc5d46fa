import { InputError } from '../../errors.js';
import { formatCount } from '../../format.js';
import { MAX_SENSITIVE_VALUES } from '../limits.js';
import { quote } from '../quote.js';
const decoder = new TextDecoder();

/**
 * Gives each distinct value of a column a small dense index. Short unquoted values are looked up
 * by their bytes packed into a number, so the hot path creates no strings.
 */
export class ValueInterner {
  readonly names: string[] = [];
  private readonly byBytes = new Map<number, number>();
  /** A direct-mapped cache in front of byBytes, slot from the first and last bytes: most columns have few values. */
  private readonly cachedKeys = new Float64Array(256).fill(-1);
  private readonly cachedIndices = new Int32Array(256);
  private readonly byText = new Map<string, number>();

  internBytes(bytes: Uint8Array, start: number, end: number): number {
    if (end - start > 5) return this.internText(decoder.decode(bytes.subarray(start, end)));
    let key = 1;
    for (let i = start; i < end; i++) key = key * 256 + (bytes[i] as number);
    const length = end - start;
    const slot = length === 0 ? 0 : ((bytes[start] as number) * 7 + (bytes[end - 1] as number) * 3 + length) & 255;
    if (this.cachedKeys[slot] === key) return this.cachedIndices[slot] as number;
    let index = this.byBytes.get(key);
    if (index === undefined) {
      index = this.internText(decoder.decode(bytes.subarray(start, end)));
      this.byBytes.set(key, index);
    }
    this.cachedKeys[slot] = key;
    this.cachedIndices[slot] = index;
    return index;
  }

  /** `limit`: the most distinct values, and what to throw past them. */
  constructor(private readonly limit?: { max: number; exceeded(): never }) {}

  internText(text: string): number {
    let index = this.byText.get(text);
    if (index === undefined) {
      if (this.limit && this.names.length >= this.limit.max) this.limit.exceeded();
      index = this.names.length;
      this.names.push(text);
      this.byText.set(text, index);
    }
    return index;
  }
}

/** The interners of a file's sensitive columns (`names`, in their order): at most MAX_SENSITIVE_VALUES values each. */
export function sensitiveInterners(file: string, names: readonly string[]): ValueInterner[] {
  return names.map(
    (name) =>
      new ValueInterner({
        max: MAX_SENSITIVE_VALUES,
        exceeded() {
          throw new InputError({
            source: file,
            message: `the sensitive feature ${quote(name)} has more than ${formatCount(MAX_SENSITIVE_VALUES)} distinct values: expected a few groups (sex, region, an age band), not an id or a measurement`
          });
        }
      })
  );
}
