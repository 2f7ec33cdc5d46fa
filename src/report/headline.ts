import type { Decision } from '../model/decision.js';
import type { Report } from '../model/report.js';

const ICONS: Record<Decision, string> = { rollback: '❌', hold: '⏸️', advance: '✅', promote: '🚀' };

/**
 * "advance: canary 10% → 25%", the one line a reviewer reads first. Before the canary starts
 * (weight 0, as on a pull request) there is nothing to roll back: a failure blocks it.
 */
export function headline(report: Pick<Report, 'decision' | 'previousWeight' | 'canaryWeight'>): string {
  const { decision, previousWeight: from, canaryWeight: to } = report;
  switch (decision) {
    case 'rollback':
      return from === 0 ? 'blocked: the canary will not start' : `rollback: canary ${from}% → 0%`;
    case 'hold':
      return to === 0 ? 'hold: the canary does not start yet' : `hold: canary stays at ${to}%`;
    case 'advance':
      return `advance: canary ${from}% → ${to}%`;
    case 'promote':
      return `promote: candidate takes 100% of traffic${from === 100 ? '' : ` (from ${from}%)`}`;
  }
}

export function decisionIcon(decision: Decision): string {
  return ICONS[decision];
}

export function countFailures(report: Report): { blocking: number; warnings: number; total: number } {
  const failed = report.gates.filter((g) => g.status === 'fail');
  return {
    blocking: failed.filter((g) => g.severity === 'block').length,
    warnings: failed.filter((g) => g.severity === 'warn').length,
    total: report.gates.length
  };
}
