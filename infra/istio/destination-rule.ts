import { ApiObject, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import { networkingApiVersion } from './api-version.js';
import type { DestinationRuleSpec, IstioApiVersion } from '../../src/model/istio.js';

export interface DestinationRuleProps {
  /** Name, namespace, labels and annotations of the object. */
  readonly metadata?: ApiObjectMetadata;
  /** The host, its subsets and its traffic policy. */
  readonly spec: DestinationRuleSpec;
  /**
   * The networking.istio.io version to write: `v1beta1` is for clusters older than Istio 1.22,
   * which do not serve `v1`.
   * @default 'v1'
   */
  readonly apiVersion?: IstioApiVersion;
}

/** An Istio DestinationRule: the subsets of a host's pods that routes can send traffic to. */
export class DestinationRule extends ApiObject {
  constructor(scope: Construct, id: string, props: DestinationRuleProps) {
    super(scope, id, {
      apiVersion: networkingApiVersion(props.apiVersion, 'DestinationRule', scope, id),
      kind: 'DestinationRule',
      metadata: props.metadata,
      spec: props.spec
    });
  }
}
