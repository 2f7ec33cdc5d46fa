// Every option of model-gate, once: the Action's inputs, the CLI's flags, their defaults and help.
// The CLI's flags and per-command help, the Action's input reading and action.yml's contract test
// are all derived from this table.

export type Command = 'evaluate' | 'bench' | 'synth' | 'lint' | 'sql' | 'summarize';

export const GROUPS = ['Inputs', 'Fairness', 'Latency', 'Scoring', 'Drift', 'Release', 'Canary', 'Output', 'Pull request and evidence'] as const;
export type OptionGroup = (typeof GROUPS)[number];

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** What the value is, in the help: FILE, N, LIST… */
  readonly value?: string;
  readonly help: string;
  readonly group: OptionGroup;
  /** The default both front ends apply, as action.yml writes it. */
  readonly default?: string;
  /**
   * The value used when the option is not given but what it applies to is (a latency option with
   * a model). Not in action.yml: given without what it applies to, the option is an error.
   */
  readonly fallback?: string;
  /** A default that is not one value (it depends on other options or on the front end): help only. */
  readonly defaultHelp?: string;
  /** The CLI commands that take it. */
  readonly commands: readonly Command[];
  /** Whether the Action takes it as an input. */
  readonly action: boolean;
  /** The CLI's flag, when it is not the option's name. */
  readonly flag?: string;
}

const EVALUATE: readonly Command[] = ['evaluate'];
const MEASURE: readonly Command[] = ['evaluate', 'bench'];

export const OPTIONS = {
  metrics: {
    type: 'string',
    value: 'FILE',
    help: "candidate model's metrics.json (flat or structured form); required unless predictions, a model or drift samples are given",
    group: 'Inputs',
    commands: EVALUATE,
    action: true
  },
  baseline: {
    type: 'string',
    value: 'FILE',
    help: "production (champion) model's metrics.json, for max_drop / max_increase gates",
    group: 'Inputs',
    commands: EVALUATE,
    action: true
  },
  gates: {
    type: 'string',
    value: 'FILE|YAML',
    help: 'gates file (YAML or JSON) or inline YAML',
    defaultHelp: '.github/model-gates.yml when it exists, else the default gates',
    group: 'Inputs',
    commands: ['evaluate', 'synth'],
    action: true
  },
  predictions: {
    type: 'string',
    value: 'FILE',
    help: "candidate's predictions, CSV or JSON Lines: columns label, prediction, optional score (probability of the positive class), id, weight, features; metrics computed from it win over the metrics file's",
    group: 'Inputs',
    commands: EVALUATE,
    action: true
  },
  task: {
    type: 'string',
    value: 'TASK',
    help: 'what the model predicts: binary, multiclass, regression, or auto (binary unless the labels have a third value; then regression for numbers that are not all integers, else multiclass)',
    default: 'auto',
    group: 'Inputs',
    commands: ['evaluate', 'sql'],
    action: true
  },
  counts: {
    type: 'string',
    value: 'FILE',
    help: 'the JSON Lines result of model-gate sql: counts and sums computed where the data lives (BigQuery, Spark, DuckDB), in place of predictions',
    group: 'Inputs',
    commands: EVALUATE,
    action: true
  },
  dialect: {
    type: 'string',
    value: 'DIALECT',
    help: 'the SQL dialect: bigquery, spark or duckdb',
    group: 'Inputs',
    commands: ['sql'],
    action: false
  },
  table: {
    type: 'string',
    value: 'TABLE',
    help: 'the table of predictions to aggregate (project.dataset.table)',
    group: 'Inputs',
    commands: ['sql'],
    action: false
  },
  label: {
    type: 'string',
    value: 'COLUMN',
    help: "the table's column of true labels (or values)",
    default: 'label',
    group: 'Inputs',
    commands: ['sql'],
    action: false
  },
  prediction: {
    type: 'string',
    value: 'COLUMN',
    help: "the table's column of predictions",
    default: 'prediction',
    group: 'Inputs',
    commands: ['sql'],
    action: false
  },
  score: {
    type: 'string',
    value: 'COLUMN',
    help: "a binary classifier's column of positive-class probabilities: its log loss is summed too",
    group: 'Inputs',
    commands: ['sql'],
    action: false
  },
  'top-k': {
    type: 'string',
    value: 'K',
    help: "a multiclass classifier's top-k accuracy (reported as top_<k>_accuracy), from its score_<class> columns",
    default: '2',
    group: 'Inputs',
    commands: EVALUATE,
    action: true
  },
  'baseline-predictions': {
    type: 'string',
    value: 'FILE',
    help: "production model's predictions on the same rows (paired by id, else by order): its metrics become the baseline, and McNemar's test compares them",
    group: 'Inputs',
    commands: EVALUATE,
    action: true
  },
  'sensitive-features': {
    type: 'string',
    value: 'LIST',
    help: 'comma-separated feature columns of the predictions for fairness metrics',
    group: 'Fairness',
    commands: ['evaluate', 'sql'],
    action: true
  },
  intersectional: {
    type: 'boolean',
    help: 'also evaluate the intersection of the sensitive features',
    default: 'false',
    group: 'Fairness',
    commands: EVALUATE,
    action: true
  },
  'positive-label': {
    type: 'string',
    value: 'VALUE',
    help: 'the positive class in label and prediction',
    default: '1',
    group: 'Fairness',
    commands: ['evaluate', 'sql'],
    action: true
  },
  'min-group-size': {
    type: 'string',
    value: 'N',
    help: 'fairness gates cannot pass on groups smaller than N',
    default: '30',
    group: 'Fairness',
    commands: EVALUATE,
    action: true
  },
  model: {
    type: 'string',
    value: 'FILE',
    help: "candidate's ONNX model: its latency is measured with onnxruntime-node, and latency_p50_ms / _p95_ms / _p99_ms of the first batch size replace typed values",
    group: 'Latency',
    commands: MEASURE,
    action: true
  },
  'baseline-model': {
    type: 'string',
    value: 'FILE',
    help: "production model's ONNX file, measured in the same run, its runs interleaved with the candidate's",
    group: 'Latency',
    commands: MEASURE,
    action: true
  },
  'latency-batch-sizes': {
    type: 'string',
    value: 'LIST',
    help: 'batch sizes to measure, e.g. 1,8,32',
    fallback: '1',
    group: 'Latency',
    commands: MEASURE,
    action: true
  },
  'latency-warmup': {
    type: 'string',
    value: 'N',
    help: 'unmeasured runs first, per batch size',
    fallback: '20',
    group: 'Latency',
    commands: MEASURE,
    action: true
  },
  'latency-iterations': {
    type: 'string',
    value: 'N',
    help: 'measured runs per batch size',
    fallback: '300',
    defaultHelp: '300, 400 with a baseline model',
    group: 'Latency',
    commands: MEASURE,
    action: true
  },
  'latency-duration': { type: 'string', value: 'S', help: 'or measure for S seconds per batch size', group: 'Latency', commands: MEASURE, action: true },
  'latency-threads': {
    type: 'string',
    value: 'N',
    help: 'intra-op threads (1 keeps shared runners reproducible)',
    fallback: '1',
    group: 'Latency',
    commands: MEASURE,
    action: true
  },
  'input-shapes': {
    type: 'string',
    value: 'LIST',
    help: 'shapes for symbolic dimensions other than the batch, e.g. input=1x3x224x224',
    group: 'Latency',
    commands: MEASURE,
    action: true
  },
  'eval-data': {
    type: 'string',
    value: 'FILE',
    help: "evaluation rows, CSV or JSON Lines (label, features, sensitive features): the model is run on every row and its predictions are evaluated as a predictions file's; needs a model",
    group: 'Scoring',
    commands: EVALUATE,
    action: true
  },
  'label-column': {
    type: 'string',
    value: 'NAME',
    help: "eval-data's column of true labels",
    fallback: 'label',
    group: 'Scoring',
    commands: EVALUATE,
    action: true
  },
  'feature-columns': {
    type: 'string',
    value: 'LIST',
    help: 'the columns fed to the model, in order',
    defaultHelp: 'every column but the label, id, weight and sensitive features, in file order',
    group: 'Scoring',
    commands: EVALUATE,
    action: true
  },
  'scoring-batch-size': {
    type: 'string',
    value: 'N',
    help: 'rows per session.run when scoring',
    fallback: '1024',
    group: 'Scoring',
    commands: EVALUATE,
    action: true
  },
  threshold: {
    type: 'string',
    value: 'T',
    help: 'a model with a single probability output predicts the positive class when it is at least T',
    fallback: '0.5',
    group: 'Scoring',
    commands: EVALUATE,
    action: true
  },
  'predictions-out': {
    type: 'string',
    value: 'FILE',
    help: 'write the scored rows as a predictions CSV: id, label, prediction, score, weight, the sensitive features',
    group: 'Scoring',
    commands: EVALUATE,
    action: true
  },
  'reference-data': {
    type: 'string',
    value: 'FILE',
    help: "training (or last release's) feature sample, CSV or JSON Lines",
    group: 'Drift',
    commands: EVALUATE,
    action: true
  },
  'current-data': {
    type: 'string',
    value: 'FILE',
    help: 'evaluation or production sample: drifted_feature_share and psi_max become gateable (KS for numeric, chi-square for categorical, PSI, Benjamini-Hochberg)',
    group: 'Drift',
    commands: EVALUATE,
    action: true
  },
  'drift-features': {
    type: 'string',
    value: 'LIST',
    help: 'columns to compare',
    defaultHelp: 'the columns both samples share',
    group: 'Drift',
    commands: EVALUATE,
    action: true
  },
  'drift-alpha': {
    type: 'string',
    value: 'A',
    help: 'significance level after Benjamini-Hochberg',
    fallback: '0.05',
    group: 'Drift',
    commands: EVALUATE,
    action: true
  },
  release: {
    type: 'string',
    value: 'FILE',
    help: 'release file: also synthesize the manifests that follow from the decision',
    group: 'Release',
    commands: ['evaluate', 'synth'],
    action: true
  },
  'manifests-dir': {
    type: 'string',
    value: 'DIR',
    help: 'where to write the manifests',
    defaultHelp: 'manifests (the Action: model-gate-manifests in RUNNER_TEMP)',
    group: 'Release',
    commands: EVALUATE,
    action: true
  },
  'current-weight': {
    type: 'string',
    value: 'N|auto',
    help: "canary's current share of traffic in percent, 0-100; auto reads it from the VirtualService in manifests-dir, else from Prometheus (the canary's share of requests, rounded to a step)",
    default: '0',
    group: 'Canary',
    commands: EVALUATE,
    action: true
  },
  'prometheus-url': {
    type: 'string',
    value: 'URL',
    help: 'Prometheus for the live canary analysis (canary.analysis in the gates file); wins over canary.analysis.prometheus',
    group: 'Canary',
    commands: EVALUATE,
    action: true
  },
  'prometheus-headers': {
    type: 'string',
    value: 'HEADERS',
    help: 'HTTP headers for Prometheus, "Name: value" one a line or comma-separated (an Authorization from a secret; never printed)',
    group: 'Canary',
    commands: EVALUATE,
    action: true
  },
  'prometheus-timeout': {
    type: 'string',
    value: 'S',
    help: 'seconds Prometheus has to answer each query',
    default: '10',
    group: 'Canary',
    commands: EVALUATE,
    action: true
  },
  'analysis-time': {
    type: 'string',
    value: 'TIME',
    help: 'an RFC 3339 instant: the live analysis judges the window that ends then (and the checks after it), replaying the past, instead of now',
    group: 'Canary',
    commands: EVALUATE,
    action: true
  },
  'canary-steps': {
    type: 'string',
    value: 'LIST',
    help: 'canary weights, e.g. 10,25,50,100 (must end at 100)',
    defaultHelp: "the gates file's canary.steps, else 10,25,50,100",
    group: 'Canary',
    commands: EVALUATE,
    action: true
  },
  'fail-on': {
    type: 'string',
    value: 'WHEN',
    help: 'rollback (fail on rollback), hold (also on hold), never (only report)',
    default: 'rollback',
    group: 'Canary',
    commands: ['evaluate', 'summarize'],
    action: true
  },
  'report-path': {
    type: 'string',
    value: 'FILE',
    help: 'write the JSON report to FILE',
    defaultHelp: 'the Action: model-gate-report.json in RUNNER_TEMP',
    group: 'Output',
    commands: EVALUATE,
    action: true,
    flag: 'report'
  },
  json: { type: 'boolean', help: 'print the JSON report instead of the readable summary', group: 'Output', commands: MEASURE, action: false },
  'gate-report': {
    type: 'string',
    value: 'FILE',
    help: 'the JSON report of model-gate evaluate whose decision to deploy',
    group: 'Release',
    commands: ['synth'],
    action: false,
    flag: 'report'
  },
  out: { type: 'string', value: 'DIR', help: 'where to write DIR/<name>.yaml', defaultHelp: 'manifests', group: 'Output', commands: ['synth'], action: false },
  format: {
    type: 'string',
    value: 'FORMAT',
    help: 'text or json; evaluate and summarize also take markdown (for a job summary, or a comment by GitLab, CML and other commenters)',
    default: 'text',
    group: 'Output',
    commands: ['lint', 'evaluate', 'summarize'],
    action: false
  },
  comment: {
    type: 'string',
    help: 'pull-request comment: auto (on pull_request events), always, never',
    default: 'auto',
    group: 'Pull request and evidence',
    commands: [],
    action: true
  },
  'comment-on-pass': {
    type: 'string',
    help: 'what becomes of the comment when the gates pass: update (as on any run), hide (update it, then hide it as resolved) or delete; hide and delete create none',
    default: 'update',
    group: 'Pull request and evidence',
    commands: [],
    action: true
  },
  'github-token': {
    type: 'string',
    help: 'token for the pull-request comment',
    default: '${{ github.token }}',
    group: 'Pull request and evidence',
    commands: [],
    action: true
  },
  'artifact-name': {
    type: 'string',
    help: 'name of the evidence artifact',
    defaultHelp: 'model-gate-<model name>',
    group: 'Pull request and evidence',
    commands: [],
    action: true
  },
  'retention-days': {
    type: 'string',
    help: 'days to keep the artifact (1-90)',
    defaultHelp: "the repository's setting",
    group: 'Pull request and evidence',
    commands: [],
    action: true
  },
  'api-timeout': {
    type: 'string',
    help: 'seconds GitHub has to answer each API request',
    default: '30',
    group: 'Pull request and evidence',
    commands: [],
    action: true
  }
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

const NAMES = Object.keys(OPTIONS) as OptionName[];

export function spec(name: OptionName): OptionSpec {
  return OPTIONS[name];
}

/** The options a CLI command takes, in table order. */
export function optionsOf(command: Command): OptionName[] {
  return NAMES.filter((name) => (spec(name).commands as readonly Command[]).includes(command));
}

/** The Action's inputs, in table order. */
export const ACTION_INPUTS: readonly OptionName[] = NAMES.filter((name) => spec(name).action);

export function flagOf(name: OptionName): string {
  return spec(name).flag ?? name;
}

/** How an option is called where the user wrote it. */
export type Label = (name: OptionName) => string;

export const actionLabel: Label = (name) => `input "${name}"`;
export const cliLabel: Label = (name) => `--${flagOf(name)}`;
