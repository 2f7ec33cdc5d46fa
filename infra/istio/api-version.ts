import type { Construct } from 'constructs';
import { DEFAULT_ISTIO_API_VERSION, ISTIO_API_VERSIONS, ISTIO_NETWORKING_GROUP, type IstioApiVersion } from '../../src/model/istio.js';

/**
 * `networking.istio.io/<version>`. The check is for JavaScript callers, whom no type stops from
 * passing a version model-gate does not write; the error names the construct by its kind and path.
 */
export function networkingApiVersion(version: IstioApiVersion | undefined, kind: string, scope: Construct, id: string): string {
  const object = `${kind} ${[scope.node.path, id].filter(Boolean).join('/')}`;
  const chosen: unknown = version ?? DEFAULT_ISTIO_API_VERSION;
  if (!(ISTIO_API_VERSIONS as readonly unknown[]).includes(chosen)) {
    throw new Error(
      `${object}: apiVersion ${JSON.stringify(chosen)} is not one model-gate writes; expected ${ISTIO_API_VERSIONS.map((v) => `"${v}"`).join(' or ')}`
    );
  }
  return `${ISTIO_NETWORKING_GROUP}/${String(chosen)}`;
}
