import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { commandHelp, globalHelp } from '../../src/options/help.js';
import { cliLabel, flagOf, optionsOf } from '../../src/options/table.js';
import { ROOT } from '../support/fixtures.js';
import { assertDistFresh } from '../../scripts/source-hash.mjs';

// these tests run the bundles: a stale dist/ must fail them, not be tested in place of src/
beforeAll(() => assertDistFresh());

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('model-gate CLI', () => {
  test('evaluate prints a readable result and exits 0 when the release may go on', async () => {
    const { code, out } = await cli([
      'evaluate',
      '--metrics',
      'examples/metrics.json',
      '--baseline',
      'examples/baseline.json',
      '--gates',
      'examples/model-gates.yml',
      '--current-weight',
      '10'
    ]);
    expect(code).toBe(0);
    expect(out).toContain('model-gate advance: canary 10% → 25%');
    expect(out).toMatch(/PASS\s+accuracy max_drop\s+0\.94\s+≥ 0\.926 \(baseline 0\.936 − 0\.01\)\s+0\.936\s+\+0\.004\s+block/);
  });

  test('--json prints the report and --report writes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'model-gate-cli-'));
    const { code, out } = await cli(['evaluate', '--metrics', 'examples/flat-metrics.json', '--json', '--report', join(dir, 'r.json')]);
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed).toMatchObject({ decision: 'advance', canaryWeight: 10 });
    expect(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'))).toEqual(printed);
  });

  test('--format markdown prints the pull-request comment for other commenters; with --json it is bad input', async () => {
    const { code, out } = await cli(['evaluate', '--metrics', 'examples/metrics.json', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(out).toMatch(/^## ✅ model-gate advance: canary 0% → 10%\n/);
    expect(out).toContain('| Status | Gate | Value | Threshold | Baseline | Δ | Severity |');
    const both = await cli(['evaluate', '--metrics', 'examples/metrics.json', '--format', 'markdown', '--json']);
    expect(both).toMatchObject({ code: 2, err: expect.stringContaining('--format: markdown and --json ask for two outputs: give one') });
  });

  test('exits 1 on rollback and 2 on bad input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'model-gate-cli-'));
    await writeFile(join(dir, 'bad.json'), '{"accuracy": 0.5}');
    await writeFile(join(dir, 'broken.json'), '{"accuracy": 1.7}');
    expect((await cli(['evaluate', '--metrics', 'bad.json'], dir)).code).toBe(1);
    expect((await cli(['evaluate', '--metrics', 'bad.json', '--fail-on', 'never'], dir)).code).toBe(0);
    const broken = await cli(['evaluate', '--metrics', 'broken.json'], dir);
    expect(broken).toMatchObject({ code: 2, out: '' });
    expect(broken.err).toContain('broken.json: /accuracy: expected a proportion between 0 and 1, got 1.7');
  });

  test('unknown options, commands and missing values are bad input', async () => {
    expect(await cli(['evaluate', '--metrics', 'examples/metrics.json', '--bogus'])).toMatchObject({
      code: 2,
      err: expect.stringContaining("Unknown option '--bogus'")
    });
    expect(await cli(['deploy'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "deploy"') });
    expect(await cli(['evaluate'])).toMatchObject({ code: 2, err: expect.stringContaining('--metrics: required') });
    expect(await cli(['evaluate', '--metrics', 'examples/metrics.json', '--current-weight', '101'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--current-weight: expected an integer percentage between 0 and 100, or auto, got 101')
    });
  });

  test('--help lists the commands; COMMAND --help documents every option the command takes', async () => {
    const global = await cli(['--help']);
    expect(global).toMatchObject({ code: 0, out: globalHelp() });
    for (const command of ['evaluate', 'bench', 'synth', 'lint', 'summarize'] as const) expect(global.out).toContain(`  ${command} `);
    for (const command of ['evaluate', 'bench', 'synth', 'lint', 'summarize'] as const) {
      const { code, out } = await cli([command, '--help']);
      expect({ code, out }).toEqual({ code: 0, out: commandHelp(command) });
      for (const name of optionsOf(command)) expect(out).toContain(`  ${cliLabel(name)}`);
    }
    const evaluate = (await cli(['evaluate', '--help'])).out;
    for (const flag of ['--metrics', '--baseline', '--gates', '--current-weight', '--canary-steps', '--fail-on', '--report', '--json'])
      expect(evaluate).toContain(flag);
    expect(evaluate).toContain('--format FORMAT');
    expect(flagOf('report-path')).toBe('report');
  });

  test('the bundled dist/cli.js is what `npx model-gate` runs, with the same exit codes', () => {
    const pkg = JSON.parse(spawnSync('cat', ['package.json'], { cwd: ROOT, encoding: 'utf8' }).stdout);
    expect(pkg.bin['model-gate']).toBe('dist/cli.js');
    expect(spawnSync('head', ['-n1', 'dist/cli.js'], { cwd: ROOT, encoding: 'utf8' }).stdout).toBe('#!/usr/bin/env node\n');
    const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    expect(run(['evaluate', '--metrics', 'examples/metrics.json']).status).toBe(0);
    expect(run(['evaluate', '--metrics', 'examples/missing.json']).status).toBe(2);
  });

  test('a worker started early for a large file that is then read in one pass does not keep the CLI running', async () => {
    // 35 MB (over 32 MiB), and a quoted header: planned in parts by its size, read in one pass for its quote
    const dir = await mkdtemp(join(tmpdir(), 'model-gate-warm-'));
    const pad = 'x'.repeat(1000);
    const rows = Array.from({ length: 35_000 }, (_, i) => `${i % 7},${(i + 1) % 7},${pad}\n`).join('');
    await writeFile(join(dir, 'quoted.csv'), `"label",prediction,pad\n${rows}`);
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'evaluate', '--predictions', 'quoted.csv', '--task', 'regression', '--gates', 'gates: {samples: {min: 1}}', '--json'],
      { cwd: dir, encoding: 'utf8', timeout: 60_000 }
    );
    expect({ status: run.status, signal: run.signal }).toEqual({ status: 0, signal: null });
    expect(JSON.parse(run.stdout).metrics.samples.value).toBe(35_000);
  });
});
