import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { loadRelease } from '../io/load.js';
import { writeOutput } from '../io/output.js';
import { OPTION_NAMES, parseOptions, shouldFail, type RawOptions } from '../options.js';
import { effectiveGates, evaluateRelease, type Report } from '../release.js';
import { escapeMarkdown } from '../report/escape.js';
import { headline } from '../report/headline.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { truncateComment } from '../report/truncate.js';
import { publishComment, publishEvidence, readPublishInputs } from './publish.js';

/** The Action: inputs in, engine, then outputs, job summary, annotations, manifests, comment, artifact, status. */
export async function run(): Promise<void> {
  try {
    const raw: RawOptions = Object.fromEntries(OPTION_NAMES.map((name) => [name, core.getInput(name)]));
    const options = parseOptions(raw, (name) => `input "${name}"`);
    const publishing = readPublishInputs();
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const input = await loadRelease(options, cwd);
    const report = evaluateRelease(input);

    const reportPath = resolve(cwd, options.reportPath ?? join(runnerTemp(), 'model-gate-report.json'));
    await writeOutput(reportPath, `${JSON.stringify(report, null, 2)}\n`, 'input "report-path"');
    core.setOutput('passed', String(report.passed));
    core.setOutput('decision', report.decision);
    core.setOutput('canary-weight', String(report.canaryWeight));
    core.setOutput('report', reportPath);

    core.info(renderText(report));
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(truncateComment(renderMarkdown(report), SUMMARY_LIMIT)).write();
    annotate(report, input.gates?.fromFile ? input.gates.source : undefined);

    const evidence = [reportPath];
    if (options.release) {
      const { writeReleaseManifests } = await import('../io/release-manifests.js');
      const dir = options.manifestsDir ?? join(runnerTemp(), 'model-gate-manifests');
      const written = await writeReleaseManifests(options.release, report, dir, cwd, { reportName: reportPath, gates: effectiveGates(input), dirOption: 'input "manifests-dir"' });
      for (const finding of written.findings) core.warning(`${finding.object}: ${finding.message}`, { title: `model-gate lint: ${finding.rule}` });
      core.info(`model-gate: wrote ${written.file}`);
      evidence.push(resolve(cwd, written.file));
      core.setOutput('manifests', resolve(cwd, written.dir));
    }

    // a model without a name in metrics.json is known by its file, so two such jobs do not collide
    const modelLabel = report.model.name ?? basename(options.metrics ?? options.predictions ?? options.latency?.model ?? 'model').replace(/\.[^.]*$/, '');
    await publishComment(report, publishing, modelLabel);
    const artifactId = await publishEvidence(publishing, modelLabel, evidence);
    if (artifactId !== undefined) core.setOutput('artifact-id', String(artifactId));

    if (shouldFail(options.failOn, report.decision)) core.setFailed(`model-gate ${headline(report)}`);
  } catch (error) {
    core.setOutput('passed', 'false');
    const message = error instanceof InputError ? `model-gate: bad input\n${error.message}` : `model-gate failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    core.setFailed(message);
    // the reviewer reading the summary learns why there is no decision
    if (process.env.GITHUB_STEP_SUMMARY) {
      const [title = '', ...details] = message.split('\n');
      await core.summary.addRaw(`## ⛔ ${escapeMarkdown(title)}\n\n${details.map((line) => `- ${escapeMarkdown(line)}`).join('\n')}\n`).write().catch(() => undefined);
    }
  }
}

/** GITHUB_STEP_SUMMARY takes 1 MiB a step: 250,000 characters fit even at 4 bytes each. */
const SUMMARY_LIMIT = 250_000;

function runnerTemp(): string {
  return process.env.RUNNER_TEMP ?? tmpdir();
}

/** One annotation per failed gate, pointing at the gate's line when the gates came from a file. */
function annotate(report: Report, gatesFile: string | undefined): void {
  for (const gate of report.gates) {
    if (gate.status === 'pass') continue;
    const properties: core.AnnotationProperties = { title: `model-gate: ${gate.id}` };
    if (gatesFile && gate.line !== undefined) Object.assign(properties, { file: gatesFile, startLine: gate.line });
    if (gate.severity === 'block') core.error(gate.message, properties);
    else core.warning(gate.message, properties);
  }
}
