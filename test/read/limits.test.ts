import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { readDriftSample } from '../../src/io/drift-data.js';
import { loadGateInput } from '../../src/io/load.js';
import { readText } from '../../src/io/text-files.js';
import { readPredictionsFile } from '../../src/io/predictions.js';
import { MAX_METRICS_FILE_BYTES } from '../../src/read/limits.js';
import { parseMetricsFile } from '../../src/read/metrics-file.js';
import { quote } from '../../src/read/quote.js';
import { inputErrorOf } from '../support/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = { positiveLabel: '1', sensitiveFeatures: [] as string[], intersectional: false, keepRows: false };
function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('deeply nested JSON', () => {
  test('100,000 levels in 200 KB are refused at the level past 64, before any recursive pass', () => {
    expect(inputErrorOf(() => parseMetricsFile('['.repeat(100_000) + ']'.repeat(100_000), 'metrics.json'))).toBe(
      'metrics.json: line 1: column 65: nested more than 64 levels deep: too deep to read'
    );
    expect(inputErrorOf(() => parseMetricsFile(`{\n"a":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_001)}`, 'metrics.json'))).toBe(
      'metrics.json: line 2: column 320: nested more than 64 levels deep: too deep to read'
    );
    // invalid JSON too: locating the error would recurse once per level (found by the fuzz test)
    expect(inputErrorOf(() => parseMetricsFile(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}NaN`, 'metrics.json'))).toBe(
      'metrics.json: line 1: column 321: nested more than 64 levels deep: too deep to read'
    );
  });

  test('64 levels are read, and brackets inside strings do not count', () => {
    const deep = `{"metrics": {"accuracy": 0.9}, "model": {"name": "${'['.repeat(100)}"}}`;
    expect(parseMetricsFile(deep, 'metrics.json').model.name).toBe('['.repeat(100));
    expect(inputErrorOf(() => parseMetricsFile(`{"a": ${'['.repeat(63)}${']'.repeat(63)}}`, 'metrics.json'))).toMatch(/^metrics\.json: \/a: expected a number/);
  });
});

describe('files read whole stop at their limit', () => {
  test('a metrics file that never ends (a device) is read no further than its limit', async () => {
    const error = await readText('/dev/zero', dir, { bytes: MAX_METRICS_FILE_BYTES, what: 'metrics files' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('/dev/zero: the file is more than 2,097,152 bytes; metrics files are limited to 2 MiB');
  });

  test('a metrics file one byte over the limit', async () => {
    write('big.json', `{"accuracy": 0.9${' '.repeat(MAX_METRICS_FILE_BYTES)}}`);
    const error = await loadGateInput({ metrics: 'big.json', minGroupSize: 30 } as Parameters<typeof loadGateInput>[0], dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('big.json: the file is 2,097,169 bytes; metrics files are limited to 2 MiB');
  });
});

describe('CSV with classic Mac OS line ends', () => {
  test('the predictions and drift readers say what is wrong instead of reading odd column names', () => {
    const text = 'label,prediction,sex\r1,1,f\r0,1,m\r1,0,f\r';
    expect(inputErrorOf(() => readPredictionsFile(write('mac.csv', text), dir, spec))).toBe(
      'mac.csv: line 1: not valid CSV: the lines end with a carriage return alone (classic Mac OS line ends): save the file with LF or CRLF line ends'
    );
    expect(inputErrorOf(() => readDriftSample('mac.csv', dir))).toBe(
      'mac.csv: line 1: not valid CSV: the lines end with a carriage return alone (classic Mac OS line ends): save the file with LF or CRLF line ends'
    );
  });

  test('CRLF line ends and a carriage return inside a quoted field are fine', () => {
    expect(readPredictionsFile(write('crlf.csv', 'label,"pre\rdiction",prediction\r\n1,x,1\r\n0,y,0\r\n'), dir, spec).tally.rows).toBe(2);
  });
});

describe('the readers of rows', () => {
  test('a JSON Lines drift sample with more than 4096 distinct keys', () => {
    write('keys.jsonl', `{"a": 1}\n{${Array.from({ length: 5000 }, (_, i) => `"k${i}": 1`).join(', ')}}\n`);
    expect(inputErrorOf(() => readDriftSample('keys.jsonl', dir))).toBe(
      'keys.jsonl: line 2: more than 4096 distinct keys (here "k4095"): list the columns to compare in drift-features'
    );
  });

  test('a CSV record with more than 4096 fields', () => {
    expect(inputErrorOf(() => readPredictionsFile(write('wide.csv', `label,prediction${',x'.repeat(5000)}\n`), dir, spec))).toBe(
      'wide.csv: line 1: not valid CSV: more than 4096 fields in one record'
    );
  });
});

describe('long names are cut in messages', () => {
  const long = 'x'.repeat(100_000);
  const cut = `"${'x'.repeat(100)}…" (100,000 characters)`;

  test('quote', () => {
    expect(quote('accuracy')).toBe('"accuracy"');
    expect(quote('two\nlines')).toBe('"two\\nlines"');
    expect(quote(long)).toBe(cut);
    expect(quote(`${'a'.repeat(99)}😀tail`)).toBe(`"${'a'.repeat(99)}…" (105 characters)`);
  });

  test('a column name, a label, a metric key', () => {
    expect(inputErrorOf(() => readPredictionsFile(write('col.csv', `label,prediction,${long},${long}\n1,1,a,b\n`), dir, spec))).toBe(
      `col.csv: line 1: the column ${cut} appears twice in the header`
    );
    expect(inputErrorOf(() => readPredictionsFile(write('label.csv', `label,prediction\n1,1\n0,0\n${long},1\n`), dir, spec))).toBe(
      `label.csv: line 4: label ${cut} is a third class: a binary model has two, here "0" and "1" (positive-label "1")`
    );
    expect(inputErrorOf(() => readDriftSample(write('drift.csv', `${long},${long}\n1,2\n`), dir))).toBe(
      `drift.csv: line 1: the column ${cut} appears twice in the header`
    );
    const message = inputErrorOf(() => parseMetricsFile(`{"${long}": 1}`, 'metrics.json'));
    expect(message.length).toBeLessThan(600);
    expect(message).toContain(`the name ${cut} is not allowed`);
    expect(
      inputErrorOf(() => parseMetricsFile(`{"metrics": {"accuracy": 0.9}, "model": {"name": "m", "name": "n"}, "${long}": 1, "${long}": 2}`, 'metrics.json'))
    ).toContain('the key "name" appears twice');
  });
});
