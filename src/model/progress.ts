/**
 * Long work (reading millions of rows, measuring latency, scoring a model, watching a canary) says
 * how far it is. The Action shows it in a log group, the CLI on stderr; the core only reports.
 */
export interface Progress {
  /** A stage of long work starts. */
  start(title: string): void;
  /** Where the stage is now ("1,200,000 rows read"): called often, shown every so often. */
  update(status: string): void;
  /** A line the log keeps, such as one check of a canary analysis. */
  line(text: string): void;
  /** The stage is over: its last status, with the time it took. */
  done(status: string): void;
}

export const NO_PROGRESS: Progress = { start: () => undefined, update: () => undefined, line: () => undefined, done: () => undefined };
