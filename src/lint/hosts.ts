import type { Finding } from './types.js';
import { finding, ofKind, record, resolveHost, type K8sObject, type LintContext } from './objects.js';
import { routesOf } from './routes.js';

/** A destination host written in one of the forms that name a Service in the cluster. */
interface ClusterHost {
  name: string;
  namespace: string;
  /** Istio expands only a name without dots; `name.ns` and `name.ns.svc` are taken as written, and match no Service. */
  expanded: boolean;
}

const FQDN = /^([^.]+)\.([^.]+)\.svc\.cluster\.local$/;
const WITH_SVC = /^([^.]+)\.([^.]+)\.svc$/;
const WITH_NAMESPACE = /^([^.]+)\.([^.]+)$/;
const IP = /^[\d.]+$|:/;

/**
 * The Service a destination host names, or undefined for hosts outside the cluster: wildcards,
 * IPs, and names with dots that are no cluster-local form. `name.ns` is cluster-local only when
 * `ns` is a namespace with Services among the manifests (else it reads as a domain, `example.com`).
 */
function clusterHost(host: string, namespace: string, serviceNamespaces: ReadonlySet<string>): ClusterHost | undefined {
  if (host.includes('*') || IP.test(host)) return undefined;
  if (!host.includes('.')) return { name: host, namespace, expanded: true };
  const fqdn = FQDN.exec(host) ?? WITH_SVC.exec(host);
  if (fqdn) return { name: fqdn[1] ?? '', namespace: fqdn[2] ?? '', expanded: host.endsWith('.cluster.local') };
  const short = WITH_NAMESPACE.exec(host);
  if (short && serviceNamespaces.has(short[2] ?? '')) return { name: short[1] ?? '', namespace: short[2] ?? '', expanded: false };
  return undefined;
}

/** The hosts ServiceEntries declare (as Istio resolves them), exact or `*.suffix`. */
function serviceEntryHosts(context: LintContext): string[] {
  return ofKind(context, 'ServiceEntry').flatMap((entry) => {
    const hosts = record(entry.doc.spec)?.hosts;
    return (Array.isArray(hosts) ? hosts : []).flatMap((h) => (typeof h === 'string' ? [h, resolveHost(h, entry.namespace)] : []));
  });
}

function declaredBy(entryHosts: readonly string[], host: string): boolean {
  return entryHosts.some((entry) => entry === host || (entry.startsWith('*') && host.endsWith(entry.slice(1))));
}

type HostVerdict =
  { kind: 'unjudged' } | { kind: 'service'; service: K8sObject; expanded: boolean } | { kind: 'missing'; name: string; namespace: string; near: string[] };

/**
 * What a destination host written in `namespace` names. Only hosts in a namespace with at least
 * one Service among the manifests are judged: elsewhere the linter sees part of the cluster, and
 * the Service may well exist.
 */
export function hostVerdict(context: LintContext, host: string, namespace: string): HostVerdict {
  const services = ofKind(context, 'Service');
  const serviceNamespaces = new Set(services.map((s) => s.namespace));
  const target = clusterHost(host, namespace, serviceNamespaces);
  if (!target || !serviceNamespaces.has(target.namespace)) return { kind: 'unjudged' };
  const entryHosts = serviceEntryHosts(context);
  if (declaredBy(entryHosts, host) || declaredBy(entryHosts, resolveHost(host, namespace))) return { kind: 'unjudged' };
  const service = services.find((s) => s.name === target.name && s.namespace === target.namespace);
  if (service) return { kind: 'service', service, expanded: target.expanded };
  const near = services.filter((s) => s.namespace === target.namespace && editDistance(s.name, target.name) <= 2).map((s) => s.name);
  return { kind: 'missing', name: target.name, namespace: target.namespace, near };
}

/** route-host-exists: Istio drops traffic routed to a host that is no Service (nor a ServiceEntry host). */
export function routeHostsExist(context: LintContext): Finding[] {
  return ofKind(context, 'VirtualService').flatMap((vs) => {
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const route of routesOf(vs)) {
      for (const { host } of route.destinations) {
        if (!host || seen.has(host)) continue;
        seen.add(host);
        const message = hostProblem(hostVerdict(context, host, vs.namespace), host, vs);
        if (message) findings.push(finding('route-host-exists', vs, `${route.label}: ${message}`));
      }
    }
    return findings;
  });
}

function hostProblem(verdict: HostVerdict, host: string, vs: K8sObject): string | undefined {
  if (verdict.kind === 'missing') {
    const hint = verdict.near.length ? ` (did you mean ${verdict.near.map((n) => `"${n}"`).join(' or ')}?)` : '';
    return `host "${host}" is no Service among the manifests in namespace ${verdict.namespace}, nor a ServiceEntry host${hint}: Istio would drop the traffic`;
  }
  if (verdict.kind === 'service' && !verdict.expanded) {
    const { service } = verdict;
    const fqdn = `${service.name}.${service.namespace}.svc.cluster.local`;
    const short = service.namespace === vs.namespace ? ` or ${service.name}` : '';
    return `host "${host}" is taken as written (Istio expands only a name without dots), so it does not match ${service.id} (${fqdn}): write ${fqdn}${short}`;
  }
  return undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
