// The constructs a platform team can use in its own cdk8s app, and the synthesizer model-gate runs.
export { ISTIO_API_VERSION, ModelRelease, type ModelReleaseProps } from './model-release.js';
export { synthesizeRelease } from './synthesize.js';
export { planRelease, type CanaryState, type ReleasePlan, type Track, type WorkloadPlan } from '../src/synthesize/plan.js';
export { parseReleaseFile, type ReleaseSpec } from '../src/read/release-file.js';
export { parseReportFile, type GateOutcome } from '../src/read/outcome.js';
