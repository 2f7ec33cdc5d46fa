import type { Finding } from './types.js';
import {
  describeLabels,
  describeSelector,
  finding,
  isRollout,
  labelMap,
  matchesSelector,
  ofKind,
  podTemplateOf,
  record,
  referencedWorkload,
  selectorOf,
  text,
  workloadRefOf,
  type Json,
  type K8sObject,
  type LintContext
} from './objects.js';

const SELECTOR_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'];

/** The workloads that own pods through a selector: apps/v1 kinds and Argo Rollouts. */
function selectorWorkloads(context: LintContext): K8sObject[] {
  return context.objects.filter((o) => SELECTOR_KINDS.includes(o.kind) || isRollout(o));
}

function isEmptySelector(selector: Json): boolean {
  return Object.keys(labelMap(selector.matchLabels)).length === 0 && !Array.isArray(selector.matchExpressions);
}

/** deployment-selector: apps/v1 rejects a workload whose selector does not match its template. */
export function workloadSelectors(context: LintContext): Finding[] {
  return selectorWorkloads(context).flatMap((workload) => {
    const selector = selectorOf(workload);
    const template = podTemplateOf(workload);
    // a Rollout with a workloadRef may leave its selector to the workload it borrows
    if (!selector && workloadRefOf(workload)) return [];
    if (!selector || isEmptySelector(selector)) {
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

/**
 * selectors-disjoint: two workloads in one namespace whose selectors take each other's pods (one's
 * selector matches the other's pod template) fight over them: each scales and replaces the other's
 * pods. One finding on each workload whose selector is too wide, naming the pods it takes; two
 * that take each other's are reported once, on the later.
 * A Rollout and the workload its workloadRef borrows share pods by design.
 */
export function selectorsDisjoint(context: LintContext): Finding[] {
  const workloads = selectorWorkloads(context).flatMap((object) => {
    const selector = selectorOf(object);
    const template = podTemplateOf(object);
    return selector && !isEmptySelector(selector) ? [{ object, selector, labels: template?.labels }] : [];
  });
  const takes = (a: (typeof workloads)[number], b: (typeof workloads)[number]): boolean =>
    a.object.id !== b.object.id && // the same object written twice is one workload
    a.object.namespace === b.object.namespace &&
    b.labels !== undefined &&
    referencedWorkload(context.objects, a.object) !== b.object &&
    referencedWorkload(context.objects, b.object) !== a.object &&
    matchesSelector(b.labels, a.selector);
  return workloads.flatMap((workload, i) => {
    // two that take each other's pods are reported once, on the later
    const others = workloads.filter((other, j) => takes(workload, other) && !(j > i && takes(other, workload)));
    if (others.length === 0) return [];
    const described = others.map((o) => `${o.object.id} (${describeLabels(o.labels ?? {})})`).join(', ');
    return [
      finding(
        'selectors-disjoint',
        workload.object,
        `selector ${describeSelector(workload.selector)} also matches the pods of ${described}: both controllers would manage those pods and fight over them`
      )
    ];
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
          finding(
            'hpa-target-replicas',
            hpa,
            `its target ${target.id} sets spec.replicas: ${JSON.stringify(replicas)}; every apply would reset the autoscaler's count, so leave it unset`
          )
        );
      }
    }
    const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
    const max = spec.maxReplicas;
    if (typeof max === 'number' && min > max) findings.push(finding('hpa-min-max', hpa, `minReplicas ${min} is above maxReplicas ${max}`));
    return findings;
  });
}
