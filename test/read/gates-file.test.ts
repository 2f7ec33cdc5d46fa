import { parseGatesFile } from '../../src/read/gates-file.js';
import { inputErrorOf } from '../support/errors.js';

const problemsOf = (text: string): string => inputErrorOf(() => parseGatesFile(text, '.github/model-gates.yml'));

describe('gates file', () => {
  test('reads gates with their lines, defaults severity to block, and reads canary steps', () => {
    const config = parseGatesFile(
      [
        'gates:',
        '  accuracy: {min: 0.90, max_drop: 0.01}',
        '  latency_p99_ms: {max: 100}',
        '  eod:',
        '    metric: equalized_odds_difference',
        '    max: 0.1',
        '    severity: warn',
        'canary:',
        '  steps: [5, 50, 100]'
      ].join('\n'),
      'g.yml'
    );
    expect(config.gates).toEqual([
      expect.objectContaining({ id: 'accuracy', metric: 'accuracy', bounds: { min: 0.9, max_drop: 0.01 }, severity: 'block', line: 2 }),
      expect.objectContaining({ id: 'latency_p99_ms', bounds: { max: 100 }, line: 3 }),
      expect.objectContaining({ id: 'eod', metric: 'equalized_odds_difference', severity: 'warn', line: 4 })
    ]);
    expect(config.steps).toEqual([5, 50, 100]);
    expect(config.fromFile).toBe(true);
  });

  test('JSON is accepted too', () => {
    expect(parseGatesFile('{"gates": {"accuracy": {"min": 0.9}}}', 'g.json').gates[0]?.bounds).toEqual({ min: 0.9 });
  });

  test('an unknown gate key names the line, the path and the allowed keys', () => {
    const message = problemsOf('gates:\n  accuracy:\n    minimum: 0.9\n');
    expect(message).toMatch(
      /^\.github\/model-gates\.yml: line 3: \/gates\/accuracy\/minimum: unknown field "minimum"; expected one of: metric, feature, min, max/
    );
  });

  test('an unknown top-level key is refused', () => {
    expect(problemsOf('gate:\n  accuracy: {min: 0.9}\n')).toContain('line 1: /gate: unknown field "gate"; expected one of: $schema, gates, confidence, canary');
  });

  test('a gate without a bound, or with min above max, cannot pass anything useful', () => {
    expect(problemsOf('gates:\n  accuracy: {severity: warn}\n')).toContain('/gates/accuracy: sets no bound');
    expect(problemsOf('gates:\n  accuracy: {min: 0.9, max: 0.8}\n')).toContain('min 0.9 is above max 0.8');
  });

  test('a percentage written for a proportion is caught', () => {
    expect(problemsOf('gates:\n  accuracy: {min: 90}\n')).toContain('min 90 is outside [0, 1], but accuracy is a proportion (did you mean 0.9?)');
  });

  test('baseline bounds must suit the direction of the metric', () => {
    expect(problemsOf('gates:\n  latency_p99_ms: {max_drop: 5}\n')).toContain('latency_p99_ms is lower-is-better: use max_increase');
    expect(problemsOf('gates:\n  accuracy: {max_increase: 0.1}\n')).toContain('accuracy is higher-is-better: use max_drop');
    expect(problemsOf('gates:\n  throughput: {max_drop: 5}\n')).toContain('add direction: higher or direction: lower');
    expect(problemsOf('gates:\n  accuracy: {min: 0.9, direction: lower}\n')).toContain('accuracy is higher-is-better; remove "direction: lower"');
    expect(parseGatesFile('gates:\n  throughput: {max_drop_relative: 0.05, direction: higher}\n', 'g.yml').gates[0]?.direction).toBe('higher');
  });

  test('"feature" is only for fairness metrics', () => {
    expect(problemsOf('gates:\n  accuracy: {min: 0.9, feature: sex}\n')).toContain('"feature" applies to the metrics between groups');
  });

  test('wrong types and values are named', () => {
    const message = problemsOf('gates:\n  accuracy: {min: "high", severity: fatal}\n');
    expect(message).toContain('line 2: /gates/accuracy/min: expected a number, got the string "high"');
    expect(message).toContain('/gates/accuracy/severity: expected one of "block", "warn", got the string "fatal"');
  });

  test('YAML syntax errors and duplicate keys give a line', () => {
    expect(problemsOf('gates:\n  accuracy: {min: 0.9\n')).toMatch(/line \d+: not valid YAML/);
    expect(problemsOf('gates:\n  accuracy: {min: 0.9}\n  accuracy: {min: 0.8}\n')).toMatch(/line 3: not valid YAML: Map keys must be unique/);
  });

  test('canary steps outside 1..100 are refused by the schema', () => {
    expect(problemsOf('canary:\n  steps: [0, 100]\n')).toContain('/canary/steps/0: expected a value ≥ 1, got 0');
  });

  test('canary steps that do not increase to 100 are refused where they are written', () => {
    expect(problemsOf('gates:\n  accuracy: {min: 0.9}\ncanary:\n  steps: [10, 50]\n')).toBe(
      '.github/model-gates.yml: line 4: /canary/steps: the last step must be 100 (full promotion), got 50'
    );
    expect(problemsOf('gates:\n  accuracy: {min: 0.9}\ncanary:\n  steps: [50, 25, 100]\n')).toBe(
      '.github/model-gates.yml: line 4: /canary/steps: steps must increase strictly: 50 is followed by 25'
    );
  });
});
