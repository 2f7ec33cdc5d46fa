// The timing loop of every measurement: one model alone, or two interleaved (A B A B …).
import { float64s } from '../read/growable.js';

/** What the loop runs: an InferenceSession, or anything with its run. */
export interface Runnable<F> {
  run(feeds: F): Promise<unknown>;
}

export interface Runs {
  /** Unmeasured rounds before the measured ones. */
  warmup: number;
  /** Measured rounds; null when measured for `durationSeconds`. */
  iterations: number | null;
  durationSeconds: number | null;
  /** Hears the count of measured rounds done, every 16th round and after the last. */
  onRounds?: (done: number) => void;
}

/**
 * Runs the sessions in turn, one round after another: `warmup` rounds unmeasured, then `iterations` rounds, or rounds until
 * `durationSeconds` have passed. Returns each session's run times in ms, in its order. With two sessions every run but the
 * first follows one of the other, so drift in the machine's load hits both alike. The clock is read right around session.run:
 * the session is picked before it starts, the time recorded after it stops, so one model alone costs what a bare loop does.
 */
export async function measureRuns<F>(sessions: readonly Runnable<F>[], feeds: F, runs: Runs): Promise<Float64Array[]> {
  const count = sessions.length;
  for (let i = 0; i < runs.warmup; i++) {
    for (let m = 0; m < count; m++) await sessions[m]!.run(feeds);
  }
  const durations = sessions.map(() => float64s());
  const budget = runs.durationSeconds === null ? null : BigInt(Math.round(runs.durationSeconds * 1e9));
  const begin = process.hrtime.bigint();
  for (let rounds = 1; ; rounds++) {
    let end = begin;
    for (let m = 0; m < count; m++) {
      const session = sessions[m]!;
      const start = process.hrtime.bigint();
      await session.run(feeds);
      end = process.hrtime.bigint();
      durations[m]!.push(Number(end - start) / 1e6);
    }
    const last = budget === null ? rounds === runs.iterations : end - begin >= budget;
    if ((rounds & 15) === 0 || last) runs.onRounds?.(rounds);
    if (last) break;
  }
  return durations.map((recorded) => recorded.view());
}
