// How progress is shown: only for work that is long. A stage that ends within `quietMs` prints
// nothing, so that quick runs keep a clean log; past it, a status every `everyMs`, and the stage's
// total when it ends.
import type { Progress } from '../model/progress.js';

/** Where progress goes: the Action's log, or the CLI's stderr. */
export interface ProgressScreen {
  /** A stage shows its first line: the Action opens a log group. */
  open(title: string): void;
  /** A status: on a terminal it replaces the previous one; elsewhere it is a line of its own. */
  status(text: string): void;
  /** A line to keep. */
  line(text: string): void;
  /** The stage's last line was written. */
  close(): void;
}

export interface ProgressTiming {
  quietMs: number;
  everyMs: number;
  now: () => number;
}

interface Stage {
  title: string;
  started: number;
  last: number;
  shown: boolean;
}

export function progressOn(screen: ProgressScreen, { quietMs, everyMs, now }: ProgressTiming): Progress {
  let stage: Stage | undefined;
  const show = (current: Stage): void => {
    if (current.shown) return;
    current.shown = true;
    screen.open(current.title);
  };
  return {
    start(title) {
      const t = now();
      stage = { title, started: t, last: t, shown: false };
    },
    update(status) {
      if (stage === undefined) return;
      const t = now();
      if (t - stage.started < quietMs || (stage.shown && t - stage.last < everyMs)) return;
      show(stage);
      stage.last = t;
      screen.status(`${stage.title}: ${status}, ${formatElapsed(t - stage.started)}`);
    },
    line(text) {
      if (stage) show(stage);
      screen.line(text);
    },
    done(status) {
      const ended = stage;
      stage = undefined;
      if (!ended?.shown) return;
      screen.line(`${ended.title}: ${status} in ${formatElapsed(now() - ended.started)}`);
      screen.close();
    }
  };
}

/** 850 ms, 12.3 s, 4 min 05 s. */
export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
