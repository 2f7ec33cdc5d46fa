// Cold start of the Action: `node dist/index.js` on the bundled example, started the way the
// runner starts it, against a bare `node -e 0`. Goal: under 3× the bare start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_ENTRY } from '../run-action.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const temp = mkdtempSync(join(tmpdir(), 'model-gate-bench-'));
const env = {
  PATH: process.env.PATH,
  RUNNER_TEMP: temp,
  GITHUB_OUTPUT: join(temp, 'output'),
  GITHUB_STEP_SUMMARY: join(temp, 'summary'),
  INPUT_METRICS: 'examples/metrics.json',
  INPUT_BASELINE: 'examples/baseline.json',
  INPUT_GATES: 'examples/model-gates.yml',
  'INPUT_CURRENT-WEIGHT': '10'
};

function time(args) {
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const bare = [];
const action = [];
time(['-e', '0']);
time([ACTION_ENTRY]);
for (let i = 0; i < RUNS; i++) {
  // interleaved, so drift in machine load hits both alike
  bare.push(time(['-e', '0']));
  action.push(time([ACTION_ENTRY]));
}
const ratio = median(action) / median(bare);
console.log('cold start (median of %d interleaved runs)', RUNS);
console.log('  node -e 0            %s ms', median(bare).toFixed(1));
console.log('  node dist/index.js   %s ms  (example: metrics, baseline, gates file)', median(action).toFixed(1));
console.log('  ratio                %s×  (goal < 3×) %s', ratio.toFixed(2), ratio < 3 ? 'ok' : 'OVER GOAL');
