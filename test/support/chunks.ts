import { feedInChunks } from '../../src/io/predictions.js';
import type { ChunkReader } from '../../src/read/chunk-reader.js';

/** What `reader` makes of `text`, fed as a file reader feeds it, in reads of at most `chunkBytes`. */
export function readText<T>(reader: ChunkReader<T>, text: string, chunkBytes = Infinity): T {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return feedInChunks(reader, (buffer, at) => {
    const count = Math.min(buffer.length - at, bytes.length - offset, chunkBytes);
    buffer.set(bytes.subarray(offset, offset + count), at);
    offset += count;
    return count;
  });
}
