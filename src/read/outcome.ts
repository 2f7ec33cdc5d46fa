import { InputError } from '../errors.js';
import { parseJson } from './json.js';
import { describeValue } from './validate.js';
import type { Decision, Outcome } from '../model/decision.js';

export const DECISIONS: readonly Decision[] = ['rollback', 'hold', 'advance', 'promote'];

/** Reads the decision and canary weight from a JSON report written by `model-gate evaluate`. */
export function parseReportFile(text: string, file: string): Outcome {
  const data = parseJson(text, file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError({ source: file, path: '/', message: 'expected a JSON object: the report model-gate evaluate writes' });
  }
  const report = data as Record<string, unknown>;
  if (report.decision === 'none') {
    const why = (report.error as { message?: unknown } | undefined)?.message;
    throw new InputError({
      source: file,
      path: '/decision',
      message: `the run that wrote this report made no decision${typeof why === 'string' ? ` (${why.split('\n')[0]})` : ''}: there is nothing to deploy`
    });
  }
  const outcome = { decision: report.decision, canaryWeight: report.canaryWeight } as Outcome;
  checkOutcome(outcome, file);
  return outcome;
}

/**
 * Throws unless the decision and weight are a pair the engine can produce: rollback at 0,
 * promote at 100, advance strictly between, hold anywhere (it keeps the current weight).
 */
export function checkOutcome(outcome: Outcome, file: string): void {
  const { decision, canaryWeight: w } = outcome;
  if (!DECISIONS.includes(decision)) {
    throw new InputError({
      source: file,
      path: '/decision',
      message: `expected one of ${DECISIONS.map((d) => JSON.stringify(d)).join(', ')}, got ${describeValue(decision)}`
    });
  }
  if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 100) {
    throw new InputError({ source: file, path: '/canaryWeight', message: `expected an integer from 0 to 100, got ${describeValue(w)}` });
  }
  const expected = {
    rollback: w === 0 ? undefined : '0',
    promote: w === 100 ? undefined : '100',
    advance: w > 0 && w < 100 ? undefined : 'between 1 and 99',
    hold: undefined
  }[decision];
  if (expected !== undefined) {
    throw new InputError({ source: file, path: '/canaryWeight', message: `${w} does not go with decision "${decision}": expected ${expected}` });
  }
}
