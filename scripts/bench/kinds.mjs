// `npm run bench` (part): 10 million rows of a multiclass classifier (5 classes) and of a
// regression, CSV, through the bundled CLI against pandas doing the same work (read the CSV,
// the metrics, the per-group metrics) side by side; and the 10 million binary rows of
// predictions.mjs as Parquet against CSV. Goals (issue 14): at most 1/3 of pandas' time and
// under 150 MB peak RSS.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { random } from './random.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const runner = new URL('./with-resource-usage.mjs', import.meta.url).pathname;

function generate(file, header, row) {
  if (existsSync(file)) return;
  const fd = openSync(`${file}.partial`, 'w');
  writeSync(fd, `${header}\n`);
  for (let start = 0; start < ROWS; start += 100_000) {
    let text = '';
    for (let i = start; i < Math.min(ROWS, start + 100_000); i++) text += `${row()}\n`;
    writeSync(fd, text);
  }
  closeSync(fd);
  renameSync(`${file}.partial`, file);
}

const classes = ['ant', 'bee', 'cat', 'dog', 'eel'];
const sexes = ['f', 'm'];
const regions = ['north', 'south', 'east', 'west'];
const multiclass = join(tmpdir(), `model-gate-bench-multiclass-${ROWS}.csv`);
const regression = join(tmpdir(), `model-gate-bench-regression-${ROWS}.csv`);
const next = random(0x2545f491);
generate(multiclass, 'label,prediction,sex,region', () => {
  const label = classes[Math.floor(next() * 5)];
  const prediction = next() < 0.7 ? label : classes[Math.floor(next() * 5)];
  return `${label},${prediction},${sexes[next() < 0.45 ? 0 : 1]},${regions[Math.floor(next() * 4)]}`;
});
generate(regression, 'label,prediction,sex,region', () => {
  const label = 50 + (next() - 0.5) * 40;
  return `${label.toFixed(3)},${(label + (next() - 0.5) * 8).toFixed(3)},${sexes[next() < 0.45 ? 0 : 1]},${regions[Math.floor(next() * 4)]}`;
});

const PANDAS = {
  multiclass: `
import sys, numpy as np, pandas as pd
d = pd.read_csv(sys.argv[1], dtype={"label": "category", "prediction": "category", "sex": "category", "region": "category"})
y, p = d["label"].astype(str), d["prediction"].astype(str)
labels = sorted(set(y.unique()) | set(p.unique()))
m = pd.crosstab(y, p).reindex(index=labels, columns=labels, fill_value=0).to_numpy()
tp = np.diag(m); support = m.sum(axis=1); predicted = m.sum(axis=0)
precision = np.where(predicted > 0, tp / np.maximum(predicted, 1), 0); recall = np.where(support > 0, tp / np.maximum(support, 1), 0)
f1 = np.where(precision + recall > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-300), 0)
out = {"accuracy": tp.sum() / m.sum(), "balanced_accuracy": recall[support > 0].mean(), "f1_macro": f1.mean()}
for f in ["sex", "region"]:
    acc = (y == p).groupby(d[f], observed=True).mean(); out[f] = acc.max() - acc.min()
print(out)`,
  regression: `
import sys, numpy as np, pandas as pd
d = pd.read_csv(sys.argv[1], dtype={"sex": "category", "region": "category"})
y, p = d["label"].to_numpy(), d["prediction"].to_numpy(); e = p - y
out = {"mae": np.abs(e).mean(), "mse": (e * e).mean(), "r2": 1 - (e * e).sum() / ((y - y.mean()) ** 2).sum(),
       "mape": (np.abs(e) / np.maximum(np.abs(y), np.finfo(float).eps)).mean(), "median": np.median(np.abs(e)), "max": np.abs(e).max()}
for f in ["sex", "region"]:
    mae = pd.Series(np.abs(e)).groupby(d[f], observed=True).mean(); out[f] = mae.max() - mae.min()
print(out)`
};

function timed(command, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`${command} exited ${run.status}: ${run.stderr}`);
  return { seconds, run };
}

function modelGate(file, task) {
  const { seconds, run } = timed(process.execPath, [
    runner,
    'evaluate',
    '--predictions',
    file,
    '--task',
    task,
    '--sensitive-features',
    'sex,region',
    '--gates',
    'gates: {samples: {min: 1}}',
    '--json'
  ]);
  const { maxRssKiB } = JSON.parse(run.stderr.trim().split('\n').pop());
  return { seconds, rssMB: (maxRssKiB * 1024) / 1e6 };
}

const RUNS = 5;

/** The median of `values`. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

function pandas(file, task) {
  const { seconds, run } = timed('/usr/bin/time', ['-f', '%M', '/usr/bin/python3', '-c', PANDAS[task], file]);
  return { seconds, rssMB: (Number(run.stderr.trim().split('\n').pop()) * 1024) / 1e6 };
}

console.log(`every kind of model: ${ROWS.toLocaleString('en-US')} rows, CSV, two sensitive features (bundled CLI; pandas ${'1.5'} with numpy)`);
for (const [task, file] of [
  ['multiclass', multiclass],
  ['regression', regression]
]) {
  // alternated, each of our runs beside one of pandas' (this machine's speed drifts over minutes, and
  // a pair run back to back meets the same speed); a first pair warms up (the file's pages, the
  // memory the last task's pandas freed) and is not counted
  const mine = [];
  const theirs = [];
  modelGate(file, task);
  pandas(file, task);
  for (let run = 0; run < RUNS; run++) {
    mine.push(modelGate(file, task));
    theirs.push(pandas(file, task));
  }
  const ratios = mine.map((ours, run) => ours.seconds / theirs[run].seconds);
  const time = (runs) => median(runs.map((run) => run.seconds));
  // the goal holds when both summaries meet it: the ratio of the medians, and the pairs' median ratio
  const ratio = Math.max(median(ratios), time(mine) / time(theirs));
  const rssMB = Math.max(...mine.map((run) => run.rssMB));
  const percent = (value) => `${(value * 100).toFixed(0)}%`;
  console.log(
    `  ${task}: model-gate ${time(mine).toFixed(2)} s, ${rssMB.toFixed(0)} MB; pandas ${time(theirs).toFixed(2)} s, ${median(theirs.map((run) => run.rssMB)).toFixed(0)} MB ` +
      `(medians of ${RUNS}, after a pair not counted); ${percent(time(mine) / time(theirs))} of pandas' time, and the median of ${RUNS} pairs ` +
      `${percent(median(ratios))} (${ratios.map(percent).join(', ')}); goal ≤ 33% ${ratio <= 1 / 3 ? 'ok' : 'NOT MET'}, < 150 MB ${rssMB < 150 ? 'ok' : 'NOT MET'}`
  );
}

const binary = join(tmpdir(), `model-gate-bench-predictions-v2-${ROWS}.csv`);
if (existsSync(binary)) {
  const parquet = binary.replace(/\.csv$/, '.parquet');
  // converted in a child process: a forked child's peak RSS starts at its parent's
  if (!existsSync(parquet)) {
    const script = `const { DuckDBInstance } = await import('@duckdb/node-api'); const duck = await (await DuckDBInstance.create(':memory:')).connect(); await duck.run(process.argv[1]);`;
    timed(process.execPath, [
      '--input-type=module',
      '-e',
      script,
      `COPY (SELECT * FROM read_csv('${binary}')) TO '${parquet}' (FORMAT parquet, COMPRESSION snappy)`
    ]);
  }
  const csv = modelGate(binary, 'binary');
  const pq = modelGate(parquet, 'binary');
  console.log(
    `  binary, the same rows: CSV ${csv.seconds.toFixed(2)} s, ${csv.rssMB.toFixed(0)} MB; Parquet (Snappy) ${pq.seconds.toFixed(2)} s, ${pq.rssMB.toFixed(0)} MB`
  );
} else console.log('  binary as Parquet: run predictions.mjs first, which writes the CSV');
