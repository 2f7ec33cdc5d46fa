import { measureRuns, type Runnable } from '../../src/measure/measure-runs.js';

/** A clock that only moves when a fake session runs, so every recorded duration is known exactly. */
let now = 0n;
const realClock = process.hrtime.bigint;
beforeEach(() => {
  now = 0n;
  process.hrtime.bigint = () => now;
});
afterEach(() => {
  process.hrtime.bigint = realClock;
});

/** A session whose runs take `ms` on the fake clock and are logged under `name`. */
function fake(name: string, ms: number, log: string[]): Runnable<string> {
  return {
    run: async (feeds) => {
      log.push(`${name}:${feeds}`);
      now += BigInt(ms * 1e6);
    }
  };
}

test('one model: warm-up runs, then the measured ones, each timed', async () => {
  const log: string[] = [];
  const [durations, ...rest] = await measureRuns([fake('A', 2, log)], 'x', { warmup: 3, iterations: 5, durationSeconds: null });
  expect(rest).toEqual([]);
  expect(log).toEqual(Array(8).fill('A:x'));
  expect([...durations!]).toEqual([2, 2, 2, 2, 2]);
});

test('two models run A B A B …, warm-up included, and each is timed on its own runs only', async () => {
  const log: string[] = [];
  const [a, b] = await measureRuns([fake('A', 2, log), fake('B', 5, log)], 'x', { warmup: 1, iterations: 3, durationSeconds: null });
  expect(log.map((entry) => entry[0]).join('')).toBe('ABABABAB');
  expect([...a!]).toEqual([2, 2, 2]);
  expect([...b!]).toEqual([5, 5, 5]);
});

test('a duration runs whole rounds until the time is up, past the first storage', async () => {
  const log: string[] = [];
  // 7 ms a round: the round ending at 56 ms is the first to reach 50 ms
  const [a, b] = await measureRuns([fake('A', 2, log), fake('B', 5, log)], 'x', { warmup: 0, iterations: null, durationSeconds: 0.05 });
  expect([a!.length, b!.length]).toEqual([8, 8]);
  const [long] = await measureRuns([fake('A', 1, log)], 'x', { warmup: 0, iterations: null, durationSeconds: 3 });
  expect(long!.length).toBe(3000);
});

test('the first run happens even when the budget is already spent', async () => {
  const [durations] = await measureRuns([fake('A', 1, [])], 'x', { warmup: 0, iterations: null, durationSeconds: 0 });
  expect(durations!.length).toBe(1);
});
