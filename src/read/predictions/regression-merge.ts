// A regression's file read in parts (src/io/split-table.ts): what a later part hands over, and
// how it joins the part before it. A regression's file is always read in the same parts, whether
// the parts are read at once or one after the other: its sums are float sums, which another
// grouping of the rows could change in their last bit, so the parts are where the sums are grouped.
import { MAX_SENSITIVE_VALUES } from '../limits.js';
import type { RegressionSink } from './regression-reader.js';
import type { RegressionPartial } from './regression-tally.js';

export function regressionPartial({ tally }: RegressionSink): RegressionPartial {
  return {
    names: tally.names,
    cells: { count: tally.cells.sums.size, values: tally.cells.values.view(), sums: tally.cells.sums.view() },
    labels: tally.labels.partial(),
    rows: tally.rows,
    weighted: tally.weighted,
    errors: tally.errors.partial()
  };
}

/**
 * Adds the tally of the rows that follow the sink's in the file; false, with the sink untouched,
 * when a sensitive column has more values than one pass allows (one pass then says so). Values,
 * and cells, new in the later part are added in the order it met them, as one pass would have.
 */
export function mergeRegression(sink: RegressionSink, later: RegressionPartial): boolean {
  const { tally, interners } = sink;
  if (interners.some((interner, c) => new Set([...interner.names, ...(later.names[c] ?? [])]).size > MAX_SENSITIVE_VALUES)) return false;
  const at = later.names.map((names, c) => Int32Array.from(names, (name) => (interners[c] as (typeof interners)[number]).internText(name)));
  const values = new Int32Array(at.length);
  for (let cell = 0; cell < later.cells.count; cell++) {
    for (let c = 0; c < values.length; c++) values[c] = at[c]?.[later.cells.values[cell * values.length + c] as number] as number;
    tally.cells.sums.merge(tally.cells.cellOf(values, tally.names), later.cells.sums, cell);
  }
  tally.rows += later.rows;
  tally.labels.merge(later.labels);
  tally.weighted ||= later.weighted;
  tally.errors.merge(later.errors);
  return true;
}
