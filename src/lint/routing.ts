import type { Finding } from './types.js';
import { hostVerdict } from './hosts.js';
import {
  describeLabels,
  finding,
  hasLabels,
  isRollout,
  labelMap,
  ofKind,
  record,
  records,
  resolveHost,
  text,
  type K8sObject,
  type LintContext,
  type PodTemplate
} from './objects.js';
import { routesOf, takesTraffic } from './routes.js';

/** route-weights: Istio before 1.x required 100, later versions take weights as relative; 100 suits both. */
export function routeWeights(context: LintContext): Finding[] {
  return ofKind(context, 'VirtualService').flatMap((vs) =>
    routesOf(vs).flatMap((route) => {
      const weights = route.destinations.map((d) => d.weight);
      if (weights.length < 2 && weights.every((w) => w === undefined)) return [];
      if (!weights.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0)) {
        return [
          finding(
            'route-weights',
            vs,
            `${route.label}: weights ${weights.map((w) => JSON.stringify(w ?? null)).join(', ')}: expected a non-negative integer for every destination, summing to 100`
          )
        ];
      }
      const sum = (weights as number[]).reduce((a, b) => a + b, 0);
      return sum === 100 ? [] : [finding('route-weights', vs, `${route.label}: weights ${weights.join(' + ')} = ${sum}; expected a sum of 100`)];
    })
  );
}

/** route-subset-defined: a route to a subset no DestinationRule defines gets 503s. */
export function routeSubsetsDefined(context: LintContext): Finding[] {
  const rules = ofKind(context, 'DestinationRule');
  return ofKind(context, 'VirtualService').flatMap((vs) => {
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const route of routesOf(vs)) {
      for (const { host, subset } of route.destinations) {
        if (!host || !subset) continue;
        // a host that is no Service is route-host-exists' finding: its subsets cannot be defined either
        const verdict = hostVerdict(context, host, vs.namespace);
        if (verdict.kind === 'missing' || (verdict.kind === 'service' && !verdict.expanded)) continue;
        const fqdn = resolveHost(host, vs.namespace);
        if (seen.has(`${fqdn} ${subset}`)) continue;
        seen.add(`${fqdn} ${subset}`);
        const forHost = rules.filter((dr) => resolveHost(text(record(dr.doc.spec)?.host) ?? '', dr.namespace) === fqdn);
        const defined = forHost.some((dr) => records(record(dr.doc.spec)?.subsets).some((s) => s.name === subset));
        if (!defined) {
          findings.push(
            finding(
              'route-subset-defined',
              vs,
              forHost.length === 0
                ? `${route.label} routes to subset "${subset}" of ${fqdn}, but no DestinationRule among the manifests is for that host`
                : `${route.label} routes to subset "${subset}" of ${fqdn}, which ${forHost.map((dr) => dr.id).join(', ')} does not define`
            )
          );
        }
      }
    }
    return findings;
  });
}

/**
 * subset-selects-pods and unrouted-subset-selects-pods: a subset is the pods of the host's Service
 * that also carry its labels. An empty subset that a route sends traffic to answers 503; one that
 * no route sends traffic to does no harm (yet), so it is only a warning.
 */
export function subsetsSelectPods(context: LintContext): Finding[] {
  const routed = routedSubsets(context);
  return ofKind(context, 'DestinationRule').flatMap((dr) => {
    const fqdn = resolveHost(text(record(dr.doc.spec)?.host) ?? '', dr.namespace);
    const pool = podsOfHost(context, fqdn, dr.namespace);
    if (!pool || context.unknownPods.has(pool.namespace)) return [];
    return records(record(dr.doc.spec)?.subsets).flatMap((subset) => {
      const labels = labelMap(subset.labels);
      if (pool.templates.some((t) => hasLabels(t.labels, labels))) return [];
      const name = text(subset.name) ?? '?';
      const where = `selects no pod template${pool.service ? ` of ${pool.service.id}` : ` in namespace ${pool.namespace}`}`;
      const routes = routed.get(`${fqdn} ${name}`);
      return [
        routes
          ? finding(
              'subset-selects-pods',
              dr,
              `subset "${name}" (${describeLabels(labels)}) ${where}: ${routes.join(' and ')} ${routes.length > 1 ? 'send' : 'sends'} traffic to it, which would get 503`
            )
          : finding(
              'unrouted-subset-selects-pods',
              dr,
              `subset "${name}" (${describeLabels(labels)}) ${where}; no route sends traffic to it, but one that did would get 503`
            )
      ];
    });
  });
}

/** "host subset" → the routes (as "VirtualService/ns/name http route #1") that send it traffic. */
function routedSubsets(context: LintContext): Map<string, string[]> {
  const routed = new Map<string, string[]>();
  for (const vs of ofKind(context, 'VirtualService')) {
    for (const route of routesOf(vs)) {
      for (const destination of route.destinations) {
        if (!destination.host || !destination.subset || !takesTraffic(route, destination)) continue;
        const key = `${resolveHost(destination.host, vs.namespace)} ${destination.subset}`;
        const label = `${vs.id} ${route.label}`;
        const labels = routed.get(key) ?? [];
        if (!labels.includes(label)) routed.set(key, [...labels, label]);
      }
    }
  }
  return routed;
}

/**
 * The pod templates behind an Istio host: its Service's, or for a cluster-local host that is no
 * Service here, those of its namespace. Undefined for hosts outside the cluster (ServiceEntries).
 */
export function podsOfHost(
  context: LintContext,
  fqdn: string,
  fallbackNamespace: string
): { service?: K8sObject; namespace: string; templates: PodTemplate[] } | undefined {
  const service = ofKind(context, 'Service').find((s) => `${s.name}.${s.namespace}.svc.cluster.local` === fqdn);
  if (!service && !fqdn.endsWith('.svc.cluster.local')) return undefined;
  const namespace = service?.namespace ?? /^[^.]+\.([^.]+)\.svc\.cluster\.local$/.exec(fqdn)?.[1] ?? fallbackNamespace;
  const selector = labelMap(record(service?.doc.spec)?.selector);
  const templates = context.templates.filter((t) => t.owner.namespace === namespace && hasLabels(t.labels, selector));
  return { service, namespace, templates };
}

/**
 * subset-labels-unique: two subsets with the same labels send "canary" traffic to the stable pods.
 * Except the canary and stable subsets an Argo Rollout manages: its controller adds
 * rollouts-pod-template-hash to both at run time, so they are written alike by design.
 */
export function subsetLabelsUnique(context: LintContext): Finding[] {
  const managed = rolloutManagedSubsets(context);
  return ofKind(context, 'DestinationRule').flatMap((dr) => {
    const subsets = records(record(dr.doc.spec)?.subsets).map((s) => ({ name: text(s.name) ?? '?', labels: labelMap(s.labels) }));
    const key = (labels: Record<string, string>): string => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
    const pairs = managed.get(`${dr.namespace}/${dr.name}`) ?? [];
    const isManaged = (a: string, b: string): boolean => pairs.some(([canary, stable]) => (a === canary && b === stable) || (a === stable && b === canary));
    const findings: Finding[] = [];
    subsets.forEach((subset, i) => {
      const earlier = subsets.slice(0, i).find((other) => key(other.labels) === key(subset.labels) && !isManaged(other.name, subset.name));
      if (earlier) {
        findings.push(
          finding(
            'subset-labels-unique',
            dr,
            `subsets "${earlier.name}" and "${subset.name}" have the same labels (${describeLabels(subset.labels)}): both send traffic to the same pods`
          )
        );
      }
    });
    return findings;
  });
}

/** "namespace/DestinationRule name" → the [canary, stable] subset names of the Rollouts that manage it. */
function rolloutManagedSubsets(context: LintContext): Map<string, [string, string][]> {
  const managed = new Map<string, [string, string][]>();
  for (const rollout of context.objects.filter(isRollout)) {
    const canary = record(record(record(rollout.doc.spec)?.strategy)?.canary);
    const rule = record(record(record(canary?.trafficRouting)?.istio)?.destinationRule);
    const [name, canarySubset, stableSubset] = [text(rule?.name), text(rule?.canarySubsetName), text(rule?.stableSubsetName)];
    if (!name || !canarySubset || !stableSubset) continue;
    const key = `${rollout.namespace}/${name}`;
    managed.set(key, [...(managed.get(key) ?? []), [canarySubset, stableSubset]]);
  }
  return managed;
}
