import { ApiObject, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';
import { networkingApiVersion } from './api-version.js';
import type { IstioApiVersion, VirtualServiceSpec } from '../../src/model/istio.js';

export interface VirtualServiceProps {
  /** Name, namespace, labels and annotations of the object. */
  readonly metadata?: ApiObjectMetadata;
  /** The hosts, gateways and HTTP routes. */
  readonly spec: VirtualServiceSpec;
  /**
   * The networking.istio.io version to write: `v1beta1` is for clusters older than Istio 1.22,
   * which do not serve `v1`.
   * @default 'v1'
   */
  readonly apiVersion?: IstioApiVersion;
}

/** An Istio VirtualService: how the requests for its hosts are routed, and in what shares. */
export class VirtualService extends ApiObject {
  constructor(scope: Construct, id: string, props: VirtualServiceProps) {
    super(scope, id, {
      apiVersion: networkingApiVersion(props.apiVersion, 'VirtualService', scope, id),
      kind: 'VirtualService',
      metadata: props.metadata,
      spec: props.spec
    });
  }
}
