import { throwIfAny } from '../errors.js';
import type { Direction } from '../model/metric-info.js';
import { stepsProblem } from './canary.js';
import { parseCanaryAnalysis, type AnalysisJson } from './canary-analysis.js';
import { checkGate } from './gate-checks.js';
import { parseYaml, validateYaml } from './yaml.js';
import validateGates from './schemas/compiled/gates.js';
import type { Bounds, GatesConfig, GateSpec, Severity } from '../model/gates.js';
import type { Problem } from '../model/problem.js';

interface GatesJson {
  gates?: Record<
    string,
    Bounds & {
      metric?: string;
      feature?: string;
      not_worse?: { alpha?: number };
      confidence?: number;
      direction?: Direction;
      severity?: Severity;
      description?: string;
    }
  >;
  confidence?: number;
  canary?: { steps?: number[]; analysis?: AnalysisJson };
}

/** Parses a gates file (YAML or JSON; JSON is YAML) and checks that every gate makes sense. */
export function parseGatesFile(text: string, source: string, fromFile = true): GatesConfig {
  const yaml = parseYaml(text, source);
  const valid = validateYaml<GatesJson>(validateGates, yaml, source);
  const gates = Object.entries(valid.gates ?? {}).map(([id, raw]): GateSpec => {
    const { metric = id, feature, not_worse: notWorse, confidence, direction, severity = 'block', description, ...bounds } = raw;
    const gate: GateSpec = { id, metric, feature, direction, severity, description, bounds, line: yaml.lineOf(['gates', id]) };
    if (confidence !== undefined) gate.confidence = confidence;
    // not_worse is McNemar's test: its significance level is what `confidence` sets for the other checks
    const level = confidence ?? valid.confidence;
    if (notWorse) gate.notWorse = { alpha: notWorse.alpha ?? (level === undefined ? 0.05 : roundLevel(1 - level)) };
    return gate;
  });
  const steps = valid.canary?.steps;
  const stepsError = steps && stepsProblem(steps);
  const stepsProblems: Problem[] = stepsError ? [{ source, line: yaml.lineOf(['canary', 'steps']), path: '/canary/steps', message: stepsError }] : [];
  const analysis = valid.canary?.analysis && parseCanaryAnalysis(valid.canary.analysis, yaml, source);
  throwIfAny([...gates.flatMap((gate) => checkGate(gate, source)), ...stepsProblems, ...(analysis?.problems ?? [])]);
  return {
    source,
    fromFile,
    gates,
    steps,
    ...(valid.confidence === undefined ? {} : { confidence: valid.confidence }),
    ...(analysis ? { analysis: analysis.config } : {})
  };
}

/** 1 − 0.95 is 0.050000000000000044 in binary: alpha as written, 0.05. */
function roundLevel(alpha: number): number {
  return Number(alpha.toFixed(10));
}
