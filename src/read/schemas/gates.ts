import { METRIC_NAME_PATTERN } from '../../model/metric-info.js';

const nonnegative = { type: 'number', minimum: 0 };

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
    direction: { enum: ['higher', 'lower'], description: 'Which direction is better, for metrics the engine does not know.' },
    severity: { enum: ['block', 'warn'], description: 'block (default): failing rolls back. warn: failing holds the canary.' },
    description: { type: 'string', maxLength: 500 }
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
    canary: {
      type: 'object',
      additionalProperties: false,
      properties: {
        steps: {
          type: 'array',
          description: 'Canary weights in percent, strictly increasing, ending at 100.',
          minItems: 1,
          items: { type: 'integer', minimum: 1, maximum: 100 }
        }
      }
    }
  }
};
