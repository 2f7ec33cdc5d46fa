import type { MonitoringSpec, ReleaseSpec } from '../read/release-file.js';
import { type GatesConfig } from '../model/gates.js';
/** One Prometheus alerting rule, as the PrometheusRule CRD writes it. */
export interface AlertRule {
    alert: string;
    expr: string;
    for: string;
    labels: {
        severity: 'critical' | 'warning';
        gate: string;
        model: string;
    };
    annotations: {
        summary: string;
        description: string;
    };
}
/**
 * Alerts whose thresholds are the gates' own: the gates file that blocks a release in CI also
 * watches it in production, so the two never disagree. One alert per gate bound with a
 * production counterpart; severity critical for blocking gates, warning for warn gates.
 */
export declare function alertRules(gates: GatesConfig, spec: ReleaseSpec & {
    monitoring: MonitoringSpec;
}): AlertRule[];
