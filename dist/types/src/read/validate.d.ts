import type { ValidateFunction } from 'ajv';
/**
 * Validates `data` with a schema's compiled validator (src/read/schemas/compiled/);
 * throws one InputError naming every offending path and what was expected there.
 */
export declare function validateWith<T>(validate: ValidateFunction, data: unknown, file: string): T;
export declare function describeValue(value: unknown): string;
