import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { metricsFromMulticlass } from '../../src/evaluate/predictions/multiclass-metrics.js';
import { metricsFromPredictions } from '../../src/evaluate/predictions/metrics.js';
import { metricsFromRegression } from '../../src/evaluate/predictions/regression-metrics.js';
import { isParquet } from '../../src/io/parquet-file.js';
import { readTable } from '../../src/io/tables.js';
import { multiclassRows } from '../../src/read/predictions/multiclass-reader.js';
import { predictionsRows } from '../../src/read/predictions/reader.js';
import { regressionRows } from '../../src/read/predictions/regression-reader.js';
import type { ComputedMetrics } from '../../src/model/metrics.js';
import type { Progress } from '../../src/model/progress.js';
import { ROOT } from '../support/fixtures.js';

const csv = (name: string): string => join('test/fixtures/predictions', name);
const parquet = (name: string): string => join('test/fixtures/parquet', name);
const binary = (file: string, sensitiveFeatures = ['sex', 'region']) =>
  readTable(file, ROOT, predictionsRows({ file, positiveLabel: '1', sensitiveFeatures, intersectional: true, keepRows: false })).then((read) =>
    metricsFromPredictions(read, 0)
  );

/** Every value and the fairness of two reads, which differ only in their source. */
function expectSame(fromParquet: ComputedMetrics, fromCsv: ComputedMetrics): void {
  expect([...fromParquet.values.keys()]).toEqual([...fromCsv.values.keys()]);
  for (const [name, metric] of fromCsv.values) expect({ name, value: fromParquet.values.get(name)?.value }).toEqual({ name, value: metric.value });
  expect(fromParquet.fairness).toEqual(fromCsv.fairness);
}

describe('Parquet files give what the same rows in CSV give', () => {
  test('a binary classifier: Snappy, two row groups, int64 labels, dictionary strings', async () => {
    expectSame(await binary(parquet('basic.parquet')), await binary(csv('basic.csv')));
  });

  test('a regression: Zstandard, doubles, weights', async () => {
    const read = (file: string) =>
      readTable(file, ROOT, regressionRows({ file, sensitiveFeatures: ['sex', 'region'], intersectional: true })).then((r) => metricsFromRegression(r, 0));
    expectSame(await read(parquet('regression.parquet')), await read(csv('regression-weighted.csv')));
  });

  test('a multiclass classifier: gzip, string classes, probability columns', async () => {
    const read = (file: string) =>
      readTable(file, ROOT, multiclassRows({ file, sensitiveFeatures: ['sex'], intersectional: false, topK: 2 })).then((r) => metricsFromMulticlass(r, 0));
    const [fromParquet, fromCsv] = [await read(parquet('multiclass.parquet')), await read(csv('multiclass.csv'))];
    expectSame(fromParquet, fromCsv);
    expect(fromParquet.classes).toEqual(fromCsv.classes);
  });

  test("Parquet 2's data pages (DATA_PAGE_V2, written by arrow-rs): the same metrics, and a missing value named by its row", async () => {
    expectSame(await binary(parquet('pages-v2.parquet'), []), await binary(csv('basic.csv'), []));
    const error = await binary(parquet('pages-v2.parquet'), ['sex']).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'test/fixtures/parquet/pages-v2.parquet: row 5: sex is missing (the first line has: "label", "prediction", "score", "sex")'
    );
  });

  test('float32 scores keep their order, so ROC AUC is exact; int64 ids and a double weight column read as numbers', async () => {
    const fromParquet = await binary(parquet('types.parquet'), ['sex']);
    const fromCsv = await binary(csv('basic.csv'), ['sex']);
    expect(fromParquet.values.get('roc_auc')?.value).toBe(fromCsv.values.get('roc_auc')?.value);
    expect(fromParquet.values.get('log_loss')?.value).toBeCloseTo(fromCsv.values.get('log_loss')?.value as number, 6);
    expect(fromParquet.values.get('accuracy')).toEqual({ ...fromCsv.values.get('accuracy'), source: 'test/fixtures/parquet/types.parquet' });
  });
});

describe('bad Parquet input names the file and the row', () => {
  const problem = async (run: () => Promise<unknown>): Promise<string> => {
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  };

  test('a missing value, a truncated file, a missing column, a missing file', async () => {
    expect(await problem(() => binary(parquet('nulls.parquet'), ['sex']))).toBe(
      'test/fixtures/parquet/nulls.parquet: row 5: sex is missing (the first line has: "label", "prediction", "sex")'
    );
    expect(await problem(() => binary(parquet('truncated.parquet')))).toMatch(
      /^test\/fixtures\/parquet\/truncated\.parquet: is not a readable Parquet file \(.+\): is it truncated\?$/
    );
    expect(await problem(() => binary(parquet('regression.parquet'), ['age']))).toBe(
      'test/fixtures/parquet/regression.parquet: sensitive feature column "age" not found; columns found: "id", "label", "prediction", "sex", "region", "weight"'
    );
    expect(await problem(() => binary('test/fixtures/parquet/none.parquet'))).toBe(`test/fixtures/parquet/none.parquet: file not found (looked in ${ROOT})`);
  });

  test('a Parquet file is told by its extension or its first bytes', async () => {
    expect(await isParquet('test/fixtures/parquet/basic.parquet', ROOT)).toBe(true);
    expect(await isParquet('test/fixtures/predictions/basic.csv', ROOT)).toBe(false);
    expect(await isParquet('missing.bin', ROOT)).toBe(false);
  });
});

describe('progress while reading', () => {
  const recording = () => {
    const seen: string[] = [];
    const progress: Progress = {
      start: (title) => void seen.push(`start ${title}`),
      update: (status) => void seen.push(`update ${status}`),
      line: (text) => void seen.push(`line ${text}`),
      done: (status) => void seen.push(`done ${status}`)
    };
    return { seen, progress };
  };
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'model-gate-tables-'));
    const rows = Array.from({ length: 140_000 }, (_, i) => `${i % 2},${(i >> 1) % 2}`);
    writeFileSync(join(temp, 'big.csv'), `label,prediction\n${rows.join('\n')}\n`);
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test('every 65,536th row is counted, and the total when the file is read', async () => {
    const { seen, progress } = recording();
    const read = await readTable(
      'big.csv',
      temp,
      predictionsRows({ file: 'big.csv', positiveLabel: '1', sensitiveFeatures: [], intersectional: false, keepRows: false }),
      'big.csv',
      progress
    );
    expect(read.tally.rows).toBe(140_000);
    expect(seen).toEqual(['start model-gate: reading big.csv', 'update 65,536 rows read', 'update 131,072 rows read', 'done 140,000 rows read']);
  });

  test('Parquet rows are counted alike, and a failing read still ends its stage', async () => {
    const { seen, progress } = recording();
    const file = parquet('basic.parquet');
    await readTable(file, ROOT, predictionsRows({ file, positiveLabel: '1', sensitiveFeatures: [], intersectional: false, keepRows: false }), file, progress);
    expect(seen.at(-1)).toMatch(/^done \d[\d,]* rows read$/);

    const failed = recording();
    await expect(
      readTable(
        'missing.csv',
        temp,
        predictionsRows({ file: 'missing.csv', positiveLabel: '1', sensitiveFeatures: [], intersectional: false, keepRows: false }),
        'missing.csv',
        failed.progress
      )
    ).rejects.toThrow(InputError);
    expect(failed.seen).toEqual(['start model-gate: reading missing.csv', 'done 0 rows read']);
  });
});

test('multiclass and regression files limit a sensitive column to 100,000 values too', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'model-gate-users-'));
  const rows = Array.from({ length: 100_001 }, (_, i) => `${i % 3},${(i + 1) % 3},u${i}`).join('\n');
  writeFileSync(join(temp, 'users.csv'), `label,prediction,user\n${rows}\n`);
  const expected =
    'users.csv: the sensitive feature "user" has more than 100,000 distinct values: expected a few groups (sex, region, an age band), not an id or a measurement';
  await expect(
    readTable('users.csv', temp, multiclassRows({ file: 'users.csv', sensitiveFeatures: ['user'], intersectional: false, topK: 2 }))
  ).rejects.toThrow(expected);
  await expect(readTable('users.csv', temp, regressionRows({ file: 'users.csv', sensitiveFeatures: ['user'], intersectional: false }))).rejects.toThrow(
    expected
  );
  rmSync(temp, { recursive: true, force: true });
});
