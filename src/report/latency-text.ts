import { extremes, formatNumber } from '../format.js';
import type { LatencyReport } from '../model/latency.js';

/** The terminal table of a latency measurement (`model-gate bench`). */
export function renderLatencyText(latency: LatencyReport): string {
  const { runtime, settings, candidate, baseline } = latency;
  const rows = [['batch', 'model', 'p50', 'p50 95% CI', 'p90', 'p95', 'p99', 'p99 95% CI', 'max', 'mean', 'items/s']];
  const ci = (i: { low: number; high: number } | null): string => (i ? `${formatNumber(i.low)}–${formatNumber(i.high)}` : '—');
  for (const batch of latency.batches) {
    for (const [name, model] of [
      ['candidate', batch.candidate],
      ['baseline', batch.baseline]
    ] as const) {
      if (!model) continue;
      const s = model.stats;
      rows.push([
        String(batch.batchSize),
        name,
        formatNumber(s.p50Ms),
        ci(s.p50Interval),
        formatNumber(s.p90Ms),
        formatNumber(s.p95Ms),
        formatNumber(s.p99Ms),
        ci(s.p99Interval),
        formatNumber(s.maxMs),
        formatNumber(s.meanMs),
        formatNumber(s.throughputPerSecond)
      ]);
    }
    if (batch.ratios) {
      const r = batch.ratios;
      rows.push([
        String(batch.batchSize),
        'cand/base',
        `×${formatNumber(r.p50.ratio)}`,
        ci(r.p50.interval),
        `×${formatNumber(r.p90.ratio)}`,
        `×${formatNumber(r.p95.ratio)}`,
        `×${formatNumber(r.p99.ratio)}`,
        ci(r.p99.interval),
        '',
        '',
        ''
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => extremes(rows.map((r) => (r[i] ?? '').length)).max);
  const table = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  );
  const runs = settings.iterations === null ? `${settings.durationSeconds} s` : `${settings.iterations} runs`;
  return [
    `${candidate.path}: ${formatNumber(candidate.sizeBytes / 1e6)} MB, session ${formatNumber(candidate.sessionCreationMs)} ms${baseline ? `; baseline ${baseline.path}: ${formatNumber(baseline.sizeBytes / 1e6)} MB` : ''}`,
    `onnxruntime-node ${runtime.version} (${runtime.executionProvider}), ${settings.intraOpThreads} thread(s), ${settings.warmup} warm-up + ${runs}${settings.interleaved ? ', interleaved' : ''}; times in ms`,
    '',
    ...table,
    ''
  ].join('\n');
}
