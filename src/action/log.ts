import * as core from '@actions/core';
import { neutralizeCommands } from '../report/workflow-commands.js';

// The Action's only way to the job log: every message may carry names from input files.

export function info(message: string): void {
  core.info(neutralizeCommands(message));
}

export function notice(message: string): void {
  core.notice(neutralizeCommands(message));
}

export function warning(message: string, properties?: core.AnnotationProperties): void {
  core.warning(neutralizeCommands(message), properties);
}

export function error(message: string, properties?: core.AnnotationProperties): void {
  core.error(neutralizeCommands(message), properties);
}

export function setFailed(message: string): void {
  core.setFailed(neutralizeCommands(message));
}
