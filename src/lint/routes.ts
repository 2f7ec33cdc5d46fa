import { record, records, text, type K8sObject } from './objects.js';

const ROUTE_KINDS = ['http', 'tcp', 'tls'] as const;

export interface Destination {
  host?: string;
  subset?: string;
  weight: unknown;
}

export interface Route {
  label: string;
  /** The route has match conditions (headers, URIs, ports…): it takes only some requests. */
  matched: boolean;
  destinations: Destination[];
}

/** The http, tcp and tls routes of a VirtualService. */
export function routesOf(virtualService: K8sObject): Route[] {
  const spec = record(virtualService.doc.spec) ?? {};
  return ROUTE_KINDS.flatMap((kind) =>
    records(spec[kind]).map((route, index): Route => {
      const name = text(route.name);
      return {
        label: `${kind} route ${name ? `"${name}"` : `#${index + 1}`}`,
        matched: records(route.match).length > 0,
        destinations: records(route.route).map((d) => {
          const destination = record(d.destination);
          return { host: text(destination?.host), subset: text(destination?.subset), weight: d.weight };
        })
      };
    })
  );
}

/**
 * True when a destination takes requests: a weight above 0, or no weight where Istio gives it all
 * the route's traffic (the only destination). A weight that is no number is route-weights' to
 * report; here it counts as traffic.
 */
export function takesTraffic(route: Route, destination: Destination): boolean {
  const { weight } = destination;
  if (typeof weight === 'number') return weight > 0;
  if (weight === undefined) return route.destinations.length === 1 || route.matched;
  return true;
}
