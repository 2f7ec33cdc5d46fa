import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readJson } from '../support/fixtures.js';

/** The published schemas, compiled by a fresh Ajv as a user's editor or CI would. */
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
const metrics = ajv.compile(readJson<object>('schemas/metrics.schema.json'));
const gates = ajv.compile(readJson<object>('schemas/gates.schema.json'));

describe('published JSON Schemas', () => {
  test.each(['examples/metrics.json', 'examples/baseline.json', 'examples/flat-metrics.json'])('%s is valid', (file) => {
    expect(metrics(readJson(file))).toBe(true);
  });

  test('the example gates file is valid', () => {
    expect(gates(parse(readFileSync('examples/model-gates.yml', 'utf8')))).toBe(true);
  });

  test('they refuse what the engine refuses', () => {
    expect(metrics({ accuracy: 1.7 })).toBe(false);
    expect(metrics({ metrics: { accuracy: 0.9 }, groups: { sex: { f: { tp: 1, fp: 0, tn: 0 } } } })).toBe(false);
    expect(gates({ gates: { accuracy: { minimum: 0.9 } } })).toBe(false);
    expect(gates({ canary: { steps: [0, 100] } })).toBe(false);
  });
});
