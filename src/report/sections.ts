// The blocks shared by the job summary (markdown.ts) and the pull-request comment (comment.ts).
// Every string from an input file goes through `md`.
import { formatNumber } from '../format.js';
import { BLANK, details, line, plainRows, table, type Block } from './blocks.js';
import { capped } from './capped.js';
import { escapeMarkdown as md } from './escape.js';
import { countFailures } from './headline.js';
import { thresholdText } from './threshold.js';
import { digitsToTellApart, hoverNumber, hoverSigned, roundedNumber } from './numbers.js';
import type { GateResult } from '../model/gates.js';
import type { Report, ReportedRate } from '../model/report.js';
import { canarySection } from './canary-section.js';
import { provenanceSection } from './provenance-section.js';
import { driftSection } from './drift-section.js';
import { latencySection } from './latency-section.js';
import { formatCount } from '../format.js';

/** Group rows per feature: enough for any real sensitive feature, not for a user id given as one. */
const MAX_GROUP_ROWS = 500;

const moreItems = (count: number): string => `- … and ${formatCount(count)} more in the JSON report`;

/** "**model 1.2** · 8 of 9 checks passed, 1 blocking failed · gates: … · steps: 10 → 25 → 50 → 100" */
export function summaryLine(report: Report): string {
  const { blocking, warnings, total } = countFailures(report);
  const model = [report.model.name, report.model.version].filter(Boolean).join(' ');
  return [
    model ? `**${md(model)}**` : undefined,
    `${total - blocking - warnings} of ${total} checks passed${blocking ? `, ${blocking} blocking failed` : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`,
    `gates: ${md(report.gatesSource)}`,
    report.weightSource ? `current weight ${report.previousWeight}% from ${md(report.weightSource)}` : undefined,
    `steps: ${report.steps.join(' → ')}`
  ]
    .filter(Boolean)
    .join(' · ');
}

export function gateTable(report: Report): Block {
  return table(
    '| Status | Gate | Value | Threshold | Baseline | Δ | Severity |',
    report.gates.map((g) => ({ text: gateRow(g), failed: g.status === 'fail' }))
  );
}

function gateRow(g: GateResult): string {
  const status =
    g.status === 'pass' ? `✅ pass${g.pointEstimateOnly ? ' <sub>on the point estimate only</sub>' : ''}` : g.severity === 'block' ? '❌ fail' : '⚠️ warn';
  const name = `${md(g.metric)}${g.feature ? ` [${md(g.feature)}]` : ''} <sub>${g.check}</sub>`;
  const level = g.confidence === undefined ? '' : ` ${formatNumber(g.confidence * 100)}%`;
  // what was compared with the threshold gets the digits it takes to tell the two apart
  const compared = g.comparedBound && g.interval ? g.interval[g.comparedBound] : g.value;
  const digits = digitsToTellApart(compared, g.threshold);
  const show = (value: number | null | undefined): string => hoverNumber(value, digits);
  const value = g.value === null ? '—' : `${show(g.value)}${g.interval ? ` <sub>[${show(g.interval.low)}, ${show(g.interval.high)}]${level}</sub>` : ''}`;
  return `| ${status} | ${name} | ${value} | ${thresholdText(g, show)} | ${hoverNumber(g.baseline)} | ${hoverSigned(g.delta)} | ${g.severity} |`;
}

/** What went wrong or was left out: failed gates, checks not applied, warnings about the input. */
export function findings(report: Report): Block[] {
  const blocks: Block[] = [];
  const failed = report.gates.filter((g) => g.status === 'fail');
  if (failed.length)
    blocks.push(
      BLANK,
      ...capped(
        failed.map((g) => `- ${g.severity === 'block' ? '❌' : '⚠️'} ${md(g.message)}`),
        moreItems
      ).map(line)
    );
  if (report.gates.some((g) => g.pointEstimateOnly))
    blocks.push(BLANK, line(`<sub>On the point estimate only: the gate passes, but the value's 95% interval straddles its threshold.</sub>`));
  if (report.skipped.length)
    blocks.push(
      BLANK,
      line(
        `<sub>Not applied: ${capped(
          report.skipped.map((s) => `${md(s.metric)} (${md(s.reason.replace(/^default gate not applied: /, ''))})`),
          (n) => `${n} more`
        ).join('; ')}</sub>`
      )
    );
  if (report.warnings.length)
    blocks.push(
      BLANK,
      line('**Warnings**'),
      BLANK,
      ...capped(
        report.warnings.map((w) => `- ⚠️ ${md(w)}`),
        moreItems
      ).map(line)
    );
  return blocks;
}

function comparisonSection(report: Report): Block[] {
  const c = report.comparison;
  if (!c) return [];
  return [
    BLANK,
    line(
      `**Paired comparison** on ${c.rows} rows: candidate accuracy ${hoverNumber(c.candidateAccuracy)}, baseline ${hoverNumber(c.baselineAccuracy)}; ` +
        `${c.candidateOnlyCorrect} rows only the candidate gets right, ${c.baselineOnlyCorrect} only the baseline; McNemar exact p = ${hoverNumber(c.pValue)}.`
    )
  ];
}

function fairnessSection(report: Report): Block[] {
  const features = Object.entries(report.fairness);
  if (features.length === 0) return [];
  const cell = (r: ReportedRate): string =>
    r.value === null
      ? 'undefined'
      : `${roundedNumber(r.value)}${r.interval ? ` <sub>[${roundedNumber(r.interval.low)}, ${roundedNumber(r.interval.high)}]</sub>` : ''}`;
  const number = (value: number | null): string => (value === null ? 'undefined' : roundedNumber(value));
  // a small group is a caution about its rates, not a failure
  const count = (g: { count: number; small?: true }): string => `${g.count}${g.small ? ' ⚠️ small' : ''}`;
  const body = [BLANK];
  for (const [feature, data] of features) {
    const [header, cells] =
      data.task === 'multiclass'
        ? multiclassGroupRows(data, count, number)
        : data.task === 'regression'
          ? [
              '| Group | Count | Mean error | MAE | RMSE | Max error |',
              Object.entries(data.groups).map(
                ([group, g]) =>
                  `| ${md(group)} | ${count(g)} | ${number(g.mean_error)} | ${number(g.mean_absolute_error)} | ${number(g.root_mean_squared_error)} | ${number(g.max_error)} |`
              )
            ]
          : [
              '| Group | Count | Selection rate | TPR | FPR | Accuracy |',
              Object.entries(data.groups).map(
                ([group, g]) =>
                  `| ${md(group)} | ${count(g)} | ${cell(g.selection_rate)} | ${cell(g.true_positive_rate)} | ${cell(g.false_positive_rate)} | ${cell(g.accuracy)} |`
              )
            ];
    const rows = capped(cells, (n) => `| … ${formatCount(n)} more groups in the JSON report | | | | | |`, MAX_GROUP_ROWS);
    const { metrics } = data;
    body.push(
      line(`**${md(feature)}**`),
      BLANK,
      table(header, plainRows(rows)),
      ...(data.task === 'multiclass' ? groupConfusions(data) : []),
      BLANK,
      line(
        Object.entries(metrics)
          .map(([name, m]) => `${name} ${m.value === null ? 'undefined' : hoverNumber(m.value)}`)
          .join(' · ')
      ),
      BLANK
    );
  }
  const notes = [
    features.some(([, data]) => data.task === 'binary') ? 'Intervals: 95% Wilson score.' : undefined,
    features.some(([, data]) => data.task === 'regression') ? 'Errors are prediction − label; the max error is unweighted.' : undefined,
    features.some(([, data]) => data.task === 'multiclass') ? 'Selection rates are one-vs-rest: the share of the group predicted as the class.' : undefined
  ].filter(Boolean);
  body.push(line(`<sub>${notes.join(' ')}</sub>`), BLANK);
  return [BLANK, details('Fairness by group', body)];
}

/** Past this many classes, the per-group selection rates and the confusion matrix are in the JSON report only. */
const MAX_CLASS_COLUMNS = 12;

function multiclassGroupRows(
  data: Extract<Report['fairness'][string], { task: 'multiclass' }>,
  count: (g: { count: number; small?: true }) => string,
  number: (value: number | null) => string
): [string, string[]] {
  const shown = data.classes.slice(0, MAX_CLASS_COLUMNS);
  const more = data.classes.length > shown.length ? ' | …' : '';
  const header = `| Group | Count | Accuracy | ${shown.map((c) => `Selects ${md(c)}`).join(' | ')}${more} |`;
  const rows = Object.entries(data.groups).map(
    ([group, g]) =>
      `| ${md(group)} | ${count(g)} | ${number(g.accuracy)} | ${shown.map((c) => number(g.selection_rate[c] ?? null)).join(' | ')}${more ? ' | …' : ''} |`
  );
  return [header, rows];
}

/** Past these, the per-group confusion matrices are in the JSON report only: they would not stay readable. */
const MAX_GROUP_MATRICES = 10;
const MAX_GROUP_MATRIX_CLASSES = 6;

/** Each group's confusion matrix, one small table a group, while they stay readable. */
function groupConfusions(data: Extract<Report['fairness'][string], { task: 'multiclass' }>): Block[] {
  const groups = Object.entries(data.groups);
  if (groups.length > MAX_GROUP_MATRICES || data.classes.length > MAX_GROUP_MATRIX_CLASSES)
    return [BLANK, line('<sub>The confusion matrix of each group is in the JSON report.</sub>')];
  const header = `| true ╲ predicted | ${data.classes.map(md).join(' | ')} |`;
  const tables = groups.flatMap(([group, g]) => [
    BLANK,
    line(`Confusion matrix of ${md(group)}:`),
    BLANK,
    table(header, plainRows(g.confusion.map((row, i) => `| **${md(data.classes[i] as string)}** | ${row.map((v) => roundedNumber(v)).join(' | ')} |`)))
  ]);
  return [BLANK, details('Confusion matrix by group', [...tables, BLANK])];
}

/** A multiclass classifier's confusion matrix and per-class scores. */
function classesSection(report: Report): Block[] {
  const classes = report.classes;
  if (!classes) return [];
  const scores = Object.entries(classes.perClass).map(
    ([name, c]) => `| ${md(name)} | ${roundedNumber(c.precision)} | ${roundedNumber(c.recall)} | ${roundedNumber(c.f1)} | ${roundedNumber(c.support)} |`
  );
  const body = [
    BLANK,
    table(
      '| Class | Precision | Recall | F1 | Support |',
      plainRows(capped(scores, (n) => `| … ${n} more classes in the JSON report | | | | |`, MAX_GROUP_ROWS))
    ),
    BLANK
  ];
  if (classes.labels.length <= MAX_CLASS_COLUMNS) {
    const header = `| true ╲ predicted | ${classes.labels.map(md).join(' | ')} |`;
    const rows = classes.confusion.map((row, i) => `| **${md(classes.labels[i] as string)}** | ${row.map((v) => roundedNumber(v)).join(' | ')} |`);
    body.push(line('Confusion matrix (rows: the true class):'), BLANK, table(header, plainRows(rows)), BLANK);
  } else body.push(line(`<sub>The confusion matrix of ${classes.labels.length} classes is in the JSON report.</sub>`), BLANK);
  return [BLANK, details('Classes', body)];
}

function metricsSection(report: Report): Block[] {
  const rows = Object.entries(report.metrics).map(
    ([name, m]) =>
      `| ${md(name)} | ${m.value === null ? 'undefined' : hoverNumber(m.value)} | ${m.interval ? `[${roundedNumber(m.interval.low)}, ${roundedNumber(m.interval.high)}] n=${m.interval.n}` : '—'} | ${m.baseline === undefined ? '—' : hoverNumber(m.baseline)} | ${md(m.source)} |`
  );
  const task = report.task ? [line(`Task: ${report.task.kind}${report.task.inferredFrom ? ` (inferred: ${md(report.task.inferredFrom)})` : ''}.`), BLANK] : [];
  return [BLANK, details('All metrics', [BLANK, ...task, table('| Metric | Value | 95% interval | Baseline | Source |', plainRows(rows)), BLANK])];
}

/** The evidence after the gate table, in the order both the job summary and the comment show it. */
export function evidenceSections(report: Report): Block[] {
  return [
    ...canarySection(report),
    ...comparisonSection(report),
    ...latencySection(report),
    ...driftSection(report),
    ...classesSection(report),
    ...fairnessSection(report),
    ...metricsSection(report),
    ...provenanceSection(report)
  ];
}
