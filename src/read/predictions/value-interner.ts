import { InputError } from '../../errors.js';
import { formatCount } from '../../format.js';
import { MAX_SENSITIVE_VALUES } from '../limits.js';
import { quote } from '../quote.js';
const decoder = new TextDecoder();

/** Values up to this many bytes pack into one exact number (a leading 1, then 8 bits a byte: below 2^53). */
const PACKED_BYTES = 6;
/** Longer values up to this many bytes are looked up by their bytes in a cache, without making a string. */
const CACHED_BYTES = 32;
const SLOTS = 256;

/**
 * Gives each distinct value of a column a small dense index. Unquoted values are looked up by their
 * bytes, so the hot path creates no strings: short ones packed into a number, in a direct-mapped
 * cache in front of a map; longer ones in a cache of their bytes, by a hash of them.
 */
export class ValueInterner {
  readonly names: string[] = [];
  private readonly byBytes = new Map<number, number>();
  /** The packed cache, slot from the first and last bytes: most columns have few values. */
  private readonly cachedKeys = new Float64Array(SLOTS).fill(-1);
  private readonly cachedIndices = new Int32Array(SLOTS);
  /** The bytes cache: each slot's value's length (-1: empty), bytes and index. */
  private readonly longLengths = new Int32Array(SLOTS).fill(-1);
  private readonly longBytes = new Uint8Array(SLOTS * CACHED_BYTES);
  private readonly longIndices = new Int32Array(SLOTS);
  private readonly byText = new Map<string, number>();

  internBytes(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length > PACKED_BYTES) return length > CACHED_BYTES ? this.internText(decoder.decode(bytes.subarray(start, end))) : this.internLong(bytes, start, end);
    let key = 1;
    for (let i = start; i < end; i++) key = key * 256 + (bytes[i] as number);
    const slot = length === 0 ? 0 : ((bytes[start] as number) * 7 + (bytes[end - 1] as number) * 3 + length) & (SLOTS - 1);
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

  /** A value of PACKED_BYTES to CACHED_BYTES bytes: from the bytes cache (FNV-1a hash, bytes compared), else by its text. */
  private internLong(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
    const slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    const at = slot * CACHED_BYTES;
    if (this.longLengths[slot] === length) {
      let i = 0;
      while (i < length && this.longBytes[at + i] === bytes[start + i]) i++;
      if (i === length) return this.longIndices[slot] as number;
    }
    const index = this.internText(decoder.decode(bytes.subarray(start, end)));
    this.longLengths[slot] = length;
    this.longBytes.set(bytes.subarray(start, end), at);
    this.longIndices[slot] = index;
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
