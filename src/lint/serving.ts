import { labelMap, hasLabels, ofKind, record, records, resolveHost, text, type LintContext, type PodTemplate } from './objects.js';
import { podsOfHost } from './routing.js';

/**
 * The pod templates that serve traffic, each with what selects it: a Service's selector, or a
 * DestinationRule subset's labels. A containerPort is informational: it does not decide.
 */
export function servingTemplates(context: LintContext): Map<PodTemplate, string> {
  const serving = new Map<PodTemplate, string>();
  const mark = (templates: readonly PodTemplate[], by: string): void => templates.forEach((t) => serving.has(t) || serving.set(t, by));
  for (const service of ofKind(context, 'Service')) {
    const spec = record(service.doc.spec) ?? {};
    const selector = labelMap(spec.selector);
    if (spec.type === 'ExternalName' || Object.keys(selector).length === 0) continue;
    mark(
      context.templates.filter((t) => t.owner.namespace === service.namespace && hasLabels(t.labels, selector)),
      service.id
    );
  }
  for (const dr of ofKind(context, 'DestinationRule')) {
    const pool = podsOfHost(context, resolveHost(text(record(dr.doc.spec)?.host) ?? '', dr.namespace), dr.namespace);
    if (!pool) continue;
    for (const subset of records(record(dr.doc.spec)?.subsets)) {
      const labels = labelMap(subset.labels);
      // a subset without labels is the whole host: its Service (if any) already marked those pods
      if (Object.keys(labels).length === 0) continue;
      mark(
        pool.templates.filter((t) => hasLabels(t.labels, labels)),
        `subset "${text(subset.name) ?? '?'}" of ${dr.id}`
      );
    }
  }
  return serving;
}

/**
 * Namespaces where nothing among the manifests selects pods (no Service, no DestinationRule):
 * the linter sees a part of the release there, and takes a declared port as the sign of serving.
 */
export function namespacesWithoutSelectors(context: LintContext): (namespace: string) => boolean {
  const selecting = new Set([...ofKind(context, 'Service'), ...ofKind(context, 'DestinationRule')].map((o) => o.namespace));
  return (namespace) => !selecting.has(namespace);
}
