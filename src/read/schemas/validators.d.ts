import type { ValidateFunction } from 'ajv';

export declare const metrics: ValidateFunction;
export declare const gates: ValidateFunction;
export declare const release: ValidateFunction;
