type Typed = Float64Array | Float32Array | Int32Array | Uint8Array;

/** An append-only typed array that doubles its storage as it fills. */
export class Growable<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export const float64s = (): Growable<Float64Array> => new Growable((n) => new Float64Array(n));
export const float32s = (): Growable<Float32Array> => new Growable((n) => new Float32Array(n));
export const bytes = (): Growable<Uint8Array> => new Growable((n) => new Uint8Array(n));
export const int32s = (): Growable<Int32Array> => new Growable((n) => new Int32Array(n));

/**
 * Doubles appended in blocks that are never copied (the first small, doubling up to `maxBlock`):
 * a list of millions costs its size, where a doubling array costs up to three times that while it
 * grows.
 */
export class Float64Blocks {
  private readonly full: Float64Array[] = [];
  private last = new Float64Array(1024);
  private used = 0;
  length = 0;

  constructor(private readonly maxBlock = 1 << 20) {}

  /** A list of the values of `blocks`, in their order. */
  static of(blocks: readonly Float64Array[]): Float64Blocks {
    const list = new Float64Blocks();
    for (const block of blocks) for (const value of block) list.push(value);
    return list;
  }

  push(value: number): void {
    if (this.used === this.last.length) {
      this.full.push(this.last);
      this.last = new Float64Array(Math.min(this.last.length * 2, this.maxBlock));
      this.used = 0;
    }
    this.last[this.used++] = value;
    this.length++;
  }

  /** The values, block by block, in the order they came. */
  blocks(): Float64Array[] {
    return [...this.full, this.last.subarray(0, this.used)];
  }
}
