/** The Levenshtein distance between two names: insertions, deletions and substitutions. */
export declare function editDistance(a: string, b: string): number;
/**
 * The name among `names` that `name` is most likely a typo of: at most two edits, and at most one
 * for every four characters (so `f2` is not taken for `f1`); undefined when none is that close.
 */
export declare function closestName(name: string, names: Iterable<string>): string | undefined;
