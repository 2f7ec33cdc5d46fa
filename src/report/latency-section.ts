import { hoverNumber, roundedNumber } from './numbers.js';
import { BLANK, details, line, plainRows, table, type Block } from './blocks.js';
import { escapeMarkdown as md } from './escape.js';
import type { QuantileInterval } from '../model/latency.js';
import type { Report } from '../model/report.js';

const ms = (value: number): string => `${hoverNumber(value)} ms`;
const withInterval = (value: number, interval: QuantileInterval | null): string =>
  interval ? `${ms(value)} <sub>[${roundedNumber(interval.low)}, ${roundedNumber(interval.high)}]</sub>` : ms(value);

/** The measured latency per batch size, and the candidate ÷ baseline ratios when a baseline model was measured. */
export function latencySection(report: Report): Block[] {
  const latency = report.latency;
  if (!latency) return [];
  const { runtime, settings, candidate, baseline } = latency;
  const runs = settings.iterations === null ? `${settings.durationSeconds} s per batch size` : `${settings.iterations} runs`;
  const rows: string[] = [];
  for (const batch of latency.batches) {
    const models = [['candidate', batch.candidate] as const, ...(batch.baseline ? [['baseline', batch.baseline] as const] : [])];
    for (const [name, { stats }] of models) {
      rows.push(
        `| ${batch.batchSize} | ${name} | ${withInterval(stats.p50Ms, stats.p50Interval)} | ${ms(stats.p90Ms)} | ${ms(stats.p95Ms)} | ${withInterval(stats.p99Ms, stats.p99Interval)} | ${ms(stats.maxMs)} | ${ms(stats.meanMs)} | ${hoverNumber(stats.throughputPerSecond)} |`
      );
    }
    if (batch.ratios) {
      const cell = (r: { ratio: number; interval: { low: number; high: number } | null }): string =>
        `×${hoverNumber(r.ratio)}${r.interval ? ` <sub>[${roundedNumber(r.interval.low)}, ${roundedNumber(r.interval.high)}]</sub>` : ''}`;
      rows.push(
        `| ${batch.batchSize} | candidate ÷ baseline | ${cell(batch.ratios.p50)} | ${cell(batch.ratios.p90)} | ${cell(batch.ratios.p95)} | ${cell(batch.ratios.p99)} | | | |`
      );
    }
  }
  return [
    BLANK,
    details('Latency (measured)', [
      BLANK,
      line(
        `${md(candidate.path)}: ${roundedNumber(candidate.sizeBytes / 1e6)} MB, session created in ${ms(candidate.sessionCreationMs)}` +
          (baseline ? ` · baseline ${md(baseline.path)}: ${roundedNumber(baseline.sizeBytes / 1e6)} MB` : '')
      ),
      line(
        `onnxruntime-node ${md(runtime.version)} (${runtime.executionProvider}), ${settings.intraOpThreads} intra-op thread(s), ${settings.warmup} warm-up + ${runs}${settings.interleaved ? ', interleaved with the baseline' : ''}`
      ),
      BLANK,
      table('| Batch | Model | p50 | p90 | p95 | p99 | max | mean | items/s |', plainRows(rows)),
      BLANK,
      line('<sub>Intervals: 95%, distribution-free (order statistics); ratio intervals are simultaneous.</sub>'),
      BLANK
    ])
  ];
}
