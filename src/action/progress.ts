// The Action's progress: long work gets a log group, with a status every ten seconds.
import type { Progress } from '../model/progress.js';
import { progressOn } from '../report/progress.js';
import type { Log } from './runner.js';

export function logProgress(log: Log, now: () => number = Date.now): Progress {
  return progressOn(
    { open: (title) => log.startGroup(title), status: (text) => log.info(text), line: (text) => log.info(text), close: () => log.endGroup() },
    { quietMs: 2000, everyMs: 10_000, now }
  );
}
