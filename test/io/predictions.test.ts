import { feedInChunks } from '../../src/io/predictions.js';
import type { ChunkReader } from '../../src/read/chunk-reader.js';
import { predictionsReader } from '../../src/read/predictions/reader.js';

/** A source that gives at most `step` bytes a read, as a pipe does. */
function trickle(data: Uint8Array, step: number): (buffer: Uint8Array, offset: number) => number {
  let position = 0;
  return (buffer, offset) => {
    const count = Math.min(step, buffer.length - offset, data.length - position);
    buffer.set(data.subarray(position, position + count), offset);
    position += count;
    return count;
  };
}

/** The reader, counting the bytes it is handed over all its feeds. */
function counting<T>(reader: ChunkReader<T>): { reader: ChunkReader<T>; fed: () => number } {
  let fed = 0;
  return {
    reader: { feed: (bytes, atEnd) => ((fed += bytes.length), reader.feed(bytes, atEnd)), result: () => reader.result() },
    fed: () => fed
  };
}

describe('feedInChunks', () => {
  const spec = { file: 'p.csv', positiveLabel: '1', sensitiveFeatures: ['note'], intersectional: false, keepRows: false };

  test('a long record arriving in short reads is scanned a bounded number of times, not once per read', () => {
    const long = 'x'.repeat(2_000_000);
    const data = new TextEncoder().encode(`label,prediction,note\n1,1,"${long}"\n0,0,short\n`);
    const { reader, fed } = counting(predictionsReader(spec));
    const read = feedInChunks(reader, trickle(data, 1024), 64 * 1024);
    expect(read.tally.rows).toBe(2);
    // one feed per 1 KiB read would hand the reader about 2 GB; a full buffer each time, a few times the file
    expect(fed()).toBeLessThan(4 * data.length);
  });

  test('JSON Lines after a BOM and blank lines is told from CSV, however the bytes arrive', () => {
    const data = new TextEncoder().encode('\ufeff\n\n{"label": 1, "prediction": 1, "note": "a"}\n{"label": 0, "prediction": 1, "note": "b"}\n');
    for (const step of [1, 2, 3, 1024]) expect(feedInChunks(predictionsReader(spec), trickle(data, step), 1).tally.rows).toBe(2);
  });

  test('short rows in short reads are read as they arrive', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i % 2},${(i >> 1) % 2},g${i % 3}`).join('\n');
    const data = new TextEncoder().encode(`label,prediction,note\n${rows}\n`);
    const read = feedInChunks(predictionsReader(spec), trickle(data, 100), 4096);
    expect(read.tally.rows).toBe(5000);
  });
});
