// What the counts computed where the data lives determine: the same metrics as the rows would
// give, but for what needs every row (a regression's median error; log loss and top-k accuracy).
import { InputError } from '../errors.js';
import type { CountsRead, CountsRow } from '../read/counts.js';
import { sortClasses } from '../read/predictions/multiclass-reader.js';
import type { ErrorTotals } from '../read/predictions/regression-tally.js';
import type { Confusion } from '../model/evidence.js';
import type { ComputedMetrics } from '../model/metrics.js';
import { fromConfusion, DEFAULT_MIN_GROUP_SIZE } from './metric-set.js';
import { multiclassMetrics } from './predictions/multiclass-metrics.js';
import { regressionMetrics } from './predictions/regression-metrics.js';

export function metricsFromCounts(read: CountsRead, minGroupSize = DEFAULT_MIN_GROUP_SIZE): ComputedMetrics {
  const fail = (message: string): never => {
    throw new InputError({ source: read.file, message });
  };
  const overall = read.rows.filter((row) => row.feature === null);
  if (overall.length === 0) fail('no overall row (feature null): run the whole query model-gate sql printed');
  const byFeature = new Map<string, Map<string, CountsRow[]>>();
  for (const row of read.rows) {
    if (row.feature === null) continue;
    const groups = byFeature.get(row.feature) ?? new Map<string, CountsRow[]>();
    byFeature.set(row.feature, groups);
    groups.set(row.group as string, [...(groups.get(row.group as string) ?? []), row]);
  }
  const rowsOf = (rows: readonly CountsRow[]): number => rows.reduce((n, row) => n + countOf(row), 0);
  const total = rowsOf(overall);
  for (const [feature, groups] of byFeature) {
    const sum = [...groups.values()].reduce((n, rows) => n + rowsOf(rows), 0);
    if (sum !== total)
      fail(`the groups of ${JSON.stringify(feature)} add up to ${sum} rows, but the overall row has ${total}: every feature partitions the same rows`);
  }
  const source = read.file;
  switch (read.task) {
    case 'binary': {
      if (overall.length > 1) fail('more than one overall row (feature null)');
      const counts = (row: CountsRow): Confusion => (row as Extract<CountsRow, { task: 'binary' }>).counts;
      const groups = new Map(
        [...byFeature].map(([feature, byGroup]) => [
          feature,
          new Map(
            [...byGroup].map(([group, rows]) => {
              if (rows.length > 1) fail(`${JSON.stringify(feature)} = ${JSON.stringify(group)} appears in ${rows.length} rows`);
              return [group, { counts: counts(rows[0] as CountsRow), rows: rowsOf(rows) }] as const;
            })
          )
        ])
      );
      const computed = fromConfusion({ overall: counts(overall[0] as CountsRow), groups, weighted: false }, source, minGroupSize);
      const { sumLogLoss } = overall[0] as Extract<CountsRow, { task: 'binary' }>;
      const values = new Map(computed.values);
      if (sumLogLoss !== undefined && total > 0) values.set('log_loss', { name: 'log_loss', value: sumLogLoss / total, source });
      return { task: { kind: 'binary' }, ...computed, values };
    }
    case 'multiclass': {
      const cells = (rows: readonly CountsRow[]) => rows as ReadonlyArray<Extract<CountsRow, { task: 'multiclass' }>>;
      const labels = sortClasses([...new Set(cells(overall).flatMap((c) => (c.n > 0 ? [c.label, c.prediction] : [])))]);
      const trueClasses = new Set(cells(overall).flatMap((c) => (c.n > 0 ? [c.label] : [])));
      if (trueClasses.size < 2) fail(`every label is ${JSON.stringify([...trueClasses][0] ?? '')}: a classifier's labels have two classes or more`);
      const matrix = (rows: readonly CountsRow[]): number[][] => {
        const m = labels.map(() => labels.map(() => 0));
        for (const c of cells(rows)) {
          const t = labels.indexOf(c.label);
          const p = labels.indexOf(c.prediction);
          if (t < 0 || p < 0) fail(`the class ${JSON.stringify(t < 0 ? c.label : c.prediction)} of ${JSON.stringify(c.feature)} is in no overall row`);
          (m[t] as number[])[p] = ((m[t] as number[])[p] as number) + c.n;
        }
        return m;
      };
      return multiclassMetrics(
        {
          labels,
          confusion: matrix(overall),
          rows: total,
          features: [...byFeature].map(([name, byGroup]) => ({
            name,
            groups: [...byGroup].map(([group, rows]) => [group, { confusion: matrix(rows), rows: rowsOf(rows) }] as const)
          })),
          weighted: false
        },
        source,
        minGroupSize
      );
    }
    case 'regression': {
      if (overall.length > 1) fail('more than one overall row (feature null)');
      const sums = overall[0] as Extract<CountsRow, { task: 'regression' }>;
      const totals = (rows: readonly CountsRow[]): ErrorTotals => {
        if (rows.length > 1) fail(`${JSON.stringify(rows[0]?.feature)} = ${JSON.stringify(rows[0]?.group)} appears in ${rows.length} rows`);
        return (rows[0] as Extract<CountsRow, { task: 'regression' }>).totals;
      };
      const n = sums.totals.rows;
      return regressionMetrics(
        {
          overall: sums.totals,
          // Σ(y − ȳ)² = Σy² − (Σy)²/n: exact in exact arithmetic; in doubles, to about 1e-12 of Σy²
          labelSquares: Math.max(0, sums.sumSquaredLabel - (sums.sumLabel * sums.sumLabel) / n),
          features: [...byFeature].map(([name, byGroup]) => ({ name, groups: [...byGroup].map(([group, rows]) => [group, totals(rows)] as const) })),
          weighted: false,
          medianAbsolute: { missing: 'the median of the errors cannot come from counts: it needs every row' }
        },
        source,
        minGroupSize
      );
    }
  }
}

function countOf(row: CountsRow): number {
  switch (row.task) {
    case 'binary':
      return row.counts.tp + row.counts.fp + row.counts.tn + row.counts.fn;
    case 'multiclass':
      return row.n;
    case 'regression':
      return row.totals.rows;
  }
}
