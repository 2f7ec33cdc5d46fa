import { MAX_CHUNK_CELLS, regressionCut } from '../../../src/read/predictions/regression-merge.js';
import { regressionRows } from '../../../src/read/predictions/regression-reader.js';

test('a chunk keeps its cells’ sums unless every chunk keeping as many would pass MAX_CHUNK_CELLS: then the file is read in one pass', () => {
  const sink = regressionRows({ file: 'users.csv', sensitiveFeatures: ['user'], intersectional: false }).start(['label', 'prediction', 'user'], 1);
  const readChunk = (users: number): void => {
    for (let i = 0; i < users; i++) {
      sink.values[0] = sink.interners[0]?.internText(`u${i}`) as number;
      sink.row.set([1, 2, 1]);
      sink.add();
    }
  };
  readChunk(2000);
  const chunks = Math.floor(MAX_CHUNK_CELLS / 2000);
  const kept = regressionCut(sink, 0, chunks);
  expect(kept?.cells.length).toBe(2000);
  // a chunk that met half the users keeps half the cells
  readChunk(1000);
  expect(regressionCut(sink, 1, 2 * chunks)?.cells.length).toBe(1000);
  readChunk(2000);
  expect(regressionCut(sink, 2, chunks + 1)).toBeUndefined();
});
