import { formatElapsed, progressOn, type ProgressScreen } from '../../src/report/progress.js';

function recorder(): { screen: ProgressScreen; seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    screen: {
      open: (title) => void seen.push(`open ${title}`),
      status: (text) => void seen.push(`status ${text}`),
      line: (text) => void seen.push(`line ${text}`),
      close: () => void seen.push('close')
    }
  };
}

test('a stage that ends within the quiet time shows nothing', () => {
  const clock = { t: 0 };
  const { screen, seen } = recorder();
  const progress = progressOn(screen, { quietMs: 2000, everyMs: 10_000, now: () => clock.t });
  progress.start('reading a.csv');
  clock.t = 1999;
  progress.update('65,536 rows read');
  progress.done('70,000 rows read');
  expect(seen).toEqual([]);
});

test('a long stage opens once, shows a status every so often, and ends with its total and time', () => {
  const clock = { t: 0 };
  const { screen, seen } = recorder();
  const progress = progressOn(screen, { quietMs: 2000, everyMs: 10_000, now: () => clock.t });
  progress.start('reading a.csv');
  for (const [t, rows] of [
    [2500, 1],
    [5000, 2],
    [12_499, 3],
    [12_500, 4],
    [70_000, 5]
  ] as const) {
    clock.t = t;
    progress.update(`${rows}M rows read`);
  }
  clock.t = 125_000;
  progress.done('5,500,000 rows read');
  expect(seen).toEqual([
    'open reading a.csv',
    'status reading a.csv: 1M rows read, 2.5 s',
    'status reading a.csv: 4M rows read, 12.5 s',
    'status reading a.csv: 5M rows read, 1 min 10 s',
    'line reading a.csv: 5,500,000 rows read in 2 min 05 s',
    'close'
  ]);
});

test('lines to keep open the stage at once, and lines outside a stage still show', () => {
  const clock = { t: 0 };
  const { screen, seen } = recorder();
  const progress = progressOn(screen, { quietMs: 2000, everyMs: 10_000, now: () => clock.t });
  progress.line('before');
  progress.start('canary analysis');
  progress.line('check 1/2 passed');
  clock.t = 600;
  progress.done('2 of 2 checks');
  progress.update('after the stage: ignored');
  expect(seen).toEqual(['line before', 'open canary analysis', 'line check 1/2 passed', 'line canary analysis: 2 of 2 checks in 600 ms', 'close']);
});

test('elapsed times', () => {
  expect(formatElapsed(0)).toBe('0 ms');
  expect(formatElapsed(999.4)).toBe('999 ms');
  expect(formatElapsed(1000)).toBe('1.0 s');
  expect(formatElapsed(59_949)).toBe('59.9 s');
  expect(formatElapsed(60_000)).toBe('1 min 00 s');
  expect(formatElapsed(3_725_000)).toBe('62 min 05 s');
});
