const SLOTS = 1024;

/**
 * A direct-mapped cache from a record's packed text values (PlainRecord.keys: every one known, none
 * −1) to a number: a regression row's cell from its sensitive values, without interning each value
 * and combining their indices. A slot holds one combination; another one in the same slot is a miss.
 */
export class KeyCache {
  private readonly keys: Float64Array;
  private readonly values = new Int32Array(SLOTS).fill(-1);
  /** The slot of the last lookup, for `store`; −1 when some key was unknown. */
  private slot = -1;

  constructor(private readonly width: number) {
    this.keys = new Float64Array(SLOTS * width);
  }

  /** The number stored for these keys, or −1. */
  lookup(keys: Float64Array): number {
    const width = this.width;
    let hash = 0;
    for (let i = 0; i < width; i++) {
      const key = keys[i] as number;
      if (key < 0) return (this.slot = -1);
      // the key's low 32 bits, then its length and high bytes
      hash = Math.imul(hash ^ (key | 0), 0x9e3779b1) ^ ((key / 2 ** 32) | 0);
    }
    const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    this.slot = slot;
    if ((this.values[slot] as number) < 0) return -1;
    for (let i = 0; i < width; i++) if (this.keys[slot * width + i] !== keys[i]) return -1;
    return this.values[slot] as number;
  }

  /** Stores `value` for the keys of the last lookup, which missed. */
  store(keys: Float64Array, value: number): void {
    if (this.slot < 0) return;
    this.keys.set(keys, this.slot * this.width);
    this.values[this.slot] = value;
  }
}
