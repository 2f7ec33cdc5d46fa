// Mermaid charts for the pull-request comment, where a picture says more than the tables:
// the groups of the worst sensitive feature against the fairness limit, and the latency
// percentiles against the latency limit. GitHub renders fenced `mermaid` blocks. Each chart sits in
// an open <details>, so a comment that must be shortened can drop it whole, caption included.
import { FAIRNESS_METRICS, type FairnessMetric } from '../model/metric-info.js';
import { extremes, formatNumber } from '../format.js';
import { BLANK, details, fence, line, type Block } from './blocks.js';
import { escapeMarkdown as md, escapeMermaid as label } from './escape.js';
import type { GateResult } from '../model/gates.js';
import type { Report, ReportedFeature } from '../model/report.js';

type RateName = 'selection_rate' | 'true_positive_rate' | 'false_positive_rate';

const RATE_TITLES: Record<RateName, string> = {
  selection_rate: 'Selection rate',
  true_positive_rate: 'True positive rate',
  false_positive_rate: 'False positive rate'
};

/** More bars than this are unreadable: the chart keeps the highest group and the lowest others. */
export const MAX_CHART_GROUPS = 20;

const FAILED_FIRST = (g: GateResult): number => (g.status === 'pass' ? 2 : g.severity === 'block' ? 0 : 1);

/** Per-group rates of the feature a fairness gate checks (the failing one first), with the gate's limit as a line. */
export function fairnessChart(report: Report): Block[] {
  const target = chartedFeature(report);
  if (!target) return [];
  const { feature, data, gate } = target;
  const rate = rateFor(gate?.metric, data);
  const points = Object.entries(data.groups)
    .map(([group, g]) => ({ group, value: g[rate].value }))
    .filter((p): p is { group: string; value: number } => p.value !== null)
    .sort((a, b) => b.value - a.value);
  if (points.length < 2) return [];
  const shown = points.length > MAX_CHART_GROUPS ? [points[0]!, ...points.slice(-(MAX_CHART_GROUPS - 1))] : points;
  const highest = points[0]!.value;
  const limit = gate ? limitLine(gate, highest) : undefined;

  const chart = fence('mermaid', [
    'xychart-beta',
    `  title "${label(`${RATE_TITLES[rate]} by ${feature}`, 60)}"`,
    `  x-axis [${uniqueLabels(shown.map((p) => p.group))
      .map((l) => `"${l}"`)
      .join(', ')}]`,
    `  y-axis "${RATE_TITLES[rate]}" 0 --> 1`,
    `  bar [${shown.map((p) => chartNumber(p.value)).join(', ')}]`,
    ...(limit ? [`  line [${shown.map(() => chartNumber(limit.value)).join(', ')}]`] : [])
  ]);
  const omitted = Object.keys(data.groups).length - shown.length;
  const caption = [
    `Bars: ${RATE_TITLES[rate].toLowerCase()} of each group of **${md(feature)}**`,
    limit && gate
      ? `line: ${limit.text} (${md(gate.metric)} ${gate.comparator} ${formatNumber(gate.threshold)}); a group below the line fails the gate`
      : undefined,
    omitted > 0 ? `${omitted} group${omitted > 1 ? 's' : ''} not shown (see the fairness table)` : undefined
  ];
  const body = [BLANK, chart, BLANK, line(`<sub>${caption.filter(Boolean).join('; ')}.</sub>`), BLANK];
  return [BLANK, details(`${RATE_TITLES[rate]} by ${md(feature)}`, body, true)];
}

/** Latency metrics as bars, each latency limit as a horizontal line. Only drawn when a latency gate applies. */
export function latencyChart(report: Report): Block[] {
  const gates = report.gates.filter((g) => g.metric.startsWith('latency_') && g.comparator === '≤' && g.threshold !== null && g.check !== 'not_worse');
  const points = Object.entries(report.metrics)
    .filter((entry): entry is [string, { value: number } & (typeof entry)[1]] => entry[0].startsWith('latency_') && entry[1].value !== null)
    .map(([name, m]) => ({ name, value: m.value }))
    .sort((a, b) => percentileOf(a.name) - percentileOf(b.name));
  if (gates.length === 0 || points.length === 0) return [];

  const limits = [...new Map(gates.map((g) => [g.threshold!, g])).values()].slice(0, 3);
  const { max: top } = extremes([...points.map((p) => p.value), ...limits.map((g) => g.threshold!)]);
  const unit = points.every((p) => p.name.endsWith('_ms')) ? ' (ms)' : '';
  const chart = fence('mermaid', [
    'xychart-beta',
    `  title "Latency${unit}"`,
    `  x-axis [${uniqueLabels(points.map((p) => shortLatencyName(p.name)))
      .map((l) => `"${l}"`)
      .join(', ')}]`,
    `  y-axis "Latency${unit}" 0 --> ${chartNumber(niceCeiling(top * 1.1))}`,
    `  bar [${points.map((p) => chartNumber(p.value)).join(', ')}]`,
    ...limits.map((g) => `  line [${points.map(() => chartNumber(g.threshold!)).join(', ')}]`)
  ]);
  const caption = `<sub>Bars: the candidate's latency; line${limits.length > 1 ? 's' : ''}: ${limits.map((g) => `${md(g.metric)} ${g.comparator} ${formatNumber(g.threshold)}`).join(', ')}.</sub>`;
  return [BLANK, details('Latency against its limit', [BLANK, chart, BLANK, line(caption), BLANK], true)];
}

/** The feature of the first failing fairness gate (else the first passing one), or the least fair feature when no gate checks one. */
type BinaryFeature = Extract<ReportedFeature, { task: 'binary' }>;

function chartedFeature(report: Report): { feature: string; data: BinaryFeature; gate?: GateResult } | undefined {
  const fairnessGates = report.gates
    .filter((g) => g.feature !== undefined && report.fairness[g.feature]?.task === 'binary' && isFairnessMetric(g.metric) && g.threshold !== null)
    .sort((a, b) => FAILED_FIRST(a) - FAILED_FIRST(b));
  const gate = fairnessGates[0];
  if (gate?.feature !== undefined) return { feature: gate.feature, data: report.fairness[gate.feature] as BinaryFeature, gate };
  const worst = Object.entries(report.fairness)
    .filter((entry): entry is [string, BinaryFeature] => entry[1].task === 'binary')
    .map(([feature, data]) => ({ feature, data, spread: data.metrics.demographic_parity_difference?.value ?? -1 }))
    .sort((a, b) => b.spread - a.spread)[0];
  return worst && { feature: worst.feature, data: worst.data };
}

function isFairnessMetric(metric: string): metric is FairnessMetric {
  return (FAIRNESS_METRICS as readonly string[]).includes(metric);
}

/** The rate a fairness metric is computed from; equalized odds takes whichever of TPR and FPR decides its value. */
function rateFor(metric: string | undefined, data: BinaryFeature): RateName {
  if (!metric || metric.startsWith('demographic_parity')) return 'selection_rate';
  if (metric.startsWith('equal_opportunity')) return 'true_positive_rate';
  const spread = (rate: RateName): { difference: number; ratio: number } => {
    const values = Object.values(data.groups).flatMap((g) => (g[rate].value === null ? [] : [g[rate].value!]));
    const { max, min } = extremes(values);
    return { difference: max - min, ratio: max > 0 ? min / max : 1 };
  };
  const tpr = spread('true_positive_rate');
  const fpr = spread('false_positive_rate');
  const fprDecides = metric.endsWith('_ratio') ? fpr.ratio < tpr.ratio : fpr.difference > tpr.difference;
  return fprDecides ? 'false_positive_rate' : 'true_positive_rate';
}

/** A limit on a ratio (min/max ≥ t) or a difference (max − min ≤ t) is a floor under every group's rate. */
function limitLine(gate: GateResult, highest: number): { value: number; text: string } | undefined {
  const t = gate.threshold;
  if (t === null) return undefined;
  if (gate.metric.endsWith('_ratio') && gate.comparator === '≥') {
    return { value: Math.max(0, t * highest), text: `${formatNumber(t)} × the highest rate` };
  }
  if (gate.metric.endsWith('_difference') && gate.comparator === '≤') {
    return { value: Math.max(0, highest - t), text: `the highest rate − ${formatNumber(t)}` };
  }
  return undefined;
}

/** Escaped labels, made distinct: mermaid merges equal categories into one bar. */
function uniqueLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = label(name, 24);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function shortLatencyName(name: string): string {
  return name.replace(/^latency_/, '').replace(/_ms$/, '') || 'latency';
}

function percentileOf(name: string): number {
  const match = /p(\d+(?:\.\d+)?)/.exec(name);
  return match ? Number(match[1]) : -1;
}

/** Mermaid reads plain decimals only: no exponent, at most 4 decimals. */
function chartNumber(value: number): string {
  const fixed = value.toFixed(4);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Rounds up to two significant digits: 110.3 → 120, 7.6 → 7.6, 0.0123 → 0.013. */
function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Number((Math.ceil(value / step - 1e-9) * step).toPrecision(2));
}
