import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateDrift } from '../../../src/evaluate/drift/evaluate.js';
import { readDriftSample } from '../../../src/io/drift-data.js';
import { MAX_CATEGORIES } from '../../../src/read/drift/column-values.js';
import { inputErrorOf } from '../../support/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-drift-'));

function read(name: string, text: string, features?: string[]) {
  writeFileSync(join(dir, name), text);
  return readDriftSample(name, dir, features);
}

const errorOf = inputErrorOf;

function drift(referenceText: string, currentText: string, features?: string[]) {
  return evaluateDrift(read('ref.csv', referenceText), read('cur.csv', currentText), { features });
}

describe('bad drift samples get an error naming the file, the line and what was expected', () => {
  test('a drift-features column missing from a file lists the columns found', () => {
    expect(errorOf(() => read('ref.csv', 'age,plan\n1,a\n', ['age', 'salary']))).toBe(
      'ref.csv: line 1: drift-features column "salary" not found; columns found: "age", "plan"'
    );
    expect(errorOf(() => read('ref.jsonl', '{"age": 1}\n{"plan": "a"}\n', ['salary', 'tenure']))).toBe(
      'ref.jsonl: drift-features columns "salary", "tenure" not found in any line; keys found: "age", "plan"'
    );
    expect(errorOf(() => drift('age,plan\n1,a\n', 'age\n2\n', ['age', 'plan']))).toBe('cur.csv: drift-features column "plan" not found; columns found: "age"');
  });

  test('an empty file, and a header without rows', () => {
    expect(errorOf(() => read('ref.csv', ''))).toBe('ref.csv: the file is empty: expected a header row naming the feature columns, then one row per example');
    expect(errorOf(() => read('ref.csv', '\n\n'))).toBe(
      'ref.csv: the file is empty: expected a header row naming the feature columns, then one row per example'
    );
    expect(errorOf(() => read('ref.csv', 'age,plan\n'))).toBe('ref.csv: no rows: expected a header and at least one row of feature values');
  });

  test('a ragged row gives its line number', () => {
    expect(errorOf(() => read('ref.csv', 'age,plan\n1,a\n2\n'))).toBe('ref.csv: line 3: has 1 fields, but the header has 2');
    expect(errorOf(() => read('ref.csv', 'age,plan\n1,"two\nlines"\n3,b,extra\n'))).toBe('ref.csv: line 4: has 3 fields, but the header has 2');
  });

  test('a feature numeric in one file and categorical in the other names the first non-number and its line', () => {
    expect(errorOf(() => drift('age\n1\n2\n', 'age\n3\n4\nold\n5\n'))).toBe(
      'cur.csv: line 4: column "age": "old" is not a number, but every value of "age" in ref.csv is: expected the feature to be numeric in both files or categorical in both'
    );
    expect(errorOf(() => drift('age,plan\nn/a,a\n2,b\n', 'age,plan\n3,a\n4,b\n'))).toBe(
      'ref.csv: line 2: column "age": "n/a" is not a number, but every value of "age" in cur.csv is: expected the feature to be numeric in both files or categorical in both'
    );
  });

  test('every problem is reported at once', () => {
    const message = errorOf(() => drift('age,plan,size\n1,,x\n2,,y\n', 'age,plan,size\nold,a,3\n4,b,5\n'));
    expect(message.split('\n')).toEqual([
      'cur.csv: line 2: column "age": "old" is not a number, but every value of "age" in ref.csv is: expected the feature to be numeric in both files or categorical in both',
      'ref.csv: column "plan" has no values (all 2 rows are empty): nothing to compare; leave it out of drift-features',
      'ref.csv: line 2: column "size": "x" is not a number, but every value of "size" in cur.csv is: expected the feature to be numeric in both files or categorical in both'
    ]);
  });

  test('no shared column', () => {
    expect(errorOf(() => drift('age,plan\n1,a\n', 'tenure\n2\n'))).toBe(
      'cur.csv: no column in common with ref.csv: expected the same feature columns (ref.csv has "age", "plan"; this file has "tenure")'
    );
  });

  test('a categorical column with too many distinct values', () => {
    const rows = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => `id-${i}`);
    expect(errorOf(() => read('ref.csv', `user\n${rows.join('\n')}\n`))).toBe(
      `ref.csv: line ${MAX_CATEGORIES + 2}: column "user" has more than ${MAX_CATEGORIES} distinct values (here "id-${MAX_CATEGORIES}"), and not all are numbers (line 2: "id-0"): too many categories to compare; leave it out of drift-features`
    );
  });

  test('text after more distinct numbers than a categorical feature may have', () => {
    const rows = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => String(i / 7));
    expect(errorOf(() => read('ref.csv', `x\n${rows.join('\n')}\nhigh\n`))).toBe(
      `ref.csv: line ${MAX_CATEGORIES + 3}: column "x": "high" is not a number, but more than ${MAX_CATEGORIES} distinct numbers come before it: expected a numeric feature (every value a number) or a categorical one (at most ${MAX_CATEGORIES} distinct values)`
    );
  });

  test('JSON Lines: invalid lines, and values that are neither numbers nor text', () => {
    expect(errorOf(() => read('ref.jsonl', '{"age": 1}\nnot json\n'))).toBe('ref.jsonl: line 2: not valid JSON: each line must be one JSON object');
    expect(errorOf(() => read('ref.jsonl', '{"age": 1}\n[1, 2]\n'))).toBe('ref.jsonl: line 2: expected a JSON object');
    expect(errorOf(() => read('ref.jsonl', '{"age": 1}\n{"age": {"years": 2}}\n'))).toBe(
      'ref.jsonl: line 2: column "age": expected a number, a string, a boolean or null, got an object'
    );
  });

  test('CSV syntax, a duplicated column, a missing file', () => {
    expect(errorOf(() => read('ref.csv', 'age,plan\n1,"open\n'))).toBe(
      'ref.csv: line 2: not valid CSV: a quoted field opened on line 2 is not closed before the end of the file'
    );
    expect(errorOf(() => read('ref.csv', 'age,plan,age\n1,a,2\n'))).toBe('ref.csv: line 1: the column "age" appears twice in the header');
    expect(errorOf(() => readDriftSample('nowhere.csv', dir))).toBe(`nowhere.csv: file not found (looked in ${dir})`);
  });
});
