import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { DestinationRule } from './istio/destination-rule.js';
import { VirtualService } from './istio/virtual-service.js';
import { type ReleaseSpec } from '../src/read/release-file.js';
import { type ReleasePlan, type Track } from '../src/synthesize/plan.js';
import type { Outcome } from '../src/model/decision.js';
export interface ModelReleaseProps {
    /**
     * The release file, as `parseReleaseFile` returns it: names, images, sizes, probes, and the
     * Istio hosts, gateways, routes' settings and API version (`istio.apiVersion`).
     */
    readonly spec: ReleaseSpec;
    /** The gate decision and canary weight, as `parseReportFile` returns them from the gate report. */
    readonly outcome: Outcome;
    /**
     * The gate report's name, for the error thrown when the outcome is one the engine cannot
     * produce (such as a rollback above weight 0).
     * @default 'gate report'
     */
    readonly reportFile?: string;
}
/**
 * A model's release as Kubernetes and Istio objects: a Deployment (with autoscaler and disruption
 * budget) per serving version, one Service over both, a DestinationRule with a subset per version,
 * and a VirtualService that sends the canary its share. Which objects exist, and their sizes and
 * weights, follow from the gate outcome (see src/synthesize/plan.ts).
 *
 * Every object carries an explicit name. Deployments select pods by `app` and `track`, the Service
 * by `app`, and the DestinationRule subsets by `version`: never by a hash of the construct path,
 * so the construct can be renamed or moved without changing an immutable selector.
 */
export declare class ModelRelease extends Construct {
    readonly plan: ReleasePlan;
    readonly deployments: Partial<Record<Track, kplus.Deployment>>;
    readonly service: kplus.Service;
    readonly destinationRule: DestinationRule;
    readonly virtualService: VirtualService;
    constructor(scope: Construct, id: string, { spec, outcome, reportFile }: ModelReleaseProps);
    private addWorkload;
    private container;
}
