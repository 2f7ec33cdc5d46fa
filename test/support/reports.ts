import { parseGatesFile } from '../../src/read/gates-file.js';
import { evaluateCandidate } from '../../src/decide/engine.js';
import { metricSet } from './fixtures.js';
import type { Report } from '../../src/model/report.js';

export const HOSTILE_GROUPS = [
  '<img src=x onerror=alert(1)>',
  '@org/team',
  '"]; click A callback "x',
  'line\nbreak `code` #60; %%{init}%%',
  '</details>',
  '```'
];

/** A release whose group names try to break out of Markdown, HTML and mermaid. */
export function hostileReport(): Report {
  const groups = Object.fromEntries(HOSTILE_GROUPS.map((name, i) => [name, { tp: 30 + i, fp: 5 + i, tn: 60, fn: 5 }]));
  return evaluateCandidate({
    candidate: metricSet(
      { model: { name: '<script>alert(1)</script>', version: '@admins' }, metrics: { latency_p99_ms: 120 }, groups: { segment: groups } },
      'hostile.json'
    ),
    candidateName: 'hostile.json',
    gates: parseGatesFile('gates:\n  accuracy: {min: 0.8}\n  demographic_parity_ratio: {min: 0.9}\n  latency_p99_ms: {max: 100}', 'g.yml'),
    currentWeight: 10
  });
}

/** A release with so many long-named groups that its comment is far over GitHub's limit. */
export function manyGroupsReport(count: number): Report {
  const groups = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`group-${String(i).padStart(4, '0')}-${'x'.repeat(100)}`, { tp: 20 + (i % 7), fp: 5, tn: 60, fn: 5 }])
  );
  return evaluateCandidate({
    candidate: metricSet({ model: { name: 'big', version: '1' }, metrics: {}, groups: { region: groups } }, 'big.json'),
    candidateName: 'big.json',
    gates: parseGatesFile('gates:\n  accuracy: {min: 0.5}\n  demographic_parity_ratio: {min: 0.5}', 'g.yml'),
    currentWeight: 25
  });
}
