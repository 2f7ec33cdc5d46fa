// The live canary analysis in the job summary and the comment: the last check's canary-against-
// stable table, the checks over time, a chart of each metric that failed or was inconclusive,
// and the PromQL that was run.
import { extremes, formatNumber, formatSigned } from '../format.js';
import { digitsToTellApart, hoverNumber, hoverSigned, roundedNumber, roundedSigned, SHOWN_DIGITS } from './numbers.js';
import type { CanaryAnalysis, LiveMetricResult, LiveSide } from '../model/canary.js';
import type { Report } from '../model/report.js';
import { BLANK, details, fence, line, table, type Block } from './blocks.js';
import { thresholdOrigin } from './threshold.js';
import { escapeMarkdown as md, escapeMermaid as label } from './escape.js';
import { formatCount } from '../format.js';

const STATUS_ICONS = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' } as const;
const HEADLINES: Record<CanaryAnalysis['status'], string> = {
  skipped: 'skipped',
  passed: '✅ passed',
  failed: '❌ failed',
  inconclusive: '⚠️ inconclusive',
  error: '⛔ could not be read'
};

export function canarySection(report: Report): Block[] {
  const analysis = report.canaryAnalysis;
  if (!analysis) return [];
  if (analysis.status === 'skipped' || analysis.checks.length === 0) {
    return [BLANK, line(`**Canary against stable:** ${HEADLINES[analysis.status]}: ${md(analysis.reason)}`)];
  }
  const last = analysis.checks[analysis.checks.length - 1]!;
  const { settings, target } = analysis;
  const summary = `Canary against stable: ${HEADLINES[analysis.status]} · ${analysis.checks.length} check${analysis.checks.length > 1 ? 's' : ''}, ${analysis.failedChecks} failed`;
  const about = [
    target ? `${md(target.namespace)}/${md(target.app)}: canary ${md(target.canaryVersion)} against stable ${md(target.stableVersion)}` : undefined,
    settings ? `window ${settings.window}, min-requests ${settings.minRequests}, failure limit ${settings.failureLimit}` : undefined,
    analysis.prometheus ? `Prometheus ${md(analysis.prometheus)}` : undefined
  ].filter(Boolean);
  return [
    BLANK,
    details(
      summary,
      [
        BLANK,
        line(`${md(analysis.reason)}. ${about.join(' · ')}.`),
        BLANK,
        line(`Last check, ${last.time}:`),
        BLANK,
        table(
          '| Status | Metric | Canary | Stable | Δ <sub>95% interval</sub> | Threshold | Requests (canary / stable) |',
          last.metrics.map((m) => ({ text: metricRow(m), failed: m.status !== 'pass' }))
        ),
        ...notes(last.metrics),
        ...checksTable(analysis),
        ...charts(analysis),
        BLANK,
        details('PromQL', [BLANK, fence('promql', queryLines(analysis)), BLANK]),
        BLANK
      ],
      analysis.status !== 'passed'
    )
  ];
}

function metricRow(m: LiveMetricResult): string {
  const interval = m.differenceInterval ? ` <sub>[${roundedSigned(m.differenceInterval.low)}, ${roundedSigned(m.differenceInterval.high)}]</sub>` : '';
  const requests = `${count(m.canary.requests)} / ${count(m.stable.requests)}`;
  // the gate compared the canary's value with the threshold: enough digits to tell them apart
  const digits = digitsToTellApart(m.canary.value, m.threshold);
  const show = (value: number | null | undefined): string => hoverNumber(value, digits);
  const threshold = `${show(m.threshold)}${m.thresholdFrom ? ` (${thresholdOrigin(m.thresholdFrom, show, 'stable')})` : ''}`;
  return `| ${STATUS_ICONS[m.status]} | ${md(m.metric)} | ${value(m.canary, digits)} | ${value(m.stable)} | ${hoverSigned(m.difference)}${interval} | ${threshold} | ${requests} |`;
}

function value(side: LiveSide, digits = SHOWN_DIGITS): string {
  if (side.value === null) return '—';
  const bucket = side.bucket
    ? ` <sub>bucket ${roundedNumber(side.bucket.low)}–${side.bucket.high === null ? '+Inf' : roundedNumber(side.bucket.high)} ms</sub>`
    : '';
  return `${hoverNumber(side.value, digits)}${bucket}`;
}

function count(requests: number | null): string {
  return requests === null ? '—' : formatCount(Math.round(requests));
}

/** Why each metric of the last check failed or was inconclusive. */
function notes(metrics: readonly LiveMetricResult[]): Block[] {
  const lines = metrics.filter((m) => m.status !== 'pass').map((m) => `- ${m.status === 'fail' ? '❌' : '⚠️'} ${md(m.metric)}: ${md(m.message)}`);
  return lines.length ? [BLANK, ...lines.map(line)] : [];
}

/** Every check of a watch, one row each. */
function checksTable(analysis: CanaryAnalysis): Block[] {
  if (analysis.checks.length < 2) return [];
  const metrics = analysis.checks[0]!.metrics.map((m) => m.metric);
  const rows = analysis.checks.map((check) => ({
    text: `| ${check.time} | ${STATUS_ICONS[check.status]} | ${check.metrics.map((m) => `${roundedNumber(m.canary.value)} / ${roundedNumber(m.stable.value)}`).join(' | ')} |`,
    failed: check.status !== 'pass'
  }));
  return [BLANK, table(`| Check | Status | ${metrics.map((m) => `${md(m)} <sub>canary / stable</sub>`).join(' | ')} |`, rows)];
}

/** One chart per metric that failed or was inconclusive at some check: the canary's and the stable's values per check, and the threshold. */
function charts(analysis: CanaryAnalysis): Block[] {
  if (analysis.checks.length < 2) return [];
  const names = [...new Set(analysis.checks.flatMap((check) => check.metrics.filter((m) => m.status !== 'pass').map((m) => m.metric)))];
  return names.flatMap((name) => {
    const series = analysis.checks.map((check) => check.metrics.find((m) => m.metric === name));
    const canary = series.map((m) => m?.canary.value ?? 0);
    const stable = series.map((m) => m?.stable.value ?? 0);
    const thresholds = series.map((m) => m?.threshold ?? null);
    const top = extremes([...canary, ...stable, ...thresholds.filter((t): t is number => t !== null)]).max * 1.1 || 1;
    const chart = fence('mermaid', [
      'xychart-beta',
      `  title "${label(`${name}: canary, stable${thresholds.some((t) => t !== null) ? ', threshold' : ''}`, 60)}"`,
      `  x-axis [${analysis.checks.map((_, i) => `"${i + 1}"`).join(', ')}]`,
      `  y-axis "${label(name, 40)}" 0 --> ${plain(top)}`,
      `  line [${canary.map(plain).join(', ')}]`,
      `  line [${stable.map(plain).join(', ')}]`,
      ...(thresholds.every((t) => t !== null) ? [`  line [${thresholds.map((t) => plain(t as number)).join(', ')}]`] : [])
    ]);
    return [
      BLANK,
      chart,
      line(
        `<sub>${md(name)} per check: canary, then stable${thresholds.every((t) => t !== null) ? ', then the threshold' : ''}; missing values drawn at 0.</sub>`
      )
    ];
  });
}

/** Mermaid reads plain decimals only. */
function plain(value: number): string {
  const fixed = value.toFixed(6);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function queryLines(analysis: CanaryAnalysis): string[] {
  return Object.entries(analysis.queries).flatMap(([metric, { canary, stable }]) => [`# ${metric}, canary`, canary, `# ${metric}, stable`, stable]);
}

/** The canary analysis for the terminal: the last check's table. */
export function canaryText(report: Report): string[] {
  const analysis = report.canaryAnalysis;
  if (!analysis) return [];
  if (analysis.checks.length === 0) return ['', `canary against stable: ${analysis.status}: ${analysis.reason}`];
  const last = analysis.checks[analysis.checks.length - 1]!;
  const rows = [
    ['', 'metric', 'canary', 'stable', 'delta', 'threshold', 'requests'],
    ...last.metrics.map((m) => [
      m.status.toUpperCase(),
      m.metric,
      formatNumber(m.canary.value),
      formatNumber(m.stable.value),
      `${formatSigned(m.difference)}${m.differenceInterval ? ` [${formatSigned(m.differenceInterval.low)}, ${formatSigned(m.differenceInterval.high)}]` : ''}`,
      `${formatNumber(m.threshold)}${m.thresholdFrom ? ` (${thresholdOrigin(m.thresholdFrom, formatNumber, 'stable')})` : ''}`,
      `${count(m.canary.requests)} / ${count(m.stable.requests)}`
    ])
  ];
  const widths = rows[0]!.map((_, i) => rows.reduce((max, row) => Math.max(max, [...(row[i] ?? '')].length), 0));
  return [
    '',
    `canary against stable: ${analysis.status} (${analysis.reason}); last of ${analysis.checks.length} check(s) at ${last.time}`,
    ...rows.map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()
    ),
    ...last.metrics.filter((m) => m.status !== 'pass').map((m) => `${m.status === 'fail' ? 'error' : 'note'}: ${m.metric}: ${m.message}`)
  ];
}
