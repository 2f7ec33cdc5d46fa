// The k-th smallest of values that are not negative (absolute errors), found over passes through
// the rows in bounded memory: such doubles sort as their bit patterns, so each pass counts the
// values that share the high bits known so far by their next 16 bits, which tells the next 16 bits
// of the one sought; once the values sharing the known bits are few enough, a pass keeps them, and
// the value is selected among them. At most four passes count: after them every bit is known.
import { float64s, type Growable } from '../growable.js';
import { selectInPlace } from './select.js';

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
/** Which of a double's two 32-bit words holds its sign and exponent (the second, on little-endian machines). */
const HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The i-th 16 bits (from the sign down) of the double last written to `scratch`. */
function digit(i: number): number {
  const word = words[i < 2 ? HIGH : 1 - HIGH] as number;
  return i % 2 === 0 ? word >>> 16 : word & 0xffff;
}

export class RankSearch {
  /** The 16-bit digits known, from the sign down. */
  private readonly digits: number[] = [];
  /** This pass's counts of the next digit, among the values with the known ones. */
  private counts: Float64Array | undefined = new Float64Array(1 << 16);
  /** This pass's values with the known digits, once they are few enough to keep. */
  private kept: Growable<Float64Array> | undefined;
  value: number | undefined;

  constructor(
    /** The rank sought (from 0) among the values with the known digits. */
    private rank: number,
    private readonly maxKept: number
  ) {}

  visit(value: number): void {
    if (this.value !== undefined) return;
    scratch[0] = value;
    for (let i = 0; i < this.digits.length; i++) if (digit(i) !== this.digits[i]) return;
    if (this.kept) this.kept.push(value);
    else if (this.counts) {
      const at = digit(this.digits.length);
      this.counts[at] = (this.counts[at] as number) + 1;
    }
  }

  /** Ends a pass: learns the next digit, or selects the value among those kept. */
  endPass(): void {
    if (this.value !== undefined) return;
    if (this.kept) {
      this.value = selectInPlace(this.kept.view(), this.rank);
      return;
    }
    const counts = this.counts as Float64Array;
    let next = 0;
    while (this.rank >= (counts[next] as number)) {
      this.rank -= counts[next++] as number;
      if (next > 0xffff) throw new RangeError('RankSearch: the rank is beyond the values counted');
    }
    this.digits.push(next);
    if (this.digits.length === 4) {
      words[HIGH] = (((this.digits[0] as number) << 16) | (this.digits[1] as number)) >>> 0;
      words[1 - HIGH] = (((this.digits[2] as number) << 16) | (this.digits[3] as number)) >>> 0;
      this.value = scratch[0];
    } else if ((counts[next] as number) <= this.maxKept) {
      this.kept = float64s();
      this.counts = undefined;
    } else counts.fill(0);
  }
}
