import type { LatencyReport } from '../../src/model/latency.js';
import { BLANK, details, fence, line, table, toMarkdown } from '../../src/report/blocks.js';
import { latencySection } from '../../src/report/latency-section.js';
import type { Report } from '../../src/model/report.js';

describe('blocks', () => {
  test('print as Markdown lines; a table gets a separator as wide as its header; a final blank line ends the text with a newline', () => {
    const blocks = [
      line('# t'),
      BLANK,
      table('| | a | b |', [{ text: '| ✅ | 1 | 2 |', failed: false }]),
      details('s', [fence('mermaid', ['x'])], true),
      BLANK
    ];
    expect(toMarkdown(blocks)).toBe('# t\n\n| | a | b |\n|---|---|---|\n| ✅ | 1 | 2 |\n<details open><summary>s</summary>\n```mermaid\nx\n```\n</details>\n');
  });
});

const stats = (p50: number): LatencyReport['batches'][number]['candidate']['stats'] => ({
  samples: 80,
  p50Ms: p50,
  p90Ms: p50 * 1.2,
  p95Ms: p50 * 1.3,
  p99Ms: p50 * 1.5,
  maxMs: p50 * 2,
  meanMs: p50 * 1.05,
  throughputPerSecond: 1000 / p50,
  p50Interval: { low: p50 * 0.9, high: p50 * 1.1, ranks: { low: 33, high: 48 }, coverage: 0.95 },
  p99Interval: null,
  notes: []
});
const latency: LatencyReport = {
  runtime: { package: 'onnxruntime-node', version: '1.30.0', executionProvider: 'cpu' },
  settings: {
    batchSizes: [1, 8],
    warmup: 20,
    iterations: 80,
    durationSeconds: null,
    intraOpThreads: 1,
    interOpThreads: 1,
    executionMode: 'sequential',
    seed: 7,
    interleaved: true
  },
  candidate: { path: 'models/<cand>.onnx', sizeBytes: 1234567, sessionCreationMs: 12.5, inputs: [], outputs: [] },
  baseline: { path: 'models/base.onnx', sizeBytes: 1000000, sessionCreationMs: 10, inputs: [], outputs: [] },
  batches: [
    {
      batchSize: 1,
      inputs: [],
      candidate: { stats: stats(0.5), finite: { finite: true, nonFiniteOutputs: [] } },
      baseline: { stats: stats(0.4), finite: { finite: true, nonFiniteOutputs: [] } },
      ratios: {
        p50: { ratio: 1.25, interval: { low: 1.1, high: 1.4 } },
        p90: { ratio: 1.2, interval: null },
        p95: { ratio: 1.2, interval: null },
        p99: { ratio: 1.3, interval: { low: 1, high: 1.6 } }
      }
    },
    { batchSize: 8, inputs: [], candidate: { stats: stats(2), finite: { finite: true, nonFiniteOutputs: [] } }, baseline: null, ratios: null }
  ]
};

describe('the latency section', () => {
  test('is a collapsible section with the settings, a row per model and batch size, and the ratios', () => {
    expect(toMarkdown(latencySection({ latency } as Report))).toBe(
      '\n<details><summary>Latency (measured)</summary>\n\nmodels/&#60;cand&#62;.onnx: 1.235 MB, session created in 12.5 ms · baseline models/base.onnx: 1 MB\nonnxruntime-node 1.30.0 (cpu), 1 intra-op thread(s), 20 warm-up + 80 runs, interleaved with the baseline\n\n| Batch | Model | p50 | p90 | p95 | p99 | max | mean | items/s |\n|---|---|---|---|---|---|---|---|---|\n| 1 | candidate | 0.5 ms <sub>[0.45, 0.55]</sub> | 0.6 ms | 0.65 ms | 0.75 ms | 1 ms | 0.525 ms | 2000 |\n| 1 | baseline | 0.4 ms <sub>[0.36, 0.44]</sub> | 0.48 ms | 0.52 ms | 0.6 ms | 0.8 ms | 0.42 ms | 2500 |\n| 1 | candidate ÷ baseline | ×1.25 <sub>[1.1, 1.4]</sub> | ×1.2 | ×1.2 | ×1.3 <sub>[1, 1.6]</sub> | | | |\n| 8 | candidate | 2 ms <sub>[1.8, 2.2]</sub> | 2.4 ms | 2.6 ms | 3 ms | 4 ms | 2.1 ms | 500 |\n\n<sub>Intervals: 95%, distribution-free (order statistics); ratio intervals are simultaneous.</sub>\n\n</details>'
    );
  });
});
