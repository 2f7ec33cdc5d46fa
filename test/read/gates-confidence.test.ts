import { parseGatesFile } from '../../src/read/gates-file.js';
import { inputErrorOf } from '../support/errors.js';

const problemsOf = (text: string): string => inputErrorOf(() => parseGatesFile(text, 'g.yml'));

describe('confidence in the gates file', () => {
  test('a gate may set its own confidence; the file may set a default for all', () => {
    const config = parseGatesFile('confidence: 0.9\ngates:\n  accuracy: {min: 0.9, confidence: 0.99}\n  error_rate: {max: 0.1}\n', 'g.yml');
    expect(config.confidence).toBe(0.9);
    expect(config.gates.map((g) => [g.id, g.confidence])).toEqual([
      ['accuracy', 0.99],
      ['error_rate', undefined]
    ]);
  });

  test('without confidence nothing changes: no default, no gate level', () => {
    const config = parseGatesFile('gates:\n  accuracy: {min: 0.9}\n', 'g.yml');
    expect(config).not.toHaveProperty('confidence');
    expect(config.gates[0]).not.toHaveProperty('confidence');
  });

  test.each([
    ['0.97', 'gates:\n  accuracy: {min: 0.9, confidence: 0.97}\n', 2],
    ['1', 'gates:\n  accuracy: {min: 0.9, confidence: 1}\n', 2],
    ['95 (a percentage)', 'gates:\n  accuracy:\n    min: 0.9\n    confidence: 95\n', 4],
    ['a word', 'confidence: high\ngates:\n  accuracy: {min: 0.9}\n', 1]
  ])('confidence %s is bad input at its line, naming the allowed levels', (_name, text, line) => {
    const message = problemsOf(text);
    expect(message).toContain(`line ${line}`);
    expect(message).toMatch(/confidence/);
    expect(message).toMatch(/0\.9, 0\.95, 0\.99/);
  });

  test("a gate's confidence on a baseline bound applies to accuracy only (the paired interval)", () => {
    const message = problemsOf('gates:\n  roc_auc:\n    max_drop: 0.01\n    confidence: 0.95\n');
    expect(message).toBe(
      'g.yml: line 2: /gates/roc_auc: confidence on max_drop uses the paired interval of the accuracy difference (baseline-predictions or a baseline-model scored on the same rows), so it applies to accuracy, not to roc_auc'
    );
    // the file's default is no error there: that bound stays a point comparison
    expect(() => parseGatesFile('confidence: 0.95\ngates:\n  roc_auc: {max_drop: 0.01}\n', 'g.yml')).not.toThrow();
  });

  test("not_worse's alpha defaults to 1 - confidence; an explicit alpha wins", () => {
    const alpha = (text: string): number | undefined => parseGatesFile(text, 'g.yml').gates[0]?.notWorse?.alpha;
    expect(alpha('gates:\n  accuracy: {not_worse: {}}\n')).toBe(0.05);
    expect(alpha('gates:\n  accuracy: {not_worse: {}, confidence: 0.99}\n')).toBe(0.01);
    expect(alpha('confidence: 0.9\ngates:\n  accuracy: {not_worse: {}}\n')).toBe(0.1);
    expect(alpha('confidence: 0.9\ngates:\n  accuracy: {not_worse: {alpha: 0.05}}\n')).toBe(0.05);
  });

  test('live canary gates take no confidence', () => {
    const message = problemsOf('canary:\n  analysis:\n    metrics:\n      request_error_rate: {max_increase: 0.01, confidence: 0.95}\n');
    expect(message).toMatch(/unknown field "confidence"/);
  });
});
