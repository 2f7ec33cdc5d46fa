import { evaluateCandidate } from '../../src/decide/engine.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { renderText } from '../../src/report/text.js';
import { metricSet } from '../support/fixtures.js';

test('a failing value that formatNumber would round to its threshold is written with the digits that tell them apart', () => {
  const text = (accuracy: number, gates: string): string =>
    renderText(
      evaluateCandidate({
        candidate: metricSet({ metrics: { accuracy } }, 'm.json'),
        candidateName: 'm.json',
        gates: parseGatesFile(gates, 'g.yml'),
        currentWeight: 10
      })
    );
  expect(text(0.99999996, 'gates: {accuracy: {min: 1}}')).toMatch(/^FAIL +accuracy min +0\.99999996 +≥ 1 /m);
  expect(text(1.23456e-5, 'gates: {accuracy: {min: 1.23457e-5}}')).toMatch(/^FAIL +accuracy min +1\.23456e-5 +≥ 1\.23457e-5 /m);
});
