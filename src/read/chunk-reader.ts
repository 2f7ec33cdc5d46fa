/** A reader fed with a file's bytes chunk by chunk: predictions, or the samples of the drift gate. */
export interface ChunkReader<T> {
  /**
   * Reads the complete rows at the start of `bytes` and returns how many bytes it used: the caller
   * feeds the rest again with what follows. With `atEnd`, everything is read.
   */
  feed(bytes: Uint8Array, atEnd: boolean): number;
  result(): T;
}

/** Rows given as objects, as a JSON Lines file's lines are parsed and a Parquet file's rows are read. */
export interface ObjectRows<T> {
  add(row: Record<string, unknown>, line: number): void;
  result(): T;
}

/** CSV or JSON Lines, told apart by the first character that is not white space (`{`: JSON Lines). */
export function csvOrJsonLines<T>(csv: () => ChunkReader<T>, jsonLines: () => ChunkReader<T>): ChunkReader<T> {
  let delegate: ChunkReader<T> | undefined;
  return {
    feed(bytes, atEnd) {
      // blank lines say nothing about the format: wait for the first character that does
      if (!delegate && !atEnd && firstCharacter(bytes) === undefined) return 0;
      delegate ??= firstCharacter(bytes) === 0x7b ? jsonLines() : csv();
      return delegate.feed(bytes, atEnd);
    },
    result() {
      delegate ??= csv();
      return delegate.result();
    }
  };
}

/** The first byte that is not a BOM or white space, if the chunk has one (a chunk that is the start of a BOM has none yet). */
function firstCharacter(chunk: Uint8Array): number | undefined {
  const bom = [0xef, 0xbb, 0xbf];
  if (chunk.length < 3 && chunk.every((byte, i) => byte === bom[i])) return undefined;
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)) i++;
  return chunk[i];
}
