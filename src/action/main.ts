import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { writeOutput } from '../io/output.js';
import { manifestsPath, prepareGateRun, reportJson, writeGateRun } from '../io/run-gate.js';
import { parseOptions, shouldFail, type Options, type RawOptions } from '../options/parse.js';
import { ACTION_INPUTS, actionLabel } from '../options/table.js';
import { noDecisionReport } from '../decide/engine.js';
import { escapeMarkdown } from '../report/escape.js';
import { headline } from '../report/headline.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { publishComment, publishEvidence, readPublishInputs } from './publish.js';
import { logProgress } from './progress.js';
import { githubRunner, inertLog, type AnnotationProperties, type Log, type Runner } from './runner.js';
import type { Report } from '../model/report.js';

/** The runner, and the log every message goes through. */
interface Step {
  runner: Runner;
  log: Log;
}

/**
 * The Action: inputs in, engine, then outputs, job summary, annotations, manifests, comment, artifact, status.
 * Every input is read and validated, and every file synthesized in memory, before anything is written.
 */
export async function run(runner: Runner = githubRunner()): Promise<void> {
  const step: Step = { runner, log: inertLog(runner) };
  const { env } = runner;
  const { log } = step;
  let options: Options | undefined;
  let reportPath: string | undefined;
  try {
    const raw: RawOptions = Object.fromEntries(ACTION_INPUTS.map((name) => [name, runner.input(name)]));
    options = parseOptions(raw, actionLabel);
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    const temp = env.RUNNER_TEMP || tmpdir();
    reportPath = resolve(cwd, options.reportPath ?? join(temp, 'model-gate-report.json'));
    const publishing = readPublishInputs(raw);
    const gateRun = await prepareGateRun(options, cwd, {
      reportName: reportPath,
      manifestsDir: options.manifestsDir ?? join(temp, 'model-gate-manifests'),
      progress: logProgress(log),
      ...(runner.cancelled ? { signal: runner.cancelled } : {})
    });
    const { report } = gateRun;
    const text = renderText(report);
    const summary = renderMarkdown(report);

    await writeGateRun(gateRun, cwd, {
      reportPath,
      reportOption: options.reportPath ? actionLabel('report-path') : RUNNER_TEMP_SOURCE,
      manifestsOption: options.manifestsDir ? actionLabel('manifests-dir') : RUNNER_TEMP_SOURCE
    });
    const manifests = manifestsPath(gateRun, cwd);
    setOutputs(step, {
      passed: String(report.passed),
      decision: report.decision,
      'canary-weight': String(report.canaryWeight),
      report: reportPath,
      'failed-gates': JSON.stringify(report.gates.filter((g) => g.status === 'fail').map((g) => g.id)),
      ...(manifests ? { manifests: dirname(manifests) } : {})
    });

    log.info(text);
    await writeSummary(step, summary);
    annotate(log, report, gateRun.input.gates?.fromFile ? gateRun.input.gates.source : undefined);
    if (gateRun.manifests) {
      for (const finding of gateRun.manifests.findings) log.warning(`${finding.object}: ${finding.message}`, { title: `model-gate lint: ${finding.rule}` });
      log.info(`model-gate: wrote ${gateRun.manifests.file}`);
    }

    // a model without a name in metrics.json is known by its file, so two such jobs do not collide
    const modelLabel = report.model.name ?? basename(options.metrics ?? options.predictions ?? options.latency?.model ?? 'model').replace(/\.[^.]*$/, '');
    const comment = await publishComment(report, publishing, modelLabel, log, env);
    if (comment) setOutputs(step, { 'comment-id': String(comment.id), ...(comment.url ? { 'comment-url': comment.url } : {}) });
    const artifactId = await publishEvidence(publishing, modelLabel, manifests ? [reportPath, manifests] : [reportPath], log, env);
    if (artifactId !== undefined) setOutputs(step, { 'artifact-id': String(artifactId) });

    if (shouldFail(options.failOn, report.decision)) log.setFailed(`model-gate ${headline(report)}`);
  } catch (error) {
    // a weight still to be read (auto) is not known: 0, which never raises it
    await failSafely(step, error, typeof options?.currentWeight === 'number' ? options.currentWeight : 0, reportPath);
  }
}

/** Said in errors about the report or manifests when they go to their default folder. */
const RUNNER_TEMP_SOURCE = 'RUNNER_TEMP (the default folder for the report and the manifests)';

/**
 * A run that stopped makes no claim: `passed=false`, no decision, the weight where it was, and a
 * report that says why. Each write stands alone, so an unwritable GITHUB_OUTPUT or job summary
 * does not hide the reason the run stopped.
 */
async function failSafely(step: Step, error: unknown, currentWeight: number, reportPath: string | undefined): Promise<void> {
  const { log } = step;
  const badInput = error instanceof InputError;
  const message = badInput
    ? `model-gate: bad input\n${error.message}`
    : `model-gate failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  log.setFailed(message);
  const outputs: Outputs = { passed: 'false', decision: 'none', 'canary-weight': String(currentWeight) };
  if (reportPath) {
    const report = noDecisionReport(error, currentWeight);
    const written = await writeOutput(reportPath, reportJson(report), 'report').then(
      () => true,
      () => false
    );
    if (written) outputs.report = reportPath;
  }
  try {
    setOutputs(step, outputs);
  } catch (outputError) {
    log.error((outputError as Error).message);
  }
  // the reviewer reading the summary learns why there is no decision
  const [title = '', ...details] = message.split('\n');
  await writeSummary(step, `## ⛔ ${escapeMarkdown(title)}\n\n${details.map((line) => `- ${escapeMarkdown(line)}`).join('\n')}\n`);
}

/** Every output the Action sets, as action.yml declares them. */
export const ACTION_OUTPUTS = [
  'passed',
  'decision',
  'canary-weight',
  'report',
  'failed-gates',
  'manifests',
  'artifact-id',
  'comment-id',
  'comment-url'
] as const;
type Outputs = Partial<Record<(typeof ACTION_OUTPUTS)[number], string>>;

/** The step's outputs; a GITHUB_OUTPUT that cannot be written stops the run as a broken runner environment. */
function setOutputs({ runner }: Step, outputs: Outputs): void {
  try {
    for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
  } catch (error) {
    throw new InputError({
      source: 'GITHUB_OUTPUT',
      message: `the step's outputs cannot be written to ${runner.env.GITHUB_OUTPUT}: ${(error as Error).message}`
    });
  }
}

/** The job summary is for the reviewer: a summary that cannot be written warns, and changes no result. */
async function writeSummary({ runner, log }: Step, markdown: string): Promise<void> {
  if (!runner.env.GITHUB_STEP_SUMMARY) return;
  try {
    await runner.appendSummary(markdown);
  } catch (error) {
    log.warning(`model-gate: could not write the job summary (GITHUB_STEP_SUMMARY): ${(error as Error).message}`);
  }
}

/** One annotation per failed gate, pointing at the gate's line when the gates came from a file. */
function annotate(log: Log, report: Report, gatesFile: string | undefined): void {
  for (const gate of report.gates) {
    if (gate.status === 'pass') continue;
    const properties: AnnotationProperties = { title: `model-gate: ${gate.id}` };
    if (gatesFile && gate.line !== undefined) Object.assign(properties, { file: gatesFile, startLine: gate.line });
    if (gate.severity === 'block') log.error(gate.message, properties);
    else log.warning(gate.message, properties);
  }
}
