// A regression's file read in fixed chunks by whichever thread is free (a real worker thread from
// dist/lazy/): the same bits whoever reads which chunk, on one core or two; and one pass's result
// or error whenever the chunks cannot give it.
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { metricsFromRegression } from '../../src/evaluate/predictions/regression-metrics.js';
import { readChunks, takeNext, type ChunkInput } from '../../src/io/chunk-table.js';
import { partOf, readRanges } from '../../src/io/file-parts.js';
import { feedInChunks } from '../../src/io/predictions.js';
import { PART_WORKER, planChunks, warmPartWorker, type ChunkPlan, type SplitOptions } from '../../src/io/split-plan.js';
import { readPredictionsTable } from '../../src/io/tables.js';
import { warmWorker } from '../../src/io/worker-bundle.js';
import type { Progress } from '../../src/model/progress.js';
import { predictionsFileReader } from '../../src/read/predictions/file-reader.js';
import type { RegressionRead } from '../../src/read/predictions/regression-reader.js';
import { rowsOfTask, type RowTask } from '../../src/read/predictions/row-task.js';
import { random } from '../support/absolute-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-chunks-'));
/** Chunks of 8 KiB: a file of 10,000 rows has some thirty. */
const CHUNKS: SplitOptions = { minBytes: 0, headStart: 0, threads: 2, chunkBytes: 8 << 10 };
const ONE_PASS: SplitOptions = { minBytes: Infinity, headStart: 0, threads: 1 };
const regions = ['north', 'south', 'east', 'west'];

type Task = Extract<RowTask, { kind: 'regression' }>;
const task = (file: string): Task => ({ kind: 'regression', spec: { file, sensitiveFeatures: ['sex', 'region'], intersectional: true } });

/** Regression rows; regions met late in the file (far-…) make groups that later chunks meet first. `row` may replace a row. */
function regressionFile(
  name: string,
  { rows = 10_000, weights = false, lineEnd = '\n', lastLineBreak = true, row = (_i: number): string | undefined => undefined } = {}
): string {
  const next = random(rows + name.length);
  const lines = Array.from({ length: rows }, (_, i) => {
    const label = 50 + (next() - 0.5) * 40;
    const weight = weights ? `,${(next() * 2).toFixed(2)}` : '';
    const region = (i > rows * 0.7 && next() < 0.3 ? 'far-' : '') + regions[Math.floor(next() * 4)];
    return row(i) ?? `${label.toFixed(3)},${(label + (next() - 0.5) * 8).toFixed(3)},${next() < 0.5 ? 'f' : 'm'},${region}${weight}`;
  });
  writeFileSync(join(dir, name), `label,prediction,sex,region${weights ? ',weight' : ''}${lineEnd}${lines.join(lineEnd)}${lastLineBreak ? lineEnd : ''}`);
  return name;
}

/** Every metric and every group's, in the order the report lists them. */
function valuesOf(read: RegressionRead): Array<[string, number | null]> {
  const computed = metricsFromRegression(read, 0);
  const values: Array<[string, number | null]> = [...computed.values].map(([name, { value }]) => [name, value]);
  for (const [feature, { groups }] of computed.fairness)
    for (const [group, errors] of groups)
      for (const [name, value] of Object.entries(errors)) if (typeof value === 'number') values.push([`${feature}=${group}.${name}`, value]);
  return values;
}

async function metricsOf(file: string, options: SplitOptions): Promise<Array<[string, number | null]>> {
  return valuesOf(await readPredictionsTable(file, dir, task(file), undefined, options));
}

/** What one pass gives, or its error. */
async function outcome(file: string, options: SplitOptions): Promise<unknown> {
  try {
    return await metricsOf(file, options);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

function planOf(file: string, options: SplitOptions = CHUNKS): ChunkPlan | undefined {
  const fd = openSync(join(dir, file), 'r');
  try {
    return planChunks(fd, readFileSync(join(dir, file)).length, options);
  } finally {
    closeSync(fd);
  }
}

/** The first chunk read as one pass starts, then each thread's chunks, in the order given, merged. */
function readAs(file: string, chunkTask: Task, plan: ChunkPlan, threads: number[][]): unknown {
  const fd = openSync(join(dir, file), 'r');
  try {
    const input: ChunkInput = { fd, task: chunkTask, plan, next: new Int32Array(1) };
    const { rows, chunks } = rowsOfTask(chunkTask);
    let sink: unknown;
    const reader = predictionsFileReader(file, { ...rows, start: (columns, line) => (sink = rows.start(columns, line)) });
    expect(feedInChunks(partOf(reader, false), readRanges(fd, [[0, plan.starts[0] as number]]))).toBe(0);
    const partials = threads.map((indices) => {
      const left = [...indices];
      const result = readChunks(input, () => left.shift());
      expect(result).toEqual(expect.objectContaining({ kind: 'chunks', read: indices }));
      return result.kind === 'chunks' ? result.partial : undefined;
    });
    expect(chunks?.merge(sink, partials)).toBe(true);
    return reader.result();
  } finally {
    closeSync(fd);
  }
}

describe('the same bits whoever reads which chunk', () => {
  for (const weights of [false, true])
    test(`${weights ? 'fractional weights' : 'no weights'}: two threads, one, or a worker that fails; one pass differs by rounding only`, async () => {
      const file = regressionFile(`chunks-${weights}.csv`, { weights });
      expect(planOf(file)?.starts.length).toBeGreaterThan(20);
      const hows: string[] = [];
      const onRead = (how: string): number => hows.push(how);
      const twoThreads = await metricsOf(file, { ...CHUNKS, onRead });
      const oneThread = await metricsOf(file, { ...CHUNKS, threads: 1, onRead });
      const noWorker = await metricsOf(file, { ...CHUNKS, worker: 'missing-worker', onRead });
      // a worker that posts something else: its chunks are read by this thread
      const otherWorker = await metricsOf(file, { ...CHUNKS, worker: 'eval-data-worker', onRead });
      expect(hows).toEqual(['merged', 'merged', 'merged', 'merged']);
      for (const other of [oneThread, noWorker, otherWorker]) expect(other).toEqual(twoThreads);
      const onePass = await metricsOf(file, ONE_PASS);
      // the groups in the order one pass meets them
      expect(onePass.map(([name]) => name)).toEqual(twoThreads.map(([name]) => name));
      onePass.forEach(([name, value], i) => {
        const inChunks = twoThreads[i]?.[1] as number;
        expect({ name, close: Math.abs((value as number) - inChunks) <= 1e-13 * Math.abs(value as number) }).toEqual({ name, close: true });
      });
    });

  test('chunks shared out at random between threads, or in halves, add up to the same bits', () => {
    const file = regressionFile('shared-out.csv', { weights: true });
    const plan = planOf(file) as ChunkPlan;
    const later = plan.starts.map((_, k) => k + 1);
    const readOut = (threads: number[][]): unknown => valuesOf(readAs(file, task(file), plan, threads) as RegressionRead);
    const next = random(5);
    const a = later.filter(() => next() < 0.5);
    const b = later.filter((index) => !a.includes(index));
    const halves = [later.slice(0, later.length >> 1), later.slice(later.length >> 1)];
    expect(readOut([a, b])).toEqual(readOut(halves));
    expect(readOut([b, a])).toEqual(readOut([later]));
  });

  test('weighted errors tied where the weights reach half: the same median whichever thread read which chunk', () => {
    // chunk 0: an error of 2 weighing 0.6000000000000001; chunks 1 to 3: errors of 1 weighing 0.1, 0.2 and 0.3, whose
    // float sum depends on the order they are added in; every other row weighs nothing
    const filler = Array.from({ length: 2000 }, () => '1,1,0').join('\n');
    const parts = ['0,2,0.6000000000000001', '0,1,0.1', '0,1,0.2', '0,1,0.3'].map((first) => `${first}\n${filler}`);
    const file = 'weighted-ties.csv';
    const text = `label,prediction,weight\n${parts.join('\n')}\n`;
    writeFileSync(join(dir, file), text);
    const weightedTask: Task = { kind: 'regression', spec: { file, sensitiveFeatures: [], intersectional: false } };
    const plan: ChunkPlan = {
      headerEnd: text.indexOf('\n') + 1,
      starts: ['0,1,0.1', '0,1,0.2', '0,1,0.3'].map((first) => text.indexOf(first)),
      size: text.length
    };
    const median = (threads: number[][]): unknown =>
      valuesOf(readAs(file, weightedTask, plan, threads) as RegressionRead).find(([name]) => name === 'median_absolute_error');
    expect(median([[1, 2, 3]])).toEqual(['median_absolute_error', expect.any(Number)]);
    for (const threads of [
      [[2, 3], [1]],
      [[1, 3], [2]],
      [[3], [1, 2]]
    ])
      expect(median(threads)).toEqual(median([[1, 2, 3]]));
  });

  test('CRLF line ends and no line break after the last row', async () => {
    const file = regressionFile('crlf-chunks.csv', { lineEnd: '\r\n', lastLineBreak: false });
    let how = '';
    const twoThreads = await metricsOf(file, { ...CHUNKS, onRead: (h) => (how = h) });
    expect(how).toBe('merged');
    expect(await metricsOf(file, { ...CHUNKS, threads: 1 })).toEqual(twoThreads);
  });

  test('a worker started early (warmPartWorker) reads chunks: the same bits', async () => {
    const file = regressionFile('warm.csv');
    const cold = await metricsOf(file, CHUNKS);
    // one warm worker per bundle, until it is taken or exits
    const warm = warmWorker(PART_WORKER);
    expect(warmWorker(PART_WORKER)).toBe(warm);
    await warm.terminate();
    const early = warmPartWorker(file, dir, CHUNKS);
    expect(early).toBeDefined();
    const hows: string[] = [];
    expect(await metricsOf(file, { ...CHUNKS, onRead: (how) => hows.push(how) })).toEqual(cold);
    expect(hows).toEqual(['merged']);
    // a file too small to be read in parts, or none, or one core: none warmed
    expect(warmPartWorker(file, dir, { ...CHUNKS, minBytes: Infinity })).toBeUndefined();
    expect(warmPartWorker('missing.csv', dir, CHUNKS)).toBeUndefined();
    expect(warmPartWorker(file, dir, { ...CHUNKS, threads: 1 })).toBeUndefined();
    // the run took the early worker: the next is a new one
    const fresh = warmWorker(PART_WORKER);
    expect(fresh).not.toBe(early);
    await fresh.terminate();
  });
});

describe('one pass’s result or error when the chunks cannot give it', () => {
  test('a double quote in a late chunk: the file read again in one pass', async () => {
    const file = regressionFile('quote-late.csv', { row: (i) => (i === 9000 ? '1.5,2.5,f,"north"' : undefined) });
    let how = '';
    const result = await metricsOf(file, { ...CHUNKS, onRead: (h) => (how = h) });
    expect(how).toBe('read again');
    expect(result).toEqual(await metricsOf(file, ONE_PASS));
  });

  test('bad input in a late chunk, or in two: the first one’s error, on its line', async () => {
    const bad = (rows: number[]): string => regressionFile(`bad-${rows.join('-')}.csv`, { row: (i) => (rows.includes(i) ? 'n/a,1,f,north' : undefined) });
    for (const rows of [[9000], [3000, 9000], [5]]) {
      const file = bad(rows);
      const expected = `${file}: line ${(rows[0] as number) + 2}: label "n/a" is not a finite number: a regression's labels and predictions are numbers`;
      for (const options of [CHUNKS, { ...CHUNKS, threads: 1 }, ONE_PASS]) expect(await outcome(file, options)).toBe(expected);
    }
  });

  test('a chunk that cannot be merged stops every thread from taking another', () => {
    const file = regressionFile('bad-early.csv', { row: (i) => (i === 1500 ? 'n/a,1,f,north' : undefined) });
    const fd = openSync(join(dir, file), 'r');
    try {
      const plan = planOf(file) as ChunkPlan;
      const input: ChunkInput = { fd, task: task(file), plan, next: new Int32Array(new SharedArrayBuffer(4)) };
      input.next[0] = 1;
      expect(readChunks(input, takeNext(input))).toEqual({ kind: 'unmergeable' });
      expect(input.next[0]).toBeGreaterThan(plan.starts.length);
      expect(takeNext(input)()).toBeUndefined();
    } finally {
      closeSync(fd);
    }
  });

  test('more distinct values of a sensitive column than one pass allows, spread over the chunks: the same error', async () => {
    const file = 'many-users.csv';
    writeFileSync(join(dir, file), `label,prediction,user\n${Array.from({ length: 120_000 }, (_, i) => `${i % 7},${i % 5},u${i}`).join('\n')}\n`);
    const options: SplitOptions = { ...CHUNKS, chunkBytes: 64 << 10 };
    const usersTask: Task = { kind: 'regression', spec: { file, sensitiveFeatures: ['user'], intersectional: false } };
    const message = async (split: SplitOptions): Promise<string> =>
      readPredictionsTable(file, dir, usersTask, undefined, split).then(
        () => 'no error',
        (error: Error) => error.message
      );
    let how = '';
    const expected = `${file}: the sensitive feature "user" has more than 100,000 distinct values: expected a few groups (sex, region, an age band), not an id or a measurement`;
    expect(await message({ ...options, onRead: (h) => (how = h) })).toBe(expected);
    expect(how).toBe('read again');
    expect(await message(ONE_PASS)).toBe(expected);
  });

  test('the progress counts every row once: merged, read again, on one core or two', async () => {
    const plainFile = regressionFile('progress.csv');
    const quoted = regressionFile('progress-quoted.csv', { row: (i) => (i === 9500 ? '1.5,2.5,f,"north"' : undefined) });
    for (const file of [plainFile, quoted])
      for (const threads of [1, 2]) {
        const done: string[] = [];
        const progress: Progress = { start: () => undefined, update: () => undefined, line: () => undefined, done: (message) => done.push(message) };
        await readPredictionsTable(file, dir, task(file), progress, { ...CHUNKS, threads });
        expect({ file, threads, done }).toEqual({ file, threads, done: ['10,000 rows read'] });
      }
  });
});

describe('where the chunks start', () => {
  test('at line starts, about chunkBytes apart, the same for any number of threads', () => {
    const file = regressionFile('plan.csv');
    const bytes = readFileSync(join(dir, file));
    const plan = planOf(file) as ChunkPlan;
    expect(plan.headerEnd).toBe(bytes.indexOf(0x0a) + 1);
    expect(plan.starts.length).toBe(Math.round((bytes.length - plan.headerEnd) / (8 << 10)) - 1);
    plan.starts.forEach((start, k) => {
      expect(bytes[start - 1]).toBe(0x0a);
      expect(start).toBeGreaterThan(k === 0 ? plan.headerEnd : (plan.starts[k - 1] as number));
    });
    expect(planOf(file, { ...CHUNKS, threads: 1 })).toEqual(plan);
  });

  test('a line longer than a chunk holds no chunk start; a file of one chunk or less is two; too small, none', () => {
    const long = 'long-line.csv';
    writeFileSync(join(dir, long), `label,prediction,sex\n1,1,f\n2,2,${'x'.repeat(40 << 10)}\n3,3,m\n4,4,f\n`);
    const bytes = readFileSync(join(dir, long));
    expect(planOf(long)?.starts).toEqual([bytes.lastIndexOf('3,3,m')]);
    writeFileSync(join(dir, 'few.csv'), 'label,prediction\n1,1\n2,2\n3,3\n4,4\n');
    expect(planOf('few.csv')).toEqual({ headerEnd: 17, starts: [29], size: 33 });
    expect(planOf('few.csv', { ...CHUNKS, minBytes: 34 })).toBeUndefined();
  });
});
