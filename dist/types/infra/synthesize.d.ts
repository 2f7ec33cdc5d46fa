import type { GateOutcome } from '../src/read/outcome.js';
import type { ReleaseSpec } from '../src/read/release-file.js';
import type { GatesConfig } from '../src/read/gates-file.js';
/**
 * The release's manifests as multi-document YAML, ready for `kubectl apply` or a GitOps
 * repository. Runs cdk8s validation (app.synthYaml()); writes no files.
 * `reportFile` names the gate report in the error thrown for an inconsistent outcome. With
 * `gates` and a release file asking for monitoring, a PrometheusRule watches the same thresholds.
 */
export declare function synthesizeRelease(spec: ReleaseSpec, outcome: GateOutcome, reportFile?: string, gates?: GatesConfig): string;
