import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { countsQuery, DIALECTS, type CountsQuery } from '../../src/synthesize/counts-sql.js';
import { TASKS } from '../../src/model/task.js';
import { ROOT } from '../support/fixtures.js';

const base: CountsQuery = {
  dialect: 'bigquery',
  table: 'project.eval.predictions_2026_11',
  task: 'binary',
  label: 'label',
  prediction: 'prediction',
  sensitiveFeatures: ['sex', 'region'],
  positiveLabel: '1',
  labels: { table: '--table', column: '--label' }
};

// The reviewed text of every dialect and task (test/fixtures/sql/); UPDATE_SQL=1 rewrites them after a deliberate change.
describe.each(DIALECTS)('%s', (dialect) => {
  test.each(TASKS)('the %s query is the reviewed text', (task) => {
    const file = join(ROOT, 'test/fixtures/sql', `${dialect}-${task}.sql`);
    const text = countsQuery({ ...base, dialect, task });
    if (process.env.UPDATE_SQL) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});

test('names are checked before they reach the query, and text values are escaped', () => {
  const problem = (query: Partial<CountsQuery>): string => {
    try {
      countsQuery({ ...base, ...query });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('expected an InputError');
  };
  expect(problem({ table: 'x; DROP TABLE y' })).toBe(
    'model-gate sql: --table: "x; DROP TABLE y" is not a table name: expected letters, digits, _ and -, dotted (project.dataset.table)'
  );
  expect(problem({ sensitiveFeatures: ['sex`) --'] })).toBe('model-gate sql: --label: "sex`) --" is not a column name: expected letters, digits and _');
  expect(countsQuery({ ...base, positiveLabel: "it's \\ yes" })).toContain("= 'it\\'s \\\\ yes'");
  expect(countsQuery({ ...base, dialect: 'duckdb', positiveLabel: "it's" })).toContain("= 'it''s'");
});
