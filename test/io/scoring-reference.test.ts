/** @jest-environment ./test/measure/onnxruntime-environment.cjs */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/model/report.js';
import { readJson, ROOT } from '../support/fixtures.js';

// Models trained with scikit-learn and exported by hand (test/reference/scoring.py): model-gate's
// scored metrics and fairness numbers equal scikit-learn's on the same rows (test/fixtures/scoring/).

interface Expected {
  classifiers: Record<
    'logreg' | 'forest',
    {
      metrics: Record<'accuracy' | 'precision' | 'recall' | 'f1' | 'roc_auc' | 'log_loss', number> & { counts: Record<'tp' | 'fp' | 'tn' | 'fn', number> };
      groups: Record<string, { count: number; selection_rate: number; true_positive_rate: number; false_positive_rate: number; accuracy: number }>;
      fairness: Record<'demographic_parity_difference' | 'demographic_parity_ratio' | 'equalized_odds_difference' | 'equalized_odds_ratio', number>;
    }
  >;
  models: Record<string, { sha256: string; nan_rows?: number }>;
  eval: { sha256: string; rows: number };
}

const expected = readJson<Expected>('test/fixtures/scoring/expected.json');
const DIR = 'test/fixtures/scoring';
const GATES = 'gates:\n  accuracy: {min: 0.5}\n  demographic_parity_ratio: {min: 0.1}';

async function score(model: string, evalData = `${DIR}/eval.csv`): Promise<{ code: number; report?: Report; err: string }> {
  let out = '';
  let err = '';
  const args = [
    'evaluate',
    '--model',
    `${DIR}/${model}`,
    '--eval-data',
    evalData,
    '--sensitive-features',
    'group',
    '--gates',
    GATES,
    '--latency-iterations',
    '5',
    '--json',
    '--fail-on',
    'never'
  ];
  const code = await main(args, { cwd: ROOT, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, ...(code === 0 ? { report: JSON.parse(out) as Report } : {}), err };
}

describe.each([
  ['logreg.onnx', 'logreg'],
  ['logreg-columns.onnx', 'logreg'],
  ['forest.onnx', 'forest']
] as const)('%s scored on eval.csv', (model, classifier) => {
  let report: Report;
  beforeAll(async () => {
    const run = await score(model);
    expect(run.err).not.toContain('bad input');
    report = run.report!;
  }, 60_000);
  const reference = expected.classifiers[classifier];

  test("scikit-learn's metrics, from the same predict_proba", () => {
    for (const name of ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'] as const) {
      expect({ name, value: report.metrics[name]!.value }).toEqual({ name, value: expect.closeTo(reference.metrics[name], 6) });
    }
    expect(report.metrics.samples!.value).toBe(expected.eval.rows);
  });

  test("Fairlearn's definitions per group and over the feature", () => {
    const feature = report.fairness.group!;
    if (feature.task !== 'binary') throw new Error('expected a binary feature');
    for (const [group, rates] of Object.entries(reference.groups)) {
      const mine = feature.groups[group]!;
      expect(mine.count).toBe(rates.count);
      for (const rate of ['selection_rate', 'true_positive_rate', 'false_positive_rate', 'accuracy'] as const)
        expect(mine[rate].value).toBeCloseTo(rates[rate], 9);
    }
    for (const name of ['demographic_parity_difference', 'demographic_parity_ratio', 'equalized_odds_difference', 'equalized_odds_ratio'] as const) {
      expect(report.fairness.group!.metrics[name]!.value).toBeCloseTo(reference.fairness[name], 9);
    }
  });

  test('the provenance names the files by their SHA-256', () => {
    expect(JSON.stringify(report.provenance)).toContain(expected.models[model]!.sha256);
    expect(JSON.stringify(report.provenance)).toContain(expected.eval.sha256);
  });
});

describe('models that cannot be scored say why', () => {
  test('a ZipMap output: re-export with zipmap=False', async () => {
    const { code, err } = await score('forest-zipmap.onnx');
    expect(code).toBe(2);
    expect(err).toMatch(/zipmap=False/);
  });

  test('NaN outputs are counted', async () => {
    const { code, err } = await score('nan-rows.onnx');
    expect(code).toBe(2);
    expect(err).toContain(String(expected.models['nan-rows.onnx']!.nan_rows));
  });

  test('two inputs unrelated to the table', async () => {
    const { code, err } = await score('two-inputs.onnx');
    expect(code).toBe(2);
    expect(err).toMatch(/image|tokens/);
  });
});

describe('metrics that name their model by its SHA-256', () => {
  async function withMetrics(sha256: string): Promise<{ code: number; err: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'model-gate-sha-'));
    await writeFile(join(dir, 'metrics.json'), JSON.stringify({ model: { name: 'logreg', sha256 }, metrics: { accuracy: 0.7335 } }));
    let err = '';
    const args = [
      'evaluate',
      '--metrics',
      join(dir, 'metrics.json'),
      '--model',
      `${DIR}/logreg.onnx`,
      '--eval-data',
      `${DIR}/eval.csv`,
      '--sensitive-features',
      'group',
      '--gates',
      GATES,
      '--latency-iterations',
      '5',
      '--fail-on',
      'never'
    ];
    const code = await main(args, { cwd: ROOT, stdout: () => undefined, stderr: (t) => (err += t) });
    await rm(dir, { recursive: true, force: true });
    return { code, err };
  }

  test('are refused for another model file', async () => {
    const { code, err } = await withMetrics('0'.repeat(64));
    expect(code).toBe(2);
    expect(err).toContain(
      `/model/sha256: is ${'0'.repeat(64)}, but ${DIR}/logreg.onnx has SHA-256 ${expected.models['logreg.onnx']!.sha256}: these metrics are not from this model`
    );
  });

  test('are taken for their own', async () => {
    expect((await withMetrics(expected.models['logreg.onnx']!.sha256.toUpperCase())).code).toBe(0);
  });
});

test('the summary and the text report name the scored files by their SHA-256', async () => {
  const { report } = await score('logreg.onnx');
  const { renderMarkdown } = await import('../../src/report/markdown.js');
  const { renderText } = await import('../../src/report/text.js');
  const short = expected.models['logreg.onnx']!.sha256.slice(0, 12);
  expect(renderText(report!)).toContain(
    `scored ${DIR}/logreg.onnx (SHA-256 ${short}…) on ${DIR}/eval.csv (SHA-256 ${expected.eval.sha256.slice(0, 12)}…), 2,000 rows, with onnxruntime-node`
  );
  expect(renderMarkdown(report!)).toContain(`<sub>Scored ${DIR}/logreg.onnx &#40;SHA-256 ${short}…&#41;`);
});

test('eval-data as Parquet (two row groups) scores to the same numbers as the CSV, and names its own SHA-256', async () => {
  const [fromCsv, fromParquet] = [await score('forest.onnx'), await score('forest.onnx', 'test/fixtures/parquet/scoring-eval.parquet')];
  expect(fromParquet.err).not.toContain('bad input');
  const values = (report: Report | undefined) =>
    Object.fromEntries(Object.entries(report!.metrics).flatMap(([name, m]) => (name.startsWith('latency_') ? [] : [[name, m.value]])));
  expect(values(fromParquet.report)).toEqual(values(fromCsv.report));
  expect(fromParquet.report!.fairness).toEqual(fromCsv.report!.fairness);
  expect(fromParquet.report!.provenance?.evalData).toMatchObject({ path: 'test/fixtures/parquet/scoring-eval.parquet', rows: expected.eval.rows });
  const parquetSha = createHash('sha256')
    .update(readFileSync(join(ROOT, 'test/fixtures/parquet/scoring-eval.parquet')))
    .digest('hex');
  expect(fromParquet.report!.provenance?.evalData.sha256).toBe(parquetSha);
});
