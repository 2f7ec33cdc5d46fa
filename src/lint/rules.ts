import type { RuleId, Severity } from './types.js';

/**
 * Every lint rule. The ids are stable: scripts and suppressions may depend on them.
 * Errors make `model-gate lint` exit 1; warnings are reported only.
 */
export const RULES: Readonly<Record<RuleId, { severity: Severity; summary: string }>> = {
  'route-weights': { severity: 'error', summary: 'In every VirtualService route with several destinations, each has an integer weight and the weights sum to 100.' },
  'route-subset-defined': { severity: 'error', summary: 'Every subset a VirtualService routes to is defined in a DestinationRule for that host (else Istio answers 503).' },
  'subset-selects-pods': { severity: 'error', summary: "Every DestinationRule subset for a cluster-local host selects at least one pod template among the manifests (together with the host Service's selector)." },
  'subset-labels-unique': { severity: 'error', summary: 'No two subsets of one DestinationRule have the same labels (the canary would be the stable version).' },
  'service-selects-pods': { severity: 'error', summary: "A Service's selector matches at least one pod template in its namespace." },
  'service-port-protocol': { severity: 'error', summary: "A Service's ports are named for Istio's protocol detection (http, http-*, grpc, …) or set appProtocol." },
  'container-resources': { severity: 'error', summary: 'Every container has CPU and memory requests and limits.' },
  'readiness-probe': { severity: 'error', summary: 'Every serving container (one that declares a port) has a readiness probe.' },
  'liveness-after-readiness': { severity: 'error', summary: 'A liveness probe does not start before the readiness probe (initialDelaySeconds), unless a startup probe holds both back.' },
  'hpa-target-exists': { severity: 'error', summary: "A HorizontalPodAutoscaler's scaleTargetRef names a workload among the manifests." },
  'hpa-target-replicas': { severity: 'error', summary: 'A workload scaled by a HorizontalPodAutoscaler leaves spec.replicas unset (else every apply resets it).' },
  'hpa-min-max': { severity: 'error', summary: "A HorizontalPodAutoscaler's minReplicas is at most its maxReplicas." },
  'deployment-selector': { severity: 'error', summary: "A workload's selector matches its own pod template's labels." },
  'image-pinned': { severity: 'warning', summary: 'Images are pinned: a tag other than latest, or a digest.' },
  schema: { severity: 'error', summary: 'The object validates against the Kubernetes schema of its kind (apps/v1, autoscaling/v2, batch/v1, policy/v1 and core v1 kinds).' }
};
