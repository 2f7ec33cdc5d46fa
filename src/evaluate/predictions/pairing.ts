import { InputError } from '../../errors.js';
import type { PredictionsRead } from '../../read/predictions/reader.js';
import { comparePaired } from '../paired.js';
import type { PairedComparison } from '../../model/comparison.js';

/**
 * Pairs the candidate's and the baseline's predictions row by row: by `id` when both files have
 * one, else by position. The labels of paired rows must agree: they are the same examples.
 */
export function pairPredictions(candidate: PredictionsRead, baseline: PredictionsRead): PairedComparison {
  const a = candidate.tally.rowClasses?.view();
  const b = baseline.tally.rowClasses?.view();
  if (!a || !b) throw new Error('pairing needs both files read with keepRows');
  const baselineRowOf = pairing(candidate, baseline);
  let bothCorrect = 0;
  let candidateOnly = 0;
  let baselineOnly = 0;
  for (let i = 0; i < a.length; i++) {
    const j = baselineRowOf(i);
    const mine = a[i] as number;
    const theirs = b[j] as number;
    if ((mine & 1) !== (theirs & 1)) {
      const which = candidate.ids ? `id ${JSON.stringify(candidate.ids[i])}` : `row ${i + 1}`;
      throw new InputError({ source: baseline.file, message: `the label of ${which} differs from ${candidate.file}'s: paired rows must be the same examples` });
    }
    const candidateRight = (mine & 1) === mine >> 1;
    const baselineRight = (theirs & 1) === theirs >> 1;
    if (candidateRight && baselineRight) bothCorrect++;
    else if (candidateRight) candidateOnly++;
    else if (baselineRight) baselineOnly++;
  }
  return comparePaired(a.length, bothCorrect, candidateOnly, baselineOnly);
}

function pairing(candidate: PredictionsRead, baseline: PredictionsRead): (row: number) => number {
  const rows = candidate.tally.rows;
  if (baseline.tally.rows !== rows) {
    throw new InputError({
      source: baseline.file,
      message: `has ${baseline.tally.rows} rows but ${candidate.file} has ${rows}: the baseline's predictions must cover the same rows`
    });
  }
  if (!candidate.ids && !baseline.ids) return (row) => row;
  if (!candidate.ids || !baseline.ids) {
    const without = candidate.ids ? baseline.file : candidate.file;
    throw new InputError({
      source: without,
      message: 'has no id column while the other predictions file has one: give both files ids, or neither (rows then pair by order)'
    });
  }
  const position = new Map<string, number>();
  baseline.ids.forEach((id, j) => {
    if (position.has(id)) throw new InputError({ source: baseline.file, message: `id ${JSON.stringify(id)} appears more than once` });
    position.set(id, j);
  });
  const seen = new Set<string>();
  const candidateIds = candidate.ids;
  return (row) => {
    const id = candidateIds[row] as string;
    if (seen.has(id)) throw new InputError({ source: candidate.file, message: `id ${JSON.stringify(id)} appears more than once` });
    seen.add(id);
    const j = position.get(id);
    if (j === undefined) throw new InputError({ source: baseline.file, message: `has no row with id ${JSON.stringify(id)} (from ${candidate.file})` });
    return j;
  };
}
