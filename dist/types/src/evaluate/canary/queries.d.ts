import type { CanaryTarget, LiveMetricSpec } from '../../model/canary.js';
export interface SideQueries {
    /** The metric's value. */
    value: string;
    /** Requests in the window, for min-requests. */
    requests: string;
    /** For rates of requests: the requests that count, for the interval of the difference. */
    events?: string;
    /** For latency quantiles: the histogram's buckets over the window, for the bounds around the value. */
    buckets?: string;
}
/** The queries of one metric for the pods of `version` in the target's namespace and app. */
export declare function sideQueries(metric: LiveMetricSpec, target: CanaryTarget, version: string, windowSeconds: number): SideQueries;
/** The canary's requests as a share of both versions', for a weight read from traffic. */
export declare function trafficShareQueries(target: CanaryTarget, windowSeconds: number): {
    canary: string;
    stable: string;
};
