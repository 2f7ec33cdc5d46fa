/** A reader fed with a file's bytes chunk by chunk: predictions, or the samples of the drift gate. */
export interface ChunkReader<T> {
  /**
   * Reads the complete rows at the start of `bytes` and returns how many bytes it used: the caller
   * feeds the rest again with what follows. With `atEnd`, everything is read.
   */
  feed(bytes: Uint8Array, atEnd: boolean): number;
  result(): T;
}

/** CSV or JSON Lines, told apart by the first character that is not white space (`{`: JSON Lines). */
export function csvOrJsonLines<T>(csv: () => ChunkReader<T>, jsonLines: () => ChunkReader<T>): ChunkReader<T> {
  let delegate: ChunkReader<T> | undefined;
  return {
    feed(bytes, atEnd) {
      if (!delegate && bytes.length === 0 && !atEnd) return 0;
      delegate ??= looksLikeJsonLines(bytes) ? jsonLines() : csv();
      return delegate.feed(bytes, atEnd);
    },
    result() {
      delegate ??= csv();
      return delegate.result();
    }
  };
}

function looksLikeJsonLines(chunk: Uint8Array): boolean {
  let i = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)) i++;
  return chunk[i] === 0x7b;
}
