import type { Tensor } from 'onnxruntime-node';

/**
 * The distinct values of a model's label output, each made text once: a row's predicted class is
 * an index into `names`, so that a million rows of int64 labels cost no BigInt and no string each.
 */
export class LabelValues {
  readonly names: string[] = [];
  /** The index of the small non-negative values, -1 until seen. */
  private readonly small = new Int32Array(256).fill(-1);
  private readonly others = new Map<number | string, number>();

  indexes(tensor: Tensor, rows: number): Int32Array {
    const indexes = new Int32Array(rows);
    const data = tensor.data;
    if (data instanceof BigInt64Array) {
      // an int64 that fits in 32 bits is its low word (little-endian, as every platform onnxruntime-node ships for)
      const words = new Int32Array(data.buffer, data.byteOffset, rows * 2);
      for (let r = 0; r < rows; r++) {
        const low = words[2 * r] as number;
        const high = words[2 * r + 1] as number;
        indexes[r] = (high === 0 && low >= 0) || (high === -1 && low < 0) ? this.ofNumber(low) : this.ofText(String(data[r]));
      }
    } else if (tensor.type === 'string') {
      for (let r = 0; r < rows; r++) indexes[r] = this.ofText((data as string[])[r] as string);
    } else {
      const text = tensor.type === 'bool' ? (v: number) => String(v !== 0) : String;
      for (let r = 0; r < rows; r++) indexes[r] = this.ofNumber((data as ArrayLike<number>)[r] as number, text);
    }
    return indexes;
  }

  private ofNumber(value: number, text: (value: number) => string = String): number {
    if (value >= 0 && value < 256 && Number.isInteger(value)) {
      const known = this.small[value] as number;
      if (known >= 0) return known;
      return (this.small[value] = this.add(value, text(value)));
    }
    return this.others.get(value) ?? this.add(value, text(value));
  }

  private ofText(value: string): number {
    return this.others.get(value) ?? this.add(value, value);
  }

  private add(key: number | string, name: string): number {
    const index = this.names.length;
    this.names.push(name);
    this.others.set(key, index);
    return index;
  }
}
