import { throwIfAny } from '../errors.js';
import { quote } from './quote.js';
import { parseYaml, pointerSegments, validateYaml } from './yaml.js';
import validateRelease from './schemas/compiled/release.js';
import { DEFAULT_ISTIO_API_VERSION, type IstioApiVersion } from '../model/istio.js';
import type { Problem } from '../model/problem.js';

export interface ModelVersion {
  /** The pods' `version` label. */
  version: string;
  image: string;
}

export interface ProbeSpec {
  path: string;
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
}

export interface CpuAndMemory {
  /** "500m" or "1.5" */
  cpu: string;
  /** "512Mi" or "2Gi" */
  memory: string;
}

export type DisruptionBudget = { minAvailable: number | string } | { maxUnavailable: number | string };

/** A release file after validation, with every default filled in. */
export interface ReleaseSpec {
  /** Where it came from, for messages. */
  source: string;
  name: string;
  namespace: string;
  port: number;
  servicePort: number;
  labels: Record<string, string>;
  stable: ModelVersion;
  candidate: ModelVersion;
  resources: { requests: CpuAndMemory; limits: CpuAndMemory };
  probes: { readiness: ProbeSpec; liveness?: ProbeSpec; startup: ProbeSpec };
  autoscaling: {
    minReplicas: number;
    maxReplicas: number;
    cpuUtilization: number;
    podMetric?: { name: string; averageValue: number };
  };
  istio: {
    /** The networking.istio.io version of the DestinationRule and VirtualService. */
    apiVersion: IstioApiVersion;
    hosts: string[];
    /** Undefined: the mesh gateway only (Istio's default). */
    gateways?: string[];
    timeout?: string;
    retries: { attempts: number; perTryTimeout?: string; retryOn?: string };
    canaryHeader: { name: string; value: string };
    outlierDetection?: { consecutive5xxErrors?: number; interval?: string; baseEjectionTime?: string; maxEjectionPercent?: number };
  };
  disruptionBudget: DisruptionBudget;
  securityContext?: { runAsUser?: number; runAsGroup?: number; readOnlyRootFilesystem?: boolean };
  /** Alerts from the gates: present only when the release file asks for them. */
  monitoring?: MonitoringSpec;
}

export interface MonitoringSpec {
  for: string;
  window: string;
  labelsWindow: string;
  selector: Record<string, string>;
  metrics: Record<'latency' | 'predictions' | 'confidence' | 'drift' | 'labeled', string>;
}

export const DEFAULT_MONITORING_METRICS: MonitoringSpec['metrics'] = {
  latency: 'model_inference_latency_seconds',
  predictions: 'model_predictions_total',
  confidence: 'model_prediction_confidence',
  drift: 'feature_drift_score',
  labeled: 'model_labeled_predictions_total'
};

type ReleaseJson = Omit<ReleaseSpec, 'source' | 'servicePort' | 'labels' | 'probes' | 'istio' | 'disruptionBudget' | 'monitoring'> & {
  monitoring?: Partial<Omit<MonitoringSpec, 'metrics'>> & { metrics?: Partial<MonitoringSpec['metrics']> };
  servicePort?: number;
  labels?: Record<string, string>;
  probes: { readiness: ProbeSpec; liveness?: ProbeSpec; startup?: ProbeSpec };
  istio?: Partial<ReleaseSpec['istio']>;
  disruptionBudget?: { minAvailable?: number | string; maxUnavailable?: number | string };
};

/** Labels model-gate sets itself; a release file may not override them. */
export const RESERVED_LABELS = ['app', 'version', 'track'] as const;

/**
 * Without explicit retries Istio retries twice on connect-failure, refused-stream, unavailable,
 * cancelled and 503. An inference POST may not be idempotent, so no retries unless configured.
 */
export const DEFAULT_RETRIES = { attempts: 0 } as const;
export const DEFAULT_CANARY_HEADER = { name: 'x-canary', value: 'true' } as const;
export const DEFAULT_DISRUPTION_BUDGET: DisruptionBudget = { maxUnavailable: 1 };
/** Model servers can take minutes to load weights: the startup probe allows 30 × 10 s by default. */
export const DEFAULT_STARTUP = { periodSeconds: 10, failureThreshold: 30 } as const;

/** Parses a release file (YAML or JSON), fills in the defaults, and checks that the parts fit together. */
export function parseReleaseFile(text: string, source: string): ReleaseSpec {
  const yaml = parseYaml(text, source);
  const raw = validateYaml<ReleaseJson>(validateRelease, yaml, source);
  const problems = checkRelease(raw).map((p): Problem => ({ source: source, path: p.path, line: yaml.lineOf(pointerSegments(p.path)), message: p.message }));
  throwIfAny(problems);
  return withDefaults(raw, source);
}

/** The Service's cluster-local name, which the Istio objects use as their host. */
export function serviceHost(spec: Pick<ReleaseSpec, 'name' | 'namespace'>): string {
  return `${spec.name}.${spec.namespace}.svc.cluster.local`;
}

function withDefaults(raw: ReleaseJson, source: string): ReleaseSpec {
  const istio = raw.istio ?? {};
  return {
    ...raw,
    source,
    servicePort: raw.servicePort ?? raw.port,
    labels: raw.labels ?? {},
    probes: { ...raw.probes, startup: raw.probes.startup ?? { path: raw.probes.readiness.path, ...DEFAULT_STARTUP } },
    istio: {
      ...istio,
      apiVersion: istio.apiVersion ?? DEFAULT_ISTIO_API_VERSION,
      hosts: istio.hosts ?? [serviceHost(raw)],
      retries: istio.retries ?? { ...DEFAULT_RETRIES },
      canaryHeader: istio.canaryHeader ?? { ...DEFAULT_CANARY_HEADER }
    },
    disruptionBudget: (raw.disruptionBudget as DisruptionBudget | undefined) ?? DEFAULT_DISRUPTION_BUDGET,
    monitoring: raw.monitoring && {
      for: raw.monitoring.for ?? '10m',
      window: raw.monitoring.window ?? '5m',
      labelsWindow: raw.monitoring.labelsWindow ?? '1h',
      selector: raw.monitoring.selector ?? { model: raw.name },
      metrics: { ...DEFAULT_MONITORING_METRICS, ...raw.monitoring.metrics }
    }
  };
}

/** What the schema cannot say: relations between fields. */
function checkRelease(raw: ReleaseJson): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });

  if (raw.stable.version === raw.candidate.version) {
    add('/candidate/version', `is the same as /stable/version (${quote(raw.stable.version)}): the DestinationRule could not tell the two apart`);
  }
  for (const key of RESERVED_LABELS) {
    if (raw.labels?.[key] !== undefined) add(`/labels/${key}`, `"${key}" is set by model-gate; remove it from labels`);
  }
  const { minReplicas, maxReplicas } = raw.autoscaling;
  if (minReplicas > maxReplicas) add('/autoscaling/minReplicas', `${minReplicas} is above maxReplicas ${maxReplicas}`);

  const { requests, limits } = raw.resources;
  if (cpuMillis(requests.cpu) > cpuMillis(limits.cpu)) add('/resources/requests/cpu', `${requests.cpu} is above the limit ${limits.cpu}`);
  if (memoryMebibytes(requests.memory) > memoryMebibytes(limits.memory)) {
    add('/resources/requests/memory', `${requests.memory} is above the limit ${limits.memory}`);
  }

  const { readiness, liveness } = raw.probes;
  if (liveness && (liveness.initialDelaySeconds ?? 0) < (readiness.initialDelaySeconds ?? 0)) {
    add(
      '/probes/liveness/initialDelaySeconds',
      `${liveness.initialDelaySeconds ?? 0} is before the readiness probe's ${readiness.initialDelaySeconds ?? 0}: a pod still loading its model would be restarted`
    );
  }

  const budget = raw.disruptionBudget ?? {};
  if (budget.minAvailable !== undefined && budget.maxUnavailable !== undefined) {
    add('/disruptionBudget', 'set minAvailable or maxUnavailable, not both');
  } else if (budget.maxUnavailable === 0 || budget.maxUnavailable === '0%') {
    add('/disruptionBudget/maxUnavailable', `${budget.maxUnavailable} would block every node drain`);
  } else if (budget.minAvailable !== undefined && minimumPods(budget.minAvailable, minReplicas) >= minReplicas) {
    add('/disruptionBudget/minAvailable', `${budget.minAvailable} would block node drains when the Deployment runs at minReplicas (${minReplicas})`);
  }

  // The Service selects both Deployments: traffic that no VirtualService route covers reaches the
  // canary by pod count, not by weight, and never sees the canary header route.
  const gateways = raw.istio?.gateways;
  if (gateways && !gateways.includes('mesh')) {
    add('/istio/gateways', 'lists no "mesh": callers inside the cluster would bypass the weighted routes and reach the canary by pod count; add mesh');
  }
  const hosts = raw.istio?.hosts;
  if (hosts && !hosts.some((h) => h === serviceHost(raw) || h === raw.name || h === `${raw.name}.${raw.namespace}`)) {
    add('/istio/hosts', `does not include the Service (${serviceHost(raw)}): callers inside the cluster would bypass the weighted routes; add it`);
  }

  const retries = raw.istio?.retries;
  if (retries && retries.attempts === 0 && (retries.perTryTimeout !== undefined || retries.retryOn !== undefined)) {
    add('/istio/retries', 'perTryTimeout and retryOn have no effect with attempts: 0');
  }
  return problems;
}

/** The pods a minAvailable keeps at `replicas`: Kubernetes rounds a percentage up. */
function minimumPods(minAvailable: number | string, replicas: number): number {
  return typeof minAvailable === 'number' ? minAvailable : Math.ceil((Number(minAvailable.replace('%', '')) * replicas) / 100);
}

/** "500m" → 500, "1.5" → 1500. Only the forms the schema accepts. */
export function cpuMillis(quantity: string): number {
  return quantity.endsWith('m') ? Number(quantity.slice(0, -1)) : Math.round(Number(quantity) * 1000);
}

/** "512Mi" → 512, "2Gi" → 2048. Only the forms the schema accepts. */
export function memoryMebibytes(quantity: string): number {
  const amount = Number(quantity.slice(0, -2));
  return quantity.endsWith('Gi') ? amount * 1024 : amount;
}
