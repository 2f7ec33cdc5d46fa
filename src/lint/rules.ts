import type { RuleId, Severity } from './types.js';

/**
 * Every lint rule. The ids are stable: scripts and suppressions may depend on them.
 * Errors make `model-gate lint` exit 1; warnings are reported only.
 */
export const RULES: Readonly<Record<RuleId, { severity: Severity; summary: string }>> = {
  'route-weights': {
    severity: 'error',
    summary: 'In every VirtualService route with several destinations, each has an integer weight and the weights sum to 100.'
  },
  'route-subset-defined': {
    severity: 'error',
    summary: 'Every subset a VirtualService routes to is defined in a DestinationRule for that host (else Istio answers 503).'
  },
  'route-host-exists': {
    severity: 'error',
    summary:
      'Every host a VirtualService routes to is a Service among the manifests (a short name, or name.namespace.svc.cluster.local) or a ServiceEntry host. Judged only in namespaces with at least one Service among the manifests; hosts with dots that are no cluster-local form are external.'
  },
  'subset-selects-pods': {
    severity: 'error',
    summary:
      "Every DestinationRule subset that a route sends traffic to selects at least one pod template among the manifests (together with the host Service's selector)."
  },
  'unrouted-subset-selects-pods': {
    severity: 'warning',
    summary: 'A DestinationRule subset that no route sends traffic to also selects pods: Istio accepts an empty subset, but a route added later would get 503.'
  },
  'subset-labels-unique': {
    severity: 'error',
    summary:
      "No two subsets of one DestinationRule have the same labels (the canary would be the stable version), except an Argo Rollout's canary and stable subsets, which its controller tells apart."
  },
  'service-selects-pods': { severity: 'error', summary: "A Service's selector matches at least one pod template in its namespace." },
  'service-port-protocol': {
    severity: 'error',
    summary: "A Service's ports are named for Istio's protocol detection (http, http-*, grpc, …) or set appProtocol."
  },
  'container-resources': { severity: 'error', summary: 'Every container has CPU and memory requests and limits.' },
  'readiness-probe': {
    severity: 'error',
    summary:
      'Every serving container has a readiness probe: a container in pods that a Service or a DestinationRule subset selects (declared ports only tell the server from its sidecars), or, where nothing among the manifests selects pods, one that declares a port.'
  },
  'liveness-after-readiness': {
    severity: 'error',
    summary: 'A liveness probe does not start before the readiness probe (initialDelaySeconds), unless a startup probe holds both back.'
  },
  'hpa-target-exists': { severity: 'error', summary: "A HorizontalPodAutoscaler's scaleTargetRef names a workload among the manifests." },
  'hpa-target-replicas': {
    severity: 'error',
    summary: 'A workload scaled by a HorizontalPodAutoscaler leaves spec.replicas unset (else every apply resets it).'
  },
  'hpa-min-max': { severity: 'error', summary: "A HorizontalPodAutoscaler's minReplicas is at most its maxReplicas." },
  'deployment-selector': { severity: 'error', summary: "A workload's selector matches its own pod template's labels." },
  'selectors-disjoint': {
    severity: 'error',
    summary:
      "No workload's selector matches the pod template of another workload in its namespace (both controllers would manage those pods), except a Rollout and the workload its workloadRef names."
  },
  'image-pinned': { severity: 'warning', summary: 'Images are pinned: a tag other than latest, or a digest.' },
  schema: {
    severity: 'error',
    summary: 'The object validates against the Kubernetes schema of its kind (apps/v1, autoscaling/v2, batch/v1, policy/v1 and core v1 kinds).'
  }
};
