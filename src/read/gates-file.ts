import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError, throwIfAny, type Problem } from '../errors.js';
import { FAIRNESS_METRICS, metricInfo, type Direction } from '../evaluate/registry.js';
import { stripBom } from './json.js';
import { BOUND_KEYS, type BoundKey } from './schemas/gates.js';
import { validateWith } from './validate.js';
import * as validators from './schemas/validators.js';

export type Severity = 'block' | 'warn';
export type Bounds = Partial<Record<BoundKey, number>>;

export interface GateSpec {
  id: string;
  metric: string;
  /** Fairness metrics: check this sensitive feature only; otherwise the worst feature decides. */
  feature?: string;
  bounds: Bounds;
  direction?: Direction;
  severity: Severity;
  description?: string;
  /** Default gates apply only when their metric (and, for baseline bounds, the baseline) is present. */
  optional?: boolean;
  /** Line of the gate in its file, for annotations. */
  line?: number;
}

export interface GatesConfig {
  /** Where the gates came from: a file path, "inline gates" or "default gates". */
  source: string;
  /** True when `source` is a file in the repository (annotations can point at it). */
  fromFile: boolean;
  gates: GateSpec[];
  steps?: number[];
}

interface GatesJson {
  gates?: Record<string, Bounds & { metric?: string; feature?: string; direction?: Direction; severity?: Severity; description?: string }>;
  canary?: { steps?: number[] };
}

/** Parses a gates file (YAML or JSON; JSON is YAML) and checks that every gate makes sense. */
export function parseGatesFile(text: string, source: string, fromFile = true): GatesConfig {
  const lines = new LineCounter();
  const doc = parseDocument(stripBom(text), { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => ({ file: source, line: e.linePos?.[0].line, message: `not valid YAML: ${firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '')}` }))
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const lineOf = (path: readonly string[]): number | undefined => lineOfPath(doc, lines, path);
  let valid: GatesJson;
  try {
    valid = validateWith<GatesJson>(validators.gates, data, source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => ({ ...p, line: lineOf(pointerSegments(p.path)) })));
  }

  const gates = Object.entries(valid.gates ?? {}).map(([id, raw]): GateSpec => {
    const { metric = id, feature, direction, severity = 'block', description, ...bounds } = raw;
    return { id, metric, feature, direction, severity, description, bounds, line: lineOf(['gates', id]) };
  });
  throwIfAny(gates.flatMap((gate) => checkGate(gate, source)));
  return { source, fromFile, gates, steps: valid.canary?.steps };
}

function checkGate(gate: GateSpec, file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (message: string): Problem => ({ file, line: gate.line, path: `/gates/${gate.id}`, message });
  const bounds = BOUND_KEYS.filter((key) => gate.bounds[key] !== undefined);
  if (bounds.length === 0) problems.push(at(`sets no bound: expected at least one of ${BOUND_KEYS.join(', ')}`));

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
    problems.push(at(`${[...drops, ...increases].join(', ')} needs to know which direction is better for "${gate.metric}": add direction: higher or direction: lower`));
  } else if (direction === 'lower' && drops.length) {
    problems.push(at(`${gate.metric} is lower-is-better: use max_increase / max_increase_relative instead of ${drops.join(', ')}`));
  } else if (direction === 'higher' && increases.length) {
    problems.push(at(`${gate.metric} is higher-is-better: use max_drop / max_drop_relative instead of ${increases.join(', ')}`));
  }

  if (info.kind === 'proportion') {
    for (const key of ['min', 'max', 'max_drop', 'max_increase'] as const) {
      const value = gate.bounds[key];
      if (value !== undefined && (value < 0 || value > 1)) {
        problems.push(at(`${key} ${value} is outside [0, 1], but ${gate.metric} is a proportion${value > 1 && value <= 100 ? ` (did you mean ${value / 100}?)` : ''}`));
      }
    }
  }
  if (gate.feature !== undefined && !(FAIRNESS_METRICS as readonly string[]).includes(gate.metric)) {
    problems.push(at(`"feature" applies to fairness metrics (${FAIRNESS_METRICS.join(', ')}), not to ${gate.metric}`));
  }
  return problems;
}

/** Line of the deepest mapping key along `path` that exists (a key's line reads better than its value's). */
function lineOfPath(doc: Document, lines: LineCounter, path: readonly string[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    if (!isMap(parent)) continue;
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === path[depth - 1]);
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return undefined;
}

function pointerSegments(pointer: string | undefined): string[] {
  if (!pointer || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
