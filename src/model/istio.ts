// The parts of Istio's networking API (networking.istio.io) that model-gate writes: the
// DestinationRule and VirtualService of a release, field names as in Istio's reference.

/**
 * The networking.istio.io versions model-gate writes. Istio serves `v1` from 1.22 on; `v1beta1`,
 * served since Istio 1.5, is for older clusters. Both versions have the same schema.
 */
export const ISTIO_API_VERSIONS = ['v1', 'v1beta1'] as const;
export type IstioApiVersion = (typeof ISTIO_API_VERSIONS)[number];
export const DEFAULT_ISTIO_API_VERSION: IstioApiVersion = 'v1';
export const ISTIO_NETWORKING_GROUP = 'networking.istio.io';

/** What a DestinationRule says about the traffic to one host. */
export interface DestinationRuleSpec {
  /** The Service the rule applies to: a short name, or `name.namespace.svc.cluster.local`. */
  readonly host: string;
  /** Named groups of the host's pods, chosen by labels, that routes send traffic to. */
  readonly subsets?: readonly Subset[];
  /** How the host's pods are treated; model-gate sets outlier detection only. */
  readonly trafficPolicy?: TrafficPolicy;
}

/** A named group of a host's pods. */
export interface Subset {
  /** The name routes use (`destination.subset`). */
  readonly name: string;
  /** The pods of the subset are those with all of these labels. */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface TrafficPolicy {
  /** Ejects pods that keep failing from the load-balancing pool. */
  readonly outlierDetection?: OutlierDetection;
}

export interface OutlierDetection {
  /** Consecutive 5xx answers (or connection failures) before a pod is ejected. Istio's default: 5. */
  readonly consecutive5xxErrors?: number;
  /** Time between ejection sweeps, such as `10s`. Istio's default: 10s. */
  readonly interval?: string;
  /** Minimum ejection time, multiplied by the number of ejections, such as `30s`. Istio's default: 30s. */
  readonly baseEjectionTime?: string;
  /** At most this percentage of the pool is ejected at once. Istio's default: 10. */
  readonly maxEjectionPercent?: number;
}

/** How a VirtualService routes the requests for its hosts. */
export interface VirtualServiceSpec {
  /** The hosts whose requests the routes apply to: names clients use, or a Service's name. */
  readonly hosts: readonly string[];
  /**
   * The gateways (`namespace/name`) and sidecars (`mesh`) the routes apply to. Listing gateways
   * leaves out the sidecars unless `mesh` is listed too.
   * @default - ['mesh']: the sidecars of the whole mesh
   */
  readonly gateways?: readonly string[];
  /** HTTP routes, in order: the first whose match fits a request takes it. */
  readonly http?: readonly HttpRoute[];
}

/** An HTTP route: which requests (`match`) go where (`route`). */
export interface HttpRoute {
  /** The route's name, for debugging: Envoy's access logs show it. */
  readonly name?: string;
  /**
   * Conditions of which one must fit a request for the route to take it.
   * @default - every request
   */
  readonly match?: readonly HttpMatchRequest[];
  /** Where the requests go, with the share of each destination. */
  readonly route: readonly HttpRouteDestination[];
  /**
   * Time a request may take, such as `2s`.
   * @default - no timeout
   */
  readonly timeout?: string;
  /**
   * Retries of failed requests.
   * @default - Istio retries twice (model-gate always writes retries, `attempts: 0` unless set)
   */
  readonly retries?: HttpRetry;
}

/** Conditions on a request, all of which must hold; model-gate matches on headers. */
export interface HttpMatchRequest {
  /** Header names (lower case) and the values they must have. */
  readonly headers?: Readonly<Record<string, StringMatch>>;
}

/** A string condition; model-gate writes exact matches. */
export interface StringMatch {
  /** The value must be exactly this. */
  readonly exact: string;
}

/** A destination and the share of the route's requests it takes. */
export interface HttpRouteDestination {
  readonly destination: Destination;
  /**
   * Percentage of the route's requests, an integer; the weights of a route add up to 100.
   * @default - 100 when the route has one destination
   */
  readonly weight?: number;
}

export interface Destination {
  /** The Service: a short name, or `name.namespace.svc.cluster.local`. */
  readonly host: string;
  /**
   * A subset of the host's DestinationRule.
   * @default - all the host's pods
   */
  readonly subset?: string;
}

export interface HttpRetry {
  /** Retries after the first attempt; 0 turns retries off. */
  readonly attempts: number;
  /** Timeout of each attempt, such as `500ms`. */
  readonly perTryTimeout?: string;
  /** Envoy retry conditions, comma-separated, such as `connect-failure,refused-stream`. */
  readonly retryOn?: string;
}
