import { GROUP_METRICS, metricInfo } from '../model/metric-info.js';
import { closestName } from './closest-name.js';
import { BOUND_KEYS, type GateSpec } from '../model/gates.js';
import type { Problem } from '../model/problem.js';

/** What a gate's bounds say that the schema cannot check: a bound at all, min ≤ max, the metric's direction and kind. */
export function checkGate(gate: GateSpec, file: string, path = `/gates/${gate.id}`): Problem[] {
  const problems: Problem[] = [];
  const at = (message: string): Problem => ({ source: file, line: gate.line, path, message });
  const bounds = BOUND_KEYS.filter((key) => gate.bounds[key] !== undefined);
  if (bounds.length === 0 && !gate.notWorse) problems.push(at(`sets no bound: expected at least one of ${BOUND_KEYS.join(', ')}, not_worse`));
  if (gate.notWorse && gate.metric !== 'accuracy') {
    problems.push(at(`not_worse compares per-row correctness with McNemar's test, so it applies to accuracy, not to ${gate.metric}`));
  }

  const { min, max } = gate.bounds;
  if (min !== undefined && max !== undefined && min > max) problems.push(at(`min ${min} is above max ${max}: no value can pass`));

  const info = metricInfo(gate.metric);
  if (gate.direction && info.direction && gate.direction !== info.direction) {
    problems.push(at(`${gate.metric} is ${info.direction}-is-better; remove "direction: ${gate.direction}"`));
  }
  const direction = gate.direction ?? info.direction;
  const drops = bounds.filter((b) => b.startsWith('max_drop'));
  const increases = bounds.filter((b) => b.startsWith('max_increase'));
  if ((drops.length || increases.length) && !direction) {
    problems.push(
      at(`${[...drops, ...increases].join(', ')} needs to know which direction is better for "${gate.metric}": add direction: higher or direction: lower`)
    );
  } else if (direction === 'lower' && drops.length) {
    problems.push(at(`${gate.metric} is lower-is-better: use max_increase / max_increase_relative instead of ${drops.join(', ')}`));
  } else if (direction === 'higher' && increases.length) {
    problems.push(at(`${gate.metric} is higher-is-better: use max_drop / max_drop_relative instead of ${increases.join(', ')}`));
  }

  if (info.kind === 'proportion') {
    for (const key of ['min', 'max', 'max_drop', 'max_increase'] as const) {
      const value = gate.bounds[key];
      if (value !== undefined && (value < 0 || value > 1)) {
        problems.push(
          at(`${key} ${value} is outside [0, 1], but ${gate.metric} is a proportion${value > 1 && value <= 100 ? ` (did you mean ${value / 100}?)` : ''}`)
        );
      }
    }
  }
  const baselineBounds = [...drops, ...increases];
  if (gate.confidence !== undefined && baselineBounds.length && gate.metric !== 'accuracy') {
    problems.push(
      at(
        `confidence on ${baselineBounds.join(', ')} uses the paired interval of the accuracy difference (baseline-predictions or a baseline-model scored on the same rows), so it applies to accuracy, not to ${gate.metric}`
      )
    );
  }
  if (gate.feature !== undefined && !GROUP_METRICS.includes(gate.metric)) {
    const suggestion = closestName(gate.metric, GROUP_METRICS);
    problems.push(
      at(
        suggestion
          ? `"feature" applies to the metrics between groups, not to ${gate.metric}: did you mean ${JSON.stringify(suggestion)}?`
          : `"feature" applies to the metrics between groups (${GROUP_METRICS.join(', ')}), not to ${gate.metric}`
      )
    );
  }
  return problems;
}
