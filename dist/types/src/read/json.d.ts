/**
 * JSON.parse with an error a person can act on: line, column, and what was found there.
 * Python's json.dump writes NaN and Infinity, which are not JSON; say so plainly.
 */
export declare function parseJson(text: string, file: string): unknown;
/** Where an object or array opens more than `max` levels deep, or -1 (in text that may not be valid JSON, as far as it reads). */
export declare function offsetBeyondDepth(json: string, max: number): number;
export declare function lineAndColumn(text: string, offset: number): {
    line: number;
    column: number;
};
export declare function stripBom(text: string): string;
