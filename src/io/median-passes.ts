// The median absolute error of a regression whose errors drifted out of the window kept in one
// pass (absolute-errors.ts): found exactly by more passes over the file (rank-search.ts), two
// as a rule, at most five, each in bounded memory.
import { formatCount } from '../format.js';
import { MAX_KEPT } from '../read/predictions/absolute-errors.js';
import type { RowReader } from '../read/predictions/file-reader.js';
import { RankSearch } from '../read/predictions/rank-search.js';
import { absoluteErrorRows, type RegressionRead, type RegressionSpec } from '../read/predictions/regression-reader.js';

/** Reads the file again through `rows`, naming the pass in the progress. */
type ReadAgain = (rows: RowReader<unknown, unknown>, name: string) => Promise<unknown>;

/** Settles the median of `read` by passes over its file, when its first pass could not keep it. */
export async function settleMedian(read: RegressionRead, spec: RegressionSpec, readAgain: ReadAgain): Promise<void> {
  const { errors, rows } = read.tally;
  const ranks = errors.wanted();
  if (!ranks) return;
  const searches = ranks.map((rank) => new RankSearch(rank, spec.maxKeptErrors ?? MAX_KEPT));
  for (let pass = 2; searches.some((search) => search.value === undefined); pass++) {
    let seen = 0;
    const visit = (error: number): void => {
      seen++;
      for (const search of searches) search.visit(error);
    };
    await readAgain(absoluteErrorRows(spec, visit) as RowReader<unknown, unknown>, `${spec.file} again (pass ${pass}, for the median absolute error)`);
    if (seen !== rows)
      return errors.settle({
        missing: `the file changed while it was read again for the median absolute error: ${formatCount(seen)} rows, not ${formatCount(rows)}`
      });
    for (const search of searches) search.endPass();
  }
  errors.settle(searches.map((search) => search.value as number));
}
