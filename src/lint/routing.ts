import type { Finding } from './types.js';
import {
  describeLabels,
  finding,
  hasLabels,
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

const ROUTE_KINDS = ['http', 'tcp', 'tls'] as const;

interface Route {
  label: string;
  destinations: { host?: string; subset?: string; weight: unknown }[];
}

function routesOf(virtualService: K8sObject): Route[] {
  const spec = record(virtualService.doc.spec) ?? {};
  return ROUTE_KINDS.flatMap((kind) =>
    records(spec[kind]).map((route, index): Route => {
      const name = text(route.name);
      return {
        label: `${kind} route ${name ? `"${name}"` : `#${index + 1}`}`,
        destinations: records(route.route).map((d) => {
          const destination = record(d.destination);
          return { host: text(destination?.host), subset: text(destination?.subset), weight: d.weight };
        })
      };
    })
  );
}

/** route-weights: Istio before 1.x required 100, later versions take weights as relative; 100 suits both. */
export function routeWeights(context: LintContext): Finding[] {
  return ofKind(context, 'VirtualService').flatMap((vs) =>
    routesOf(vs).flatMap((route) => {
      const weights = route.destinations.map((d) => d.weight);
      if (weights.length < 2 && weights.every((w) => w === undefined)) return [];
      if (!weights.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0)) {
        return [finding('route-weights', vs, `${route.label}: weights ${weights.map((w) => JSON.stringify(w ?? null)).join(', ')}: expected a non-negative integer for every destination, summing to 100`)];
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

/** subset-selects-pods: a subset is the pods of the host's Service that also carry its labels. */
export function subsetsSelectPods(context: LintContext): Finding[] {
  return ofKind(context, 'DestinationRule').flatMap((dr) => {
    const fqdn = resolveHost(text(record(dr.doc.spec)?.host) ?? '', dr.namespace);
    const pool = podsOfHost(context, fqdn, dr.namespace);
    if (!pool) return [];
    return records(record(dr.doc.spec)?.subsets).flatMap((subset) => {
      const labels = labelMap(subset.labels);
      if (pool.templates.some((t) => hasLabels(t.labels, labels))) return [];
      return [
        finding(
          'subset-selects-pods',
          dr,
          `subset "${text(subset.name) ?? '?'}" (${describeLabels(labels)}) selects no pod template${pool.service ? ` of ${pool.service.id}` : ` in namespace ${pool.namespace}`}: requests routed to it would get 503`
        )
      ];
    });
  });
}

/**
 * The pod templates behind an Istio host: its Service's, or for a cluster-local host that is no
 * Service here, those of its namespace. Undefined for hosts outside the cluster (ServiceEntries).
 */
function podsOfHost(context: LintContext, fqdn: string, fallbackNamespace: string): { service?: K8sObject; namespace: string; templates: PodTemplate[] } | undefined {
  const service = ofKind(context, 'Service').find((s) => `${s.name}.${s.namespace}.svc.cluster.local` === fqdn);
  if (!service && !fqdn.endsWith('.svc.cluster.local')) return undefined;
  const namespace = service?.namespace ?? /^[^.]+\.([^.]+)\.svc\.cluster\.local$/.exec(fqdn)?.[1] ?? fallbackNamespace;
  const selector = labelMap(record(service?.doc.spec)?.selector);
  const templates = context.templates.filter((t) => t.owner.namespace === namespace && hasLabels(t.labels, selector));
  return { service, namespace, templates };
}

/** subset-labels-unique: two subsets with the same labels send "canary" traffic to the stable pods. */
export function subsetLabelsUnique(context: LintContext): Finding[] {
  return ofKind(context, 'DestinationRule').flatMap((dr) => {
    const subsets = records(record(dr.doc.spec)?.subsets).map((s) => ({ name: text(s.name) ?? '?', labels: labelMap(s.labels) }));
    const key = (labels: Record<string, string>): string => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
    const findings: Finding[] = [];
    subsets.forEach((subset, i) => {
      const earlier = subsets.slice(0, i).find((other) => key(other.labels) === key(subset.labels));
      if (earlier) {
        findings.push(
          finding('subset-labels-unique', dr, `subsets "${earlier.name}" and "${subset.name}" have the same labels (${describeLabels(subset.labels)}): both send traffic to the same pods`)
        );
      }
    });
    return findings;
  });
}
