/**
 * One problem with an input: which file, where in it, and what was expected.
 * `path` is a JSON pointer ("/metrics/accuracy") or an input name.
 */
export interface Problem {
  file: string;
  path?: string;
  line?: number;
  message: string;
}
