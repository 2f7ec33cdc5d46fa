import type { Problem } from './model/problem.js';
declare const BRAND: unique symbol;
/**
 * Bad input from the user: a malformed file, a missing field, an unknown option.
 * `instanceof` goes by a registered symbol, not by class identity: the parts of the bundle
 * loaded on demand each carry their own copy of this class.
 */
export declare class InputError extends Error {
    readonly problems: readonly Problem[];
    readonly [BRAND] = true;
    static [Symbol.hasInstance](value: unknown): boolean;
    constructor(problems: Problem | readonly Problem[]);
}
export declare function formatProblem(p: Problem): string;
/** Throws one InputError carrying every problem found, so the user fixes them in one go. */
export declare function throwIfAny(problems: readonly Problem[]): void;
export {};
