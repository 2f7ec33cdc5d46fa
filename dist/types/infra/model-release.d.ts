import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { type ReleaseSpec } from '../src/read/release-file.js';
import { type ReleasePlan, type Track } from '../src/synthesize/plan.js';
import type { Outcome } from '../src/model/decision.js';
export type ModelReleaseProps = {
    plan: ReleasePlan;
} | {
    spec: ReleaseSpec;
    outcome: Outcome;
};
export declare const ISTIO_API_VERSION = "networking.istio.io/v1beta1";
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
    readonly destinationRule: ApiObject;
    readonly virtualService: ApiObject;
    constructor(scope: Construct, id: string, props: ModelReleaseProps);
    private addWorkload;
    private container;
}
