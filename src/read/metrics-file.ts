import { InputError, throwIfAny } from '../errors.js';
import { parseJson } from './json.js';
import { validateWith } from './validate.js';
import validateMetrics from './schemas/compiled/metrics.js';
import type { Confusion, GroupCounts } from '../model/evidence.js';
import type { ModelId } from '../model/metrics.js';
import type { Problem } from '../model/problem.js';
import type { Task } from '../model/task.js';
import { parseCountsRow, type CountsRead, type CountsRow } from './counts.js';

/** A metrics file after validation: the same shape whichever form it was written in. */
export interface MetricsFile {
  file: string;
  form: 'flat' | 'structured';
  model: ModelId;
  samples?: number;
  metrics: ReadonlyMap<string, number>;
  groups: GroupCounts;
  /** The rows `model-gate sql`'s query writes, embedded: counts computed where the data lives. */
  counts?: CountsRead;
}

interface StructuredJson {
  model?: ModelId;
  samples?: number;
  metrics: Record<string, number>;
  groups?: Record<string, Record<string, Confusion>>;
  task?: Task;
  counts?: Array<Record<string, unknown>>;
}

export function parseMetricsFile(text: string, file: string): MetricsFile {
  const data = parseJson(text, file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError({ source: file, path: '/', message: 'expected a JSON object of metrics' });
  }
  const valid = validateWith<Record<string, unknown>>(validateMetrics, data, file);
  const structured = typeof valid.metrics === 'object';
  return structured ? fromStructured(valid as unknown as StructuredJson, file) : fromFlat(valid as Record<string, number>, file);
}

function fromFlat(data: Record<string, number>, file: string): MetricsFile {
  const metrics = new Map(Object.entries(data));
  if (metrics.size === 0) throw new InputError({ source: file, path: '/', message: 'no metrics: expected at least one numeric field' });
  return { file, form: 'flat', model: {}, samples: metrics.get('samples'), metrics, groups: new Map() };
}

function fromStructured(data: StructuredJson, file: string): MetricsFile {
  const metrics = new Map(Object.entries(data.metrics));
  const groups = new Map(Object.entries(data.groups ?? {}).map(([feature, byGroup]) => [feature, new Map(Object.entries(byGroup))] as const));
  const problems: Problem[] = [];
  const inMetrics = metrics.get('samples');
  if (data.samples !== undefined && inMetrics !== undefined && inMetrics !== data.samples) {
    problems.push({ source: file, path: '/metrics/samples', message: `is ${inMetrics} but /samples is ${data.samples}: expected one value` });
  }
  const samples = data.samples ?? inMetrics;
  problems.push(...checkGroupTotals(groups, samples, file));
  const counts = data.counts && countsOf(data.counts, data.task, file, problems);
  throwIfAny(problems);
  if (metrics.size === 0 && groups.size === 0 && !counts) {
    throw new InputError({ source: file, path: '/metrics', message: 'no metrics: expected at least one metric or per-group counts' });
  }
  return { file, form: 'structured', model: data.model ?? {}, samples, metrics, groups, ...(counts ? { counts } : {}) };
}

/** The embedded counts, each row checked as `evaluate --counts` checks a line of the query's result. */
function countsOf(rows: ReadonlyArray<Record<string, unknown>>, task: Task | undefined, file: string, problems: Problem[]): CountsRead | undefined {
  let kind = task;
  const parsed: CountsRow[] = [];
  for (const [i, row] of rows.entries()) {
    try {
      const counts = parseCountsRow(row, kind, (message) => {
        throw new InputError({ source: file, path: `/counts/${i}`, message });
      });
      kind = counts.task;
      parsed.push(counts);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  return kind && parsed.length === rows.length ? { file, task: kind, rows: parsed } : undefined;
}

/** Every sensitive feature partitions the same evaluation rows, so each must add up to the same total. */
function checkGroupTotals(groups: GroupCounts, samples: number | undefined, file: string): Problem[] {
  const problems: Problem[] = [];
  let expected = samples;
  let expectedFrom = '/samples';
  for (const [feature, byGroup] of groups) {
    const total = [...byGroup.values()].reduce((sum, c) => sum + c.tp + c.fp + c.tn + c.fn, 0);
    if (expected === undefined) {
      expected = total;
      expectedFrom = `/groups/${feature}`;
    } else if (total !== expected) {
      problems.push({
        source: file,
        path: `/groups/${feature}`,
        message: `the groups' counts add up to ${total} rows, but ${expectedFrom} has ${expected}: every feature must partition the same evaluation rows`
      });
    }
  }
  return problems;
}
