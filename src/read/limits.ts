import { formatCount } from '../format.js';

/**
 * How much model-gate reads, so that a mistaken or hostile input stops with a clear error long
 * before it exhausts memory or the stack. Generous for real files; each is checked while
 * reading, not after. The README's "Limits" table lists them.
 */

const MIB = 1 << 20;

/** A metrics file (metrics.json): a few kilobytes in practice; 2 MiB holds 50,000 groups. */
export const MAX_METRICS_FILE_BYTES = 2 * MIB;
/** A gates file (YAML or JSON). */
export const MAX_GATES_FILE_BYTES = 1 * MIB;
/** A release file (YAML or JSON). */
export const MAX_RELEASE_FILE_BYTES = 1 * MIB;
/** Any other text file read whole: a report given to `synth`, for one. */
export const MAX_TEXT_FILE_BYTES = 4 * MIB;
/** A JSON report given to `summarize`: each group's rates and intervals make it some 16 times its metrics file. */
export const MAX_REPORT_FILE_BYTES = 64 * MIB;
/** One file of manifests given to `lint`. */
export const MAX_MANIFEST_FILE_BYTES = 4 * MIB;

/** One record of a CSV or JSON Lines file (predictions, drift samples): a row, quoted line breaks included. */
export const MAX_RECORD_BYTES = 4 * MIB;
/** Columns of a CSV or JSON Lines file. */
export const MAX_COLUMNS = 4096;
/**
 * Distinct values of one sensitive feature's column in predictions or evaluation data. Groups are
 * few (sex, region, an age band), and every one is kept in the JSON report; 100,000 (a user id by
 * mistake) still reads in seconds, a million took gigabytes.
 */
export const MAX_SENSITIVE_VALUES = 100_000;

/** Nested objects and arrays (JSON) or mappings and sequences (YAML). */
export const MAX_NESTING_DEPTH = 64;
/** YAML documents (`---` separated) in one file. */
export const MAX_YAML_DOCUMENTS = 1000;
/**
 * Tokens (scalars, indicators, white space and line breaks) of one YAML document: while it parses
 * a document, the YAML library holds about 0.5 KB per token, far more than the document's bytes.
 */
export const MAX_YAML_DOCUMENT_TOKENS = 100_000;
/** Tokens of one YAML file: what its documents become stays in memory, and parsing takes about 1.5 s per million. */
export const MAX_YAML_TOKENS = 500_000;
/** Anchors (&name) and aliases (*name) in one YAML document. */
export const MAX_YAML_ANCHORS = 10_000;
/** Values that aliases repeat in one YAML document (a "billion laughs" repeats billions). */
export const MAX_YAML_ALIASED_VALUES = 100_000;

/** "16 MiB", "4 KiB", "512 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${formatCount(bytes)} bytes`;
}
