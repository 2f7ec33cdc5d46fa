import { App, Chart } from 'cdk8s';
import type { GateOutcome } from '../src/read/outcome.js';
import type { ReleaseSpec } from '../src/read/release-file.js';
import { planRelease } from '../src/synthesize/plan.js';
import { ModelRelease } from './model-release.js';

/**
 * The release's manifests as multi-document YAML, ready for `kubectl apply` or a GitOps
 * repository. Runs cdk8s validation (app.synthYaml()); writes no files.
 * `reportFile` names the gate report in the error thrown for an inconsistent outcome.
 */
export function synthesizeRelease(spec: ReleaseSpec, outcome: GateOutcome, reportFile?: string): string {
  const app = new App();
  const chart = new Chart(app, spec.name, { disableResourceNameHashes: true });
  new ModelRelease(chart, 'release', { plan: planRelease(spec, outcome, reportFile) });
  return app.synthYaml();
}
