import * as core from '@actions/core';
import { neutralizeCommands } from '../report/workflow-commands.js';

export type AnnotationProperties = core.AnnotationProperties;

/** The Action's log: every message may carry names from input files. */
export interface Log {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Fails the step with this message. */
  setFailed(message: string): void;
  /** Folds the lines that follow, until endGroup, under `title` in the job log. */
  startGroup(title: string): void;
  endGroup(): void;
}

/** What the Action takes from the GitHub runner: run() is driven by this, from the runner or from a test. */
export interface Runner extends Log {
  /** GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH and the rest. */
  env: NodeJS.ProcessEnv;
  /** An input's value as the runner gives it (action.yml's default when the workflow sets none), trimmed. */
  input(name: string): string;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary; throws when it cannot be written. */
  appendSummary(markdown: string): Promise<void>;
  /** Aborted when the runner cancels the job (SIGINT, then SIGTERM): a watch stops and reports what it saw. */
  cancelled?: AbortSignal;
}

/** The real runner, through @actions/core. */
export function githubRunner(): Runner {
  const cancel = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => cancel.abort());
  return {
    cancelled: cancel.signal,
    env: process.env,
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => void (await core.summary.addRaw(markdown).write()),
    info: (message) => core.info(message),
    notice: (message) => core.notice(message),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    setFailed: (message) => core.setFailed(message),
    startGroup: (title) => core.startGroup(title),
    endGroup: () => core.endGroup()
  };
}

/** The log every message of the Action goes through: no line of it can issue a workflow command. */
export function inertLog(log: Log): Log {
  return {
    info: (message) => log.info(neutralizeCommands(message)),
    notice: (message) => log.notice(neutralizeCommands(message)),
    warning: (message, properties) => log.warning(neutralizeCommands(message), properties),
    error: (message, properties) => log.error(neutralizeCommands(message), properties),
    setFailed: (message) => log.setFailed(neutralizeCommands(message)),
    // the title is written after ::group:: on the same line: a line break in it would start a new one
    startGroup: (title) => log.startGroup(neutralizeCommands(title.replace(/[\r\n\u2028\u2029]+/g, ' '))),
    endGroup: () => log.endGroup()
  };
}
