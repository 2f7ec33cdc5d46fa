import type { Finding } from './types.js';
import { describeLabels, finding, hasLabels, labelMap, ofKind, record, records, text, type LintContext } from './objects.js';

/** Istio's protocol selection: the port name is `<protocol>` or `<protocol>-<suffix>`. */
const ISTIO_PORT_NAME = /^(http|http2|https|grpc|grpc-web|tcp|tls|mongo|mysql|redis|udp)(-.*)?$/;

/** service-selects-pods */
export function servicesSelectPods(context: LintContext): Finding[] {
  return ofKind(context, 'Service').flatMap((service) => {
    const spec = record(service.doc.spec) ?? {};
    const selector = labelMap(spec.selector);
    if (spec.type === 'ExternalName' || Object.keys(selector).length === 0 || context.unknownPods.has(service.namespace)) return [];
    const matched = context.templates.some((t) => t.owner.namespace === service.namespace && hasLabels(t.labels, selector));
    return matched
      ? []
      : [finding('service-selects-pods', service, `selector ${describeLabels(selector)} matches no pod template in namespace ${service.namespace}`)];
  });
}

/** service-port-protocol */
export function servicePortProtocols(context: LintContext): Finding[] {
  return ofKind(context, 'Service').flatMap((service) => {
    const spec = record(service.doc.spec) ?? {};
    if (spec.type === 'ExternalName') return [];
    return records(spec.ports).flatMap((port) => {
      const name = text(port.name);
      if (text(port.appProtocol) || (name && ISTIO_PORT_NAME.test(name))) return [];
      return [
        finding(
          'service-port-protocol',
          service,
          `port ${String(port.port)} ${name ? `is named "${name}"` : 'has no name'}: Istio detects the protocol from it, so name it http, http-<suffix>, grpc, … or set appProtocol`
        )
      ];
    });
  });
}
