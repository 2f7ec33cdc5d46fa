import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { MonitoringSpec, ReleaseSpec } from '../src/read/release-file.js';
import { alertRules } from '../src/synthesize/alerts.js';
import type { GatesConfig } from '../src/model/gates.js';

export interface ModelAlertsProps {
  /**
   * The release file, as `parseReleaseFile` returns it, with its `monitoring` section: the
   * metric names, label selector, rate windows and the time a condition must hold.
   */
  readonly spec: ReleaseSpec & { monitoring: MonitoringSpec };
  /** The gates that decide the release in CI, as `parseGatesFile` returns them: their thresholds become the alerts'. */
  readonly gates: GatesConfig;
}

/** A PrometheusRule (monitoring.coreos.com/v1) watching the release with the gates' thresholds. */
export class ModelAlerts extends Construct {
  readonly rule: ApiObject;

  constructor(scope: Construct, id: string, { spec, gates }: ModelAlertsProps) {
    super(scope, id);
    this.rule = new ApiObject(this, 'rule', {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: `${spec.name}-gates`, namespace: spec.namespace, labels: { app: spec.name, ...spec.labels } },
      spec: { groups: [{ name: `${spec.name}.gates`, rules: alertRules(gates, spec) }] }
    });
  }
}
