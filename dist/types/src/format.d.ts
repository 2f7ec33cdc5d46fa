/** Numbers as people read them: integers as they are, others to 6 significant digits, no trailing zeros. */
export declare function formatNumber(value: number | null | undefined, digits?: number): string;
export declare function formatSigned(value: number | null | undefined): string;
/**
 * 209715200 → "209,715,200", as toLocaleString('en-US') writes it, without loading ICU for it (its
 * first use takes some 10 ms of every run). Counts are integers; anything else goes to toLocaleString.
 */
export declare function formatCount(count: number): string;
/**
 * A readable list of what may be very many items: the first `shown`, then how many more.
 * `"a", "b", "c" and 99,997 more`.
 */
export declare function listSome(items: readonly string[], shown?: number): string;
/** The largest and smallest of a list of any length (Math.max(...values) overflows the stack past ~100k values). */
export declare function extremes(values: Iterable<number>): {
    max: number;
    min: number;
};
