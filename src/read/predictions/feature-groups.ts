/**
 * One sensitive feature (a column, or an intersection of columns) and its groups: each row's group
 * index from the value indices of its sensitive columns. `onGroup` hears of each new group.
 */
export class FeatureGroups {
  readonly groupNames: string[] = [];
  private readonly combined = new Map<number | string, number>();
  /** A direct-mapped cache in front of `combined` for the common packed keys. */
  private readonly cachedKeys = new Float64Array(1024).fill(-1);
  private readonly cachedIndices = new Int32Array(1024);

  constructor(
    readonly name: string,
    /** Positions, among the sensitive columns, of the columns this feature is made of. */
    readonly columns: readonly number[]
  ) {}

  /** Group index of a row, from the value indices of its sensitive columns. */
  groupOf(values: Int32Array, names: ReadonlyArray<readonly string[]>): number {
    const columns = this.columns;
    if (columns.length === 1) {
      const index = values[columns[0] as number] as number;
      while (this.groupNames.length <= index) this.register(names[columns[0] as number]?.[this.groupNames.length] ?? '');
      return index;
    }
    // up to three columns of fewer than 2^16 values each pack into one exact number (kept a plain
    // number, not a union with the string key, so that it is never boxed)
    let key = 0;
    let slot = 0;
    let packs = columns.length <= 3;
    for (let i = 0; i < columns.length; i++) {
      const value = values[columns[i] as number] as number;
      slot = (slot * 31 + value) & 1023;
      key = key * 65536 + value;
      if (value >= 65536) packs = false;
    }
    if (!packs) return this.indexOf(columns.map((c) => values[c]).join(','), values, names);
    if (this.cachedKeys[slot] === key) return this.cachedIndices[slot] as number;
    const index = this.indexOf(key, values, names);
    this.cachedKeys[slot] = key;
    this.cachedIndices[slot] = index;
    return index;
  }

  private indexOf(key: number | string, values: Int32Array, names: ReadonlyArray<readonly string[]>): number {
    let index = this.combined.get(key);
    if (index === undefined) {
      index = this.groupNames.length;
      this.combined.set(key, index);
      this.register(this.columns.map((c) => names[c]?.[values[c] as number] ?? '').join(','));
    }
    return index;
  }

  /** Whether no two groups share a name, so that groups can be merged by name. */
  namesUnique(): boolean {
    return new Set(this.groupNames).size === this.groupNames.length;
  }

  /**
   * Each of a later part of the file's groups (unique names), by name, as this feature's index:
   * the groups new here are added in their order, as one pass would have met them. Only once no
   * row is added any more: the row lookups above do not learn the added groups.
   */
  adoptGroups(names: readonly string[]): Int32Array {
    const index = new Map(this.groupNames.map((name, i) => [name, i]));
    return Int32Array.from(names, (name) => {
      let at = index.get(name);
      if (at === undefined) {
        at = this.groupNames.length;
        index.set(name, at);
        this.register(name);
      }
      return at;
    });
  }

  /** A new group, index `groupNames.length - 1`. */
  protected onGroup(): void {}

  private register(name: string): void {
    this.groupNames.push(name);
    this.onGroup();
  }
}

/** One feature per sensitive column, and with `intersectional` one more made of them all. */
export function sensitiveFeatures<F extends FeatureGroups>(
  names: readonly string[],
  intersectional: boolean,
  make: new (name: string, columns: readonly number[]) => F
): F[] {
  const features = names.map((name, i) => new make(name, [i]));
  if (intersectional && names.length > 1)
    features.push(
      new make(
        names.join(','),
        names.map((_, i) => i)
      )
    );
  return features;
}
