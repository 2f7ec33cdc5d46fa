import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/fixtures.js';
import { HOSTILE_NAMES, injectedCommands } from '../support/workflow-commands.js';
import { assertDistFresh } from '../../scripts/source-hash.mjs';

// Reports written by the bundled CLI's evaluate, summarized by the bundled CLI as `npx model-gate` runs it.

const example = (file: string): string => join(ROOT, 'examples', file);

function cli(args: readonly string[], cwd: string): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

let dir: string;

/** Runs evaluate in `dir` and keeps its JSON report as `name`. */
function evaluate(name: string, args: readonly string[], code: number): void {
  const run = cli(['evaluate', ...args, '--json'], dir);
  expect({ code: run.code, err: run.err }).toEqual({ code, err: '' });
  writeFileSync(join(dir, name), run.out);
}

beforeAll(async () => {
  // these tests run the bundles: a stale dist/ must fail them, not be tested in place of src/
  await assertDistFresh();
  dir = mkdtempSync(join(tmpdir(), 'model-gate-summarize-'));
  evaluate(
    'fraud.json',
    ['--metrics', example('metrics.json'), '--baseline', example('baseline.json'), '--gates', example('model-gates.yml'), '--current-weight', '10'],
    0
  );
  writeFileSync(join(dir, 'churn-metrics.json'), JSON.stringify({ model: { name: 'churn', version: '1.3.0' }, metrics: { accuracy: 0.71, samples: 5000 } }));
  evaluate('churn.json', ['--metrics', 'churn-metrics.json', '--current-weight', '25'], 1);
  evaluate('hold.json', ['--metrics', example('flat-metrics.json'), '--gates', 'gates:\n  accuracy: {min: 0.99, severity: warn}', '--current-weight', '25'], 0);
  // a run stopped on bad input writes a report whose decision is none
  writeFileSync(join(dir, 'broken-metrics.json'), '{"accuracy": 1.7}');
  const stopped = cli(['evaluate', '--metrics', 'broken-metrics.json', '--current-weight', '50', '--report', 'ranker.json'], dir);
  expect(stopped.code).toBe(2);
});

describe('model-gate summarize', () => {
  test('text: one row per report in the order given, the overall line first, why a run stopped last; exit 1', () => {
    const { code, out, err } = cli(['summarize', 'fraud.json', 'churn.json', 'ranker.json'], dir);
    expect({ code, err }).toEqual({ code: 1, err: '' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('model-gate: 1 of 3 models passed (1 advance, 1 rollback, 1 stopped before deciding)');
    expect(lines[2]).toMatch(/^model\s+decision\s+passed\s+checks\s+failed gates\s+report$/);
    expect(lines[3]).toMatch(/^fraud-detector 2\.4\.0\s+advance: canary 10% → 25%\s+yes\s+9 passed, 0 failed\s+—\s+fraud\.json$/);
    expect(lines[4]).toMatch(/^churn 1\.3\.0\s+rollback: canary 25% → 0%\s+no\s+1 passed, 1 failed\s+accuracy\.min\s+churn\.json$/);
    expect(lines[5]).toMatch(/^ranker\.json\s+none: stopped on bad input, canary stays at 50%\s+no\s+—\s+—\s+ranker\.json$/);
    expect(lines.slice(6)).toEqual([
      '',
      'ranker.json: stopped on bad input: broken-metrics.json: /accuracy: expected a proportion between 0 and 1, got 1.7',
      ''
    ]);
    // the columns line up
    expect([lines[3]!.indexOf('advance'), lines[4]!.indexOf('rollback'), lines[5]!.indexOf('none')]).toEqual(Array(3).fill(lines[2]!.indexOf('decision')));
    const reversed = cli(['summarize', 'ranker.json', 'churn.json', 'fraud.json'], dir).out.split('\n');
    expect(reversed.slice(3, 6).map((line) => line.split(/\s{2,}/)[0])).toEqual(['ranker.json', 'churn 1.3.0', 'fraud-detector 2.4.0']);
  });

  test('markdown: a heading, one table and the reasons, for $GITHUB_STEP_SUMMARY', () => {
    const { code, out } = cli(['summarize', 'fraud.json', 'churn.json', 'ranker.json', '--format', 'markdown'], dir);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        '## ❌ model-gate: 1 of 3 models passed (1 advance, 1 rollback, 1 stopped before deciding)',
        '',
        '| Model | Decision | Passed | Checks | Failed gates |',
        '|---|---|---|---|---|',
        '| fraud-detector 2.4.0<br><sub>fraud.json</sub> | ✅ advance: canary 10% → 25% | ✅ yes | 9 passed, 0 failed | — |',
        '| churn 1.3.0<br><sub>churn.json</sub> | ❌ rollback: canary 25% → 0% | ❌ no | 1 passed, 1 failed | accuracy.min |',
        '| ranker.json | ⛔ none: stopped on bad input, canary stays at 50% | ❌ no | — | — |',
        '',
        '- ⛔ **ranker.json**: stopped on bad input: broken-metrics.json: /accuracy: expected a proportion between 0 and 1, got 1.7',
        ''
      ].join('\n')
    );
  });

  test('json: the reports merged into one document, every failed gate kept', () => {
    const { code, out } = cli(['summarize', 'fraud.json', 'churn.json', 'ranker.json', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      schemaVersion: 1,
      passed: false,
      reports: [
        {
          file: 'fraud.json',
          model: { name: 'fraud-detector', version: '2.4.0' },
          decision: 'advance',
          canaryWeight: 25,
          previousWeight: 10,
          passed: true,
          checks: { passed: 9, failed: 0 },
          failedGates: []
        },
        {
          file: 'churn.json',
          model: { name: 'churn', version: '1.3.0' },
          decision: 'rollback',
          canaryWeight: 0,
          previousWeight: 25,
          passed: false,
          checks: { passed: 1, failed: 1 },
          failedGates: ['accuracy.min']
        },
        {
          file: 'ranker.json',
          model: {},
          decision: 'none',
          canaryWeight: 50,
          previousWeight: 50,
          passed: false,
          checks: null,
          failedGates: [],
          error: { kind: 'bad-input', message: 'broken-metrics.json: /accuracy: expected a proportion between 0 and 1, got 1.7' }
        }
      ]
    });
  });

  test('exit codes: 0 when every report passes; --fail-on as evaluate takes it; a stopped run fails whatever it says', () => {
    const passing = cli(['summarize', 'fraud.json', '--format', 'json'], dir);
    expect(passing.code).toBe(0);
    expect(JSON.parse(passing.out)).toMatchObject({ passed: true });
    expect(cli(['summarize', 'fraud.json', 'hold.json'], dir).code).toBe(0);
    expect(cli(['summarize', 'fraud.json', 'hold.json', '--fail-on', 'hold'], dir).code).toBe(1);
    expect(cli(['summarize', 'fraud.json', 'churn.json', '--fail-on', 'never'], dir).code).toBe(0);
    expect(cli(['summarize', 'fraud.json', 'ranker.json', '--fail-on', 'never'], dir).code).toBe(1);
    expect(cli(['summarize', 'hold.json'], dir).out).toMatch(
      /^hold\.json\s+hold: canary stays at 25%\s+yes\s+0 passed, 1 failed\s+accuracy\.min\s+hold\.json$/m
    );
  });

  test('a folder stands for its .json files, recursively, in name order', () => {
    const reports = join(dir, 'reports');
    mkdirSync(join(reports, 'b-churn'), { recursive: true });
    mkdirSync(join(reports, 'a-fraud'), { recursive: true });
    writeFileSync(join(reports, 'b-churn', 'model-gate-report.json'), readFileSync(join(dir, 'churn.json')));
    writeFileSync(join(reports, 'a-fraud', 'model-gate-report.json'), readFileSync(join(dir, 'fraud.json')));
    writeFileSync(join(reports, 'notes.txt'), 'not a report');
    const { code, out } = cli(['summarize', 'reports', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(out).reports.map((r: { file: string }) => r.file)).toEqual([
      join('reports', 'a-fraud', 'model-gate-report.json'),
      join('reports', 'b-churn', 'model-gate-report.json')
    ]);
  });

  test('names from the reports are escaped in Markdown and issue no workflow command', () => {
    const fraud = JSON.parse(readFileSync(join(dir, 'fraud.json'), 'utf8'));
    const names = [...HOSTILE_NAMES, '<img src=x onerror=alert(1)>', '| x | y |', '[click](https://evil.example) @org/team #1'];
    const files = names.map((name, i) => {
      const file = `hostile-${i}.json`;
      writeFileSync(join(dir, file), JSON.stringify({ ...fraud, model: { name, version: '::error::PWNED version' } }));
      return file;
    });
    // evaluate allows no such gate id, but a report is a file anyone can write
    const churn = JSON.parse(readFileSync(join(dir, 'churn.json'), 'utf8'));
    const gates = names.map((id) => ({ ...churn.gates[0], id, status: 'fail' }));
    writeFileSync(join(dir, 'hostile-gates.json'), JSON.stringify({ ...churn, gates }));
    for (const format of ['text', 'markdown', 'json']) {
      const run = cli(['summarize', ...files, 'hostile-gates.json', '--format', format], dir);
      expect(run.code).toBe(1);
      expect(injectedCommands(run.out + run.err)).toEqual([]);
    }
    const markdown = cli(['summarize', ...files, 'hostile-gates.json', '--format', 'markdown'], dir).out;
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(names.length + 2);
    for (const row of rows) expect(row.split('|')).toHaveLength(7);
    expect(markdown).not.toMatch(/<img|\]\(|@org|#1\b|https:\/\//);
    expect(markdown).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;');
    expect(markdown).toContain('@\u200borg/team');
    const text = cli(['summarize', ...files, '--format', 'text'], dir).out;
    // one line per report: a line break in a name cannot start a row of its own
    expect(text.split('\n')).toHaveLength(3 + files.length + 1);
    const json = JSON.parse(cli(['summarize', ...files, '--format', 'json'], dir).out);
    expect(json.reports.map((r: { model: { name: string } }) => r.model.name)).toEqual(names);
  });

  test('a file that is not a report, a missing file or invalid JSON is bad input naming the file; nothing is printed', () => {
    writeFileSync(join(dir, 'invalid.json'), '{"decision": "advance",');
    writeFileSync(join(dir, 'weights.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'fraud.json'), 'utf8')), canaryWeight: 0 }));
    const cases: [string, string][] = [
      [
        example('metrics.json'),
        `${example('metrics.json')}: /: missing fields "schemaVersion", "decision", "canaryWeight", "previousWeight", "passed", "gates": expected the JSON report of model-gate evaluate (--json or --report)`
      ],
      ['missing.json', `missing.json: file or folder not found (looked in ${dir})`],
      ['invalid.json', 'invalid.json: line 1: column 24: not valid JSON'],
      ['weights.json', 'weights.json: /canaryWeight: 0 does not go with decision "advance": expected between 1 and 99'],
      ['churn-metrics.json', 'churn-metrics.json: /: missing fields']
    ];
    for (const [file, message] of cases) {
      const run = cli(['summarize', 'fraud.json', file], dir);
      expect({ file, code: run.code, out: run.out }).toEqual({ file, code: 2, out: '' });
      expect(run.err).toContain(message);
    }
    expect(cli(['summarize'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('expected one or more JSON reports or folders of them') });
    expect(cli(['summarize', 'fraud.json', '--format', 'html'], dir)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format: expected one of text, markdown, json, got "html"')
    });
  });
});
