import { parseGatesFile } from '../../src/read/gates-file.js';
import { inputErrorOf } from '../support/errors.js';

const parse = (analysis: string) => parseGatesFile(`gates:\n  accuracy: {min: 0.9}\ncanary:\n  analysis:\n${analysis}`, 'g.yml');
const problemsOf = (analysis: string) => inputErrorOf(() => parse(analysis));

describe('canary.analysis in the gates file', () => {
  test('the example of the documentation, with its defaults', () => {
    const config = parse(
      [
        '    prometheus: http://prometheus.istio-system:9090',
        '    window: 10m',
        '    interval: 1m',
        '    duration: 30m',
        '    metrics:',
        '      request_error_rate: {max_increase: 0.01}',
        '      request_latency_p99_ms: {max_increase_relative: 0.10, max: 250}',
        '      conversion_rate:',
        '        query: sum(rate(orders_total{version="{{version}}"}[{{window}}])) / sum(rate(sessions_total{version="{{version}}"}[{{ window }}]))',
        '        max_drop_relative: 0.02'
      ].join('\n')
    ).analysis!;
    expect(config).toMatchObject({
      prometheus: 'http://prometheus.istio-system:9090',
      windowSeconds: 600,
      intervalSeconds: 60,
      durationSeconds: 1800,
      timeoutSeconds: 1980,
      failureLimit: 2,
      minRequests: 200,
      line: 4
    });
    expect(config.metrics.map((m) => [m.name, m.gate.direction, m.gate.bounds, m.gate.line])).toEqual([
      ['request_error_rate', undefined, { max_increase: 0.01 }, 10],
      ['request_latency_p99_ms', undefined, { max_increase_relative: 0.1, max: 250 }, 11],
      ['conversion_rate', 'higher', { max_drop_relative: 0.02 }, 12]
    ]);
    expect(parse('    duration: 0\n    metrics: {request_rate: {min: 1}}').analysis).toMatchObject({ durationSeconds: 0, windowSeconds: 600 });
  });

  test('what the schema cannot check, each with its line', () => {
    expect(problemsOf('    metrics:\n      conversion: {max: 1}').split('\n')).toEqual([
      'g.yml: line 6: /canary/analysis/metrics/conversion: conversion is not a built-in live metric (request_error_rate, request_success_rate, request_rate, request_latency_p50_ms, request_latency_p95_ms, request_latency_p99_ms): give its query, PromQL with {{version}}'
    ]);
    expect(problemsOf('    metrics:\n      c: {query: \'up{job="{{job}}"}\', max: 1}')).toBe(
      'g.yml: line 6: /canary/analysis/metrics/c/query: unknown placeholder {{job}}: expected {{namespace}}, {{app}}, {{version}}, {{window}}\ng.yml: line 6: /canary/analysis/metrics/c/query: has no {{version}}: the canary and the stable would read the same series'
    );
    expect(problemsOf("    metrics:\n      request_rate: {query: 'up', min: 1}")).toMatch(/request_rate is built in/);
    expect(problemsOf('    metrics:\n      request_error_rate: {max_drop: 0.01}')).toMatch(/request_error_rate is lower-is-better: use max_increase/);
    expect(problemsOf('    metrics:\n      request_error_rate: {max: 3}')).toMatch(/max 3 is outside \[0, 1\], but request_error_rate is a proportion/);
    expect(problemsOf('    duration: 30m\n    timeout: 10m\n    metrics: {request_rate: {min: 1}}')).toMatch(
      /line 6: \/canary\/analysis\/timeout: 10m is shorter than the duration 30m/
    );
    expect(problemsOf('    window: 10 minutes\n    metrics: {request_rate: {min: 1}}')).toMatch(/\/canary\/analysis\/window/);
    expect(problemsOf('    namespace: ML Serving\n    metrics: {request_rate: {min: 1}}')).toMatch(/\/canary\/analysis\/namespace/);
    expect(problemsOf('    metrics: {request_rate: {min: 1}}\n    failure-limit: 0')).toMatch(/failure-limit/);
  });
});
