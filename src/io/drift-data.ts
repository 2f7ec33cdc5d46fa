import { driftSampleObjects, driftSampleReader } from '../read/drift/sample-reader.js';
import type { DriftSample } from '../model/drift.js';
import { isParquet } from './parquet-file.js';
import { readFileInChunks } from './predictions.js';

/**
 * Reads a reference or current data sample for the drift gate: Parquet (by extension or magic
 * bytes) row group by row group, else CSV or JSON Lines. Only the `features` columns are kept
 * when given; otherwise every named column.
 */
export async function loadDriftSample(path: string, cwd: string, features?: readonly string[], featuresLabel?: string): Promise<DriftSample> {
  if (await isParquet(path, cwd))
    return (await import('./parquet.js')).readParquetObjects(path, cwd, path, driftSampleObjects({ file: path, features, featuresLabel }));
  return readDriftSample(path, cwd, features, featuresLabel);
}

/** A CSV or JSON Lines sample, streamed in 4 MB chunks. */
export function readDriftSample(path: string, cwd: string, features?: readonly string[], featuresLabel?: string): DriftSample {
  return readFileInChunks(path, cwd, driftSampleReader({ file: path, features, featuresLabel }));
}
