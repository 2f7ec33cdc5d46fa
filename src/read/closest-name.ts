/** The Levenshtein distance between two names: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The name among `names` that `name` is most likely a typo of: at most two edits, and at most one
 * for every four characters (so `f2` is not taken for `f1`); undefined when none is that close.
 */
export function closestName(name: string, names: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (candidate !== name && distance <= 2 && distance <= name.length / 4 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}
