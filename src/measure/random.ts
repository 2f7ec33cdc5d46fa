/**
 * A small seeded pseudo-random generator (mulberry32), so generated inputs and benchmark weights
 * are the same on every machine and every run. Not for anything that needs real randomness.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next 32 random bits, as an unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1) with 24 random bits: every value is exact in float32. */
  nextFloat(): number {
    return (this.nextUint32() >>> 8) / 0x1000000;
  }
}

/** A seed for one named stream: FNV-1a of the name, mixed with the base seed. */
export function streamSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const byte of new TextEncoder().encode(name)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
