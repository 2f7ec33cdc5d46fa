// `npm run fixtures:parquet`: writes test/fixtures/parquet/ from the CSV fixtures with DuckDB
// (@duckdb/node-api, a devDependency; and parquet-wasm for Parquet 2's data pages): the same rows as Parquet, with Snappy, Zstandard and gzip
// pages, several row groups, int64, float32 and double columns, dictionary-encoded strings, nulls,
// Parquet 2's data pages, and a truncated file. The tests compare what model-gate reads from them with the CSVs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { Compression, Table, WriterPropertiesBuilder, WriterVersion, writeParquet } from 'parquet-wasm';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}test/fixtures/parquet/`;
const csv = (name: string): string => `read_csv('${root}test/fixtures/predictions/${name}', header = true)`;
mkdirSync(out, { recursive: true });

const db = await DuckDBInstance.create(':memory:');
const duck = await db.connect();
// one thread writes row groups of exactly ROW_GROUP_SIZE rows
await duck.run('SET threads = 1');
const copy = (select: string, file: string, options: string): Promise<unknown> => duck.run(`COPY (${select}) TO '${out}${file}' (FORMAT parquet, ${options})`);

// 3,000 rows in two row groups (DuckDB rounds ROW_GROUP_SIZE up to 2,048 rows); label and prediction int64
await copy(`SELECT * FROM ${csv('basic.csv')}`, 'basic.parquet', 'COMPRESSION snappy, ROW_GROUP_SIZE 1024');
await copy(`SELECT * FROM ${csv('regression-weighted.csv')}`, 'regression.parquet', 'COMPRESSION zstd');
await copy(`SELECT * FROM ${csv('multiclass.csv')}`, 'multiclass.parquet', 'COMPRESSION gzip');
// the score as float32, the weight as double (all 1), the id as int64, the sensitive column dictionary-encoded
await copy(
  `SELECT CAST(row_number() OVER () AS BIGINT) AS id, label, prediction, CAST(score AS FLOAT) AS score, CAST(1 AS DOUBLE) AS weight, sex
   FROM ${csv('basic.csv')}`,
  'types.parquet',
  'COMPRESSION zstd'
);
// a sensitive value missing on the fifth row
await copy(
  `SELECT label, prediction, CASE WHEN i = 5 THEN NULL ELSE sex END AS sex FROM (SELECT *, row_number() OVER () AS i FROM ${csv('basic.csv')} LIMIT 10)`,
  'nulls.parquet',
  'COMPRESSION snappy'
);
// a drift sample: int64, double (with nulls) and string columns; the CSV's nameless pandas index left out
await copy(
  `SELECT channel, region, plan, score, income, age, cur_only FROM read_csv('${root}test/fixtures/drift/current.csv', header = true)`,
  'drift-current.parquet',
  'COMPRESSION zstd'
);
// the scoring fixture's eval rows, in two row groups: label int64, features double, group dictionary
await copy(`SELECT * FROM read_csv('${root}test/fixtures/scoring/eval.csv', header = true)`, 'scoring-eval.parquet', 'COMPRESSION zstd, ROW_GROUP_SIZE 1024');
// Parquet 2's data pages (DATA_PAGE_V2), which DuckDB does not write, by arrow-rs's writer
// (parquet-wasm): basic.csv's label, prediction and score, and its sex missing on every 97th row
// from the fifth; pages of at most 64 rows, the score's PLAIN (the others dictionary-encoded)
const rows = (await duck.runAndReadAll(`SELECT label, prediction, score, sex FROM ${csv('basic.csv')}`)).getRows();
const column = <T>(k: number, read: (value: unknown) => T): T[] => rows.map((row) => read(row[k]));
const pages = tableFromArrays({
  label: Int32Array.from(column(0, Number)),
  prediction: Int32Array.from(column(1, Number)),
  score: Float64Array.from(column(2, Number)),
  sex: column(3, String).map((value, i) => (i % 97 === 4 ? null : value))
});
const v2 = new WriterPropertiesBuilder()
  .setWriterVersion(WriterVersion.V2)
  .setCompression(Compression.SNAPPY)
  .setMaxRowGroupSize(1024)
  .setWriteBatchSize(64)
  .setDataPageSizeLimit(64)
  .setColumnDictionaryEnabled('score', false)
  .build();
writeFileSync(`${out}pages-v2.parquet`, writeParquet(Table.fromIPCStream(tableToIPC(pages, 'stream')), v2));
const whole = readFileSync(`${out}basic.parquet`);
writeFileSync(`${out}truncated.parquet`, whole.subarray(0, Math.floor(whole.length / 2)));
const version = (await duck.runAndReadAll('SELECT version()')).getRows()[0]?.[0];
const wasmVersion = (JSON.parse(readFileSync(`${root}node_modules/parquet-wasm/package.json`, 'utf8')) as { version: string }).version;
writeFileSync(
  `${out}README.md`,
  `Written by scripts/parquet/fixtures.ts with DuckDB ${String(version)} and parquet-wasm ${wasmVersion} (\`npm run fixtures:parquet\`); do not edit.\n`
);
