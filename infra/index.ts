// The constructs a platform team can use in its own cdk8s app, and the synthesizer model-gate runs.
export { ModelRelease, type ModelReleaseProps } from './model-release.js';
export { ModelAlerts, type ModelAlertsProps } from './model-alerts.js';
export { DestinationRule, type DestinationRuleProps } from './istio/destination-rule.js';
export { VirtualService, type VirtualServiceProps } from './istio/virtual-service.js';
export { synthesizeRelease } from './synthesize.js';
export { alertRules, type AlertRule } from '../src/synthesize/alerts.js';
export {
  planRelease,
  type CanaryState,
  type PlannedDestinationRuleSpec,
  type PlannedRoute,
  type PlannedVirtualServiceSpec,
  type ReleasePlan,
  type Track,
  type WorkloadPlan
} from '../src/synthesize/plan.js';
export { parseReleaseFile, type ReleaseSpec } from '../src/read/release-file.js';
export { parseReportFile } from '../src/read/outcome.js';
export { parseGatesFile } from '../src/read/gates-file.js';
export { DEFAULT_ISTIO_API_VERSION, ISTIO_API_VERSIONS } from '../src/model/istio.js';
export type {
  Destination,
  DestinationRuleSpec,
  HttpMatchRequest,
  HttpRetry,
  HttpRoute,
  HttpRouteDestination,
  IstioApiVersion,
  OutlierDetection,
  StringMatch,
  Subset,
  TrafficPolicy,
  VirtualServiceSpec
} from '../src/model/istio.js';
export type { Decision, Outcome } from '../src/model/decision.js';
export type { GatesConfig } from '../src/model/gates.js';
