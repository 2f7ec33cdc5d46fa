/**
 * Reads one file the way model-gate does, in a child process of its own so that a test can see
 * its peak memory: `node --max-old-space-size=200 --import tsx test/read/read-in-child.ts <what> <dir> <file>`.
 * Prints {message, inputError, peakMiB}.
 */
import { InputError } from '../../src/errors.js';
import { readDriftSample } from '../../src/io/drift-data.js';
import { loadGates, loadGateInput } from '../../src/io/load.js';
import { readManifests } from '../../src/io/manifests.js';
import { readPredictionsFile } from '../../src/io/predictions.js';
import { peakMemoryKiB } from '../support/peak-memory.cjs';

const [what, dir, file] = process.argv.slice(2) as [string, string, string];
const readers: Record<string, () => unknown> = {
  predictions: () => readPredictionsFile(file, dir, { positiveLabel: '1', sensitiveFeatures: [], intersectional: false, keepRows: false }),
  drift: () => readDriftSample(file, dir),
  metrics: () => loadGateInput({ metrics: file, minGroupSize: 30 } as Parameters<typeof loadGateInput>[0], dir),
  gates: () => loadGates(file, dir),
  lint: () => readManifests([file], dir)
};
let message = '';
let inputError = false;
try {
  await readers[what]?.();
} catch (error) {
  message = (error as Error).message;
  inputError = error instanceof InputError;
}
process.stdout.write(JSON.stringify({ message, inputError, peakMiB: Math.round(peakMemoryKiB() / 1024) }));
