import { InputError } from './errors.js';
import { stepsProblem, weightProblem } from './decide/policy.js';

/** How a run fails: on rollback (default), on rollback or hold, or never (report only). */
export type FailOn = 'rollback' | 'hold' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['rollback', 'hold', 'never'];

/** The options every front end (Action inputs, CLI flags) shares, as typed values. */
export interface Options {
  metrics: string;
  baseline?: string;
  gates?: string;
  currentWeight: number;
  /** Explicit canary steps; when absent the gates file's `canary.steps` or the default apply. */
  canarySteps?: number[];
  failOn: FailOn;
  reportPath?: string;
}

/** Raw option strings by their user-facing name (`current-weight`, …); empty means not given. */
export type RawOptions = Partial<Record<'metrics' | 'baseline' | 'gates' | 'current-weight' | 'canary-steps' | 'fail-on' | 'report-path', string>>;

/**
 * Turns the strings a user wrote into typed options, naming the option in every error.
 * `label` says how an option is called where the user wrote it: `input "current-weight"` or `--current-weight`.
 */
export function parseOptions(raw: RawOptions, label: (name: string) => string): Options {
  const given = (name: keyof RawOptions): string | undefined => {
    const value = raw[name]?.trim();
    return value ? value : undefined;
  };
  const metrics = given('metrics');
  if (!metrics) throw new InputError({ file: label('metrics'), message: 'required: the path of the candidate model\'s metrics.json' });

  const weightText = given('current-weight') ?? '0';
  const currentWeight = /^\d+$/.test(weightText) ? Number(weightText) : Number.NaN;
  const weightError = weightProblem(currentWeight);
  if (weightError) throw new InputError({ file: label('current-weight'), message: weightError.replace('NaN', JSON.stringify(weightText)) });

  const stepsText = given('canary-steps');
  const canarySteps = stepsText === undefined ? undefined : parseSteps(stepsText, label('canary-steps'));

  const failOn = (given('fail-on') ?? 'rollback') as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) {
    throw new InputError({ file: label('fail-on'), message: `expected one of ${FAIL_ON_VALUES.join(', ')}, got ${JSON.stringify(failOn)}` });
  }
  return { metrics, baseline: given('baseline'), gates: given('gates'), currentWeight, canarySteps, failOn, reportPath: given('report-path') };
}

/** "10,25,50,100" → [10, 25, 50, 100], or an error naming what is wrong. */
export function parseSteps(text: string, source: string): number[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const bad = parts.find((p) => !/^\d+$/.test(p));
  if (bad !== undefined) throw new InputError({ file: source, message: `expected comma-separated integer percentages like 10,25,50,100; ${JSON.stringify(bad)} is not one` });
  const steps = parts.map(Number);
  const problem = stepsProblem(steps);
  if (problem) throw new InputError({ file: source, message: problem });
  return steps;
}

export function shouldFail(failOn: FailOn, decision: string): boolean {
  if (failOn === 'never') return false;
  return decision === 'rollback' || (failOn === 'hold' && decision === 'hold');
}
