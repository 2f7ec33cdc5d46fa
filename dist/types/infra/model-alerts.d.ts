import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { MonitoringSpec, ReleaseSpec } from '../src/read/release-file.js';
import type { GatesConfig } from '../src/model/gates.js';
export interface ModelAlertsProps {
    /**
     * The release file, as `parseReleaseFile` returns it, with its `monitoring` section: the
     * metric names, label selector, rate windows and the time a condition must hold.
     */
    readonly spec: ReleaseSpec & {
        monitoring: MonitoringSpec;
    };
    /** The gates that decide the release in CI, as `parseGatesFile` returns them: their thresholds become the alerts'. */
    readonly gates: GatesConfig;
}
/** A PrometheusRule (monitoring.coreos.com/v1) watching the release with the gates' thresholds. */
export declare class ModelAlerts extends Construct {
    readonly rule: ApiObject;
    constructor(scope: Construct, id: string, { spec, gates }: ModelAlertsProps);
}
