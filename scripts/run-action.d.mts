export declare const ACTION_ENTRY: string;
export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Every name=value written to GITHUB_OUTPUT, in order, repeats included. */
  outputsWritten: string[];
  summary: string;
  runnerTemp: string;
}
export declare function runAction(options?: {
  inputs?: Record<string, string>;
  cwd?: string;
  env?: Record<string, string>;
  /** Send `signal` once the step's log contains `when`, as the runner cancels a job. */
  interrupt?: { when: string; signal: NodeJS.Signals };
}): Promise<ActionRun>;
export declare function parseOutputFile(text: string): Record<string, string>;
export declare function cleanUp(result: ActionRun): Promise<void>;
