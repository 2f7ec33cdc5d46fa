import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as models from '../../scripts/onnx/models.js';
import { ROOT } from '../support/fixtures.js';

// The committed models are what scripts/onnx/generate-fixtures.ts writes; regenerate them with
// `npx tsx scripts/onnx/generate-fixtures.ts` after changing scripts/onnx/.
const FIXTURES: Record<string, () => Uint8Array> = {
  'classifier.onnx': models.classifier,
  'sequence.onnx': models.sequence,
  'multi-input.onnx': models.multiInput,
  'every-type.onnx': models.everyType,
  'non-finite.onnx': models.nonFinite,
  'static-shape.onnx': models.staticShape,
  'reshape.onnx': models.reshape,
  'sequence-input.onnx': models.sequenceInput,
  'corrupt.onnx': models.corrupt
};

test.each(Object.keys(FIXTURES))('test/fixtures/onnx/%s is what the generator writes, and a few KB at most', (name) => {
  const committed = readFileSync(join(ROOT, 'test/fixtures/onnx', name));
  expect(Buffer.from(FIXTURES[name]!())).toEqual(committed);
  expect(committed.length).toBeLessThan(4096);
});
