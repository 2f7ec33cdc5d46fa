// `npm run demo`: runs the Action's main job (dist/index.js) on examples/ exactly as the GitHub
// runner would, then prints the step's log, its outputs and the job summary it wrote.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanUp, runAction } from './run-action.mjs';

const result = await runAction({
  inputs: {
    metrics: 'examples/metrics.json',
    baseline: 'examples/baseline.json',
    gates: 'examples/model-gates.yml',
    'current-weight': '10',
    release: 'examples/release.yaml'
  }
});

const rule = (title) => `\n──── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}\n`;
process.stdout.write(rule('step log (stdout)') + result.stdout);
if (result.stderr) process.stdout.write(rule('stderr') + result.stderr);
process.stdout.write(rule('outputs (GITHUB_OUTPUT)'));
for (const [name, value] of Object.entries(result.outputs)) process.stdout.write(`${name}=${value}\n`);
process.stdout.write(rule('job summary (GITHUB_STEP_SUMMARY)') + result.summary);
if (result.outputs.manifests) {
  for (const file of await readdir(result.outputs.manifests)) {
    process.stdout.write(rule(`manifests: ${file}`) + (await readFile(join(result.outputs.manifests, file), 'utf8')));
  }
}
process.stdout.write(rule(`exit code ${result.exitCode}`));
await cleanUp(result);
process.exitCode = result.exitCode;
