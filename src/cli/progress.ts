// The CLI's progress, on stderr only (stdout carries the result, JSON with --json). On a terminal
// one status line is redrawn in place; piped or in a log, a plain line every ten seconds.
import type { Progress } from '../model/progress.js';
import { progressOn, type ProgressScreen } from '../report/progress.js';
import { neutralizeCommands } from '../report/workflow-commands.js';
import type { Io } from './io.js';

const CLEAR_LINE = '\r\u001b[K';

/** The progress of `io`: redrawn on its terminal when stderr is one, else plain lines on stderr. */
export function stderrProgress(io: Pick<Io, 'stderr' | 'stderrTerminal'>, now: () => number = Date.now): Progress {
  return io.stderrTerminal ? terminalProgress(io.stderrTerminal, now) : lineProgress(io.stderr, now);
}

/** One status line redrawn in place; the writer is the terminal as is, so the text is neutralized here. */
function terminalProgress(write: (text: string) => void, now: () => number = Date.now): Progress {
  let drawn = false;
  const clear = (): void => {
    if (drawn) write(CLEAR_LINE);
    drawn = false;
  };
  const oneLine = (text: string): string => neutralizeCommands(text).replace(/\n/g, ' ');
  const screen: ProgressScreen = {
    open: () => undefined,
    status: (text) => {
      write(`${CLEAR_LINE}${oneLine(text)}`);
      drawn = true;
    },
    line: (text) => {
      clear();
      write(`${neutralizeCommands(text)}\n`);
    },
    close: clear
  };
  return progressOn(screen, { quietMs: 500, everyMs: 100, now });
}

/** Plain lines, ten seconds apart, for a pipe or a CI log; `write` is the CLI's neutralizing stderr. */
function lineProgress(write: (text: string) => void, now: () => number = Date.now): Progress {
  const line = (text: string): void => write(`${text}\n`);
  return progressOn({ open: () => undefined, status: line, line, close: () => undefined }, { quietMs: 2000, everyMs: 10_000, now });
}
