import { InputError } from '../../src/errors.js';
import { loadGates } from '../../src/io/load.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { parseManifests } from '../../src/read/manifests.js';
import { parseReleaseFile } from '../../src/read/release-file.js';
import { inputErrorOf } from '../support/errors.js';

/** Nine anchors, each nine aliases of the one before: 9^9 values once expanded. */
const LAUGHS = [
  'a0: &a0 [x, x, x, x, x, x, x, x, x]',
  ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)
].join('\n');

/** Every reader of YAML goes through src/read/yaml.ts: each one refuses the same input the same way. */
const readers: Array<[string, (text: string) => unknown]> = [
  ['gates file', (text) => parseGatesFile(`gates:\n  accuracy: {min: 0.9}\n${text}`, 'gates.yml')],
  ['release file', (text) => parseReleaseFile(`name: sentiment\n\n${text}`, 'release.yaml')],
  ['lint input', (text) => parseManifests(`apiVersion: v1\nkind: ConfigMap\n${text}`, 'manifests.yaml')]
];

describe.each(readers)('YAML that would crash or be misread: %s', (_, read) => {
  const problem = (text: string): string => inputErrorOf(() => read(text));

  test('a billion laughs is refused at the alias that repeats too much', () => {
    const line = (name: string): number => LAUGHS.split('\n').findIndex((l) => l.startsWith(`${name}:`)) + 4;
    expect(problem(`x:\n ${LAUGHS.replace(/\n/g, '\n ')}`)).toMatch(
      new RegExp(`^[a-z.]+: line ${line('a5')}: not valid YAML: aliases repeat more than 100,000 values in one document: write the values out instead$`)
    );
  });

  test('an alias without its anchor, or inside its own anchor', () => {
    expect(problem('x: 1\ny: *nope\n')).toMatch(/^[a-z.]+: line 4: not valid YAML: the alias \*nope has no anchor &nope before it$/);
    expect(problem('x: &loop [1, *loop]\n')).toMatch(/^[a-z.]+: line 3: not valid YAML: the alias \*loop is inside the value of its own anchor &loop/);
  });

  test('an unknown tag is refused, not silently dropped', () => {
    expect(problem('x: !foo bar\n')).toMatch(/^[a-z.]+: line 3: not valid YAML: the tag "!foo" is not supported/);
    expect(problem('x: 1\ny: !!python/object:os.system [ls]\n')).toMatch(
      /^[a-z.]+: line 4: not valid YAML: the tag "!!python\/object:os.system" is not supported/
    );
    expect(problem('x: !!binary aGVsbG8=\n')).toMatch(/^[a-z.]+: line 3: not valid YAML: the tag "!!binary" is not supported/);
  });

  test('nesting deeper than 64 levels is refused before it is parsed', () => {
    expect(problem(`x: ${'['.repeat(1_000_000)}`)).toMatch(/^[a-z.]+: line 3: nested more than 64 levels deep: too deep to read$/);
    const block = Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(problem(`x:\n${block.replace(/^/gm, ' ')} 1\n`)).toMatch(
      /^[a-z.]+: line \d+: (not valid YAML: )?nested more than 64 levels deep: too deep to read$/
    );
  });
});

describe('YAML limits', () => {
  test('aliases within reason, the core tags, and 64 levels of nesting are read', () => {
    const config = parseGatesFile('gates:\n  accuracy: &strict {min: 0.9}\n  precision: *strict\n  recall: !!map {min: !!float "0.8"}\n', 'gates.yml');
    expect(config.gates.map((g) => g.bounds)).toEqual([{ min: 0.9 }, { min: 0.9 }, { min: 0.8 }]);
    const [manifest] = parseManifests(`apiVersion: v1\nkind: ConfigMap\nx: ${'['.repeat(63)}${']'.repeat(63)}\n`, 'm.yaml');
    expect(JSON.stringify((manifest?.doc as { x: unknown }).x)).toBe(`${'['.repeat(63)}${']'.repeat(63)}`);
  });

  test('a key written twice is refused with its line, also in a long mapping (found with a set, not pair by pair)', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `  k${i}: 1`).join('\n');
    expect(inputErrorOf(() => parseManifests(`apiVersion: v1\nkind: ConfigMap\ndata:\n${keys}\n  k7: 2\n`, 'm.yaml'))).toBe(
      'm.yaml: line 10004: not valid YAML: Map keys must be unique: "k7" appears twice'
    );
  });

  test('more than 1,000 documents in one file', () => {
    expect(inputErrorOf(() => parseManifests('---\napiVersion: v1\nkind: ConfigMap\n'.repeat(1001), 'm.yaml'))).toBe(
      'm.yaml: line 3002: more than 1,000 YAML documents in one file: split it'
    );
  });

  test('a second document in a gates or release file', () => {
    expect(inputErrorOf(() => parseGatesFile('gates: {}\n---\ngates: {}\n', 'gates.yml'))).toBe(
      'gates.yml: line 3: not valid YAML: expected one document, but a second one starts here'
    );
  });

  test('inline gates go through the same checks', async () => {
    const error = await loadGates('gates:\n  accuracy: *strict\n', '/nonexistent').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('inline gates: line 2: not valid YAML: the alias *strict has no anchor &strict before it');
  });
});
