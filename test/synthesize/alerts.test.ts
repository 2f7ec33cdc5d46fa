import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { synthesizeRelease } from '../../infra/synthesize.js';
import { evaluateGates } from '../../src/decide/gates.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { parseReleaseFile } from '../../src/read/release-file.js';
import { alertRules } from '../../src/synthesize/alerts.js';
import { metricSet } from '../support/fixtures.js';

const release = readFileSync('examples/release.yaml', 'utf8');
const spec = parseReleaseFile(release, 'examples/release.yaml');
const monitored = { ...spec, monitoring: spec.monitoring! };

const gatesText = (p99: number): string =>
  [
    'gates:',
    `  latency_p99_ms: {max: ${p99}, max_increase_relative: 0.1}`,
    '  accuracy: {min: 0.9}',
    '  recall: {min: 0.7, severity: warn}',
    '  error_rate: {max: 0.02}',
    '  psi_max: {max: 0.2}',
    '  prediction_confidence_median: {min: 0.6}',
    '  f1: {min: 0.8}'
  ].join('\n');

function prometheusRule(yaml: string): Record<string, unknown> | undefined {
  return parseAllDocuments(yaml)
    .map((d) => d.toJS() as Record<string, unknown>)
    .find((o) => o.kind === 'PrometheusRule');
}

describe('alerts from the gates', () => {
  test('one alert per bound with a production counterpart, valid for the Prometheus Operator', () => {
    const rule = prometheusRule(synthesizeRelease(spec, { decision: 'advance', canaryWeight: 25 }, undefined, parseGatesFile(gatesText(100), 'gates.yml')));
    expect(rule).toBeDefined();
    new PrometheusRule(rule as never).validate();
    const rules = (rule as { spec: { groups: Array<{ rules: Array<{ alert: string; labels: Record<string, string>; for: string }> }> } }).spec.groups[0]!.rules;
    expect(rules.map((r) => `${r.alert} ${r.labels.severity} ${r.labels.gate}`)).toEqual([
      'ModelLatencyP99High critical latency_p99_ms.max',
      'ModelAccuracyLow critical accuracy.min',
      'ModelRecallLow warning recall.min',
      'ModelErrorRateHigh critical error_rate.max',
      'ModelFeatureDriftHigh critical psi_max.max',
      'ModelConfidenceMedianLow critical prediction_confidence_median.min'
    ]);
    expect(rules.every((r) => r.for === '10m')).toBe(true);
  });

  test('changing a threshold in the gates file moves the CI gate and the alert together', () => {
    for (const p99 of [100, 85.5]) {
      const gates = parseGatesFile(gatesText(p99), 'gates.yml');
      const ci = evaluateGates(gates, { candidate: metricSet({ latency_p99_ms: 90, accuracy: 0.95 }), candidateName: 'm.json' }).results.find(
        (r) => r.id === 'latency_p99_ms.max'
      );
      const alert = alertRules(gates, monitored).find((r) => r.labels.gate === 'latency_p99_ms.max');
      expect(ci?.threshold).toBe(p99);
      expect(ci?.status).toBe(p99 >= 90 ? 'pass' : 'fail');
      expect(alert?.expr).toBe(
        `histogram_quantile(0.99, sum by (le) (rate(model_inference_latency_seconds_bucket{model="fraud-detector"}[5m]))) * 1000 > ${p99}`
      );
      expect(alert?.annotations.summary).toBe(`fraud-detector: latency p99 (ms) above ${p99} (gate latency_p99_ms.max in gates.yml)`);
    }
  });

  test('metric names, windows and selectors come from the release file, escaped for PromQL', () => {
    const custom = parseReleaseFile(
      `${release}\n`.replace(
        /monitoring:[\s\S]*$/,
        'monitoring:\n  window: 2m\n  labelsWindow: 6h\n  selector: {service: "fraud\\"x", env: prod}\n  metrics: {latency: http_request_duration_seconds, labeled: labels_total}\n'
      ),
      'release.yaml'
    );
    const rules = alertRules(parseGatesFile(gatesText(100), 'gates.yml'), { ...custom, monitoring: custom.monitoring! });
    expect(rules[0]?.expr).toContain('rate(http_request_duration_seconds_bucket{service="fraud\\"x",env="prod"}[2m])');
    expect(rules[1]?.expr).toBe(
      'sum(rate(labels_total{service="fraud\\"x",env="prod",correct="true"}[6h])) / sum(rate(labels_total{service="fraud\\"x",env="prod"}[6h])) < 0.9'
    );
  });

  test('no PrometheusRule unless the release file asks for monitoring', () => {
    const quiet = parseReleaseFile(release.replace(/monitoring:[\s\S]*$/, ''), 'release.yaml');
    expect(
      prometheusRule(synthesizeRelease(quiet, { decision: 'promote', canaryWeight: 100 }, undefined, parseGatesFile(gatesText(100), 'g.yml')))
    ).toBeUndefined();
  });
});

test('text from files cannot open a Go template in an alert annotation', () => {
  const [rule] = alertRules(parseGatesFile('gates:\n  accuracy: {min: 0.9}', 'gates-{{ .Values }}.yml'), monitored);
  expect(rule?.annotations.summary).toContain('gates-{ { .Values } }.yml');
  expect(rule?.annotations.summary).not.toContain('{{');
});

describe('alerts from the live canary analysis', () => {
  const live = (maxIncrease: number): string =>
    [
      'gates:',
      '  accuracy: {min: 0.9}',
      'canary:',
      '  analysis:',
      '    window: 5m',
      '    min-requests: 100',
      '    metrics:',
      `      request_error_rate: {max_increase: ${maxIncrease}}`,
      '      request_latency_p99_ms: {max: 250, severity: warn}'
    ].join('\n');

  test('each live bound alerts on the same queries and threshold, only with the traffic a check needs', () => {
    const gates = parseGatesFile(live(0.01), 'g.yml');
    const rules = alertRules(gates, monitored).filter((r) => r.alert.startsWith('Canary'));
    expect(rules.map((r) => [r.alert, r.labels.severity, r.labels.gate])).toEqual([
      ['CanaryRequestErrorRateIncrease', 'critical', 'canary.analysis.request_error_rate.max_increase'],
      ['CanaryRequestLatencyP99MsHigh', 'warning', 'canary.analysis.request_latency_p99_ms.max']
    ]);
    const selector = (version: string) =>
      `reporter="destination",destination_workload_namespace="ml-serving",destination_app="fraud-detector",destination_version="${version}"`;
    const rate = (version: string, extra = '') => `sum(rate(istio_requests_total{${selector(version)}${extra}}[5m]))`;
    const errors = (version: string) => `${rate(version, ',response_code=~"5.."')} / ${rate(version)}`;
    const requests = (version: string) => `sum(increase(istio_requests_total{${selector(version)}}[5m]))`;
    expect(rules[0]!.expr).toBe(
      `((${errors('v2-4-0')}) - (${errors('v2-3-0')}) > 0.01) and on() (${requests('v2-4-0')} >= 100) and on() (${requests('v2-3-0')} >= 100)`
    );
    const yaml = synthesizeRelease(spec, { decision: 'advance', canaryWeight: 25 }, 'report.json', gates);
    expect(() => new PrometheusRule(prometheusRule(yaml) as never).validate()).not.toThrow();
  });

  test('two bounds of one gate are two alerts with their own names', () => {
    const gates = parseGatesFile(
      live(0.01).replace('request_latency_p99_ms: {max: 250, severity: warn}', 'request_latency_p99_ms: {max_increase: 20, max_increase_relative: 0.1}'),
      'g.yml'
    );
    const names = alertRules(gates, monitored)
      .filter((r) => r.alert.startsWith('CanaryRequestLatency'))
      .map((r) => [r.alert, r.annotations.description.split('; ')[1]]);
    expect(names).toEqual([
      ['CanaryRequestLatencyP99MsIncrease', 'canary − stable is {{ $value }}.'],
      ['CanaryRequestLatencyP99MsIncreaseRelative', "the canary's value is {{ $value }}."]
    ]);
  });

  test('moving the live threshold moves the alert with it', () => {
    const expr = (maxIncrease: number) =>
      alertRules(parseGatesFile(live(maxIncrease), 'g.yml'), monitored).find((r) => r.alert === 'CanaryRequestErrorRateIncrease')!.expr;
    expect(expr(0.02)).toContain('> 0.02)');
    expect(expr(0.02).replace('> 0.02)', '> 0.01)')).toBe(expr(0.01));
  });
});
