import type { Construct } from 'constructs';
import { type IstioApiVersion } from '../../src/model/istio.js';
/**
 * `networking.istio.io/<version>`. The check is for JavaScript callers, whom no type stops from
 * passing a version model-gate does not write; the error names the construct by its kind and path.
 */
export declare function networkingApiVersion(version: IstioApiVersion | undefined, kind: string, scope: Construct, id: string): string;
