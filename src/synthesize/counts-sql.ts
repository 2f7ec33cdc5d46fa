// The aggregation query that computes, where the data lives (BigQuery, Spark, DuckDB), the counts
// and sums model-gate's metrics need: one small row per sensitive feature's group, and one
// overall row (feature null). `model-gate evaluate --counts` reads its result as JSON Lines.
import { InputError } from '../errors.js';
import type { Task } from '../model/task.js';

export const DIALECTS = ['bigquery', 'spark', 'duckdb'] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface CountsQuery {
  dialect: Dialect;
  /** A table name, dotted (`project.dataset.table`). */
  table: string;
  task: Task;
  label: string;
  prediction: string;
  /** A binary classifier's probability of the positive class: its log loss is summed too. */
  score?: string;
  sensitiveFeatures: readonly string[];
  /** A binary classifier's positive class, compared as text. */
  positiveLabel: string;
  /** How the options are called where the user wrote them, for messages. */
  labels: { table: string; column: string };
}

/** scikit-learn's MAPE divides by max(|label|, machine epsilon). */
const EPSILON = '2.220446049250313e-16';
const COLUMN = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const TABLE = /^[A-Za-z_][A-Za-z0-9_-]{0,127}(\.[A-Za-z_][A-Za-z0-9_-]{0,127}){0,2}$/;

export function countsQuery(query: CountsQuery): string {
  const { dialect } = query;
  const problems: string[] = [];
  if (!TABLE.test(query.table))
    problems.push(
      `${query.labels.table}: ${JSON.stringify(query.table)} is not a table name: expected letters, digits, _ and -, dotted (project.dataset.table)`
    );
  for (const column of [query.label, query.prediction, ...(query.score ? [query.score] : []), ...query.sensitiveFeatures])
    if (!COLUMN.test(column)) problems.push(`${query.labels.column}: ${JSON.stringify(column)} is not a column name: expected letters, digits and _`);
  if (problems.length > 0) throw new InputError(problems.map((message) => ({ source: 'model-gate sql', message })));

  const id = (name: string): string => (dialect === 'duckdb' ? `"${name}"` : `\`${name}\``);
  // BigQuery quotes a path whole (`project.dataset.table`); Spark and DuckDB quote each part
  const table = dialect === 'bigquery' ? `\`${query.table}\`` : query.table.split('.').map(id).join('.');
  const text = (expression: string): string => `CAST(${expression} AS STRING)`;
  const float = (expression: string): string => `CAST(${expression} AS ${dialect === 'bigquery' ? 'FLOAT64' : 'DOUBLE'})`;
  const literal = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, dialect === 'duckdb' ? "''" : "\\'")}'`;
  const features = query.sensitiveFeatures;
  const count = (condition: string): string => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

  const [rows, aggregates, keys] = ((): [string[], string[], string[]] => {
    switch (query.task) {
      case 'binary': {
        const positive = literal(query.positiveLabel);
        // scikit-learn 1.2's log loss of a row: (1 − p, p) clipped to [ε, 1 − ε], renormalised
        const clip = (p: string): string => `GREATEST(LEAST(${p}, 1 - ${EPSILON}), ${EPSILON})`;
        const score = query.score && float(id(query.score));
        return [
          [
            `CASE WHEN ${text(id(query.label))} = ${positive} THEN 1 ELSE 0 END AS y`,
            `CASE WHEN ${text(id(query.prediction))} = ${positive} THEN 1 ELSE 0 END AS p`,
            ...(score ? [`${clip(score)} AS s1`, `${clip(`1 - ${score}`)} AS s0`] : [])
          ],
          [
            `${count('y = 1 AND p = 1')} AS tp`,
            `${count('y = 0 AND p = 1')} AS fp`,
            `${count('y = 0 AND p = 0')} AS tn`,
            `${count('y = 1 AND p = 0')} AS fn`,
            ...(score ? ['SUM(-LN(CASE WHEN y = 1 THEN s1 ELSE s0 END / (s0 + s1))) AS sum_log_loss'] : [])
          ],
          []
        ];
      }
      case 'multiclass':
        return [[`${text(id(query.label))} AS label`, `${text(id(query.prediction))} AS prediction`], ['COUNT(*) AS n'], ['label', 'prediction']];
      case 'regression':
        return [
          [`${float(id(query.label))} AS y`, `${float(id(query.prediction))} - ${float(id(query.label))} AS e`],
          [
            'COUNT(*) AS n',
            'SUM(e) AS sum_error',
            'SUM(e * e) AS sum_squared_error',
            'SUM(ABS(e)) AS sum_absolute_error',
            `SUM(ABS(e) / GREATEST(ABS(y), ${EPSILON})) AS sum_percentage_error`,
            'MAX(ABS(e)) AS max_absolute_error',
            'SUM(y) AS sum_label',
            'SUM(y * y) AS sum_squared_label'
          ],
          []
        ];
    }
  })();
  const source = `(SELECT ${[...rows, ...features.map((f, i) => `${text(id(f))} AS g${i}`)].join(', ')} FROM ${table}) AS r`;
  const select = (feature: string, value: string, groupBy: string[]): string =>
    [
      `SELECT ${feature} AS feature, ${value} AS feature_value${keys.map((k) => `, ${k}`).join('')}, ${aggregates.join(', ')}`,
      `FROM ${source}`,
      ...(groupBy.length > 0 ? [`GROUP BY ${groupBy.join(', ')}`] : [])
    ].join('\n');
  const parts = [
    select(`CAST(NULL AS STRING)`, `CAST(NULL AS STRING)`, keys),
    ...features.map((feature, i) => select(literal(feature), `g${i}`, [`g${i}`, ...keys]))
  ];
  return `-- model-gate sql --dialect ${dialect} --task ${query.task}: export the result as JSON Lines for model-gate evaluate --counts\n${parts.join('\nUNION ALL\n')}\n`;
}
