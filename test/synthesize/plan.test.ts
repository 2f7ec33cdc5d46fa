import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { decide } from '../../src/decide/policy.js';
import { InputError } from '../../src/errors.js';
import { parseReportFile } from '../../src/read/outcome.js';
import { parseReleaseFile, type ReleaseSpec } from '../../src/read/release-file.js';
import { planRelease } from '../../src/synthesize/plan.js';
import { canaryBudget, canaryReplicas, trafficSplit } from '../../src/synthesize/sizing.js';
import type { GateResult } from '../../src/model/gates.js';
import type { Outcome } from '../../src/model/decision.js';

const spec = parseReleaseFile(readFileSync('examples/release.yaml', 'utf8'), 'examples/release.yaml');

function withReplicas(min: number, max: number): ReleaseSpec {
  return { ...spec, autoscaling: { ...spec.autoscaling, minReplicas: min, maxReplicas: max }, disruptionBudget: { minAvailable: Math.max(0, min - 1) } };
}

describe('canary sizing', () => {
  test('ceil(w/100 × stable), at least 1, without float error', () => {
    expect(canaryReplicas(100, 7)).toBe(7); // 0.07 × 100 is 7.000000000000001 in floats
    expect(canaryReplicas(3, 25)).toBe(1);
    expect(canaryReplicas(12, 25)).toBe(3);
    expect(canaryReplicas(10, 1)).toBe(1);
    expect(canaryReplicas(5, 0)).toBe(1);
    expect(canaryReplicas(5, 100)).toBe(5);
  });

  test('the split is two integers summing to 100', () => {
    expect(trafficSplit(25)).toEqual({ stable: 75, canary: 25 });
  });

  test('minAvailable, a number or a percentage, is capped below the canary minimum; maxUnavailable carries over', () => {
    expect(canaryBudget({ minAvailable: 2 }, 1)).toEqual({ minAvailable: 0 });
    expect(canaryBudget({ minAvailable: 2 }, 5)).toEqual({ minAvailable: 2 });
    // Kubernetes rounds a percentage up: 50% of one pod would be that pod, blocking every drain
    expect(canaryBudget({ minAvailable: '50%' }, 1)).toEqual({ minAvailable: 0 });
    expect(canaryBudget({ minAvailable: '50%' }, 4)).toEqual({ minAvailable: 2 });
    expect(canaryBudget({ maxUnavailable: 1 }, 1)).toEqual({ maxUnavailable: 1 });
  });
});

const verdict: fc.Arbitrary<Pick<GateResult, 'severity' | 'status'>> = fc.record({
  severity: fc.constantFrom('block' as const, 'warn' as const),
  status: fc.constantFrom('pass' as const, 'fail' as const)
});
const steps = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 6 }).map((s) => [...s.sort((a, b) => a - b), 100]);
/** Whatever the engine decides is a valid input to the plan. */
const engineOutcome: fc.Arbitrary<Outcome> = fc.tuple(fc.array(verdict, { maxLength: 6 }), fc.integer({ min: 0, max: 100 }), steps).map(([v, w, s]) => {
  const { decision, canaryWeight } = decide(v, w, s);
  return { decision, canaryWeight };
});
const replicas = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 })).map(([min, extra]) => [min, min + extra] as const);

describe('the plan, for every outcome the engine can produce', () => {
  test('routes are integers summing to 100; the canary autoscaler lies within 1..stable; promote has no canary', () => {
    fc.assert(
      fc.property(engineOutcome, replicas, (outcome, [min, max]) => {
        const plan = planRelease(withReplicas(min, max), outcome);
        for (const route of plan.virtualService.spec.http) {
          const weights = route.route.map((d) => d.weight);
          expect(weights.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
          expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
        }
        const canary = plan.workloads.find((w) => w.track === 'canary');
        if (outcome.decision === 'promote') expect(canary).toBeUndefined();
        if (canary?.autoscaler) {
          const { minReplicas, maxReplicas } = canary.autoscaler;
          expect(1 <= minReplicas && minReplicas <= maxReplicas && maxReplicas <= max && minReplicas <= min).toBe(true);
          expect(canary.replicas).toBeUndefined();
        }
        if (plan.canary === 'idle') expect(canary?.replicas).toBe(0);
        // Every subset a route names is defined, and subsets have distinct labels.
        const subsets = plan.destinationRule.spec.subsets;
        const named = plan.virtualService.spec.http.flatMap((r) => r.route.map((d) => d.destination.subset));
        expect(named.every((s) => subsets.some((d) => d.name === s))).toBe(true);
        expect(new Set(subsets.map((s) => JSON.stringify(s.labels))).size).toBe(subsets.length);
      })
    );
  });

  test('the canary is serving exactly when a hold or advance gives it traffic', () => {
    expect(planRelease(spec, { decision: 'hold', canaryWeight: 0 }).canary).toBe('idle');
    expect(planRelease(spec, { decision: 'rollback', canaryWeight: 0 }).canary).toBe('idle');
    expect(planRelease(spec, { decision: 'hold', canaryWeight: 1 }).canary).toBe('serving');
    expect(planRelease(spec, { decision: 'hold', canaryWeight: 100 }).canary).toBe('serving');
    expect(planRelease(spec, { decision: 'advance', canaryWeight: 25 }).canary).toBe('serving');
    expect(planRelease(spec, { decision: 'promote', canaryWeight: 100 }).canary).toBe('none');
  });

  test.each([
    [{ decision: 'rollback', canaryWeight: 10 }, '/canaryWeight: 10 does not go with decision "rollback": expected 0'],
    [{ decision: 'promote', canaryWeight: 50 }, '/canaryWeight: 50 does not go with decision "promote": expected 100'],
    [{ decision: 'advance', canaryWeight: 0 }, '/canaryWeight: 0 does not go with decision "advance": expected between 1 and 99'],
    [{ decision: 'advance', canaryWeight: 100 }, '/canaryWeight: 100 does not go with decision "advance": expected between 1 and 99'],
    [{ decision: 'advance', canaryWeight: 2.5 }, '/canaryWeight: expected an integer from 0 to 100, got 2.5'],
    [{ decision: 'ship-it', canaryWeight: 10 }, '/decision: expected one of "rollback", "hold", "advance", "promote", got the string "ship-it"']
  ])('%j is refused', (outcome, message) => {
    expect(() => planRelease(spec, outcome as Outcome, 'report.json')).toThrow(InputError);
    expect(() => planRelease(spec, outcome as Outcome, 'report.json')).toThrow(`report.json: ${message}`);
  });
});

describe('the gate report', () => {
  test('decision and weight are read from the JSON report', () => {
    const report = { schemaVersion: 1, model: {}, decision: 'advance', canaryWeight: 25, previousWeight: 10, passed: true, gates: [] };
    expect(parseReportFile(JSON.stringify(report), 'report.json')).toEqual({ decision: 'advance', canaryWeight: 25 });
  });

  test('a report that is not one names the file and the field', () => {
    expect(() => parseReportFile('{"decision": "advance"}', 'r.json')).toThrow('r.json: /canaryWeight: expected an integer from 0 to 100, got undefined');
    expect(() => parseReportFile('[]', 'r.json')).toThrow('r.json: /: expected a JSON object');
    expect(() => parseReportFile('{', 'r.json')).toThrow(/^r\.json: line 1: column 2: not valid JSON/);
  });
});

describe('review findings', () => {
  test('on promote the stable subset selects by track, so old pods serve until the rollout replaces them', () => {
    const plan = planRelease(spec, { decision: 'promote', canaryWeight: 100 });
    expect(plan.destinationRule.spec.subsets).toEqual([{ name: 'stable', labels: { track: 'stable' } }]);
    expect(plan.workloads[0]?.selector).toEqual({ app: spec.name, track: 'stable' });
  });

  test('a minAvailable percentage becomes a number of pods the canary can spare', () => {
    const percent = { ...spec, disruptionBudget: { minAvailable: '50%' } };
    const canary = planRelease(percent, { decision: 'advance', canaryWeight: 10 }).workloads[1];
    expect(canary?.disruptionBudget).toEqual({ minAvailable: 0 });
  });
});
