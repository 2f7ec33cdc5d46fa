// Durations as Prometheus writes them: `10m`, `1h30m`, `90s`, `500ms`, or `0`.

const UNIT_SECONDS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 31_536_000 };
const PART = /([0-9]+)(ms|s|m|h|d|w|y)/g;

/** Seconds in a duration that matches DURATION_PATTERN (the schema checked it). */
export function durationSeconds(text: string): number {
  if (text === '0') return 0;
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(PART)) seconds += Number(amount) * (UNIT_SECONDS[unit as string] as number);
  return seconds;
}

/** Seconds as the shortest Prometheus duration: 600 → `10m`, 5400 → `1h30m`. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  let rest = Math.round(seconds * 1000);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1]
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}
