import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadGateInput, type LoadedInput } from '../../src/io/load.js';
import type { Task } from '../../src/model/task.js';
import { parseOptions, type RawOptions } from '../../src/options/parse.js';
import { cliLabel } from '../../src/options/table.js';
import { countsQuery } from '../../src/synthesize/counts-sql.js';
import { inputErrorOf } from '../support/errors.js';
import { ROOT } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-counts-'));
const load = (flags: RawOptions): Promise<LoadedInput> => loadGateInput({ ...parseOptions(flags, cliLabel), latency: undefined }, ROOT);

/** Runs model-gate sql's DuckDB query over `file` (CSV or Parquet) and writes its result as JSON Lines, as a user would. */
async function countsOf(file: string, task: Task, sensitiveFeatures: string[]): Promise<string> {
  const db = await DuckDBInstance.create(':memory:');
  const duck = await db.connect();
  const source = file.endsWith('.parquet') ? `'${join(ROOT, file)}'` : `read_csv('${join(ROOT, file)}', header = true)`;
  await duck.run(`CREATE VIEW predictions AS SELECT * FROM ${source}`);
  const query = countsQuery({
    dialect: 'duckdb',
    table: 'predictions',
    task,
    label: 'label',
    prediction: 'prediction',
    ...(task === 'binary' ? { score: 'score' } : {}),
    sensitiveFeatures,
    positiveLabel: '1',
    labels: { table: '--table', column: '--label' }
  });
  const out = join(dir, `${file.replace(/\W/g, '-')}-${task}.jsonl`);
  await duck.run(`COPY (${query.replace(/^--.*\n/, '')}) TO '${out}' (FORMAT json)`);
  duck.closeSync();
  return out;
}

/** Every metric the counts give equals the rows' (to 1e-9 of its size), and so does every group's fairness. */
function expectSameAsRows(fromCounts: LoadedInput, fromRows: LoadedInput, unavailable: string[]): void {
  const counted = [...fromCounts.candidate.values].filter(([, m]) => m.value !== null);
  for (const [name, metric] of fromRows.candidate.values) {
    if (unavailable.includes(name)) {
      expect({ name, value: fromCounts.candidate.values.get(name)?.value ?? null }).toEqual({ name, value: null });
      continue;
    }
    const value = fromCounts.candidate.values.get(name)?.value;
    expect({
      name,
      close: value !== undefined && value !== null && Math.abs(value - (metric.value as number)) <= 1e-9 * Math.max(1, Math.abs(metric.value as number))
    }).toEqual({
      name,
      close: true
    });
  }
  expect(counted.length).toBeGreaterThan(5);
  expect([...fromCounts.candidate.fairness.keys()]).toEqual([...fromRows.candidate.fairness.keys()]);
  for (const [feature, fairness] of fromRows.candidate.fairness) {
    const mine = fromCounts.candidate.fairness.get(feature)!;
    for (const [name, value] of Object.entries(fairness.metrics) as Array<[string, { value: number | null }]>)
      expect({ feature, name, value: (mine.metrics as Record<string, { value: number | null }>)[name]?.value }).toEqual({
        feature,
        name,
        value: value.value === null ? null : expect.closeTo(value.value, 9)
      });
  }
}

describe.each([
  ['binary', 'test/fixtures/predictions/basic.csv', 'test/fixtures/parquet/basic.parquet', [] as string[]],
  ['regression', 'test/fixtures/predictions/regression.csv', 'test/fixtures/parquet/regression.parquet', ['median_absolute_error']],
  ['multiclass', 'test/fixtures/predictions/multiclass.csv', 'test/fixtures/parquet/multiclass.parquet', ['log_loss', 'top_2_accuracy']]
] as const)('%s: the DuckDB query run on the rows, then evaluate --counts', (task, csv, parquet, unavailable) => {
  test.each([csv, parquet])('gives what the rows give, from %s', async (file) => {
    // the Parquet regression fixture has weights, which the query leaves out: compare with the unweighted CSV rows
    const counts = await countsOf(file, task, ['sex']);
    const fromCounts = await load({ counts, 'sensitive-features': '', task, 'min-group-size': '1' } as RawOptions);
    const fromRows = await load({ predictions: csv, 'sensitive-features': 'sex', task, 'min-group-size': '1' });
    expect(fromCounts.candidate.task).toEqual({ kind: task });
    // a binary classifier's log loss is summed from its score; ROC AUC needs every score
    expectSameAsRows(fromCounts, fromRows, [...unavailable, ...(task === 'binary' ? ['roc_auc'] : [])]);
    if (task === 'binary') expect(fromCounts.candidate.values.get('log_loss')?.value).toBeGreaterThan(0);
  });
});

test('the same rows embedded in a structured metrics.json give the same metrics', async () => {
  const counts = await countsOf('test/fixtures/predictions/regression.csv', 'regression', ['sex', 'region']);
  const rows = readFileSync(counts, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as object);
  const metrics = join(dir, 'metrics.json');
  writeFileSync(metrics, JSON.stringify({ model: { name: 'price' }, metrics: { latency_p99_ms: 12 }, task: 'regression', counts: rows }));
  const fromFile = await load({ metrics });
  const fromCounts = await load({ counts });
  for (const [name, metric] of fromCounts.candidate.values)
    expect({ name, value: fromFile.candidate.values.get(name)?.value }).toEqual({ name, value: metric.value });
  expect(fromFile.candidate.fairness).toEqual(fromCounts.candidate.fairness);
  expect(fromFile.candidate.values.get('latency_p99_ms')?.value).toBe(12);
  const bad = join(dir, 'bad-metrics.json');
  writeFileSync(bad, JSON.stringify({ metrics: {}, counts: [rows[0], { ...(rows[1] as object), n: -2 }] }));
  await expect(load({ metrics: bad })).rejects.toThrow(`${bad}: /counts/1: n -2 is not a count: expected a whole number of rows, 0 or more`);
  writeFileSync(bad, JSON.stringify({ metrics: {}, counts: [{ ...(rows[0] as object), rows: 3 }] }));
  await expect(load({ metrics: bad })).rejects.toThrow(`${bad}: /counts/0: expected one of "feature", "feature_value", "tp"`);
});

describe('bad counts', () => {
  const write = (name: string, rows: object[]): string => {
    const path = join(dir, name);
    writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n'));
    return path;
  };
  const problem = async (rows: object[]): Promise<string> => {
    const path = write('bad.jsonl', rows);
    const error = await load({ counts: path }).catch((e: unknown) => e);
    return inputErrorOf(() => {
      throw error;
    });
  };

  test('negative counts, a count that is not whole, a missing overall row, groups that do not add up', async () => {
    const overall = { feature: null, feature_value: null, tp: 5, fp: 1, tn: 4, fn: 0 };
    expect(await problem([{ ...overall, fp: -1 }])).toMatch(/bad\.jsonl: line 1: fp -1 is not a count: expected a whole number of rows, 0 or more$/);
    expect(await problem([{ ...overall, tn: '2.5' }])).toMatch(/line 1: tn 2.5 is not a count/);
    expect(await problem([{ ...overall, feature: 'sex', feature_value: 'f' }])).toMatch(/no overall row \(feature null\)/);
    expect(await problem([overall, { feature: 'sex', feature_value: 'f', tp: 1, fp: 0, tn: 0, fn: 0 }])).toMatch(
      /the groups of "sex" add up to 1 rows, but the overall row has 10/
    );
    expect(await problem([{ feature: null, x: 1 }])).toMatch(/expected the JSON Lines result of model-gate sql/);
  });

  test('BigQuery writes INT64 as text, Spark leaves nulls out: both read', async () => {
    const path = write('bq.jsonl', [
      { tp: '5', fp: '1', tn: '4', fn: '0' },
      { feature: 'sex', feature_value: 'f', tp: '2', fp: '1', tn: '1', fn: '0' },
      { feature: 'sex', feature_value: 'm', tp: '3', fp: '0', tn: '3', fn: '0' }
    ]);
    const input = await load({ counts: path, 'min-group-size': '1' });
    expect(input.candidate.values.get('accuracy')?.value).toBe(0.9);
    expect(input.candidate.fairness.get('sex')?.task).toBe('binary');
  });
});
