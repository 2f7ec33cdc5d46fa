import { driftSampleReader } from '../read/drift/sample-reader.js';
import type { DriftSample } from '../model/drift.js';
import { readFileInChunks } from './predictions.js';

/**
 * Reads a reference or current data sample (CSV or JSON Lines) for the drift gate, streamed in
 * 4 MB chunks. Only the `features` columns are kept when given; otherwise every named column.
 */
export function readDriftSample(path: string, cwd: string, features?: readonly string[], featuresLabel?: string): DriftSample {
  return readFileInChunks(path, cwd, driftSampleReader({ file: path, features, featuresLabel }));
}
