/** @jest-environment ./test/measure/onnxruntime-environment.cjs */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { loadOnnxRuntime, sessionOptions, type Feeds, type Ort } from '../../src/measure/session.js';
import { readJson, ROOT } from '../support/fixtures.js';

// The models and reference values test/reference/scoring.py writes (`npm run reference`): the models,
// run by onnxruntime-node on eval.csv, give scikit-learn's probabilities and labels.

interface ModelReference {
  classifier: 'logreg' | 'forest' | null;
  sha256: string;
  inputs: { name: string; type: string; shape: (string | number)[] }[];
  outputs: { name: string; type: string; shape?: (string | number)[] }[];
  nan_rows?: number;
  nan_ids?: string[];
}
interface Expected {
  eval: { file: string; sha256: string; rows: number; features: string[] };
  classifiers: Record<string, { probabilities: number[]; labels: string }>;
  models: Record<string, ModelReference>;
}

const DIR = 'test/fixtures/scoring';
const expected = readJson<Expected>(`${DIR}/expected.json`);
const TOLERANCE = 1e-6;

interface Table {
  ids: string[];
  columns: Record<string, Float32Array>;
  rows: Float32Array;
}

/** eval.csv's feature columns, and the features row by row ([N, 6]). No quoting: the file has none. */
function readTable(): Table {
  const [header, ...lines] = readFileSync(join(ROOT, expected.eval.file), 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  const features = expected.eval.features;
  const columns = Object.fromEntries(features.map((f) => [f, new Float32Array(lines.length)]));
  const rows = new Float32Array(lines.length * features.length);
  const ids: string[] = [];
  lines.forEach((line, r) => {
    const cells = line.split(',');
    ids.push(cells[names.indexOf('id')]!);
    features.forEach((f, c) => {
      const value = Number(cells[names.indexOf(f)]);
      columns[f]![r] = value;
      rows[r * features.length + c] = value;
    });
  });
  return { ids, columns, rows };
}

const table = readTable();
const N = table.ids.length;
let ort: Ort;
const sessions: InferenceSession[] = [];

async function open(model: string): Promise<InferenceSession> {
  const session = await ort.InferenceSession.create(join(ROOT, DIR, model), sessionOptions(1));
  sessions.push(session);
  return session;
}

function rowFeeds(): Feeds {
  return { input: new ort.Tensor('float32', table.rows, [N, expected.eval.features.length]) };
}

/** Column `column` of a [N, width] float tensor. */
function column(tensor: Tensor, width: number, column: number): number[] {
  expect(tensor.dims).toEqual([N, width]);
  const data = tensor.data as Float32Array;
  return Array.from({ length: N }, (_, r) => data[r * width + column]!);
}

function labels(tensor: Tensor): string {
  expect(tensor.type).toBe('int64');
  expect(tensor.dims).toEqual([N]);
  return Array.from(tensor.data as BigInt64Array, String).join('');
}

function expectClose(actual: number[], reference: number[]): void {
  expect(actual).toHaveLength(reference.length);
  const worst = Math.max(...actual.map((p, i) => Math.abs(p - reference[i]!)));
  expect(worst).toBeLessThan(TOLERANCE);
}

beforeAll(async () => {
  ort = await loadOnnxRuntime();
});
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.release()));
});

test('the committed files are the ones expected.json describes', () => {
  expect(N).toBe(expected.eval.rows);
  for (const file of [expected.eval.file, ...Object.keys(expected.models).map((m) => `${DIR}/${m}`)]) {
    const digest = createHash('sha256')
      .update(readFileSync(join(ROOT, file)))
      .digest('hex');
    const reference = file === expected.eval.file ? expected.eval.sha256 : expected.models[file.slice(DIR.length + 1)]!.sha256;
    expect({ file, digest }).toEqual({ file, digest: reference });
    if (file.endsWith('.onnx')) expect(readFileSync(join(ROOT, file)).length).toBeLessThan(4096);
  }
});

test.each(Object.keys(expected.models))('%s has the inputs and outputs expected.json lists', async (model) => {
  const session = await open(model);
  const { inputs, outputs } = expected.models[model]!;
  expect(session.inputMetadata.map((m) => (m.isTensor ? { name: m.name, type: m.type, shape: m.shape } : m.name))).toEqual(inputs);
  expect(session.outputMetadata.map((m) => (m.isTensor ? { name: m.name, type: m.type, shape: m.shape } : { name: m.name, type: 'non-tensor' }))).toEqual(
    outputs.map((o) => (o.shape ? o : { name: o.name, type: 'non-tensor' }))
  );
});

test.each(['logreg.onnx', 'forest.onnx'])("%s gives scikit-learn's probabilities and labels on every row, in one batch", async (model) => {
  const reference = expected.classifiers[expected.models[model]!.classifier!]!;
  const outputs = await (await open(model)).run(rowFeeds());
  expectClose(column(outputs.output_probability!, 2, 1), reference.probabilities);
  expectClose(
    column(outputs.output_probability!, 2, 0),
    reference.probabilities.map((p) => 1 - p)
  );
  expect(labels(outputs.output_label!)).toBe(reference.labels);
});

test('logreg-columns.onnx takes one input per column and gives the positive class probability alone', async () => {
  const feeds: Feeds = Object.fromEntries(expected.eval.features.map((f) => [f, new ort.Tensor('float32', table.columns[f]!, [N, 1])]));
  const outputs = await (await open('logreg-columns.onnx')).run(feeds);
  expect(Object.keys(outputs)).toEqual(['probability']);
  const probabilities = column(outputs.probability!, 1, 0);
  expectClose(probabilities, expected.classifiers.logreg!.probabilities);
  expect(probabilities.map((p) => (p >= 0.5 ? '1' : '0')).join('')).toBe(expected.classifiers.logreg!.labels);
});

describe('forest-zipmap.onnx (probabilities as a sequence of maps)', () => {
  test('onnxruntime-node cannot return the sequence of maps: a run fetching it throws', async () => {
    const session = await open('forest-zipmap.onnx');
    await expect(session.run(rowFeeds())).rejects.toThrow('Non tensor type is temporarily not supported.');
    await expect(session.run(rowFeeds(), ['output_probability'])).rejects.toThrow('Non tensor type is temporarily not supported.');
  });

  test('a run fetching only output_label works and gives the forest labels', async () => {
    const outputs = await (await open('forest-zipmap.onnx')).run(rowFeeds(), ['output_label']);
    expect(Object.keys(outputs)).toEqual(['output_label']);
    expect(labels(outputs.output_label!)).toBe(expected.classifiers.forest!.labels);
  });
});

test("nan-rows.onnx gives NaN probabilities on the rows expected.json names, and logreg's elsewhere", async () => {
  const reference = expected.models['nan-rows.onnx']!;
  const outputs = await (await open('nan-rows.onnx')).run(rowFeeds());
  const positive = column(outputs.output_probability!, 2, 1);
  const nanIds = table.ids.filter((_, r) => Number.isNaN(positive[r]));
  expect(reference.nan_rows).toBeGreaterThan(0);
  expect(nanIds).toHaveLength(reference.nan_rows!);
  expect(nanIds).toEqual(reference.nan_ids);
  const logreg = expected.classifiers.logreg!.probabilities;
  expectClose(
    positive.filter((p) => !Number.isNaN(p)),
    logreg.filter((_, r) => !Number.isNaN(positive[r]))
  );
});

test('two-inputs.onnx runs on an image and tokens, inputs no table column can feed', async () => {
  const session = await open('two-inputs.onnx');
  const outputs = await session.run({
    image: new ort.Tensor('float32', new Float32Array(2 * 3 * 8 * 8).fill(0.5), [2, 3, 8, 8]),
    tokens: new ort.Tensor('int64', new BigInt64Array(2 * 16).fill(1n), [2, 16])
  });
  expect(outputs.score!.dims).toEqual([2]);
  await expect(session.run(rowFeeds())).rejects.toThrow(/input/);
});
