/** Seconds in a duration that matches DURATION_PATTERN (the schema checked it). */
export declare function durationSeconds(text: string): number;
/** Seconds as the shortest Prometheus duration: 600 → `10m`, 5400 → `1h30m`. */
export declare function formatDuration(seconds: number): string;
