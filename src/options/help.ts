import { flagOf, GROUPS, optionsOf, spec, type Command } from './table.js';

const WIDTH = 100;
const FLAG_COLUMN = 28;

interface CommandInfo {
  usage: string;
  summary: string;
  /** Said after the options. */
  notes?: string;
}

export const COMMANDS: Record<Command, CommandInfo> = {
  evaluate: {
    usage: 'model-gate evaluate (--metrics FILE | --predictions FILE | --model FILE | --reference-data FILE --current-data FILE) [options]',
    summary: 'read metrics, check the gates, decide the release and the canary weight.',
    notes: `Decision: a failing blocking gate rolls back (weight 0); a failing warn gate holds the
current weight; otherwise the canary advances one step, and reaching 100 promotes.

Default gates (each only when its metric is present): accuracy >= 0.90 and, with a
baseline, >= baseline - 0.01; latency_p99_ms (or latency_ms) <= 100;
demographic_parity_ratio >= 0.8; samples >= 1000; drifted_feature_share <= 0.3.`
  },
  bench: { usage: 'model-gate bench --model FILE [latency options] [--json]', summary: "measure an ONNX model's latency only." },
  synth: {
    usage: 'model-gate synth --release FILE --report FILE [--out DIR] [--gates FILE|YAML]',
    summary: 'the Kubernetes and Istio manifests for a release file and a report from evaluate.',
    notes: `Writes DIR/<name>.yaml after linting it. With monitoring in the release file, a
PrometheusRule alerts on the same thresholds as the gates.`
  },
  sql: {
    usage:
      'model-gate sql --dialect bigquery|spark|duckdb --table TABLE [--task binary|multiclass|regression] [--label COLUMN] [--prediction COLUMN] [--score COLUMN] [--sensitive-features LIST]',
    summary: 'print the query that computes, where the data lives, the counts evaluate --counts reads.',
    notes: `Run it in BigQuery, Spark or DuckDB and export the result as JSON Lines (BigQuery: newline-delimited
JSON; Spark: df.write.json; DuckDB: COPY (...) TO 'counts.jsonl' (FORMAT json)).`
  },
  lint: {
    usage: 'model-gate lint PATH... [--format text|json]',
    summary: 'check manifests (files or folders of multi-document YAML) for canary mistakes; exit 1 on any error.',
    notes: 'Rules: see README.md.'
  },
  summarize: {
    usage: 'model-gate summarize REPORT... [--format text|markdown|json] [--fail-on rollback|hold|never]',
    summary: "one table of several JSON reports of evaluate (a matrix job's models); exit 1 when one fails.",
    notes: `REPORT: a JSON report (evaluate --json or --report, the Action's report output), or a folder:
its .json files, recursively, in name order. One row per report, in the order given.
Exit 1 when a report's decision fails under --fail-on, as evaluate would have, or its run
stopped before deciding (decision none), whatever --fail-on says; 2 when a file is not a report.`
  }
};

const EXIT_CODES = `Exit codes: 0 the release may go on, 1 rollback (see --fail-on), lint errors, or a summarized
report that fails, 2 bad input, 3 an unexpected failure (a bug: please report it).`;

/** `model-gate --help`: the commands. */
export function globalHelp(): string {
  const commands = (Object.keys(COMMANDS) as Command[]).map((name) => wrap(`  ${name.padEnd(10)}`, COMMANDS[name].summary, 12));
  return `model-gate: release gate for machine-learning models

Usage:
${(Object.keys(COMMANDS) as Command[]).map((name) => `  ${COMMANDS[name].usage}`).join('\n')}
  model-gate COMMAND --help | --help | --version

Commands:
${commands.join('\n')}

${EXIT_CODES}
Docs: README.md; schemas: schemas/metrics.schema.json, schemas/gates.schema.json.
`;
}

/** `model-gate COMMAND --help`: the command's options by group, from the options table. */
export function commandHelp(command: Command): string {
  const { usage, summary, notes } = COMMANDS[command];
  const names = optionsOf(command);
  const sections = GROUPS.flatMap((group) => {
    const rows = names.filter((name) => spec(name).group === group).map((name) => optionLine(name));
    return rows.length ? [`${group}:`, ...rows, ''] : [];
  });
  return [`model-gate ${command}: ${summary}`, '', `Usage: ${usage}`, '', ...sections, ...(notes ? [notes, ''] : []), EXIT_CODES, ''].join('\n');
}

function optionLine(name: Parameters<typeof spec>[0]): string {
  const option = spec(name);
  const flag = `  --${flagOf(name)}${option.value ? ` ${option.value}` : ''}`;
  const shown = option.defaultHelp ?? option.fallback ?? option.default;
  const help = `${option.help}${shown === undefined || option.type === 'boolean' ? '' : ` [default: ${shown}]`}`;
  return wrap(flag.length < FLAG_COLUMN ? flag.padEnd(FLAG_COLUMN) : `${flag}\n${' '.repeat(FLAG_COLUMN)}`, help, FLAG_COLUMN);
}

/** `lead` then `text`, wrapped at WIDTH columns with continuation lines indented by `indent`. */
function wrap(lead: string, text: string, indent: number): string {
  const lines: string[] = [];
  let line = lead;
  for (const word of text.split(' ')) {
    const lastLine = line.slice(line.lastIndexOf('\n') + 1);
    if (lastLine.length + word.length + 1 > WIDTH && lastLine.trim().length > 0 && lastLine.length > indent) {
      lines.push(line);
      line = `${' '.repeat(indent)}${word}`;
    } else line += `${/[\s]$/.test(line) ? '' : ' '}${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}
