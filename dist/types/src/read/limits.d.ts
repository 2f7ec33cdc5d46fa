/** A metrics file (metrics.json): a few kilobytes in practice; 2 MiB holds 50,000 groups. */
export declare const MAX_METRICS_FILE_BYTES: number;
/** A gates file (YAML or JSON). */
export declare const MAX_GATES_FILE_BYTES: number;
/** A release file (YAML or JSON). */
export declare const MAX_RELEASE_FILE_BYTES: number;
/** Any other text file read whole: a report given to `synth`, for one. */
export declare const MAX_TEXT_FILE_BYTES: number;
/** A JSON report given to `summarize`: each group's rates and intervals make it some 16 times its metrics file. */
export declare const MAX_REPORT_FILE_BYTES: number;
/** One file of manifests given to `lint`. */
export declare const MAX_MANIFEST_FILE_BYTES: number;
/** One record of a CSV or JSON Lines file (predictions, drift samples): a row, quoted line breaks included. */
export declare const MAX_RECORD_BYTES: number;
/** Columns of a CSV or JSON Lines file. */
export declare const MAX_COLUMNS = 4096;
/**
 * Distinct values of one sensitive feature's column in predictions or evaluation data. Groups are
 * few (sex, region, an age band), and every one is kept in the JSON report; 100,000 (a user id by
 * mistake) still reads in seconds, a million took gigabytes.
 */
export declare const MAX_SENSITIVE_VALUES = 100000;
/** Nested objects and arrays (JSON) or mappings and sequences (YAML). */
export declare const MAX_NESTING_DEPTH = 64;
/** YAML documents (`---` separated) in one file. */
export declare const MAX_YAML_DOCUMENTS = 1000;
/**
 * Tokens (scalars, indicators, white space and line breaks) of one YAML document: while it parses
 * a document, the YAML library holds about 0.5 KB per token, far more than the document's bytes.
 */
export declare const MAX_YAML_DOCUMENT_TOKENS = 100000;
/** Tokens of one YAML file: what its documents become stays in memory, and parsing takes about 1.5 s per million. */
export declare const MAX_YAML_TOKENS = 500000;
/** Anchors (&name) and aliases (*name) in one YAML document. */
export declare const MAX_YAML_ANCHORS = 10000;
/** Values that aliases repeat in one YAML document (a "billion laughs" repeats billions). */
export declare const MAX_YAML_ALIASED_VALUES = 100000;
/** "16 MiB", "4 KiB", "512 bytes". */
export declare function formatSize(bytes: number): string;
