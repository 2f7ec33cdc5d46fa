// The constructs a platform team can use in its own cdk8s app, and the synthesizer model-gate runs.
export { ISTIO_API_VERSION, ModelRelease, type ModelReleaseProps } from './model-release.js';
export { ModelAlerts, type ModelAlertsProps } from './model-alerts.js';
export { synthesizeRelease } from './synthesize.js';
export { alertRules, type AlertRule } from '../src/synthesize/alerts.js';
export { planRelease, type CanaryState, type ReleasePlan, type Track, type WorkloadPlan } from '../src/synthesize/plan.js';
export { parseReleaseFile, type ReleaseSpec } from '../src/read/release-file.js';
export { parseReportFile } from '../src/read/outcome.js';
export type { Decision, Outcome } from '../src/model/decision.js';
