// Checks of the generated inputs against the batch sizes and the baseline, before anything runs.
import { InputError } from '../errors.js';
import { formatShape } from './input-shapes.js';
import { elementCount, hasBatch, MAX_ELEMENTS, shapeAt, type InputPlan, type InputSpec } from './onnx-inputs.js';
import type { Problem } from '../model/problem.js';

/** `batchSizesLabel` is how the batch sizes option is called where the user wrote it. */
export function checkBatchSizes(plans: readonly InputPlan[], batchSizes: readonly number[], file: string, batchSizesLabel: string): void {
  if (!hasBatch(plans) && batchSizes.some((size) => size !== 1)) {
    throw new InputError({
      source: file,
      message: `the model's inputs have no symbolic dimension, so its batch is fixed; measure it with ${batchSizesLabel} 1, not ${batchSizes.join(', ')}`
    });
  }
}

export function checkSizes(plans: readonly InputPlan[], batchSize: number, file: string): void {
  const problems = plans.flatMap((plan): Problem[] => {
    const shape = shapeAt(plan, batchSize);
    const count = elementCount(shape);
    return count > MAX_ELEMENTS
      ? [
          {
            source: file,
            path: plan.name,
            message: `at batch size ${batchSize} its shape ${formatShape(shape)} has ${count} elements, more than model-gate generates (${MAX_ELEMENTS})`
          }
        ]
      : [];
  });
  if (problems.length > 0) throw new InputError(problems);
}

/** The baseline is fed the candidate's inputs, so it must take the same names, types and shapes. */
export function checkSameInputs(
  specs: readonly InputSpec[],
  baselinePlans: readonly InputPlan[],
  batchSize: number,
  baselineFile: string,
  candidateFile: string
): void {
  const describeAll = (inputs: readonly { name: string; type: string; shape: number[] }[]): string =>
    inputs.map((i) => `${i.name} ${i.type} ${formatShape(i.shape)}`).join(', ');
  const mine = baselinePlans.map((plan) => ({ name: plan.name, type: plan.type, shape: shapeAt(plan, batchSize) }));
  const key = (inputs: readonly { name: string; type: string; shape: number[] }[]): string =>
    describeAll([...inputs].sort((a, b) => (a.name < b.name ? -1 : 1)));
  if (key(mine) !== key(specs)) {
    throw new InputError({
      source: baselineFile,
      message: `its inputs (${describeAll(mine)}) differ from the candidate's in ${candidateFile} (${describeAll(specs)}); both models get the same inputs`
    });
  }
}
