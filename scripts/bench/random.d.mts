/** A fixed-seed xorshift in [0, 1): every benchmark run generates the same rows. */
export function random(seed: number): () => number;
