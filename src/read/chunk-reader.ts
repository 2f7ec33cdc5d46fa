/** A reader fed with a file's bytes chunk by chunk: predictions, or the samples of the drift gate. */
export interface ChunkReader<T> {
  /**
   * Reads the complete rows at the start of `bytes` and returns how many bytes it used: the caller
   * feeds the rest again with what follows. With `atEnd`, everything is read.
   */
  feed(bytes: Uint8Array, atEnd: boolean): number;
  result(): T;
}
