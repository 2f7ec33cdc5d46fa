import { CONFIDENCE_LEVELS } from '../../model/gates.js';
import { METRIC_NAME_PATTERN } from '../../model/metric-info.js';

const nonnegative = { type: 'number', minimum: 0 };
const confidence = (description: string) => ({ enum: [...CONFIDENCE_LEVELS], description });

const gate = {
  type: 'object',
  additionalProperties: false,
  properties: {
    metric: { type: 'string', pattern: METRIC_NAME_PATTERN, description: 'Metric to check; defaults to the gate id.' },
    feature: { type: 'string', pattern: METRIC_NAME_PATTERN, description: 'For fairness metrics: check this sensitive feature only (default: the worst feature decides).' },
    min: { type: 'number', description: 'value ≥ min' },
    max: { type: 'number', description: 'value ≤ max' },
    max_drop: { ...nonnegative, description: 'higher-is-better metrics: value ≥ baseline − max_drop' },
    max_drop_relative: { ...nonnegative, description: 'higher-is-better metrics: value ≥ baseline × (1 − max_drop_relative)' },
    max_increase: { ...nonnegative, description: 'lower-is-better metrics: value ≤ baseline + max_increase' },
    max_increase_relative: { ...nonnegative, description: 'lower-is-better metrics: value ≤ baseline × (1 + max_increase_relative)' },
    not_worse: {
      type: 'object',
      additionalProperties: false,
      description: 'accuracy only, with baseline predictions on the same rows: fail when the candidate is significantly worse (McNemar exact test, p < alpha).',
      properties: { alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5, description: 'significance level, default 0.05' } }
    },
    confidence: confidence(
      "pass only when the metric's interval at this level clears the bound: min/max the Wilson interval, max_drop and max_drop_relative the paired interval of the accuracy difference; not_worse's alpha defaults to 1 − confidence"
    ),
    direction: { enum: ['higher', 'lower'], description: 'Which direction is better, for metrics the engine does not know.' },
    severity: { enum: ['block', 'warn'], description: 'block (default): failing rolls back. warn: failing holds the canary.' },
    description: { type: 'string', maxLength: 500 }
  }
};

/** Prometheus's duration syntax (`10m`, `1h30m`, `90s`), or 0. */
export const DURATION_PATTERN = '^(0|([0-9]+(ms|s|m|h|d|w|y))+)$';
/** A Kubernetes label value: what Istio's destination labels can hold, and so all a query may be given. */
export const LABEL_VALUE_PATTERN = '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$';

// YAML reads `duration: 0` as a number: 0 is the one number a duration may be
const duration = (description: string) => ({ type: ['string', 'integer'], pattern: DURATION_PATTERN, minimum: 0, maximum: 0, description });
const labelValue = (description: string) => ({ type: 'string', minLength: 1, maxLength: 63, pattern: LABEL_VALUE_PATTERN, description });

const { feature: _feature, not_worse: _notWorse, confidence: _confidence, ...liveGateProperties } = gate.properties;
const liveGate = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...liveGateProperties,
    query: {
      type: 'string',
      minLength: 1,
      maxLength: 4000,
      description: 'PromQL for a custom metric, with {{namespace}}, {{app}}, {{version}} and {{window}}; built-in metrics need none.'
    }
  }
};

const analysis = {
  type: 'object',
  additionalProperties: false,
  required: ['metrics'],
  description: "Judge each canary step on the canary's live metrics against the stable's (Prometheus, Istio's standard metrics).",
  properties: {
    prometheus: { type: 'string', pattern: '^https?://', maxLength: 2048, description: 'Prometheus base URL (the prometheus-url option wins).' },
    namespace: labelValue('destination_workload_namespace, when there is no release file'),
    app: labelValue('destination_app (the pods\' app label), when there is no release file'),
    'stable-version': labelValue("the stable's pods' version label, when there is no release file"),
    'canary-version': labelValue("the canary's pods' version label, when there is no release file"),
    window: duration('the range each check reads (default 10m)'),
    interval: duration('time between checks while watching (default 1m)'),
    duration: duration('how long one run watches the canary; 0 (default) judges the last window at once'),
    timeout: duration('bounds the whole watch (default: duration + 2 intervals + 1m)'),
    'failure-limit': { type: 'integer', minimum: 1, maximum: 1000, description: 'failed checks before rollback (default 2)' },
    'min-requests': { type: 'integer', minimum: 0, description: 'requests each side needs in a window; fewer makes a check inconclusive (default 200)' },
    metrics: {
      type: 'object',
      minProperties: 1,
      description: 'Live metric → its gate: request_error_rate, request_success_rate, request_rate, request_latency_p50_ms, _p95_ms, _p99_ms, or a custom metric with query.',
      propertyNames: { pattern: METRIC_NAME_PATTERN },
      additionalProperties: liveGate
    }
  }
};

export const gatesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://model-gate.dev/schemas/gates.schema.json',
  title: 'model-gate gates file',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    gates: {
      type: 'object',
      description: 'Gate id → bounds. The id is the metric name unless the gate sets `metric`.',
      propertyNames: { pattern: METRIC_NAME_PATTERN },
      additionalProperties: gate
    },
    confidence: confidence('default confidence for every gate check that has an interval in the run; the others stay point comparisons'),
    canary: {
      type: 'object',
      additionalProperties: false,
      properties: {
        steps: {
          type: 'array',
          description: 'Canary weights in percent, strictly increasing, ending at 100.',
          minItems: 1,
          items: { type: 'integer', minimum: 1, maximum: 100 }
        },
        analysis
      }
    }
  }
};
