import { parseOptions, parseSteps, shouldFail } from '../../src/options/parse.js';
import { ACTION_INPUTS, actionLabel, cliLabel, OPTIONS, optionsOf } from '../../src/options/table.js';
import { inputErrorOf } from '../support/errors.js';

describe('parseOptions', () => {
  test("the table's defaults apply when an option is not given, as the runner applies action.yml's", () => {
    const options = parseOptions({ metrics: 'm.json' }, cliLabel);
    expect(options).toMatchObject({
      metrics: 'm.json',
      intersectional: false,
      positiveLabel: '1',
      minGroupSize: 30,
      currentWeight: 0,
      failOn: 'rollback',
      sensitiveFeatures: []
    });
    const action = parseOptions(
      { metrics: 'm.json', intersectional: 'false', 'positive-label': '1', 'min-group-size': '30', 'current-weight': '0', 'fail-on': 'rollback' },
      actionLabel
    );
    expect({ ...action, label: undefined }).toEqual({ ...options, label: undefined });
  });

  test('an empty or blank value is not given', () => {
    expect(parseOptions({ metrics: 'm.json', baseline: '  ', 'current-weight': '' }, cliLabel)).toMatchObject({ baseline: undefined, currentWeight: 0 });
  });

  test('each mistake names the option as the user wrote it', () => {
    expect(inputErrorOf(() => parseOptions({}, cliLabel))).toMatch(/^--metrics: required/);
    expect(inputErrorOf(() => parseOptions({}, actionLabel))).toMatch(/^input "metrics": required/);
    expect(inputErrorOf(() => parseOptions({ metrics: 'm', 'current-weight': '101' }, cliLabel))).toBe(
      '--current-weight: expected an integer percentage between 0 and 100, or auto, got 101'
    );
    expect(inputErrorOf(() => parseOptions({ metrics: 'm', 'fail-on': 'often' }, actionLabel))).toBe(
      'input "fail-on": expected one of rollback, hold, never, got "often"'
    );
    expect(inputErrorOf(() => parseOptions({ metrics: 'm', 'report-path': 'r', 'manifests-dir': 'out' }, cliLabel))).toBe(
      '--manifests-dir: applies to --release: the release file to synthesize manifests for'
    );
    expect(inputErrorOf(() => parseOptions({ metrics: 'm', 'sensitive-features': 'sex' }, cliLabel))).toMatch(
      /^--sensitive-features: applies to --predictions/
    );
  });

  test('canary steps', () => {
    expect(parseSteps('10, 25,50 100', '--canary-steps')).toEqual([10, 25, 50, 100]);
    expect(inputErrorOf(() => parseSteps('10,50', '--canary-steps'))).toBe('--canary-steps: the last step must be 100 (full promotion), got 50');
  });

  test('fail-on', () => {
    expect([shouldFail('rollback', 'rollback'), shouldFail('rollback', 'hold'), shouldFail('hold', 'hold'), shouldFail('never', 'rollback')]).toEqual([
      true,
      false,
      true,
      false
    ]);
  });
});

describe('the options table', () => {
  test('the report path is --report on the command line and report-path in the Action', () => {
    expect(cliLabel('report-path')).toBe('--report');
    expect(actionLabel('report-path')).toBe('input "report-path"');
    expect(ACTION_INPUTS).toContain('report-path');
    expect(ACTION_INPUTS).not.toContain('json');
  });

  test('every option is taken by some command or by the Action, and each command has its own', () => {
    for (const [name, spec] of Object.entries(OPTIONS)) expect({ name, used: spec.commands.length > 0 || spec.action }).toEqual({ name, used: true });
    expect(optionsOf('lint')).toEqual(['format']);
    expect(optionsOf('synth').sort()).toEqual(['gate-report', 'gates', 'out', 'release']);
    expect(optionsOf('bench')).toContain('latency-iterations');
    expect(optionsOf('bench')).not.toContain('metrics');
  });
});
