import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertDistFresh } from '../scripts/source-hash.mjs';
import { startPrometheus, type RunningServer } from './support/prometheus.js';
import { ROOT } from './support/fixtures.js';

// Every `npx model-gate …` command of the README's sh blocks, run as written, in order (a later one
// reads what an earlier one wrote), from a copy of examples/: `npx model-gate` is the bundled CLI,
// and a local Prometheus stands in for the README's prometheus.istio-system.

const README_PROMETHEUS = 'http://prometheus.istio-system:9090';

/** The commands of the README's sh blocks that start with `npx model-gate`, continuation lines joined. */
function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const [, block] of markdown.matchAll(/^```sh\n(.*?)^```/gms)) {
    let current: string[] = [];
    for (const line of (block as string).split('\n')) {
      if (current.length === 0 && !line.startsWith('npx model-gate ')) continue;
      current.push(line);
      if (!line.endsWith('\\')) {
        commands.push(current.join('\n'));
        current = [];
      }
    }
  }
  return commands;
}

const commands = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
let prometheus: RunningServer;
let workspace: string;

beforeAll(async () => {
  await assertDistFresh();
  prometheus = await startPrometheus();
  workspace = mkdtempSync(join(tmpdir(), 'model-gate-readme-'));
  cpSync(join(ROOT, 'examples'), join(workspace, 'examples'), { recursive: true });
  const gates = join(workspace, 'examples/canary-gates.yml');
  writeFileSync(gates, readFileSync(gates, 'utf8').replaceAll(README_PROMETHEUS, prometheus.url));
}, 30_000);
afterAll(async () => {
  await prometheus?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

test('the README has its commands where this test finds them', () => {
  expect(commands.length).toBeGreaterThanOrEqual(20);
  expect(commands.filter((c) => c.includes('\n'))).toHaveLength(2);
});

test.each(commands.map((command) => [command.split('\n')[0]!.slice(0, 120), command]))('%s', (_title, command) => {
  const script = `npx() { shift; node "${join(ROOT, 'dist/cli.js')}" "$@"; }\n${command.replaceAll(README_PROMETHEUS, prometheus.url)}`;
  const run = spawnSync('bash', ['-c', script], {
    cwd: workspace,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', PROMETHEUS_TOKEN: 'readme-token' },
    timeout: 60_000
  });
  // 0: the release may go on; 1: the gates block it (the examples include failing models); never bad input or a crash
  expect(run.stderr).not.toMatch(/bad input|unexpected/);
  expect([0, 1]).toContain(run.status);
  expect(run.stdout.length + run.stderr.length).toBeGreaterThan(0);
});
