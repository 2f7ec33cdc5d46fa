// A predictions file read in two parts at once (a real worker thread from dist/lazy/) gives, to
// the last bit, what one pass gives; and when it cannot, the one pass's result and errors.
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { metricsFromMulticlass } from '../../src/evaluate/predictions/multiclass-metrics.js';
import { metricsFromPredictions } from '../../src/evaluate/predictions/metrics.js';
import { metricsFromRegression } from '../../src/evaluate/predictions/regression-metrics.js';
import { PART_WORKER, planSplit, type SplitOptions } from '../../src/io/split-plan.js';
import { startWorker, warmWorker } from '../../src/io/worker-bundle.js';
import { readPredictionsTable } from '../../src/io/tables.js';
import type { Progress } from '../../src/model/progress.js';
import type { RowTask } from '../../src/read/predictions/row-task.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-split-'));
const ONE_PASS: SplitOptions = { minBytes: Infinity, headStart: 0, threads: 1 };

/** The same pseudo-random rows every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function write(name: string, header: string, rows: number, row: (i: number, next: () => number) => string, lineEnd = '\n'): string {
  const next = random(rows + name.length);
  writeFileSync(join(dir, name), [header, ...Array.from({ length: rows }, (_, i) => row(i, next))].join(lineEnd) + lineEnd);
  return name;
}

/** Maps as their entries, in order: the report lists groups and classes in the order they were met. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return [...value].map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

type How = 'merged' | 'read on' | 'read again' | 'one pass';

/** The metrics read in two parts (and how), and read in one pass. */
async function bothWays(task: RowTask, split: Partial<SplitOptions> = {}): Promise<{ parts: unknown; onePass: unknown; how: How }> {
  let how: How = 'one pass';
  const metrics = async (options: SplitOptions): Promise<unknown> => {
    const file = task.spec.file;
    if (task.kind === 'binary') return plain(metricsFromPredictions(await readPredictionsTable(file, dir, task, undefined, options), 0));
    if (task.kind === 'multiclass') return plain(metricsFromMulticlass(await readPredictionsTable(file, dir, task, undefined, options), 0));
    return plain(metricsFromRegression(await readPredictionsTable(file, dir, task, undefined, options), 0));
  };
  const parts = await metrics({ minBytes: 0, headStart: 0, threads: 2, onRead: (h) => (how = h), ...split });
  return { parts, onePass: await metrics(ONE_PASS), how };
}

const binary = (file: string, sensitiveFeatures = ['sex', 'region']): RowTask => ({
  kind: 'binary',
  spec: { file, positiveLabel: '1', sensitiveFeatures, intersectional: true, keepRows: false }
});
const regions = ['north', 'south', 'east', 'west'];
/** Regions met late in the file: the second part meets groups the first has not. */
const region = (i: number, rows: number, next: () => number): string => (i > rows * 0.7 && next() < 0.3 ? 'far-' : '') + regions[Math.floor(next() * 4)];

/** Binary rows: scores with 2 decimals (many ties), or with `digits` significant digits. */
function binaryRows(i: number, next: () => number, rows: number, { weights = '', digits = 0 } = {}): string {
  const label = next() < 0.4 ? 1 : 0;
  const raw = Math.min(1, Math.max(0, (label ? 0.6 : 0.4) + (next() - 0.5) * 0.7));
  const score = digits > 0 ? String(Math.fround(raw)).slice(0, digits + 2) : raw.toFixed(2);
  const prediction = raw >= 0.5 ? 1 : 0;
  const weight = weights === 'integer' ? `,${1 + Math.floor(next() * 3)}` : weights === 'fractional' ? `,${(0.5 + next()).toFixed(3)}` : '';
  return `${label},${prediction},${score},${next() < 0.45 ? 'f' : 'm'},${region(i, rows, next)}${weight}`;
}

describe('a binary classifier read in two parts gives what one pass gives, to the last bit', () => {
  test('integer weights, 2-decimal scores with ties, two features and their intersection: merged', async () => {
    const file = write('weighted.csv', 'label,prediction,score,sex,region,weight', 20_000, (i, next) => binaryRows(i, next, 20_000, { weights: 'integer' }));
    const { parts, onePass, how } = await bothWays(binary(file));
    expect(how).toBe('merged');
    expect(parts).toEqual(onePass);
  });

  test('scores with more than 6 decimals (kept one by one): merged, ROC AUC and log loss identical', async () => {
    const file = write('exact.csv', 'label,prediction,score,sex,region', 20_000, (i, next) => binaryRows(i, next, 20_000, { digits: 9 }));
    const { parts, onePass, how } = await bothWays(binary(file));
    expect(how).toBe('merged');
    expect(parts).toEqual(onePass);
  });

  test('fractional weights, and exact scores with weights, are read on by this thread: the same result', async () => {
    const fractional = write('fractional.csv', 'label,prediction,score,sex,region,weight', 20_000, (i, next) =>
      binaryRows(i, next, 20_000, { weights: 'fractional' })
    );
    const exactWeighted = write('exact-weighted.csv', 'label,prediction,score,sex,region,weight', 20_000, (i, next) =>
      binaryRows(i, next, 20_000, { weights: 'integer', digits: 9 })
    );
    for (const file of [fractional, exactWeighted]) {
      const { parts, onePass, how } = await bothWays(binary(file));
      expect(how).toBe('read on');
      expect(parts).toEqual(onePass);
    }
  });

  test('the second part finds the negative class the first never saw', async () => {
    const file = write(
      'late-negative.csv',
      'label,prediction,sex,region',
      10_000,
      (i, next) => `${i < 5000 ? 'yes' : next() < 0.5 ? 'yes' : 'no'},yes,f,${region(i, 10_000, next)}`
    );
    const task: RowTask = { kind: 'binary', spec: { file, positiveLabel: 'yes', sensitiveFeatures: ['sex'], intersectional: false, keepRows: false } };
    const { parts, onePass, how } = await bothWays(task);
    expect(how).toBe('merged');
    expect(parts).toEqual(onePass);
  });

  test('exact scores whose second part starts with bucketed ones: one such row merges, two are read on', async () => {
    // rows of one length, so that the row where the second part starts is known: short scores padded with spaces
    const rows = 4000;
    const row = (i: number, next: () => number, short: readonly number[]): string => {
      const label = next() < 0.4 ? 1 : 0;
      const score = short.includes(i) ? '0.5'.padEnd(11) : (0.1 + next() * 0.8).toFixed(9);
      return `${label},${score > '0.5' ? 1 : 0},${score},${next() < 0.5 ? 'f' : 'm'},${'nsew'[Math.floor(next() * 4)]}`;
    };
    const probe = write('exact-probe.csv', 'label,prediction,score,sex,region', rows, (i, next) => row(i, next, []));
    const bytes = readFileSync(join(dir, probe));
    const headerEnd = bytes.indexOf(0x0a) + 1;
    const fd = openSync(join(dir, probe), 'r');
    const first =
      ((planSplit(fd, bytes.length, { minBytes: 0, headStart: 0, threads: 2 })?.split as number) - headerEnd) /
      (bytes.indexOf(0x0a, headerEnd) + 1 - headerEnd);
    closeSync(fd);
    expect(Number.isInteger(first)).toBe(true);
    for (const [short, expected] of [
      [[first], 'merged'],
      [[first, first + 1], 'read on']
    ] as const) {
      const file = write(`exact-${short.length}.csv`, 'label,prediction,score,sex,region', rows, (i, next) => row(i, next, short));
      const { parts, onePass, how } = await bothWays(binary(file));
      expect(how).toBe(expected);
      expect(parts).toEqual(onePass);
    }
  });

  test('exact scores with a weight of 0 in the second part are read on', async () => {
    const file = write('exact-zero-weight.csv', 'label,prediction,score,sex,region,weight', 10_000, (i, next) =>
      binaryRows(i, next, 10_000, { digits: 9 }).concat(i === 9000 ? ',0' : ',1')
    );
    const { parts, onePass, how } = await bothWays(binary(file));
    expect(how).toBe('read on');
    expect(parts).toEqual(onePass);
  });

  test('a file with a double quote is read on by this thread', async () => {
    const file = write('quoted.csv', 'label,prediction,score,sex,region', 10_000, (i, next) =>
      i === 7000 ? '1,1,0.5,"f",north' : binaryRows(i, next, 10_000)
    );
    const { parts, onePass, how } = await bothWays(binary(file));
    expect(how).toBe('read on');
    expect(parts).toEqual(onePass);
  });

  test('rows kept to pair with a baseline, and JSON Lines, are read in one pass', async () => {
    const csv = write('paired.csv', 'label,prediction,score,sex,region', 5000, (i, next) => binaryRows(i, next, 5000));
    const paired: RowTask = { kind: 'binary', spec: { ...binary(csv).spec, keepRows: true } as Extract<RowTask, { kind: 'binary' }>['spec'] };
    expect((await bothWays(paired)).how).toBe('one pass');
    const jsonl = write(
      'rows.jsonl',
      '{"label": 1, "prediction": 1, "sex": "f", "region": "north"}',
      5000,
      (i) => `{"label": ${i % 2}, "prediction": 1, "sex": "m", "region": "south"}`
    );
    const { parts, onePass, how } = await bothWays(binary(jsonl));
    expect(how).toBe('one pass');
    expect(parts).toEqual(onePass);
  });
});

describe('multiclass', () => {
  const classes = ['ant', 'bee', 'cat', 'dog'];
  const multiclass = (file: string): RowTask => ({ kind: 'multiclass', spec: { file, sensitiveFeatures: ['sex', 'region'], intersectional: true, topK: 2 } });

  test('a multiclass classifier with integer weights, a class first met in the second part: merged', async () => {
    const file = write('multiclass.csv', 'label,prediction,sex,region,weight', 20_000, (i, next) => {
      const label = i > 15_000 && next() < 0.2 ? 'eel' : (classes[Math.floor(next() * 4)] as string);
      const prediction = next() < 0.7 ? label : (classes[Math.floor(next() * 4)] as string);
      return `${label},${prediction},${next() < 0.5 ? 'f' : 'm'},${region(i, 20_000, next)},${Math.floor(next() * 3)}`;
    });
    const { parts, onePass, how } = await bothWays(multiclass(file));
    expect(how).toBe('merged');
    expect(parts).toEqual(onePass);
  });

  test('with probability columns (the log loss is a float sum in row order): read on by this thread', async () => {
    const file = write('multiclass-scores.csv', 'label,prediction,sex,region,score_a,score_b,score_c', 10_000, (i, next) => {
      const [a, b] = [next() * 0.5, next() * 0.5];
      const label = ['a', 'b', 'c'][Math.floor(next() * 3)] as string;
      return `${label},a,${next() < 0.5 ? 'f' : 'm'},${region(i, 10_000, next)},${a.toFixed(4)},${b.toFixed(4)},${(1 - a - b).toFixed(4)}`;
    });
    const { parts, onePass, how } = await bothWays(multiclass(file));
    expect(how).toBe('read on');
    expect(parts).toEqual(onePass);
  });
});

test('a warm worker is not handed out with options it was not started with', async () => {
  const warm = warmWorker(PART_WORKER);
  const limited = startWorker(PART_WORKER, { workerData: undefined, resourceLimits: { maxOldGenerationSizeMb: 64 } });
  expect(limited).not.toBe(warm);
  expect(warmWorker(PART_WORKER)).toBe(warm);
  await Promise.all([limited.terminate(), warm.terminate()]);
});

describe('bad input in either part names its line, as one pass does', () => {
  const rows = 20_000;
  /** Lines are 1-based and the header is line 1: row i is on line i + 2. */
  const withBadScores = (name: string, badRows: number[]): string =>
    write(name, 'label,prediction,score,sex,region', rows, (i, next) => (badRows.includes(i) ? '1,1,1.5,f,north' : binaryRows(i, next, rows)));

  async function problem(file: string, options: Partial<SplitOptions> = {}): Promise<string> {
    try {
      await readPredictionsTable(file, dir, binary(file), undefined, { minBytes: 0, headStart: 0, threads: 2, ...options });
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
    throw new Error('expected bad input');
  }

  test('in the second part, on line 17,655', async () => {
    expect(await problem(withBadScores('bad-second.csv', [17_653]))).toBe(
      `bad-second.csv: line 17655: score 1.5 is outside [0, 1]: expected the probability of the positive class`
    );
  });

  test('in the first part, on line 3', async () => {
    expect(await problem(withBadScores('bad-first.csv', [1]))).toMatch(/^bad-first\.csv: line 3: score 1\.5/);
  });

  test('in both parts: the first in the file wins', async () => {
    expect(await problem(withBadScores('bad-both.csv', [9000, 15_000]))).toMatch(/^bad-both\.csv: line 9002: score 1\.5/);
  });

  test('a third class only in the second part, where it is met before the negative class', async () => {
    const file = write('third-class.csv', 'label,prediction,sex,region', 10_000, (i) =>
      i < 5000 ? '1,0,f,north' : i === 8000 ? 'maybe,1,f,north' : '1,1,m,south'
    );
    expect(await problem(file)).toBe(
      `third-class.csv: line 8002: label "maybe" is a third class: a binary model has two, here "0" and "1" (positive-label "1")`
    );
  });
});

test('more distinct values of a sensitive column than one pass allows, spread over both parts: the same error', async () => {
  // 60,000 users in each half: neither part alone passes the 100,000 limit, both together do
  const file = write('users.csv', 'label,prediction,user', 120_000, (i) => `${i % 2},${(i >> 1) % 2},u${i}`);
  const message = async (options: SplitOptions): Promise<string> => {
    try {
      await readPredictionsTable(file, dir, binary(file, ['user']), undefined, options);
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
    throw new Error('expected bad input');
  };
  let how: How = 'one pass';
  const expected =
    'users.csv: the sensitive feature "user" has more than 100,000 distinct values: expected a few groups (sex, region, an age band), not an id or a measurement';
  expect(await message({ minBytes: 0, headStart: 0, threads: 2, onRead: (h) => (how = h) })).toBe(expected);
  expect(how).toBe('read on');
  expect(await message(ONE_PASS)).toBe(expected);
});

test("a worker that cannot start or fails: this thread reads the second part after its own and merges it; the result is one pass's", async () => {
  const file = write('no-worker.csv', 'label,prediction,score,sex,region', 20_000, (i, next) => binaryRows(i, next, 20_000));
  for (const worker of ['missing-worker', 'eval-data-worker']) {
    const { parts, onePass, how } = await bothWays(binary(file), { worker });
    expect({ worker, how }).toEqual({ worker, how: 'merged' });
    expect(parts).toEqual(onePass);
  }
});

describe('where a file is split', () => {
  const plan = (file: string, minBytes = 0, headStart = 0) => {
    const fd = openSync(join(dir, file), 'r');
    try {
      return planSplit(fd, readFileSync(join(dir, file)).length, { minBytes, headStart, threads: 2 });
    } finally {
      closeSync(fd);
    }
  };

  test('a CRLF file just above the threshold, split where the middle falls between a CR and its LF', async () => {
    // pad the first row until the middle of the rows falls on a carriage return
    for (let pad = 0; ; pad++) {
      const file = write(
        'crlf.csv',
        'label,prediction,score,sex,region',
        3000,
        (i, next) => (i === 0 ? `1,1,0.5,f,${'n'.repeat(pad + 1)}` : binaryRows(i, next, 3000)),
        '\r\n'
      );
      const bytes = readFileSync(join(dir, file));
      const headerEnd = bytes.indexOf(0x0a) + 1;
      const middle = headerEnd + Math.floor((bytes.length - headerEnd) / 2);
      if (bytes[middle] === 0x0d) {
        expect(plan(file, bytes.length)).toEqual({ headerEnd, split: middle + 2, size: bytes.length });
        expect(plan(file, bytes.length + 1)).toBeUndefined();
        const { parts, onePass, how } = await bothWays(binary(file), { minBytes: bytes.length });
        expect(how).toBe('merged');
        expect(parts).toEqual(onePass);
        return;
      }
    }
  });

  test('the middle in the last line, which has no line break: one pass', async () => {
    writeFileSync(join(dir, 'last-line.csv'), `label,prediction,sex\n1,1,${'x'.repeat(1000)}`);
    expect(plan('last-line.csv')).toBeUndefined();
    writeFileSync(join(dir, 'last-line-lf.csv'), `label,prediction,sex\n1,1,${'x'.repeat(1000)}\n`);
    expect(plan('last-line-lf.csv')).toBeUndefined();
  });

  test('JSON Lines, a quote or a blank first, or a small file: one pass', () => {
    writeFileSync(join(dir, 'starts.jsonl'), '{"label": 1}\n{"label": 0}\n');
    writeFileSync(join(dir, 'starts-quoted.csv'), '"label",prediction\n1,1\n0,0\n');
    writeFileSync(join(dir, 'starts-blank.csv'), '\nlabel,prediction\n1,1\n0,0\n');
    for (const file of ['starts.jsonl', 'starts-quoted.csv', 'starts-blank.csv']) expect(plan(file)).toBeUndefined();
    writeFileSync(join(dir, 'small.csv'), 'label,prediction\n1,1\n0,0\n1,0\n0,1\n1,1\n0,0\n');
    expect(plan('small.csv')).toEqual({ headerEnd: 17, split: 33, size: 41 });
    expect(plan('small.csv', 42)).toBeUndefined();
    // this thread's part is longer by the head start, or the whole file
    expect(plan('small.csv', 0, 8)).toEqual({ headerEnd: 17, split: 37, size: 41 });
    expect(plan('small.csv', 0, 16)).toBeUndefined();
  });

  test('the progress counts the rows of both parts', async () => {
    const file = write('progress.csv', 'label,prediction,score,sex,region', 10_000, (i, next) => binaryRows(i, next, 10_000));
    const done: string[] = [];
    const progress: Progress = { start: () => undefined, update: () => undefined, line: () => undefined, done: (message) => done.push(message) };
    let how = '';
    await readPredictionsTable(file, dir, binary(file), progress, { minBytes: 0, headStart: 0, threads: 2, onRead: (h) => (how = h) });
    expect({ how, done }).toEqual({ how: 'merged', done: ['10,000 rows read'] });
  });
});

describe('odd files read both ways give the same metrics, or the same error', () => {
  /** One pseudo-random file: a BOM, CRLF, blank lines, a missing last line break, bad or odd values here and there. */
  function oddFile(seed: number): string {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const eol = next() < 0.3 ? '\r\n' : '\n';
    const rows = 200 + Math.floor(next() * 3000);
    const [oddShare, longShare] = [next() < 0.5 ? 0 : 0.002, next() < 0.5 ? 0 : 0.05];
    const odd = (): string =>
      pick([
        '1,1,0.5,f,north,1',
        '0,0,0.25,m,,2',
        '1,0,1.5,f,north,1',
        'x,1,0.5,f,north,1',
        '1,1,0.5,f',
        '',
        '0,1,0.123456789,m,south,0',
        '1,1,0.5,"f",east,1'
      ]);
    const lines = Array.from({ length: rows }, (_, i) => {
      if (next() < oddShare) return odd();
      const label = next() < 0.4 ? 1 : 0;
      const score = next() < longShare ? String(next()).slice(0, 12) : next().toFixed(3);
      return `${label},${next() < 0.5 ? label : 1 - label},${score},${pick(['f', 'm'])},${pick(regions)}${i > rows / 2 ? pick(['', '-2']) : ''},${pick(['1', '2', '1', '0'])}`;
    });
    const text = `${next() < 0.3 ? '\ufeff' : ''}label,prediction,score,sex,region,weight${eol}${lines.join(eol)}${next() < 0.8 ? eol : ''}`;
    writeFileSync(join(dir, `odd-${seed}.csv`), text);
    return `odd-${seed}.csv`;
  }

  const outcome = async (task: RowTask, options: SplitOptions): Promise<unknown> => {
    try {
      return plain(
        metricsFromPredictions(await readPredictionsTable(task.spec.file, dir, task as Extract<RowTask, { kind: 'binary' }>, undefined, options), 0)
      );
    } catch (error) {
      if (error instanceof InputError) return error.message;
      throw error;
    }
  };

  test('40 files', async () => {
    const hows = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const task = binary(oddFile(seed));
      const parts = await outcome(task, { minBytes: 0, headStart: 0, threads: 2, onRead: (how) => hows.add(how) });
      expect({ seed, result: parts }).toEqual({ seed, result: await outcome(task, ONE_PASS) });
    }
    expect([...hows].sort()).toEqual(['merged', 'read on']);
  });
});
