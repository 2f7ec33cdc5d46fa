// The CLI's progress, on stderr only (stdout carries the result, JSON with --json). On a terminal
// one status line is redrawn in place; piped or in a log, a plain line every ten seconds.
import type { Progress } from '../model/progress.js';
import { progressOn, type ProgressScreen } from '../report/progress.js';

const CLEAR_LINE = '\r\u001b[K';

export function stderrProgress(write: (text: string) => void, terminal: boolean, now: () => number = Date.now): Progress {
  let drawn = false;
  const clear = (): void => {
    if (drawn) write(CLEAR_LINE);
    drawn = false;
  };
  const screen: ProgressScreen = terminal
    ? {
        open: () => undefined,
        status: (text) => {
          write(`${CLEAR_LINE}${text}`);
          drawn = true;
        },
        line: (text) => {
          clear();
          write(`${text}\n`);
        },
        close: clear
      }
    : { open: () => undefined, status: (text) => write(`${text}\n`), line: (text) => write(`${text}\n`), close: () => undefined };
  return progressOn(screen, terminal ? { quietMs: 500, everyMs: 100, now } : { quietMs: 2000, everyMs: 10_000, now });
}
