/**
 * The k-th smallest of `values` (k from 0), found in place: afterwards it is at index k, with no
 * greater value before it and no smaller one after it, as sorting would leave those positions.
 * Quickselect (Hoare's partition, a median-of-three pivot) takes linear time on average, where
 * sorting millions of values takes seconds; a range still unsettled after 2·log₂(n) + 8 rounds is
 * sorted instead, so that no input takes more than those rounds and a sort.
 */
export function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  for (let rounds = 2 * Math.ceil(Math.log2(values.length + 1)) + 8; right > left; rounds--) {
    if (rounds === 0) {
      values.subarray(left, right + 1).sort();
      break;
    }
    const pivot = medianOfThree(values[left] as number, values[(left + right) >>> 1] as number, values[right] as number);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swapped = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swapped;
      }
    }
    // [left, j] holds no value above the pivot, [i, right] none below, and what lies between equals it
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/** Whether a Float64Array's high 32 bits are the second of its two 32-bit words (little-endian). */
const HIGH_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * The k-th smallest (k from 0) of values that are not negative (+0 and Infinity included, no NaN),
 * spread over blocks, without copying them all: such doubles are in the order of their bit patterns,
 * so one pass counts them by their 16 high bits (sign, exponent, 4 bits of mantissa), and the
 * k-th is selected among those sharing its 16 bits only.
 */
export function kthOfBlocks(blocks: readonly Float64Array[], k: number): number {
  if (!Number.isInteger(k) || k < 0 || k >= blocks.reduce((sum, block) => sum + block.length, 0))
    throw new RangeError(`kthOfBlocks: k ${k} is outside the values`);
  const counts = new Uint32Array(1 << 16);
  for (const block of blocks) {
    const words = new Uint32Array(block.buffer, block.byteOffset, block.length * 2);
    for (let i = HIGH_WORD; i < words.length; i += 2) {
      const high = (words[i] as number) >>> 16;
      counts[high] = (counts[high] as number) + 1;
    }
  }
  let bucket = 0;
  let below = 0;
  while (below + (counts[bucket] as number) <= k) below += counts[bucket++] as number;
  const candidates = new Float64Array(counts[bucket] as number);
  let found = 0;
  for (const block of blocks) {
    const words = new Uint32Array(block.buffer, block.byteOffset, block.length * 2);
    for (let i = HIGH_WORD; i < words.length; i += 2) if ((words[i] as number) >>> 16 === bucket) candidates[found++] = block[i >> 1] as number;
  }
  return selectInPlace(candidates, k - below);
}

/** numpy's median (the mean of the middle two for an even count) of values kthOfBlocks takes; NaN when there are none, as numpy's. */
export function medianOfBlocks(blocks: readonly Float64Array[]): number {
  const count = blocks.reduce((sum, block) => sum + block.length, 0);
  if (count === 0) return Number.NaN;
  const middle = count >> 1;
  const upper = kthOfBlocks(blocks, middle);
  return count % 2 ? upper : (kthOfBlocks(blocks, middle - 1) + upper) / 2;
}
