import { headline } from '../../src/report/headline.js';
import type { Report } from '../../src/model/report.js';

const at = (decision: Report['decision'], previousWeight: number, canaryWeight: number): string =>
  headline({ decision, previousWeight, canaryWeight } as Report);

test('a failure before the canary starts blocks it; a running canary is rolled back', () => {
  expect(at('rollback', 0, 0)).toBe('blocked: the canary will not start');
  expect(at('rollback', 25, 0)).toBe('rollback: canary 25% → 0%');
});

test('a hold at weight 0 says the canary does not start yet; a running one stays', () => {
  expect(at('hold', 0, 0)).toBe('hold: the canary does not start yet');
  expect(at('hold', 25, 25)).toBe('hold: canary stays at 25%');
  expect(at('advance', 0, 10)).toBe('advance: canary 0% → 10%');
  expect(at('promote', 50, 100)).toBe('promote: candidate takes 100% of traffic (from 50%)');
});
