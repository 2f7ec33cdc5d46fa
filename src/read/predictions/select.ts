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
