import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_OUTPUTS } from '../../src/action/main.js';
import { ACTION_INPUTS, OPTIONS } from '../../src/options/table.js';

interface ActionYml {
  runs: { using: string; main: string };
  branding: object;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** action.yml must be valid YAML that GitHub accepts, and say exactly what the code reads and writes. */
const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const source = ['src/action/main.ts', 'src/action/publish.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');
const table = OPTIONS as Record<string, { default?: string }>;

test('runs dist/index.js on node24, with branding', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  expect(action.branding).toBeDefined();
});

test("declares every input of the options table, and nothing else, with the table's defaults", () => {
  expect(Object.keys(action.inputs).sort()).toEqual([...ACTION_INPUTS].sort());
  for (const [name, input] of Object.entries(action.inputs)) {
    expect({ name, default: input.default === undefined ? undefined : String(input.default) }).toEqual({ name, default: table[name]?.default });
    expect({ name, described: input.description.length > 20 }).toEqual({ name, described: true });
  }
  // inputs are read from the table only
  expect(source).not.toMatch(/core\.getInput\('/);
});

test('declares every output the Action sets', () => {
  // outputs go through setOutputs, typed by ACTION_OUTPUTS: no name is set anywhere else
  expect(source).not.toMatch(/core\.setOutput\('/);
  expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
});

test('leaves canary-steps without a default, so the gates file can set the steps', () => {
  expect(action.inputs['canary-steps']?.default).toBeUndefined();
  expect(action.inputs.metrics?.required).toBe(false);
});

test('every workflow is valid YAML and uses only the inputs the Action has', () => {
  const files = readdirSync('.github/workflows').filter((name) => /\.ya?ml$/.test(name));
  expect(files).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'model-release.yml', 'canary-watch.yml']));
  let uses = 0;
  for (const file of files.map((name) => join('.github/workflows', name))) {
    const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.uses === './')) {
        uses++;
        expect({ file, unknown: Object.keys(step.with ?? {}).filter((name) => !(name in action.inputs)) }).toEqual({ file, unknown: [] });
      }
    }
  }
  expect(uses).toBeGreaterThan(2);
});
