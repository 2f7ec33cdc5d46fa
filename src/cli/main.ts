import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { loadRelease } from '../io/load.js';
import { OPTION_NAMES, parseOptions, shouldFail, type RawOptions } from '../options.js';
import { evaluateRelease } from '../release.js';
import { renderText } from '../report/text.js';

export const EXIT = { ok: 0, rollback: 1, badInput: 2 } as const;

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const HELP = `model-gate: release gate for machine-learning models

Usage:
  model-gate evaluate (--metrics FILE | --predictions FILE) [options]
  model-gate --help | --version

evaluate: read metrics, check the gates, decide the release and the canary weight.
  --metrics FILE          candidate model's metrics.json (flat or structured form)
                          [required unless --predictions is given]
  --baseline FILE         production (champion) model's metrics.json, for max_drop / max_increase gates
  --predictions FILE      candidate's predictions, CSV or JSON Lines: columns label, prediction,
                          optional score (probability of the positive class), id, weight, features;
                          metrics computed from it win over --metrics
  --baseline-predictions FILE
                          production model's predictions on the same rows (paired by id, else by
                          order): its metrics become the baseline, and McNemar's test compares them
  --sensitive-features LIST
                          comma-separated feature columns of --predictions for fairness metrics
  --intersectional        also evaluate the intersection of the sensitive features
  --positive-label VALUE  the positive class in label and prediction               [default: 1]
  --min-group-size N      fairness gates cannot pass on groups smaller than N      [default: 30]
  --gates FILE|YAML       gates file (YAML or JSON) or inline YAML;
                          default: .github/model-gates.yml when it exists, else the default gates
  --current-weight N      canary's current share of traffic in percent, 0-100           [default: 0]
  --canary-steps LIST     canary weights, e.g. 10,25,50,100 (must end at 100);
                          default: the gates file's canary.steps, else 10,25,50,100
  --fail-on WHEN          rollback (exit 1 on rollback), hold (also on hold), never   [default: rollback]
  --report FILE           also write the JSON report to FILE
  --json                  print the JSON report instead of the readable summary

Decision: a failing blocking gate rolls back (weight 0); a failing warn gate holds the
current weight; otherwise the canary advances one step, and reaching 100 promotes.

Default gates (each only when its metric is present): accuracy >= 0.90 and, with a
baseline, >= baseline - 0.01; latency_p99_ms (or latency_ms) <= 100;
demographic_parity_ratio >= 0.8; samples >= 1000.

Exit codes: 0 the release may go on, 1 rollback (see --fail-on), 2 bad input.
Docs: README.md; schemas: schemas/metrics.schema.json, schemas/gates.schema.json.
`;

export async function main(argv: readonly string[], io: Io, version = '0.0.0'): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command === undefined ? EXIT.badInput : EXIT.ok;
    }
    if (command === '--version') {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    if (command !== 'evaluate') throw new InputError({ file: 'model-gate', message: `unknown command ${JSON.stringify(command)}: expected evaluate (see model-gate --help)` });
    return await evaluate(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`model-gate: bad input\n${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}

async function evaluate(args: readonly string[], io: Io): Promise<number> {
  const flags: FlagSpec = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, report: { type: 'string' } };
  for (const name of OPTION_NAMES) if (name !== 'report-path') flags[name] = { type: name === 'intersectional' ? 'boolean' : 'string' };
  const { values } = parseFlags(args, flags);
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const raw: RawOptions = Object.fromEntries(OPTION_NAMES.map((name) => [name, flagText(values[name === 'report-path' ? 'report' : name])]));
  const options = parseOptions(raw, (name) => `--${name === 'report-path' ? 'report' : name}`);
  const report = evaluateRelease(await loadRelease(options, io.cwd));
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.reportPath) {
    const path = resolve(io.cwd, options.reportPath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, json);
  }
  io.stdout(values.json ? json : renderText(report));
  return shouldFail(options.failOn, report.decision) ? EXIT.rollback : EXIT.ok;
}

function flagText(value: string | boolean | undefined): string | undefined {
  return typeof value === 'boolean' ? String(value) : value;
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;


/** node's parseArgs, with its errors turned into input errors that name the flag. */
function parseFlags(args: readonly string[], options: FlagSpec): { values: Record<string, string | boolean | undefined> } {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new InputError({ file: 'model-gate evaluate', message: `${(error as Error).message.replace(/\. To specify.*$/s, '')} (see model-gate --help)` });
  }
}
