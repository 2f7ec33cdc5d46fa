// The release file: what to deploy for a model, and how Istio routes to it. Field names follow
// the Kubernetes and Istio fields they become (initialDelaySeconds, maxUnavailable, …).
// Every string here ends up in a manifest, so each is held to the syntax Kubernetes accepts.
import { ISTIO_API_VERSIONS } from '../../model/istio.js';

/** RFC 1035 label (what a Service name must be), short enough for "-canary" to fit in 63. */
export const NAME_PATTERN = '^[a-z]([-a-z0-9]*[a-z0-9])?$';
export const NAME_MAX_LENGTH = 56;
/** RFC 1123 label: a namespace name. */
export const NAMESPACE_PATTERN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
/** A label value that is not empty. */
export const LABEL_VALUE_PATTERN = '^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$';
/** A label key: an optional DNS-subdomain prefix and a slash, then a name of at most 63 characters. */
export const LABEL_KEY_PATTERN = '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$';
/** registry/repository[:tag][@digest], without whitespace or shell metacharacters. */
export const IMAGE_PATTERN = '^[a-z0-9]([-a-z0-9._/:]*[a-z0-9])?(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$';
/** Go/Istio durations: 500ms, 2s, 1m30s. */
export const DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$';
export const CPU_PATTERN = '^([1-9][0-9]*m|[0-9]+(\\.[0-9]{1,3})?)$';
export const MEMORY_PATTERN = '^[1-9][0-9]*(Mi|Gi)$';
/** An HTTP header name as Istio matches it: lower case. */
export const HEADER_PATTERN = '^[a-z0-9][-a-z0-9_]*$';
/** A hostname, possibly a wildcard (*.example.com), or a short Kubernetes service name. */
export const HOST_PATTERN = '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
/** namespace/gateway-name, gateway-name, or mesh. */
export const GATEWAY_PATTERN = '^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$';
export const PERCENT_PATTERN = '^(100|[1-9]?[0-9])%$';

/** `$comment` says in words what the pattern accepts; error messages quote it (src/read/validate.ts). */
const string = (pattern: string, maxLength: number, expected: string, description?: string) => ({
  type: 'string',
  pattern,
  $comment: expected,
  maxLength,
  ...(description === undefined ? {} : { description })
});
const NAME = 'a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit';
const LABEL_VALUE = 'a Kubernetes label value: letters, digits, "-", "_" and ".", starting and ending with a letter or digit (at most 63 characters)';
const DURATION = 'a duration such as 500ms, 2s or 1m30s';
const positiveInteger = (description: string) => ({ type: 'integer', minimum: 1, description });
const seconds = (description: string) => ({ type: 'integer', minimum: 0, maximum: 3600, description });

const version = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'image'],
  properties: {
    version: string(LABEL_VALUE_PATTERN, 63, LABEL_VALUE, 'The `version` label of its pods, which the DestinationRule subsets select (e.g. v2-4-0).'),
    image: string(IMAGE_PATTERN, 512, 'an image reference such as registry.example.com/model:1.2.0 or …@sha256:<64 hex digits>', 'Container image; pin it with a tag other than latest, or better a digest.')
  }
};

const probe = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: string('^/[\\x21-\\x7e]*$', 1024, 'a path starting with / (printable ASCII, no spaces)', 'HTTP GET path on the container port.'),
    initialDelaySeconds: seconds('Seconds after the container starts (and after the startup probe succeeds) before the first check.'),
    periodSeconds: { type: 'integer', minimum: 1, maximum: 3600, description: 'Seconds between checks.' },
    timeoutSeconds: { type: 'integer', minimum: 1, maximum: 3600, description: 'Seconds before a check times out.' },
    failureThreshold: { type: 'integer', minimum: 1, maximum: 1000, description: 'Consecutive failures before the probe fails.' }
  }
};

const cpuAndMemory = {
  type: 'object',
  additionalProperties: false,
  required: ['cpu', 'memory'],
  properties: {
    cpu: string(CPU_PATTERN, 16, 'CPU as cores ("1", "0.5") or millicores ("500m")'),
    memory: string(MEMORY_PATTERN, 16, 'memory in Mi or Gi ("512Mi", "2Gi")')
  }
};

/** A count of pods or a percentage ("25%"); `minimum` applies to numbers, `pattern` to strings. */
const intOrPercent = (description: string) => ({
  type: ['integer', 'string'],
  minimum: 0,
  pattern: PERCENT_PATTERN,
  $comment: 'a number of pods or a percentage such as "25%"',
  description
});

export const releaseSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://model-gate.dev/schemas/release.schema.json',
  title: 'model-gate release file',
  description: 'What to deploy for a model (a stable and a candidate version) and how Istio routes to it. model-gate synth turns it and the gate report into Kubernetes and Istio manifests.',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'namespace', 'port', 'stable', 'candidate', 'resources', 'probes', 'autoscaling'],
  properties: {
    $schema: { type: 'string' },
    name: string(NAME_PATTERN, NAME_MAX_LENGTH, NAME, 'Name of the Service, the `app` label, and the stable objects; the canary objects add "-canary".'),
    namespace: string(NAMESPACE_PATTERN, 63, 'a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit', 'Namespace of every object.'),
    port: { type: 'integer', minimum: 1, maximum: 65535, description: 'The container port the model server listens on (HTTP).' },
    servicePort: { type: 'integer', minimum: 1, maximum: 65535, description: 'The Service port. Default: the container port.' },
    labels: {
      type: 'object',
      description: 'Extra labels for every object and pod (app, version and track are set by model-gate).',
      propertyNames: { pattern: LABEL_KEY_PATTERN, $comment: 'a label key is an optional DNS subdomain and "/", then a name of at most 63 letters, digits, "-", "_" and "."', maxLength: 317 },
      additionalProperties: string('^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$', 63, LABEL_VALUE)
    },
    stable: { ...version, description: 'The version serving production now.' },
    candidate: { ...version, description: 'The version the gates evaluated.' },
    resources: {
      type: 'object',
      additionalProperties: false,
      required: ['requests', 'limits'],
      description: 'Requests and limits of the model container.',
      properties: { requests: cpuAndMemory, limits: cpuAndMemory }
    },
    securityContext: {
      type: 'object',
      additionalProperties: false,
      description: "The model container's security context. Default: non-root, read-only root filesystem (an emptyDir at /tmp), the image's user.",
      properties: {
        runAsUser: { type: 'integer', minimum: 1, maximum: 2147483647, description: 'Numeric user id: needed when the image names its user (USER model-server), which runAsNonRoot cannot check.' },
        runAsGroup: { type: 'integer', minimum: 0, maximum: 2147483647, description: 'Numeric group id.' },
        readOnlyRootFilesystem: { type: 'boolean', description: 'Default true; set false for servers that write outside /tmp.' }
      }
    },
    probes: {
      type: 'object',
      additionalProperties: false,
      required: ['readiness'],
      properties: {
        readiness: { ...probe, description: 'Traffic reaches a pod only while this passes.' },
        liveness: { ...probe, description: 'The pod restarts when this fails. Must not start before the readiness probe.' },
        startup: { ...probe, description: 'Holds the other probes back while the model loads. Default: the readiness path every 10 s, up to 30 times (5 minutes).' }
      }
    },
    autoscaling: {
      type: 'object',
      additionalProperties: false,
      required: ['minReplicas', 'maxReplicas', 'cpuUtilization'],
      description: "The stable Deployment's autoscaler; the canary's is sized from it by the canary weight.",
      properties: {
        minReplicas: positiveInteger('At least this many stable pods.'),
        maxReplicas: positiveInteger('At most this many stable pods.'),
        cpuUtilization: { type: 'integer', minimum: 1, maximum: 1000, description: 'Target average CPU utilization, in percent of the CPU request.' },
        podMetric: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'averageValue'],
          description: 'A custom per-pod metric (from a metrics adapter), such as requests per second.',
          properties: {
            name: string('^[A-Za-z_:][A-Za-z0-9_:]*$', 253, 'a metric name: letters, digits, "_" and ":"', 'Metric name as the metrics adapter serves it.'),
            averageValue: { type: 'number', exclusiveMinimum: 0, description: 'Target average value per pod.' }
          }
        }
      }
    },
    istio: {
      type: 'object',
      additionalProperties: false,
      description: 'The VirtualService and DestinationRule.',
      properties: {
        apiVersion: {
          enum: [...ISTIO_API_VERSIONS],
          description: 'The networking.istio.io version of the DestinationRule and VirtualService: v1, served from Istio 1.22 on, or v1beta1 for older clusters. Default: v1.'
        },
        hosts: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: string(HOST_PATTERN, 253, 'a host name such as models.example.com, *.example.com or a short service name'),
          description: "Hosts the VirtualService serves. Default: the Service's cluster-local name."
        },
        gateways: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: string(GATEWAY_PATTERN, 253, 'a gateway as namespace/name, name, or mesh'),
          description: 'Gateways the routes apply to. Listing gateways drops the implicit mesh gateway: add "mesh" to keep in-cluster traffic routed. Default: mesh only.'
        },
        timeout: string(DURATION_PATTERN, 32, DURATION, 'Route timeout (e.g. 2s). Default: none (Istio waits indefinitely).'),
        retries: {
          type: 'object',
          additionalProperties: false,
          required: ['attempts'],
          description: 'Retries for failed requests. Default: none (attempts: 0), because inference POSTs may not be idempotent and Istio would otherwise retry twice.',
          properties: {
            attempts: { type: 'integer', minimum: 0, maximum: 10 },
            perTryTimeout: string(DURATION_PATTERN, 32, DURATION, 'Timeout of each attempt.'),
            retryOn: string('^[a-z0-9-]+(,[a-z0-9-]+)*$', 256, 'comma-separated retry conditions without spaces', 'Envoy retry conditions, comma-separated (e.g. connect-failure,refused-stream,unavailable).')
          }
        },
        canaryHeader: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'value'],
          description: 'Requests carrying this header go to the canary while it serves. Default: x-canary: "true".',
          properties: {
            name: string(HEADER_PATTERN, 128, 'a lower-case header name', 'Header name.'),
            value: { type: 'string', minLength: 1, maxLength: 256, description: 'Exact header value.' }
          }
        },
        outlierDetection: {
          type: 'object',
          additionalProperties: false,
          description: 'Eject pods that keep failing from the load-balancing pool.',
          properties: {
            consecutive5xxErrors: { type: 'integer', minimum: 1, maximum: 1000 },
            interval: string(DURATION_PATTERN, 32, DURATION, 'Time between ejection sweeps.'),
            baseEjectionTime: string(DURATION_PATTERN, 32, DURATION, 'Minimum ejection duration.'),
            maxEjectionPercent: { type: 'integer', minimum: 1, maximum: 100 }
          }
        }
      }
    },
    monitoring: {
      type: 'object',
      additionalProperties: false,
      description: 'Emit a PrometheusRule (Prometheus Operator) whose alerts use the thresholds of the gates file. Leave out where the cluster has no Prometheus Operator.',
      properties: {
        for: string(DURATION_PATTERN, 32, DURATION, 'How long a condition must hold before an alert fires. Default 10m.'),
        window: string(DURATION_PATTERN, 32, DURATION, 'Rate window of the serving metrics. Default 5m.'),
        labelsWindow: string(DURATION_PATTERN, 32, DURATION, 'Rate window of the delayed-label metric (accuracy, recall). Default 1h.'),
        selector: {
          type: 'object',
          description: 'Label matchers added to every query. Default: {model: <name>}.',
          propertyNames: { pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$', $comment: 'a Prometheus label name: letters, digits and _', maxLength: 128 },
          additionalProperties: { type: 'string', maxLength: 256 }
        },
        metrics: {
          type: 'object',
          additionalProperties: false,
          description: 'Names of the serving metrics.',
          properties: Object.fromEntries(
            [
              ['latency', 'histogram of inference latency in seconds (default model_inference_latency_seconds)'],
              ['predictions', 'counter of predictions, failures labelled status="error" (default model_predictions_total)'],
              ['confidence', "histogram of the predicted class's probability (default model_prediction_confidence)"],
              ['drift', 'gauge of a drift score (PSI) per feature (default feature_drift_score)'],
              ['labeled', 'counter of predictions whose label arrived, labelled correct="true|false" and label="1|0" (default model_labeled_predictions_total)']
            ].map(([key, description]) => [key, string('^[a-zA-Z_:][a-zA-Z0-9_:]*$', 200, 'a Prometheus metric name', description)])
          )
        }
      }
    },
    disruptionBudget: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      description: 'PodDisruptionBudget of each Deployment: set minAvailable or maxUnavailable. Default: maxUnavailable: 1.',
      properties: {
        minAvailable: intOrPercent('Pods that must stay up during voluntary disruptions (e.g. node drains).'),
        maxUnavailable: intOrPercent('Pods that may be down during voluntary disruptions.')
      }
    }
  }
};
