// `npm run bench`: every benchmark, one after the other; each prints its own figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const benches = [
  [process.execPath, [here('./cold-start.mjs')]],
  [process.execPath, [here('./predictions.mjs')]],
  [process.execPath, [here('./kinds.mjs')]],
  [process.execPath, [here('../../node_modules/tsx/dist/cli.mjs'), here('./onnx-latency.ts')]],
  [process.execPath, [here('../../node_modules/tsx/dist/cli.mjs'), here('./canary-analysis.ts')]],
  [process.execPath, [here('../../node_modules/tsx/dist/cli.mjs'), here('./scoring.ts')]]
];
let failed = false;
for (const [command, args] of benches) {
  console.log('');
  const run = spawnSync(command, args, { stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exitCode = failed ? 1 : 0;
