import { loadDriftSample, readDriftSample } from '../../src/io/drift-data.js';
import { ROOT } from '../support/fixtures.js';

test('a Parquet sample reads as the same rows in CSV: int64, doubles with nulls, strings', async () => {
  const fromParquet = await loadDriftSample('test/fixtures/parquet/drift-current.parquet', ROOT);
  const fromCsv = readDriftSample('test/fixtures/drift/current.csv', ROOT);
  // the same values, columns and rows; a text value's line is a CSV line there, a row here
  const plain = (sample: object): unknown =>
    JSON.parse(JSON.stringify({ ...sample, file: 'current' }, (key, value: unknown) => (key === 'line' ? undefined : value)));
  expect(plain(fromParquet)).toEqual(plain(fromCsv));
});

test('drift-features picks the columns of a Parquet sample, and names one it lacks', async () => {
  const sample = await loadDriftSample('test/fixtures/parquet/drift-current.parquet', ROOT, ['age', 'plan']);
  expect(sample.columns).toEqual(['age', 'plan']);
  await expect(loadDriftSample('test/fixtures/parquet/drift-current.parquet', ROOT, ['salary'])).rejects.toThrow(
    'test/fixtures/parquet/drift-current.parquet: drift-features column "salary" not found in any line; keys found: "channel", "region", "plan", "score", "income", "age", "cur_only"'
  );
});
