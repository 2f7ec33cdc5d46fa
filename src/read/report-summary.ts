import { InputError, throwIfAny } from '../errors.js';
import { REPORT_SCHEMA_VERSION } from '../model/report.js';
import { parseJson } from './json.js';
import { checkOutcome, DECISIONS } from './outcome.js';
import { describeValue } from './validate.js';
import type { Decision } from '../model/decision.js';
import type { ModelId } from '../model/metrics.js';
import type { Problem } from '../model/problem.js';
import type { ReportSummary } from '../model/summary.js';

const WHAT = 'the JSON report of model-gate evaluate (--json or --report)';
const DECIDED = ['schemaVersion', 'decision', 'canaryWeight', 'previousWeight', 'passed', 'gates'];
const STOPPED = ['schemaVersion', 'decision', 'canaryWeight', 'previousWeight', 'passed', 'error'];
const MODEL_FIELDS = ['name', 'version', 'sha256'] as const;
const ERROR_KINDS = ['bad-input', 'unexpected'] as const;

type Json = Record<string, unknown>;
type Gate = { id: string; status: 'pass' | 'fail' };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWeight = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
const isGate = (gate: unknown): gate is Gate => isObject(gate) && typeof gate.id === 'string' && (gate.status === 'pass' || gate.status === 'fail');
const quoted = (names: readonly string[]): string => names.map((name) => JSON.stringify(name)).join(', ');

/** The problems found in one report, each at its field. */
class Problems {
  readonly list: Problem[] = [];
  constructor(readonly file: string) {}
  at(path: string, message: string): void {
    this.list.push({ source: this.file, path, message });
  }
  expected(path: string, what: string, value: unknown): void {
    this.at(path, `expected ${what}, got ${describeValue(value)}`);
  }
}

/**
 * Reads a JSON report into its summary row. Anything that is not a report is an InputError naming
 * the file, the field and what was expected; a report of a run that stopped (decision none) is a row.
 */
export function summarizeReport(text: string, file: string): ReportSummary {
  const report = parseJson(text, file);
  if (!isObject(report)) throw new InputError({ source: file, path: '/', message: `expected a JSON object: ${WHAT}` });
  const stopped = report.decision === 'none';
  const missing = (stopped ? STOPPED : DECIDED).filter((field) => !Object.hasOwn(report, field));
  if (missing.length)
    throw new InputError({ source: file, path: '/', message: `missing ${missing.length > 1 ? 'fields' : 'field'} ${quoted(missing)}: expected ${WHAT}` });
  const problems = new Problems(file);
  if (report.schemaVersion !== REPORT_SCHEMA_VERSION)
    problems.expected('/schemaVersion', `${REPORT_SCHEMA_VERSION}, the version this model-gate reads`, report.schemaVersion);
  if (!isWeight(report.previousWeight)) problems.expected('/previousWeight', 'an integer from 0 to 100', report.previousWeight);
  if (typeof report.passed !== 'boolean') problems.expected('/passed', 'true or false', report.passed);
  const row: ReportSummary = {
    file,
    model: modelId(report.model, problems),
    decision: report.decision as ReportSummary['decision'],
    canaryWeight: report.canaryWeight as number,
    previousWeight: report.previousWeight as number,
    passed: report.passed === true,
    ...(stopped ? stoppedRun(report, problems) : decidedRun(report, problems))
  };
  throwIfAny(problems.list);
  return row;
}

/** A run that decided: the decision goes with the weight, and its gate checks are counted. */
function decidedRun(report: Json, problems: Problems): Pick<ReportSummary, 'checks' | 'failedGates'> {
  if (!(DECISIONS as readonly unknown[]).includes(report.decision)) problems.expected('/decision', `one of ${quoted([...DECISIONS, 'none'])}`, report.decision);
  else
    try {
      checkOutcome({ decision: report.decision as Decision, canaryWeight: report.canaryWeight as number }, problems.file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.list.push(...error.problems);
    }
  if (report.passed === true && report.decision === 'rollback') problems.at('/passed', 'true does not go with decision "rollback": a rollback never passed');
  if (report.passed === false && report.decision !== 'rollback' && (DECISIONS as readonly unknown[]).includes(report.decision))
    problems.at('/passed', `false does not go with decision ${JSON.stringify(report.decision)}: only a rollback did not pass`);
  if (!Array.isArray(report.gates)) {
    problems.expected('/gates', 'an array of gate results', report.gates);
    return { checks: null, failedGates: [] };
  }
  // the first gate that is not a gate result is enough to tell the file is no report
  const bad = report.gates.findIndex((gate) => !isGate(gate));
  if (bad >= 0) problems.expected(`/gates/${bad}`, 'a gate result with an "id" string and a "status" of "pass" or "fail"', report.gates[bad]);
  const gates = report.gates.filter(isGate);
  const failedGates = gates.filter((gate) => gate.status === 'fail').map((gate) => gate.id);
  return { checks: { passed: gates.length - failedGates.length, failed: failedGates.length }, failedGates };
}

/** A run that stopped before deciding: it never passed, and its error says why. */
function stoppedRun(report: Json, problems: Problems): Pick<ReportSummary, 'checks' | 'failedGates' | 'error'> {
  if (!isWeight(report.canaryWeight)) problems.expected('/canaryWeight', 'an integer from 0 to 100', report.canaryWeight);
  if (report.passed === true) problems.at('/passed', 'true does not go with decision "none": a run that stopped never passed');
  const error = isObject(report.error) ? report.error : {};
  if (!(ERROR_KINDS as readonly unknown[]).includes(error.kind)) problems.expected('/error/kind', `one of ${quoted(ERROR_KINDS)}`, error.kind);
  if (typeof error.message !== 'string') problems.expected('/error/message', 'why the run stopped, a string', error.message);
  return { checks: null, failedGates: [], error: { kind: error.kind as (typeof ERROR_KINDS)[number], message: String(error.message) } };
}

/** The report's model block; without one the row shows the file's name. */
function modelId(model: unknown, problems: Problems): ModelId {
  if (model === undefined) return {};
  if (!isObject(model)) {
    problems.expected('/model', "an object (the model's name and version)", model);
    return {};
  }
  const id: ModelId = {};
  for (const field of MODEL_FIELDS) {
    const value = model[field];
    if (typeof value === 'string') id[field] = value;
    else if (value !== undefined) problems.expected(`/model/${field}`, 'a string', value);
  }
  return id;
}
