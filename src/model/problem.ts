/**
 * One problem with an input: where it is (a file, or the option or environment variable that
 * holds the value), where in it, and what was expected.
 */
export interface Problem {
  /** The file's path as given, or how the option is called (`input "current-weight"`, `--current-weight`). */
  source: string;
  /** A JSON pointer ("/metrics/accuracy"), or the name of the part at fault. */
  path?: string;
  line?: number;
  message: string;
}
