// A regression whose absolute errors drift along the file (rows sorted by their error) so much that
// the median leaves the window the first pass keeps: more passes over the file find it exactly.
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { metricsFromRegression } from '../../src/evaluate/predictions/regression-metrics.js';
import { settleMedian } from '../../src/io/median-passes.js';
import type { SplitOptions } from '../../src/io/split-plan.js';
import { readPredictionsTable, readTable } from '../../src/io/tables.js';
import { MAX_KEPT } from '../../src/read/predictions/absolute-errors.js';
import { regressionRows, type RegressionSpec } from '../../src/read/predictions/regression-reader.js';
import type { Progress } from '../../src/model/progress.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'model-gate-median-'));

/** `rows` rows whose errors are 0, 1, 2, … in file order (the median is (rows − 1) / 2), some of them twice. */
function sortedFile(name: string, rows: number): string {
  const fd = openSync(join(dir, name), 'w');
  writeSync(fd, 'label,prediction,group\n');
  for (let start = 0; start < rows; start += 100_000) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + 100_000); i++) text += `0,${i % 7 === 3 ? i - 1 : i},${i % 2 ? 'a' : 'b'}\n`;
    writeSync(fd, text);
  }
  closeSync(fd);
  return name;
}

/** numpy's median of the errors sortedFile writes. */
function expectedMedian(rows: number): number {
  const errors = Float64Array.from({ length: rows }, (_, i) => (i % 7 === 3 ? i - 1 : i)).sort();
  return rows % 2 ? (errors[rows >> 1] as number) : ((errors[rows / 2 - 1] as number) + (errors[rows / 2] as number)) / 2;
}

describe('with a window of 64 errors', () => {
  const spec = (file: string): RegressionSpec => ({ file, sensitiveFeatures: ['group'], intersectional: false, maxKeptErrors: 64 });
  const medianOf = async (file: string, split: SplitOptions): Promise<{ median: unknown; passes: string[] }> => {
    const passes: string[] = [];
    const progress: Progress = { start: (title) => passes.push(title), update: () => undefined, line: () => undefined, done: () => undefined };
    const read = await readPredictionsTable(file, dir, { kind: 'regression', spec: spec(file) }, progress, split);
    return { median: metricsFromRegression(read, 0).values.get('median_absolute_error')?.value, passes };
  };

  for (const rows of [5000, 5001])
    test(`${rows} rows read in one part: the exact median, from more passes`, async () => {
      const file = sortedFile(`sorted-${rows}.csv`, rows);
      const { median, passes } = await medianOf(file, { minBytes: Infinity, headStart: 0, threads: 1 });
      expect(median).toBe(expectedMedian(rows));
      expect(passes[0]).toBe(`model-gate: reading ${file}`);
      expect(passes[1]).toBe(`model-gate: reading ${file} again (pass 2, for the median absolute error)`);
      expect(passes.length).toBeLessThanOrEqual(6);
    });

  test('read in two parts whose windows do not overlap: the same median', async () => {
    const file = sortedFile('sorted-parts.csv', 20_000);
    const { median, passes } = await medianOf(file, { minBytes: 0, headStart: 0, threads: 2 });
    expect(median).toBe(expectedMedian(20_000));
    expect(passes.length).toBeGreaterThan(1);
  });

  test('errors in random order: one pass', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `0,${(i * 7919) % 5000},a`);
    writeFileSync(join(dir, 'shuffled.csv'), `label,prediction,group\n${lines.join('\n')}\n`);
    const { median, passes } = await medianOf('shuffled.csv', { minBytes: Infinity, headStart: 0, threads: 1 });
    expect({ median, passes }).toEqual({ median: 2499.5, passes: ['model-gate: reading shuffled.csv'] });
  });

  test('a file that changes between the passes: null, and the note says why', async () => {
    const file = sortedFile('changing.csv', 5000);
    const read = await readTable(file, dir, regressionRows(spec(file)));
    await settleMedian(read, spec(file), (rows, name) => {
      appendFileSync(join(dir, file), '0,1,a\n');
      return readTable(file, dir, rows, name);
    });
    expect(read.tally.errors.median()).toEqual({
      missing: 'the file changed while it was read again for the median absolute error: 5,001 rows, not 5,000'
    });
  });
});

test('the bundled CLI, with the window of MAX_KEPT errors: the exact median of rows sorted by their error', () => {
  const rows = 2 * MAX_KEPT + 1;
  const file = join(dir, sortedFile('sorted-cli.csv', rows));
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'evaluate', '--predictions', file, '--task', 'regression', '--json'], {
    cwd: dir,
    encoding: 'utf8'
  });
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as { metrics: Record<string, { value: number | null }> };
  expect(report.metrics.median_absolute_error?.value).toBe(expectedMedian(rows));
}, 60_000);
