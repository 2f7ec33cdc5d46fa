// Writes the ONNX models of the latency tests to test/fixtures/onnx/ (a few hundred bytes each):
//   npx tsx scripts/onnx/generate-fixtures.ts
// The output is deterministic, so running it again leaves the committed files unchanged.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifier, corrupt, everyType, multiInput, nonFinite, reshape, sequence, sequenceInput, staticShape } from './models.js';

const FOLDER = 'test/fixtures/onnx';

const fixtures: Record<string, () => Uint8Array> = {
  'classifier.onnx': classifier,
  'sequence.onnx': sequence,
  'multi-input.onnx': multiInput,
  'every-type.onnx': everyType,
  'non-finite.onnx': nonFinite,
  'static-shape.onnx': staticShape,
  'reshape.onnx': reshape,
  'sequence-input.onnx': sequenceInput,
  'corrupt.onnx': corrupt
};

await mkdir(FOLDER, { recursive: true });
for (const [name, build] of Object.entries(fixtures)) {
  const bytes = build();
  await writeFile(join(FOLDER, name), bytes);
  console.log('%s  %d bytes', join(FOLDER, name), bytes.length);
}
