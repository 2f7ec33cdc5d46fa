// What makes canary steps and a weight valid, wherever they are written (an option, a gates file).

/** Why a list of canary steps is unusable, or undefined when it is fine. */
export function stepsProblem(steps: readonly number[]): string | undefined {
  if (steps.length === 0) return 'expected at least one step';
  for (const [i, step] of steps.entries()) {
    if (!Number.isInteger(step) || step < 1 || step > 100) return `step ${step} is not an integer percentage between 1 and 100`;
    const previous = steps[i - 1];
    if (previous !== undefined && step <= previous) return `steps must increase strictly: ${previous} is followed by ${step}`;
  }
  if (steps[steps.length - 1] !== 100) return `the last step must be 100 (full promotion), got ${steps[steps.length - 1]}`;
  return undefined;
}

export function weightProblem(weight: number): string | undefined {
  return Number.isInteger(weight) && weight >= 0 && weight <= 100 ? undefined : `expected an integer percentage between 0 and 100, got ${weight}`;
}
