import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { renderComment } from '../../src/report/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Report } from '../../src/model/report.js';

// A user id given as a sensitive feature: 100,000 groups. Nothing may overflow the stack, and what
// people read is capped, with a count of what was left out.

const GROUPS = 100_000;
let report: Report;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'model-gate-groups-'));
  const rows = ['label,prediction,user'];
  for (let i = 0; i < 2 * GROUPS; i++) rows.push(`${(i * 7) % 3 === 0 ? 1 : 0},${(i * 5) % 3 === 0 ? 1 : 0},u${i % GROUPS}`);
  await writeFile(join(dir, 'p.csv'), `${rows.join('\n')}\n`);
  let out = '';
  const code = await main(['evaluate', '--predictions', 'p.csv', '--sensitive-features', 'user', '--json', '--fail-on', 'never'], {
    cwd: dir,
    stdout: (t) => (out += t),
    stderr: (t) => (out += t)
  });
  expect(code).toBe(0);
  report = JSON.parse(out) as Report;
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

test('the JSON report keeps every group', () => {
  expect(Object.keys(report.fairness.user!.groups)).toHaveLength(GROUPS);
});

test('warnings name a few groups and count the rest, one warning per problem', () => {
  expect(report.warnings.length).toBeLessThanOrEqual(3);
  expect(report.warnings[0]).toMatch(/^sensitive feature "user": 100,000 groups have fewer than min-group-size 30 rows \("u0", "u1", .* and 99,990 more\)/);
});

test('the text report, the job summary and the comment are capped', () => {
  const text = renderText(report);
  expect(text.split('\n').length).toBeLessThan(100);
  const summary = renderMarkdown(report);
  expect(summary).toContain('| … 99,500 more groups in the JSON report | | | | | |');
  expect(summary.split('\n').length).toBeLessThan(1000);
  expect(renderComment(report, { modelKey: 'Release/users' }).length).toBeLessThanOrEqual(65_536);
});
