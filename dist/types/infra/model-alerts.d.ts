import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { MonitoringSpec, ReleaseSpec } from '../src/read/release-file.js';
import type { GatesConfig } from '../src/model/gates.js';
export interface ModelAlertsProps {
    spec: ReleaseSpec & {
        monitoring: MonitoringSpec;
    };
    /** The gates that decide the release in CI: their thresholds become the alerts'. */
    gates: GatesConfig;
}
/** A PrometheusRule (monitoring.coreos.com/v1) watching the release with the gates' thresholds. */
export declare class ModelAlerts extends Construct {
    readonly rule: ApiObject;
    constructor(scope: Construct, id: string, { spec, gates }: ModelAlertsProps);
}
