/** Why a list of canary steps is unusable, or undefined when it is fine. */
export declare function stepsProblem(steps: readonly number[]): string | undefined;
export declare function weightProblem(weight: number): string | undefined;
