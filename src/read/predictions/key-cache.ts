const SLOTS = 1024;

/**
 * A direct-mapped cache from a record's packed text values (PlainRecord.keys, two integers a value:
 * every one known, no second −1) to a number: a regression row's cell from its sensitive values,
 * without interning each value and combining their indices. A slot holds one combination; another
 * one in the same slot is a miss.
 */
export class KeyCache {
  private readonly keys: Int32Array;
  private readonly values = new Int32Array(SLOTS).fill(-1);
  /** The slot of the last lookup, for `store`; −1 when some value was not packed. */
  private slot = -1;

  /** `width`: the values a record has. */
  constructor(private readonly width: number) {
    this.keys = new Int32Array(SLOTS * 2 * width);
  }

  /** The number stored for these keys, or −1. */
  lookup(keys: Int32Array): number {
    if (this.width === 1 || this.width === 2) return this.lookupFew(keys);
    const size = 2 * this.width;
    let hash = 0;
    for (let i = 0; i < size; i += 2) {
      const high = keys[i + 1] as number;
      if (high < 0) return (this.slot = -1);
      hash = Math.imul(hash ^ (keys[i] as number), 0x9e3779b1) ^ high;
    }
    const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    this.slot = slot;
    if ((this.values[slot] as number) < 0) return -1;
    for (let i = 0; i < size; i++) if (this.keys[slot * size + i] !== keys[i]) return -1;
    return this.values[slot] as number;
  }

  /**
   * lookup for one value or two, unrolled (most files are grouped by one or two features): some
   * 7 ns a row less than the loops. An empty slot's keys are zeros, its value −1: a miss.
   */
  private lookupFew(keys: Int32Array): number {
    const two = this.width === 2;
    const a = keys[0] as number;
    const b = keys[1] as number;
    const c = two ? (keys[2] as number) : 0;
    const d = two ? (keys[3] as number) : 0;
    if ((b | d) < 0) return (this.slot = -1);
    const hash = Math.imul(Math.imul(a, 0x9e3779b1) ^ b ^ c, 0x9e3779b1) ^ d;
    const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    this.slot = slot;
    const own = this.keys;
    const at = slot * 2 * this.width;
    return own[at] === a && own[at + 1] === b && (!two || (own[at + 2] === c && own[at + 3] === d)) ? (this.values[slot] as number) : -1;
  }

  /** Stores `value` for the keys of the last lookup, which missed. */
  store(keys: Int32Array, value: number): void {
    if (this.slot < 0) return;
    this.keys.set(keys, this.slot * 2 * this.width);
    this.values[this.slot] = value;
  }
}
