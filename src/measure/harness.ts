// Measures a model's latency with onnxruntime-node, optionally interleaved with a baseline model.
// onnxruntime-node is imported inside measureLatency only (session.ts), so runs without a model
// never load its native library.
import type { InferenceSession } from 'onnxruntime-node';
import { NO_PROGRESS, type Progress } from '../model/progress.js';
import { checkBatchSizes, checkSameInputs, checkSizes } from './input-checks.js';
import type { BatchLatency, LatencyReport, LatencySettings, ModelLatency, FiniteCheck } from '../model/latency.js';
import { latencyStats, percentileRatios } from './latency-stats.js';
import { measureRuns } from './measure-runs.js';
import { DEFAULT_SEED, generateInput, planInputs } from './onnx-inputs.js';
import { checkOutputs, fileSize, loadOnnxRuntimeFor, openModel, releaseAll, toFeeds } from './session.js';

export async function measureLatency(options: LatencySettings, cwd = process.cwd(), progress: Progress = NO_PROGRESS): Promise<LatencyReport> {
  const settings = {
    batchSizes: [...options.batchSizes],
    warmup: options.warmup,
    iterations: options.iterations,
    durationSeconds: options.durationSeconds,
    intraOpThreads: options.threads,
    seed: options.seed ?? DEFAULT_SEED
  };
  const candidateSize = await fileSize(options.model, cwd);
  const baselineSize = options.baselineModel === undefined ? undefined : await fileSize(options.baselineModel, cwd);

  const ort = await loadOnnxRuntimeFor(options.model, cwd);
  const opened: InferenceSession[] = [];
  try {
    const candidate = await openModel(ort, options.model, cwd, settings.intraOpThreads, candidateSize);
    opened.push(candidate.session);
    const baseline =
      options.baselineModel === undefined ? null : await openModel(ort, options.baselineModel, cwd, settings.intraOpThreads, baselineSize as number);
    if (baseline) opened.push(baseline.session);
    const models = baseline ? [candidate, baseline] : [candidate];
    const context = { inputShapes: options.inputShapes, inputShapesSource: options.labels.inputShapes };
    const candidatePlans = planInputs(candidate.session.inputMetadata, { ...context, file: options.model });
    const baselinePlans = baseline && planInputs(baseline.session.inputMetadata, { ...context, file: baseline.info.path });
    checkBatchSizes(candidatePlans, settings.batchSizes, options.model, options.labels.batchSizes);

    const batches: BatchLatency[] = [];
    for (const batchSize of settings.batchSizes) {
      checkSizes(candidatePlans, batchSize, options.model);
      const specs = candidatePlans.map((plan) => generateInput(plan, batchSize, settings.seed));
      if (baseline && baselinePlans) checkSameInputs(specs, baselinePlans, batchSize, baseline.info.path, options.model);
      const feeds = toFeeds(ort, specs);
      const finite: FiniteCheck[] = [];
      for (const model of models) finite.push(await checkOutputs(model, feeds, specs));
      const planned = settings.iterations === null ? '' : `/${settings.iterations}`;
      let done = 0;
      const runs = {
        warmup: settings.warmup,
        iterations: settings.iterations,
        durationSeconds: settings.durationSeconds,
        onRounds: (rounds: number) => {
          done = rounds;
          progress.update(`${done}${planned} runs`);
        }
      };
      progress.start(`model-gate: measuring the latency of ${models.map((model) => model.info.path).join(' and ')} at batch ${batchSize}`);
      const durations = await measureRuns(
        models.map((model) => model.session),
        feeds,
        runs
      ).finally(() => progress.done(`${done} runs`));
      const latency = (i: number): ModelLatency => ({ stats: latencyStats(durations[i]!, batchSize), finite: finite[i]! });
      batches.push({
        batchSize,
        inputs: specs.map(({ name, type, shape }) => ({ name, type, shape })),
        candidate: latency(0),
        baseline: baseline && latency(1),
        ratios: baseline && percentileRatios(durations[0]!, durations[1]!)
      });
    }
    return {
      runtime: { package: 'onnxruntime-node', version: ort.env.versions.node ?? ort.env.versions.common, executionProvider: 'cpu' },
      settings: { ...settings, interOpThreads: 1, executionMode: 'sequential', interleaved: baseline !== null },
      candidate: candidate.info,
      baseline: baseline?.info ?? null,
      batches
    };
  } finally {
    await releaseAll(opened);
  }
}
