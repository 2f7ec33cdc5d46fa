import { evaluateCandidate, noDecisionReport } from '../../src/decide/engine.js';
import { InputError } from '../../src/errors.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { summarizeReport } from '../../src/read/report-summary.js';
import { inputErrorOf } from '../support/errors.js';
import { metricSet } from '../support/fixtures.js';

const GATES = 'gates:\n  accuracy: {min: 0.9}\n  samples: {min: 1000}\n  latency_p99_ms: {max: 100, severity: warn}';

/** The JSON report of a run on `metrics` at `currentWeight`, as evaluate writes it. */
function reportText(metrics: Record<string, number>, currentWeight: number, model: object = { name: 'fraud', version: '2.4.0' }): string {
  const report = evaluateCandidate({
    candidate: metricSet({ model, metrics }, 'm.json'),
    candidateName: 'm.json',
    gates: parseGatesFile(GATES, 'g.yml'),
    currentWeight
  });
  return JSON.stringify(report, null, 2);
}

const advance = (): Record<string, unknown> => JSON.parse(reportText({ accuracy: 0.95, samples: 5000, latency_p99_ms: 50 }, 10));

describe('summarizeReport', () => {
  test('a decided run: its model, the decision with both weights, and its checks counted', () => {
    expect(summarizeReport(reportText({ accuracy: 0.95, samples: 5000, latency_p99_ms: 50 }, 10), 'a.json')).toEqual({
      file: 'a.json',
      model: { name: 'fraud', version: '2.4.0' },
      decision: 'advance',
      canaryWeight: 25,
      previousWeight: 10,
      passed: true,
      checks: { passed: 3, failed: 0 },
      failedGates: []
    });
    expect(summarizeReport(reportText({ accuracy: 0.8, samples: 5000, latency_p99_ms: 150 }, 25, {}), 'b.json')).toMatchObject({
      model: {},
      decision: 'rollback',
      canaryWeight: 0,
      previousWeight: 25,
      passed: false,
      checks: { passed: 1, failed: 2 },
      failedGates: ['accuracy.min', 'latency_p99_ms.max']
    });
    // a failed warn gate holds, and the blocking gates passed
    expect(summarizeReport(reportText({ accuracy: 0.95, samples: 5000, latency_p99_ms: 150 }, 25), 'c.json')).toMatchObject({
      decision: 'hold',
      canaryWeight: 25,
      passed: true,
      failedGates: ['latency_p99_ms.max']
    });
  });

  test('a run that stopped before deciding is a row that did not pass, with why', () => {
    const stopped = noDecisionReport(new InputError({ source: 'm.json', path: '/accuracy', message: 'expected a proportion' }), 50);
    expect(summarizeReport(JSON.stringify(stopped), 'none.json')).toEqual({
      file: 'none.json',
      model: {},
      decision: 'none',
      canaryWeight: 50,
      previousWeight: 50,
      passed: false,
      checks: null,
      failedGates: [],
      error: { kind: 'bad-input', message: 'm.json: /accuracy: expected a proportion' }
    });
    expect(summarizeReport(JSON.stringify(noDecisionReport(new Error('boom'), 0)), 'x.json').error).toEqual({ kind: 'unexpected', message: 'boom' });
  });

  test('what is not a report is bad input naming the file, the field and what was expected', () => {
    const edited = (changes: Record<string, unknown>): string => JSON.stringify({ ...advance(), ...changes });
    const cases: [string, string][] = [
      ['[]', 'r.json: /: expected a JSON object: the JSON report of model-gate evaluate (--json or --report)'],
      ['{"accuracy": 0.9}', 'r.json: /: missing fields "schemaVersion", "decision", "canaryWeight", "previousWeight", "passed", "gates"'],
      [edited({ gates: undefined }), 'r.json: /: missing field "gates"'],
      [edited({ schemaVersion: 2 }), 'r.json: /schemaVersion: expected 1, the version this model-gate reads, got 2'],
      [edited({ decision: 'deploy' }), 'r.json: /decision: expected one of "rollback", "hold", "advance", "promote", "none", got the string "deploy"'],
      [edited({ canaryWeight: 100 }), 'r.json: /canaryWeight: 100 does not go with decision "advance": expected between 1 and 99'],
      [edited({ previousWeight: 10.5 }), 'r.json: /previousWeight: expected an integer from 0 to 100, got 10.5'],
      [edited({ passed: 'yes' }), 'r.json: /passed: expected true or false, got the string "yes"'],
      [edited({ decision: 'rollback', canaryWeight: 0 }), 'r.json: /passed: true does not go with decision "rollback"'],
      [edited({ passed: false }), 'r.json: /passed: false does not go with decision "advance": only a rollback did not pass'],
      [edited({ gates: {} }), 'r.json: /gates: expected an array of gate results, got an object'],
      [
        edited({
          gates: [
            { id: 'a.min', status: 'pass' },
            { id: 3, status: 'fail' }
          ]
        }),
        'r.json: /gates/1: expected a gate result with an "id" string and a "status" of "pass" or "fail", got an object'
      ],
      [edited({ model: 'fraud' }), `r.json: /model: expected an object (the model's name and version), got the string "fraud"`],
      [edited({ model: { name: ['fraud'] } }), 'r.json: /model/name: expected a string, got an array'],
      [
        JSON.stringify({ schemaVersion: 1, decision: 'none', canaryWeight: 10, previousWeight: 10, passed: true, error: {} }),
        'r.json: /passed: true does not go with decision "none"'
      ],
      [JSON.stringify({ schemaVersion: 1, decision: 'none', canaryWeight: 10, previousWeight: 10, passed: false }), 'r.json: /: missing field "error"'],
      [
        JSON.stringify({ schemaVersion: 1, decision: 'none', canaryWeight: 10, previousWeight: 10, passed: false, error: { kind: 'oops' } }),
        'r.json: /error/kind: expected one of "bad-input", "unexpected", got the string "oops"\nr.json: /error/message: expected why the run stopped, a string, got undefined'
      ],
      ['{"decision": "advance",}', 'r.json: line 1: column 24: not valid JSON']
    ];
    for (const [text, message] of cases)
      expect({ text, message: inputErrorOf(() => summarizeReport(text, 'r.json')) }).toEqual({ text, message: expect.stringContaining(message) });
  });

  test('every problem of a report is told at once', () => {
    const message = inputErrorOf(() => summarizeReport(JSON.stringify({ ...advance(), schemaVersion: 0, passed: null, model: { version: 2 } }), 'r.json'));
    expect(message.split('\n')).toEqual([
      'r.json: /schemaVersion: expected 1, the version this model-gate reads, got 0',
      'r.json: /passed: expected true or false, got null',
      'r.json: /model/version: expected a string, got 2'
    ]);
  });
});
