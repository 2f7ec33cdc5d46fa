import type { ValidateFunction } from 'ajv';
/** A parsed YAML document that can say on which line a value was written. */
export interface YamlDocument {
    data: unknown;
    /** Line where the document starts (1-based). */
    line: number;
    /** Line of the deepest key (or sequence item) along `path` that exists. */
    lineOf(path: readonly string[]): number | undefined;
}
/** Parses one YAML (or JSON) document; syntax errors become an InputError with their lines. */
export declare function parseYaml(text: string, file: string): YamlDocument;
/**
 * Parses a multi-document YAML stream (`---` separated), one document at a time: each document's
 * syntax tree can be freed once the caller moves on. Empty (or comment-only) documents are skipped.
 */
export declare function parseYamlStream(text: string, file: string): Generator<YamlDocument>;
/** validateWith, with each problem's JSON pointer turned into the line it was written on. */
export declare function validateYaml<T>(validate: ValidateFunction, source: YamlDocument, file: string): T;
export declare function pointerSegments(pointer: string | undefined): string[];
