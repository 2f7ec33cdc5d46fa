/** The process's own peak resident memory, in KiB (see peak-memory.cjs). */
export declare function peakMemoryKiB(): number;
