/** Numbers as people read them: integers as they are, others to 6 significant digits, no trailing zeros. */
export declare function formatNumber(value: number | null | undefined, digits?: number): string;
export declare function formatSigned(value: number | null | undefined): string;
