import type { Finding } from './types.js';
import { describeLabels, finding, labelMap, matchesSelector, ofKind, podTemplateOf, record, text, type LintContext } from './objects.js';

const SELECTOR_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'];

/** deployment-selector: apps/v1 rejects a workload whose selector does not match its template. */
export function workloadSelectors(context: LintContext): Finding[] {
  return context.objects
    .filter((o) => SELECTOR_KINDS.includes(o.kind))
    .flatMap((workload) => {
      const selector = record(record(workload.doc.spec)?.selector);
      const template = podTemplateOf(workload);
      if (!selector || (Object.keys(labelMap(selector.matchLabels)).length === 0 && !Array.isArray(selector.matchExpressions))) {
        return [finding('deployment-selector', workload, 'has no spec.selector: expected matchLabels that its pod template carries')];
      }
      if (template && !matchesSelector(template.labels, selector)) {
        return [
          finding(
            'deployment-selector',
            workload,
            `selector ${describeLabels(labelMap(selector.matchLabels))} does not match its pod template's labels (${describeLabels(template.labels)})`
          )
        ];
      }
      return [];
    });
}

/** hpa-target-exists, hpa-target-replicas, hpa-min-max */
export function autoscalers(context: LintContext): Finding[] {
  return ofKind(context, 'HorizontalPodAutoscaler').flatMap((hpa) => {
    const findings: Finding[] = [];
    const spec = record(hpa.doc.spec) ?? {};
    const ref = record(spec.scaleTargetRef) ?? {};
    const kind = text(ref.kind) ?? '?';
    const name = text(ref.name) ?? '?';
    const target = context.objects.find((o) => o.kind === kind && o.name === name && o.namespace === hpa.namespace);
    if (!target) {
      findings.push(finding('hpa-target-exists', hpa, `scaleTargetRef ${kind}/${name} is not among the manifests in namespace ${hpa.namespace}`));
    } else {
      const replicas = record(target.doc.spec)?.replicas;
      if (replicas !== undefined) {
        findings.push(
          finding('hpa-target-replicas', hpa, `its target ${target.id} sets spec.replicas: ${JSON.stringify(replicas)}; every apply would reset the autoscaler's count, so leave it unset`)
        );
      }
    }
    const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
    const max = spec.maxReplicas;
    if (typeof max === 'number' && min > max) findings.push(finding('hpa-min-max', hpa, `minReplicas ${min} is above maxReplicas ${max}`));
    return findings;
  });
}
