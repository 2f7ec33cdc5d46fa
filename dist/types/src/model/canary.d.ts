import type { Interval } from './evidence.js';
import type { GateSpec, Severity, ThresholdOrigin } from './gates.js';
/** Whose pods a query selects: Istio's destination labels, from the release file or the configuration. */
export interface CanaryTarget {
    namespace: string;
    app: string;
    /** The `version` label of the stable's pods and of the canary's. */
    stableVersion: string;
    canaryVersion: string;
}
/** One live metric: a built-in (Istio's standard metrics) or a PromQL template, with its gate. */
export interface LiveMetricSpec {
    /** The metric's name, and the id of its gate. */
    name: string;
    /** A PromQL template with {{namespace}}, {{app}}, {{version}} and {{window}}; absent for a built-in. */
    query?: string;
    gate: GateSpec;
}
/** `canary.analysis` in the gates file, with every duration in seconds. */
export interface CanaryAnalysisConfig {
    /** The Prometheus base URL; the prometheus-url option wins. */
    prometheus?: string;
    /** Destination labels when there is no release file. */
    target?: Partial<CanaryTarget>;
    windowSeconds: number;
    intervalSeconds: number;
    /** How long one run watches; 0 judges the last window at once. */
    durationSeconds: number;
    /** Bounds the whole watch. */
    timeoutSeconds: number;
    /** Failed checks (a blocking metric failed) before rollback. */
    failureLimit: number;
    /** Requests each side needs in a window for a check to be conclusive. */
    minRequests: number;
    metrics: LiveMetricSpec[];
    /** Line of `canary.analysis` in the gates file. */
    line?: number;
}
export type LiveStatus = 'pass' | 'fail' | 'inconclusive';
/** What one side (canary or stable) showed for a metric in a check's window. */
export interface LiveSide {
    /** The metric's value; null when there was no series or the value was NaN. */
    value: number | null;
    /** Requests in the window. */
    requests: number | null;
    /** For rates of requests: the requests that count (5xx for the error rate). */
    events?: number;
    /** For latency quantiles: the histogram bucket bounds (ms) the value lies between. */
    bucket?: {
        low: number;
        high: number | null;
    };
}
/** One metric at one check. */
export interface LiveMetricResult {
    metric: string;
    severity: Severity;
    status: LiveStatus;
    canary: LiveSide;
    stable: LiveSide;
    /** Canary − stable. */
    difference: number | null;
    /** For rates of requests: the 95% interval of the difference (Newcombe's hybrid score). */
    differenceInterval?: Interval;
    /** The gate's threshold, when the check was conclusive. */
    threshold: number | null;
    /** A threshold derived from the stable's value (max_increase, max_drop and their relative forms): threshold = stable + change. */
    thresholdFrom?: ThresholdOrigin;
    message: string;
}
/** One check: every metric over the window that ends at `time`. */
export interface LiveCheck {
    /** RFC 3339. */
    time: string;
    status: LiveStatus;
    metrics: LiveMetricResult[];
}
/** The `canaryAnalysis` section of the report. */
export interface CanaryAnalysis {
    /**
     * skipped: nothing to judge (no canary traffic, or the offline gates rolled back); passed: every
     * check passed; failed: the failure limit was reached; inconclusive: too little evidence, a
     * failed warn gate, or fewer failures than the limit; error: Prometheus could not be read.
     */
    status: 'skipped' | 'passed' | 'failed' | 'inconclusive' | 'error';
    reason: string;
    /** The Prometheus base URL, without credentials. */
    prometheus?: string;
    target?: CanaryTarget;
    settings?: {
        window: string;
        intervalSeconds: number;
        durationSeconds: number;
        failureLimit: number;
        minRequests: number;
    };
    checks: LiveCheck[];
    failedChecks: number;
    /** Metric → the PromQL run for each side. */
    queries: Record<string, {
        canary: string;
        stable: string;
    }>;
}
