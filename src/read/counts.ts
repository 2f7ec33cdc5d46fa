// The result of `model-gate sql`'s query, as JSON Lines: one row per sensitive feature's group and
// one overall row (feature null), with a binary classifier's confusion counts, a multiclass
// classifier's cells (label, prediction, n), or a regression's sums. BigQuery writes INT64 as
// strings in JSON, and Spark leaves null fields out: both are read.
import { InputError } from '../errors.js';
import type { Confusion } from '../model/evidence.js';
import type { Task } from '../model/task.js';
import type { ChunkReader } from './chunk-reader.js';
import { jsonLines } from './json-lines.js';
import { decimalNumber } from './predictions/number-field.js';
import type { ErrorTotals } from './predictions/regression-tally.js';
import { quote } from './quote.js';

/** One group's counts (or the overall row's, feature null), as the query wrote them. */
export type CountsRow =
  | { task: 'binary'; feature: string | null; group: string | null; counts: Confusion; sumLogLoss?: number }
  | { task: 'multiclass'; feature: string | null; group: string | null; label: string; prediction: string; n: number }
  | { task: 'regression'; feature: string | null; group: string | null; totals: ErrorTotals; sumLabel: number; sumSquaredLabel: number };

export interface CountsRead {
  file: string;
  task: Task;
  rows: CountsRow[];
}

const FIELDS: Record<Task, readonly string[]> = {
  binary: ['tp', 'fp', 'tn', 'fn'],
  multiclass: ['label', 'prediction', 'n'],
  regression: ['n', 'sum_error', 'sum_squared_error', 'sum_absolute_error', 'sum_percentage_error', 'max_absolute_error', 'sum_label', 'sum_squared_label']
};

/** Reads the query's result; the task is the option's, else told by the first row's fields. */
export function countsReader(file: string, task: Task | 'auto'): ChunkReader<CountsRead> {
  let kind: Task | undefined = task === 'auto' ? undefined : task;
  const rows: CountsRow[] = [];
  const lines = jsonLines(file, (row, line) => {
    const parsed = parseCountsRow(row, kind, (message) => {
      throw new InputError({ source: file, line, message });
    });
    kind = parsed.task;
    rows.push(parsed);
  });
  return {
    feed: (bytes, atEnd) => lines.feed(bytes, atEnd),
    result() {
      if (!kind || rows.length === 0) throw new InputError({ source: file, message: `no rows: ${expected()}` });
      return { file, task: kind, rows };
    }
  };
}

/** One row of counts, checked: the task's fields present, counts whole and not negative, sums finite. `task` is the rows' so far, if known. */
export function parseCountsRow(row: Record<string, unknown>, task: Task | undefined, fail: (message: string) => never): CountsRow {
  const kind = task ?? (['binary', 'multiclass', 'regression'] as const).find((t) => FIELDS[t].every((f) => f in row)) ?? fail(expected());
  const missing = FIELDS[kind].filter((f) => !(f in row));
  if (missing.length > 0) fail(`${missing.map((f) => quote(f)).join(', ')} missing: a ${kind} model's counts have ${FIELDS[kind].join(', ')}`);
  const text = (name: string): string | null => {
    const value = row[name];
    if (value === undefined || value === null) return null;
    return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : fail(`${name} is not text`);
  };
  const number = (name: string, kindOf: 'count' | 'sum' | 'nonnegative'): number => {
    const value = row[name];
    const n = typeof value === 'number' ? value : typeof value === 'string' ? decimalNumber(value) : Number.NaN;
    if (!Number.isFinite(n)) fail(`${name} ${quote(String(value))} is not a number`);
    if (kindOf === 'count' && !(Number.isInteger(n) && n >= 0)) fail(`${name} ${n} is not a count: expected a whole number of rows, 0 or more`);
    if (kindOf === 'nonnegative' && n < 0) fail(`${name} ${n} is negative`);
    return n;
  };
  const feature = text('feature');
  const group = text('feature_value');
  if (feature !== null && group === null) fail(`feature ${quote(feature)} has a group with no value (SQL NULL): give every row a value, or COALESCE it`);
  if (kind === 'binary') {
    const counts = { tp: number('tp', 'count'), fp: number('fp', 'count'), tn: number('tn', 'count'), fn: number('fn', 'count') };
    const logLoss = row.sum_log_loss === undefined || row.sum_log_loss === null ? {} : { sumLogLoss: number('sum_log_loss', 'nonnegative') };
    return { task: kind, feature, group, counts, ...logLoss };
  }
  if (kind === 'multiclass') {
    const label = text('label') ?? fail('label is null: every row needs its class');
    const prediction = text('prediction') ?? fail('prediction is null: every row needs its class');
    return { task: kind, feature, group, label, prediction, n: number('n', 'count') };
  }
  const n = number('n', 'count');
  return {
    task: kind,
    feature,
    group,
    totals: {
      rows: n,
      weight: n,
      error: number('sum_error', 'sum'),
      absolute: number('sum_absolute_error', 'nonnegative'),
      squared: number('sum_squared_error', 'nonnegative'),
      percentage: number('sum_percentage_error', 'nonnegative'),
      maxAbsolute: number('max_absolute_error', 'nonnegative')
    },
    sumLabel: number('sum_label', 'sum'),
    sumSquaredLabel: number('sum_squared_label', 'nonnegative')
  };
}

function expected(): string {
  return `expected the JSON Lines result of model-gate sql: feature, feature_value, and ${Object.entries(FIELDS)
    .map(([task, fields]) => `${fields.join(', ')} (${task})`)
    .join(', or ')}`;
}
