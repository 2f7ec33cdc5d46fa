import { KNOWN_METRICS, METRIC_NAME_PATTERN, type Kind } from '../../model/metric-info.js';

const KIND_SCHEMAS: Record<Kind, object> = {
  proportion: { type: 'number', minimum: 0, maximum: 1 },
  count: { type: 'integer', minimum: 0 },
  nonnegative: { type: 'number', minimum: 0 },
  number: { type: 'number' }
};

/** One pattern per kind of known metric (not one property each): the compiled validator stays small. */
const knownByKind = (['proportion', 'count', 'nonnegative'] as const).map((kind) => {
  const names = Object.keys(KNOWN_METRICS).filter((name) => KNOWN_METRICS[name]?.kind === kind);
  return [`^(${names.join('|')})$`, KIND_SCHEMAS[kind]] as const;
});

const metricMap = {
  type: 'object',
  description: 'Metric name → value. Known names are range-checked: proportions in [0, 1], counts are non-negative integers, latencies non-negative.',
  propertyNames: { pattern: METRIC_NAME_PATTERN },
  patternProperties: Object.fromEntries([...knownByKind, ['^latency_', KIND_SCHEMAS.nonnegative]]),
  additionalProperties: KIND_SCHEMAS.number
};

const count = KIND_SCHEMAS.count;

const confusion = {
  type: 'object',
  description: 'Confusion counts of one group, positive class = 1.',
  required: ['tp', 'fp', 'tn', 'fn'],
  additionalProperties: false,
  properties: { tp: count, fp: count, tn: count, fn: count }
};

const structured = {
  type: 'object',
  required: ['metrics'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    model: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 128 },
        version: { type: 'string', minLength: 1, maxLength: 128 },
        sha256: {
          type: 'string',
          pattern: '^[0-9A-Fa-f]{64}$',
          description: 'SHA-256 of the ONNX file these metrics are from: with a model given, a different file is refused.'
        }
      }
    },
    samples: { ...count, description: 'Size of the evaluation set.' },
    metrics: { $ref: '#/definitions/flat' },
    task: { enum: ['binary', 'multiclass', 'regression'], description: 'What the counts are of; told by the first row of counts when absent.' },
    counts: {
      type: 'array',
      minItems: 1,
      description:
        "The rows model-gate sql's query writes (see README: counts): feature and feature_value (null on the overall row), and a binary model's tp, fp, tn, fn, a multiclass model's label, prediction, n, or a regression's n and sums.",
      items: {
        type: 'object',
        propertyNames: {
          enum: ['feature', 'feature_value', 'tp', 'fp', 'tn', 'fn', 'label', 'prediction', 'n', 'sum_error', 'sum_squared_error', 'sum_absolute_error', 'sum_percentage_error', 'max_absolute_error', 'sum_label', 'sum_squared_label', 'sum_log_loss']
        },
        properties: { feature: { type: ['string', 'null'] }, feature_value: { type: ['string', 'null'] } },
        additionalProperties: { type: ['number', 'string'] }
      }
    },
    groups: {
      type: 'object',
      description: 'Sensitive feature → group → confusion counts. Every feature partitions the same evaluation rows.',
      propertyNames: { pattern: METRIC_NAME_PATTERN },
      additionalProperties: {
        type: 'object',
        minProperties: 1,
        propertyNames: { minLength: 1, maxLength: 128 },
        additionalProperties: confusion
      }
    }
  }
};

/** metrics.json: the structured form when it has a `metrics` object, else the flat form. */
export const metricsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://model-gate.dev/schemas/metrics.schema.json',
  title: 'model-gate metrics file',
  description:
    'Either the flat form ({"accuracy": 0.93, "latency_ms": 42}: every top-level field is a metric) or the structured form with model, samples, metrics and per-group confusion counts.',
  definitions: { flat: metricMap, structured },
  if: { type: 'object', required: ['metrics'], properties: { metrics: { type: 'object' } } },
  then: { $ref: '#/definitions/structured' },
  else: { $ref: '#/definitions/flat' }
};
