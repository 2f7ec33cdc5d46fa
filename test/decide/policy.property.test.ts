import fc from 'fast-check';
import { decide, DEFAULT_STEPS } from '../../src/decide/policy.js';
import { InputError } from '../../src/errors.js';
import { parseSteps } from '../../src/options/parse.js';
import type { GateResult } from '../../src/model/gates.js';
import { stepsProblem } from '../../src/read/canary.js';

type Verdict = Pick<GateResult, 'severity' | 'status'>;

/** Valid canary steps: strictly increasing integers in [1, 100] that end at 100. */
const steps = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 8 }).map((s) => [...s.sort((a, b) => a - b), 100]);
const weight = fc.integer({ min: 0, max: 100 });
const verdict: fc.Arbitrary<Verdict> = fc.record({
  severity: fc.constantFrom('block' as const, 'warn' as const),
  status: fc.constantFrom('pass' as const, 'fail' as const)
});
const verdicts = fc.array(verdict, { maxLength: 10 });

describe('the weight policy', () => {
  test('the weight is an integer in [0, 100]', () => {
    fc.assert(
      fc.property(verdicts, weight, steps, (v, w, s) => {
        const { canaryWeight: next } = decide(v, w, s);
        return Number.isInteger(next) && next >= 0 && next <= 100;
      })
    );
  });

  test('a failing blocking gate always rolls back to 0', () => {
    fc.assert(
      fc.property(verdicts, weight, steps, (v, w, s) => {
        const withFailure = [...v, { severity: 'block' as const, status: 'fail' as const }];
        const outcome = decide(withFailure, w, s);
        return outcome.decision === 'rollback' && outcome.canaryWeight === 0 && !outcome.passed;
      })
    );
  });

  test('the weight never rises more than one step per run', () => {
    fc.assert(
      fc.property(verdicts, weight, steps, (v, w, s) => {
        const { canaryWeight: next } = decide(v, w, s);
        const stepsCrossed = s.filter((step) => step > w && step <= next).length;
        return stepsCrossed <= 1 && (next <= w || s.includes(next));
      })
    );
  });

  test('a current weight between steps advances to the smallest step above it', () => {
    fc.assert(
      fc.property(steps, weight, (s, w) => {
        fc.pre(w < 100);
        const outcome = decide([{ severity: 'block', status: 'pass' }], w, s);
        return outcome.canaryWeight === Math.min(...s.filter((step) => step > w));
      })
    );
  });

  test('warn failures hold the current weight; all passing advances, and 100 promotes', () => {
    fc.assert(
      fc.property(weight, steps, (w, s) => {
        const hold = decide(
          [
            { severity: 'block', status: 'pass' },
            { severity: 'warn', status: 'fail' }
          ],
          w,
          s
        );
        const go = decide([{ severity: 'block', status: 'pass' }], w, s);
        return (
          hold.decision === 'hold' &&
          hold.canaryWeight === w &&
          hold.passed &&
          go.decision === (go.canaryWeight === 100 ? 'promote' : 'advance') &&
          go.canaryWeight > Math.min(w, 99)
        );
      })
    );
  });

  test('default steps walk 0 → 10 → 25 → 50 → 100', () => {
    const pass: Verdict[] = [{ severity: 'block', status: 'pass' }];
    const walk = [0, 10, 25, 50].map((w) => decide(pass, w, DEFAULT_STEPS));
    expect(walk.map((o) => `${o.decision} ${o.canaryWeight}`)).toEqual(['advance 10', 'advance 25', 'advance 50', 'promote 100']);
  });
});

describe('canary steps are validated', () => {
  test('every valid list is accepted', () => {
    fc.assert(fc.property(steps, (s) => stepsProblem(s) === undefined && parseSteps(s.join(','), 'canary-steps').join() === s.join()));
  });

  test('unsorted, out-of-range or not ending at 100 lists are input errors', () => {
    const bad = fc.oneof(
      steps.filter((s) => s.length > 2).map((s) => [s[1]!, s[0]!, ...s.slice(2)]),
      steps.map((s) => [...s.slice(0, -1), 0, 100].sort((a, b) => a - b)),
      steps.map((s) => [...s, 101]),
      steps.filter((s) => s.length > 1).map((s) => s.slice(0, -1))
    );
    fc.assert(
      fc.property(bad, (s) => {
        expect(() => parseSteps(s.join(','), 'canary-steps')).toThrow(InputError);
      })
    );
    expect(() => parseSteps('10,abc,100', 'canary-steps')).toThrow('"abc" is not one');
    expect(() => parseSteps('10,50', 'canary-steps')).toThrow('the last step must be 100');
  });
});
