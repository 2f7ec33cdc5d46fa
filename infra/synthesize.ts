import { App, Chart } from 'cdk8s';
import type { ReleaseSpec } from '../src/read/release-file.js';
import { ModelAlerts } from './model-alerts.js';
import { ModelRelease } from './model-release.js';
import type { GatesConfig } from '../src/model/gates.js';
import type { Outcome } from '../src/model/decision.js';

/**
 * The release's manifests as multi-document YAML, ready for `kubectl apply` or a GitOps
 * repository. Runs cdk8s validation (app.synthYaml()); writes no files.
 * `reportFile` names the gate report in the error thrown for an inconsistent outcome. With
 * `gates` and a release file asking for monitoring, a PrometheusRule watches the same thresholds.
 */
export function synthesizeRelease(spec: ReleaseSpec, outcome: Outcome, reportFile?: string, gates?: GatesConfig): string {
  const app = new App();
  const chart = new Chart(app, spec.name, { disableResourceNameHashes: true });
  new ModelRelease(chart, 'release', { spec, outcome, reportFile });
  const monitoring = spec.monitoring;
  if (monitoring && gates) new ModelAlerts(chart, 'alerts', { spec: { ...spec, monitoring }, gates });
  return app.synthYaml();
}
