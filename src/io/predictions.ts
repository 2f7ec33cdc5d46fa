import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { ChunkReader } from '../read/chunk-reader.js';
import { formatSize, MAX_RECORD_BYTES } from '../read/limits.js';
import { predictionsReader, type PredictionsRead, type PredictionsSpec } from '../read/predictions/reader.js';

export const CHUNK_BYTES = 4 << 20;

/** A reader left more than MAX_RECORD_BYTES unread: it should have refused the record itself. */
export class RecordTooLongError extends Error {
  constructor() {
    super(`a record is longer than ${formatSize(MAX_RECORD_BYTES)}`);
  }
}

/**
 * Reads into one buffer: the reader takes the complete rows, the unread tail moves to the front,
 * and the next read lands after it. A plain Uint8Array, not a Buffer, so the scanner's hot loop
 * sees one array type only. The readers refuse a record longer than MAX_RECORD_BYTES, so the
 * buffer never grows past that and one chunk. `chunk`: the buffer's size, or a buffer to reuse.
 */
export function feedInChunks<T>(reader: ChunkReader<T>, read: (buffer: Uint8Array, offset: number) => number, chunk: number | Uint8Array = CHUNK_BYTES): T {
  let buffer = typeof chunk === 'number' ? new Uint8Array(chunk) : chunk;
  let filled = 0;
  // The reader took nothing last time (a record longer than what it was given): it is fed again
  // only once the buffer is full, else short reads (a pipe gives 64 KiB at a time) would have it
  // scan the same long record over and over.
  let stalled = false;
  for (;;) {
    if (filled === buffer.length) {
      if (filled > MAX_RECORD_BYTES) throw new RecordTooLongError();
      const grown = new Uint8Array(buffer.length * 2); // one row longer than the buffer
      grown.set(buffer);
      buffer = grown;
    }
    const count = read(buffer, filled);
    filled += count;
    const atEnd = count === 0;
    if (stalled && !atEnd && filled < buffer.length) continue;
    const used = reader.feed(buffer.subarray(0, filled), atEnd);
    stalled = used === 0;
    if (atEnd) return reader.result();
    buffer.copyWithin(0, used, filled);
    filled -= used;
  }
}

/** Streams a predictions file through the reader in 4 MiB chunks: memory does not grow with the file. */
export function readPredictionsFile(path: string, cwd: string, spec: Omit<PredictionsSpec, 'file'>): PredictionsRead {
  return readFileInChunks(path, cwd, predictionsReader({ ...spec, file: path }));
}

/**
 * Streams the file at `path` (relative to `cwd`) through `reader`, showing `onRead` the bytes as
 * they are read; a missing file or a directory is an InputError.
 */
export function readFileInChunks<T>(path: string, cwd: string, reader: ChunkReader<T>, onRead?: (bytes: Uint8Array) => void): T {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError({ source: path, message: code === 'ENOENT' ? `file not found (looked in ${cwd})` : `cannot be read: ${(error as Error).message}` });
  }
  try {
    return feedInChunks(reader, (buffer, offset) => {
      const count = readSync(fd, buffer, offset, buffer.length - offset, null);
      onRead?.(buffer.subarray(offset, offset + count));
      return count;
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new InputError({ source: path, message: 'is a directory, expected a file' });
    if (error instanceof RecordTooLongError) throw new InputError({ source: path, message: error.message });
    throw error;
  } finally {
    closeSync(fd);
  }
}
