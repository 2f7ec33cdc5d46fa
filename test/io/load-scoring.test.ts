/** @jest-environment ./test/measure/onnxruntime-environment.cjs */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { checkModelDigest, loadGateInput, type LoadedInput } from '../../src/io/load.js';
import { copyPending } from '../../src/io/output.js';
import { prepareGateRun } from '../../src/io/run-gate.js';
import { parseOptions, type RawOptions } from '../../src/options/parse.js';
import { cliLabel } from '../../src/options/table.js';
import * as models from '../../scripts/onnx/scoring-models.js';
import { ROOT } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'model-gate-scoring-'));
const write = (name: string, content: string | Uint8Array): string => (writeFileSync(join(dir, name), content), name);
const sha256 = (name: string): string =>
  createHash('sha256')
    .update(readFileSync(join(dir, name)))
    .digest('hex');

write('logreg.onnx', models.logisticRegression());
write('columns.onnx', models.logisticColumns());
write('nan.onnx', models.nanRows());
write('raw.onnx', models.rawScore());
write('zipmap.onnx', models.sequenceOutput());
write('two-inputs.onnx', models.twoInputs());

// 40 rows: f0, f1 floats, f2 a small integer; the label from a rule the regression gets mostly right
const rows = Array.from({ length: 40 }, (_, i) => {
  const f0 = ((i * 37) % 11) / 5 - 1;
  const f1 = ((i * 17) % 7) / 6 - 0.5;
  const f2 = i % 3;
  const label = 1.5 * f0 - 2 * f1 + (i % 5 === 0 ? 1 : 0) > 0 ? 1 : 0;
  return { id: `r${i}`, f0, f1, f2, group: i % 2 ? 'a' : 'b', label };
});
write('eval.csv', ['id,f0,f1,f2,group,label', ...rows.map((r) => `${r.id},${r.f0},${r.f1},${r.f2},${r.group},${r.label}`)].join('\n') + '\n');
write('eval.jsonl', rows.map((r) => JSON.stringify(r)).join('\n'));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const expected = rows.map((r) => sigmoid(1.5 * r.f0 - 2 * r.f1 + 0.5 * r.f2 - 0.25));

const base = { 'eval-data': 'eval.csv', 'sensitive-features': 'group' };

async function load(flags: RawOptions): Promise<LoadedInput> {
  // latency is measured by its own tests: scoring alone here
  const input = await loadGateInput({ ...parseOptions(flags, cliLabel), latency: undefined }, dir);
  // the run writes predictions-out with its other outputs, as writeGateRun does
  if (input.predictionsOut) await copyPending(input.predictionsOut).finally(() => input.predictionsOut?.dispose());
  return input;
}

async function problemOf(flags: RawOptions): Promise<string> {
  try {
    await load(flags);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

const value = (input: LoadedInput, name: string): number | null | undefined => input.candidate.values.get(name)?.value;

describe('a model with one 2-D input and sklearn-onnx outputs', () => {
  let input: LoadedInput;
  beforeAll(async () => {
    input = await load({ ...base, model: 'logreg.onnx', 'scoring-batch-size': '7', 'predictions-out': 'out/scored.csv' });
  });

  test('writes every row with the label output as prediction and the positive column as score', () => {
    const [header, ...lines] = readFileSync(join(dir, 'out/scored.csv'), 'utf8').trimEnd().split('\n');
    expect(header).toBe('id,label,prediction,score,group');
    expect(lines).toHaveLength(40);
    lines.forEach((line, i) => {
      const [id, label, prediction, score, group] = line.split(',');
      expect([id, label, group]).toEqual([rows[i]!.id, String(rows[i]!.label), rows[i]!.group]);
      expect(Number(score)).toBeCloseTo(expected[i]!, 6);
      expect(prediction).toBe(Number(score) >= 0.5 ? '1' : '0');
    });
  });

  test('evaluates the scored rows as the predictions path does', async () => {
    const correct = rows.filter((r, i) => (expected[i]! >= 0.5 ? 1 : 0) === r.label).length;
    expect(value(input, 'samples')).toBe(40);
    expect(value(input, 'accuracy')).toBeCloseTo(correct / 40, 12);
    expect(input.candidate.fairness.has('group')).toBe(true);
    const fromFile = await loadGateInput(
      { ...parseOptions({ predictions: 'out/scored.csv', 'sensitive-features': 'group' }, cliLabel), latency: undefined },
      dir
    );
    for (const [name, metric] of fromFile.candidate.values) expect({ name, value: value(input, name) }).toEqual({ name, value: metric.value });
    expect(input.candidate.fairness).toEqual(fromFile.candidate.fairness);
    expect(input.candidate.values.get('accuracy')?.source).toBe('out/scored.csv');
  });

  test('records the provenance: the SHA-256 of the model and the eval data, the rows, the runtime', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/onnxruntime-node/package.json'), 'utf8')).version;
    expect(input.provenance).toEqual({
      model: { path: 'logreg.onnx', sha256: sha256('logreg.onnx') },
      evalData: { path: 'eval.csv', sha256: sha256('eval.csv'), rows: 40 },
      runtime: { package: 'onnxruntime-node', version }
    });
  });
});

test('weights, two sensitive features and their intersection, a single score: the same numbers as the predictions-out file gives', async () => {
  write(
    'weighted.csv',
    [
      'id,f0,f1,f2,group,region,weight,label',
      ...rows.map((r, i) => `${r.id},${r.f0},${r.f1},${r.f2},${r.group},${['n', 's', 'e'][i % 3]},${(i % 4) + 0.5},${r.label}`)
    ].join('\n')
  );
  const flags = { 'sensitive-features': 'group,region', intersectional: 'true' };
  const scored = await load({ ...flags, model: 'columns.onnx', 'eval-data': 'weighted.csv', threshold: '0.4', 'predictions-out': 'weighted-scored.csv' });
  const fromFile = await loadGateInput({ ...parseOptions({ ...flags, predictions: 'weighted-scored.csv' }, cliLabel), latency: undefined }, dir);
  expect([...scored.candidate.values.keys()].sort()).toEqual([...fromFile.candidate.values.keys()].sort());
  for (const [name, metric] of fromFile.candidate.values) expect({ name, value: value(scored, name) }).toEqual({ name, value: metric.value });
  expect([...scored.candidate.fairness.keys()]).toEqual(['group', 'region', 'group,region']);
  expect(scored.candidate.fairness).toEqual(fromFile.candidate.fairness);
  expect(scored.candidate.warnings).toEqual(fromFile.candidate.warnings);
});

test('one input per column, with its type, and a single probability with the threshold: JSON Lines too', async () => {
  const matrix = await load({ ...base, model: 'logreg.onnx' });
  const columns = await load({ ...base, model: 'columns.onnx', 'eval-data': 'eval.jsonl' });
  for (const name of ['accuracy', 'roc_auc', 'demographic_parity_ratio']) expect(value(columns, name)).toBeCloseTo(value(matrix, name) as number, 6);
  expect(columns.candidate.values.get('accuracy')?.source).toBe('eval.jsonl scored by columns.onnx');
  const strict = await load({ ...base, model: 'columns.onnx', threshold: '0.9' });
  expect(value(strict, 'selection_rate')).toBe(expected.filter((p) => p >= 0.9).length / 40);
});

test('the baseline model is scored on the same rows and compared with McNemar', async () => {
  const input = await load({ ...base, model: 'logreg.onnx', 'baseline-model': 'columns.onnx', 'scoring-batch-size': '16' });
  expect(input.comparison).toMatchObject({ rows: 40, candidateOnlyCorrect: 0, baselineOnlyCorrect: 0, pValue: 1 });
  expect(input.baseline?.values.get('accuracy')?.value).toBe(value(input, 'accuracy'));
  expect(input.provenance?.baselineModel).toEqual({ path: 'columns.onnx', sha256: sha256('columns.onnx') });
});

test('bad input: columns against inputs, values, outputs', async () => {
  write('no-f2.csv', 'f0,f1,group,label\n1,2,a,1\n');
  expect(await problemOf({ ...base, model: 'columns.onnx', 'eval-data': 'no-f2.csv' })).toBe(
    'columns.onnx: model inputs f0, f1, f2; eval columns f0, f1: f2 is missing (a model with several inputs takes one eval column per input, by name)'
  );
  expect(await problemOf({ ...base, model: 'columns.onnx', 'feature-columns': 'f0,f1,f2,id' })).toBe(
    'columns.onnx: model inputs f0, f1, f2; eval columns f0, f1, f2, id: id is not an input of the model (--feature-columns)'
  );
  expect(await problemOf({ ...base, model: 'logreg.onnx', 'feature-columns': 'f0,f1' })).toBe(
    'logreg.onnx: its input input float32 Nx3 takes 3 features a row; eval.csv has 2 feature columns (f0, f1)'
  );
  expect(await problemOf({ ...base, model: 'two-inputs.onnx' })).toBe(
    'two-inputs.onnx: model inputs a, b; eval columns f0, f1, f2: a, b are missing (a model with several inputs takes one eval column per input, by name)'
  );
  write('text.csv', 'f0,f1,f2,group,label\n1,2,3,a,1\n1,two,3,a,0\n');
  expect(await problemOf({ ...base, model: 'logreg.onnx', 'eval-data': 'text.csv' })).toBe(
    'text.csv: line 3: feature column "f1": "two" is not a number (a missing value is empty or NaN)'
  );
  write('fraction.csv', 'f0,f1,f2,group,label\n1,2,3.5,a,1\n');
  expect(await problemOf({ ...base, model: 'columns.onnx', 'eval-data': 'fraction.csv' })).toMatch(
    /^fraction.csv: line 2: feature column "f2": "3.5" is not an integer/
  );
  write('empty.csv', 'f0,f1,f2,group,label\n');
  expect(await problemOf({ ...base, model: 'logreg.onnx', 'eval-data': 'empty.csv' })).toBe(
    'empty.csv: no rows: expected at least one row to score the model on'
  );
  write('signs.csv', ['x,group,label', ...Array.from({ length: 10 }, (_, i) => `${i % 4 === 1 ? -1 : i},a,${i % 2}`)].join('\n'));
  expect(await problemOf({ ...base, model: 'nan.onnx', 'eval-data': 'signs.csv', 'scoring-batch-size': '3' })).toBe(
    'nan.onnx: its output score is NaN or infinite on 3 of 10 rows of signs.csv (the first on line 3)'
  );
  expect(await problemOf({ ...base, model: 'raw.onnx', 'eval-data': 'signs.csv' })).toMatch(
    /^raw.onnx: its output score is outside \[0, 1\] on 9 of 10 rows of signs.csv \(the first on line 3\)/
  );
  expect(await problemOf({ ...base, model: 'zipmap.onnx' })).toMatch(/^zipmap.onnx: its output output_probability is not a tensor .* zipmap=False/);
});

test('a run that stops on bad input after scoring writes no predictions-out and leaves no temporary file', async () => {
  // ids of this run's own, so that another test file's scoring, going on meanwhile, is not mistaken for a leak
  const marker = `stop-${basename(dir)}-`;
  write('stop.csv', ['id,f0,f1,f2,group,label', ...rows.map((r) => `${marker}${r.id},${r.f0},${r.f1},${r.f2},${r.group},${r.label}`)].join('\n'));
  const options = {
    ...parseOptions({ ...base, 'eval-data': 'stop.csv', model: 'logreg.onnx', 'predictions-out': 'stopped/scored.csv', release: 'missing.yml' }, cliLabel),
    latency: undefined
  };
  await expect(prepareGateRun(options, dir, { manifestsDir: 'manifests' })).rejects.toThrow(/missing\.yml/);
  expect(existsSync(join(dir, 'stopped'))).toBe(false);
  const leaked = readdirSync(tmpdir())
    .filter((name) => name.startsWith('model-gate-scores-'))
    .filter((name) => {
      try {
        return readFileSync(join(tmpdir(), name, 'candidate.csv'), 'utf8').includes(marker);
      } catch {
        return false;
      }
    });
  expect(leaked).toEqual([]);
});

test('a model with a single score spells its negative predictions as the labels do, even when the first rows are all positive', async () => {
  write('words.csv', ['x,group,label', '0.1,a,yes', '0.2,a,yes', '0.3,b,yes', '0.9,b,no', '2,a,no'].join('\n'));
  await load({ ...base, model: 'nan.onnx', 'eval-data': 'words.csv', 'positive-label': 'yes', 'scoring-batch-size': '2', 'predictions-out': 'words-out.csv' });
  expect(
    readFileSync(join(dir, 'words-out.csv'), 'utf8')
      .split('\n')
      .map((line) => line.split(',')[1])
  ).toEqual(['prediction', 'no', 'no', 'no', 'no', 'yes', undefined]);
});

test('options: eval-data needs a model, excludes predictions; the scoring options need eval-data and are bounded', () => {
  const error = (flags: RawOptions): string => {
    try {
      parseOptions(flags, cliLabel);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  expect(error({ 'eval-data': 'e.csv' })).toBe('--eval-data: needs --model: the ONNX model to score on these rows');
  expect(error({ 'eval-data': 'e.csv', model: 'm.onnx', predictions: 'p.csv' })).toMatch(/^--eval-data: give --eval-data .* or --predictions .*, not both/);
  expect(error({ model: 'm.onnx', threshold: '0.3' })).toBe('--threshold: applies to --eval-data: the rows to score the model on');
  expect(error({ 'eval-data': 'e.csv', model: 'm.onnx', threshold: '1.5', 'scoring-batch-size': '0' })).toBe(
    '--scoring-batch-size: expected an integer from 1 to 1048576, got "0"\n--threshold: expected a probability between 0 and 1, got "1.5"'
  );
  expect(error({ 'eval-data': 'e.csv', model: 'm.onnx', 'predictions-out': 'e.csv' })).toMatch(/^--predictions-out: is "e.csv", an input of the run/);
  const options = parseOptions({ 'eval-data': 'e.csv', model: 'm.onnx', 'sensitive-features': 'g' }, cliLabel);
  expect(options.scoring).toMatchObject({ evalData: 'e.csv', model: 'm.onnx', labelColumn: 'label', batchSize: 1024, threshold: 0.5, threads: 1 });
});

test('a metrics file naming another model SHA-256 is refused', () => {
  const model = { path: 'm.onnx', sha256: 'ab'.repeat(32) };
  expect(() => checkModelDigest('AB'.repeat(32), 'metrics.json', model)).not.toThrow();
  expect(() => checkModelDigest('cd'.repeat(32), 'metrics.json', model)).toThrow(
    `metrics.json: /model/sha256: is ${'cd'.repeat(32)}, but m.onnx has SHA-256 ${'ab'.repeat(32)}: these metrics are not from this model`
  );
});
