import { type IstioApiVersion } from '../../src/model/istio.js';
/**
 * `networking.istio.io/<version>`. The check is for JavaScript callers, whom no type stops from
 * passing a version model-gate does not write; `object` names the construct in the error.
 */
export declare function networkingApiVersion(version: IstioApiVersion | undefined, object: string): string;
