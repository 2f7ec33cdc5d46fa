import { renderSummaryMarkdown, renderSummaryText } from '../../src/report/summary-tables.js';
import { decisionText, failedGatesText, modelLabel, oneLine, overallLine, summaryDocument } from '../../src/report/summary.js';
import type { ReportSummary } from '../../src/model/summary.js';

const row = (changes: Partial<ReportSummary>): ReportSummary => ({
  file: 'reports/fraud/model-gate-report.json',
  model: { name: 'fraud', version: '2.4.0' },
  decision: 'advance',
  canaryWeight: 25,
  previousWeight: 10,
  passed: true,
  checks: { passed: 3, failed: 0 },
  failedGates: [],
  ...changes
});

const rollback = row({
  model: { name: 'churn' },
  decision: 'rollback',
  canaryWeight: 0,
  previousWeight: 25,
  passed: false,
  checks: { passed: 1, failed: 2 },
  failedGates: ['accuracy.min', 'samples.min']
});
const stopped = row({
  file: 'reports/ranker.json',
  model: {},
  decision: 'none',
  canaryWeight: 50,
  previousWeight: 50,
  passed: false,
  checks: null,
  error: { kind: 'bad-input', message: 'm.json: /accuracy: expected a proportion\nm.json: /samples: expected an integer' }
});

describe('the summary of several reports', () => {
  test("a row's model is the report's name and version, else the report's file name", () => {
    expect(modelLabel(row({}))).toBe('fraud 2.4.0');
    expect(modelLabel(row({ model: { version: '3' } }))).toBe('3');
    expect(modelLabel(stopped)).toBe('ranker.json');
    expect(modelLabel(row({ model: {}, file: 'C:\\reports\\churn.json' }))).toBe('churn.json');
  });

  test('the decision with the weight change; a stopped run keeps its weight', () => {
    expect(decisionText(row({}))).toBe('advance: canary 10% → 25%');
    expect(decisionText(rollback)).toBe('rollback: canary 25% → 0%');
    expect(decisionText(row({ decision: 'rollback', canaryWeight: 0, previousWeight: 0 }))).toBe('blocked: the canary will not start');
    expect(decisionText(stopped)).toBe('none: stopped on bad input, canary stays at 50%');
    expect(decisionText({ ...stopped, error: { kind: 'unexpected', message: 'boom' } })).toBe('none: stopped by a failure, canary stays at 50%');
  });

  test('the overall line counts the models that passed and each decision', () => {
    expect(overallLine([row({}), rollback, stopped, row({ decision: 'promote', canaryWeight: 100 })])).toBe(
      '2 of 4 models passed (1 promote, 1 advance, 1 rollback, 1 stopped before deciding)'
    );
    expect(overallLine([row({})])).toBe('1 of 1 model passed (1 advance)');
  });

  test('a long list of failed gates is cut in the tables, kept whole in the JSON document', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `gate${i}.min`);
    const many = row({ failedGates: ids, passed: false, decision: 'rollback', canaryWeight: 0 });
    expect(failedGatesText(many, String)).toBe(`${ids.slice(0, 10).join(', ')} and 2 more`);
    expect(summaryDocument([many]).reports[0]!.failedGates).toEqual(ids);
  });

  test('a name is one line of at most 100 characters', () => {
    expect(oneLine('a\r\nb\tc\u2028d')).toBe('a b c d');
    expect([...oneLine('x'.repeat(500))]).toHaveLength(100);
    expect(oneLine('x'.repeat(500)).endsWith('…')).toBe(true);
  });

  test('the JSON document: passed only when every report passed, the reports in the order given', () => {
    const document = summaryDocument([row({}), stopped]);
    expect(document).toMatchObject({ schemaVersion: 1, passed: false });
    expect(document.reports.map((r) => r.file)).toEqual(['reports/fraud/model-gate-report.json', 'reports/ranker.json']);
    expect(Object.keys(document.reports[1]!)).toEqual([
      'file',
      'model',
      'decision',
      'canaryWeight',
      'previousWeight',
      'passed',
      'checks',
      'failedGates',
      'error'
    ]);
    expect(Object.keys(document.reports[0]!)).not.toContain('error');
    expect(summaryDocument([row({})]).passed).toBe(true);
  });

  test('text: aligned columns, then the first line of why a run stopped', () => {
    expect(renderSummaryText([row({}), rollback, stopped])).toBe(
      [
        'model-gate: 1 of 3 models passed (1 advance, 1 rollback, 1 stopped before deciding)',
        '',
        'model        decision                                         passed  checks              failed gates               report',
        'fraud 2.4.0  advance: canary 10% → 25%                        yes     3 passed, 0 failed  —                          reports/fraud/model-gate-report.json',
        'churn        rollback: canary 25% → 0%                        no      1 passed, 2 failed  accuracy.min, samples.min  reports/fraud/model-gate-report.json',
        'ranker.json  none: stopped on bad input, canary stays at 50%  no      —                   —                          reports/ranker.json',
        '',
        'reports/ranker.json: stopped on bad input: m.json: /accuracy: expected a proportion',
        ''
      ].join('\n')
    );
  });

  test('markdown: every string from a report is escaped, and no name breaks the table', () => {
    const hostile = row({
      file: 'reports/<b>x</b>.json',
      model: { name: '<img src=x onerror=alert(1)>', version: '| @org/team #1' },
      decision: 'hold',
      canaryWeight: 10,
      failedGates: ['[x](https://evil.example)', 'a\n## heading']
    });
    const markdown = renderSummaryMarkdown([hostile, { ...stopped, file: '**bold**.json', error: { kind: 'bad-input', message: '<script>x</script> | y' } }]);
    expect(markdown).toBe(
      [
        '## ❌ model-gate: 1 of 2 models passed (1 hold, 1 stopped before deciding)',
        '',
        '| Model | Decision | Passed | Checks | Failed gates |',
        '|---|---|---|---|---|',
        '| &#60;img src=x onerror=alert&#40;1&#41;&#62; &#124; @\u200borg/team &#35;\u200b1<br><sub>reports/&#60;b&#62;x&#60;/b&#62;.json</sub> | ⏸️ hold: canary stays at 10% | ✅ yes | 3 passed, 0 failed | &#91;x&#93;&#40;https:\u200b//evil.example&#41;, a &#35;\u200b&#35;\u200b heading |',
        '| &#42;&#42;bold&#42;&#42;.json | ⛔ none: stopped on bad input, canary stays at 50% | ❌ no | — | — |',
        '',
        '- ⛔ **&#42;&#42;bold&#42;&#42;.json**: stopped on bad input: &#60;script&#62;x&#60;/script&#62; &#124; y',
        ''
      ].join('\n')
    );
  });

  test('markdown: a heading that says all passed when they did', () => {
    expect(renderSummaryMarkdown([row({})]).split('\n')[0]).toBe('## ✅ model-gate: 1 of 1 model passed (1 advance)');
  });
});
