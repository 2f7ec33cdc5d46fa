import { type IstioApiVersion } from '../model/istio.js';
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
export type DisruptionBudget = {
    minAvailable: number | string;
} | {
    maxUnavailable: number | string;
};
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
    resources: {
        requests: CpuAndMemory;
        limits: CpuAndMemory;
    };
    probes: {
        readiness: ProbeSpec;
        liveness?: ProbeSpec;
        startup: ProbeSpec;
    };
    autoscaling: {
        minReplicas: number;
        maxReplicas: number;
        cpuUtilization: number;
        podMetric?: {
            name: string;
            averageValue: number;
        };
    };
    istio: {
        /** The networking.istio.io version of the DestinationRule and VirtualService. */
        apiVersion: IstioApiVersion;
        hosts: string[];
        /** Undefined: the mesh gateway only (Istio's default). */
        gateways?: string[];
        timeout?: string;
        retries: {
            attempts: number;
            perTryTimeout?: string;
            retryOn?: string;
        };
        canaryHeader: {
            name: string;
            value: string;
        };
        outlierDetection?: {
            consecutive5xxErrors?: number;
            interval?: string;
            baseEjectionTime?: string;
            maxEjectionPercent?: number;
        };
    };
    disruptionBudget: DisruptionBudget;
    securityContext?: {
        runAsUser?: number;
        runAsGroup?: number;
        readOnlyRootFilesystem?: boolean;
    };
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
export declare const DEFAULT_MONITORING_METRICS: MonitoringSpec['metrics'];
/** Labels model-gate sets itself; a release file may not override them. */
export declare const RESERVED_LABELS: readonly ["app", "version", "track"];
/**
 * Without explicit retries Istio retries twice on connect-failure, refused-stream, unavailable,
 * cancelled and 503. An inference POST may not be idempotent, so no retries unless configured.
 */
export declare const DEFAULT_RETRIES: {
    readonly attempts: 0;
};
export declare const DEFAULT_CANARY_HEADER: {
    readonly name: "x-canary";
    readonly value: "true";
};
export declare const DEFAULT_DISRUPTION_BUDGET: DisruptionBudget;
/** Model servers can take minutes to load weights: the startup probe allows 30 × 10 s by default. */
export declare const DEFAULT_STARTUP: {
    readonly periodSeconds: 10;
    readonly failureThreshold: 30;
};
/** Parses a release file (YAML or JSON), fills in the defaults, and checks that the parts fit together. */
export declare function parseReleaseFile(text: string, source: string): ReleaseSpec;
/** The Service's cluster-local name, which the Istio objects use as their host. */
export declare function serviceHost(spec: Pick<ReleaseSpec, 'name' | 'namespace'>): string;
/** "500m" → 500, "1.5" → 1500. Only the forms the schema accepts. */
export declare function cpuMillis(quantity: string): number;
/** "512Mi" → 512, "2Gi" → 2048. Only the forms the schema accepts. */
export declare function memoryMebibytes(quantity: string): number;
