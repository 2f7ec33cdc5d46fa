import { RULES } from './rules.js';
import type { Finding, RuleId } from './types.js';
import type { Manifest } from '../model/manifest.js';

// Manifests are untrusted YAML: every field is read through these narrowing helpers.
export type Json = Record<string, unknown>;

export function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

export function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(record).filter((r): r is Json => r !== undefined) : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A label map; non-string values (YAML's `version: 1.0` is a number) are kept as text. */
export function labelMap(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(record(value) ?? {}).map(([k, v]) => [k, String(v)]));
}

export interface K8sObject {
  manifest: Manifest;
  kind: string;
  apiVersion: string;
  name: string;
  /** `default` when the object names none (kubectl applies it to the current namespace). */
  namespace: string;
  /** Kind/namespace/name */
  id: string;
  doc: Json;
}

export function toObject(manifest: Manifest): K8sObject | undefined {
  const doc = record(manifest.doc);
  const kind = text(doc?.kind);
  if (!doc || !kind) return undefined;
  const metadata = record(doc.metadata);
  const name = text(metadata?.name) ?? '(unnamed)';
  const namespace = text(metadata?.namespace) ?? 'default';
  return { manifest, kind, apiVersion: text(doc.apiVersion) ?? '', name, namespace, id: `${kind}/${namespace}/${name}`, doc };
}

export interface PodTemplate {
  owner: K8sObject;
  labels: Record<string, string>;
  spec: Json;
}

const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** An Argo Rollouts Rollout: a workload like a Deployment (spec.selector, spec.template), or one that borrows a Deployment's template (spec.workloadRef). */
export function isRollout(object: K8sObject): boolean {
  return object.kind === 'Rollout' && object.apiVersion.startsWith('argoproj.io/');
}

/** The pod template of a workload (or the pod itself). */
export function podTemplateOf(object: K8sObject): PodTemplate | undefined {
  const spec = record(object.doc.spec);
  let template: Json | undefined;
  if (TEMPLATE_KINDS.has(object.kind) || isRollout(object)) template = record(spec?.template);
  else if (object.kind === 'CronJob') template = record(record(record(spec?.jobTemplate)?.spec)?.template);
  else if (object.kind === 'Pod') template = object.doc;
  const podSpec = record(template?.spec);
  if (!template || !podSpec) return undefined;
  return { owner: object, labels: labelMap(record(template.metadata)?.labels), spec: podSpec };
}

/** The selector of a workload that has one (a mapping; kubectl rejects the rest). */
export function selectorOf(object: K8sObject): Json | undefined {
  return record(record(object.doc.spec)?.selector);
}

/** True when `labels` has every key and value of `required`. */
export function hasLabels(labels: Record<string, string>, required: Record<string, string>): boolean {
  return Object.entries(required).every(([key, value]) => labels[key] === value);
}

/** A metav1.LabelSelector: matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
export function matchesSelector(labels: Record<string, string>, selector: Json): boolean {
  if (!hasLabels(labels, labelMap(selector.matchLabels))) return false;
  return records(selector.matchExpressions).every((expression) => {
    const key = text(expression.key) ?? '';
    const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
    const value = labels[key];
    switch (expression.operator) {
      case 'In':
        return value !== undefined && values.includes(value);
      case 'NotIn':
        return value === undefined || !values.includes(value);
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
      default:
        return false;
    }
  });
}

/**
 * An Istio host as Istio compares it: a name without dots is short for a Service in the namespace
 * of the object that wrote it; anything else is taken as written.
 */
export function resolveHost(host: string, namespace: string): string {
  return host.includes('.') || host.includes('*') ? host : `${host}.${namespace}.svc.cluster.local`;
}

export function finding(rule: RuleId, object: K8sObject, message: string): Finding {
  const { file, line } = object.manifest;
  return { rule, severity: RULES[rule].severity, object: object.id, file, ...(line === undefined ? {} : { line }), message };
}

export function describeLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(', ') : '(none)';
}

/** matchLabels, then matchExpressions as `key In (a, b)`. */
export function describeSelector(selector: Json): string {
  const labels = Object.entries(labelMap(selector.matchLabels)).map(([k, v]) => `${k}=${v}`);
  const expressions = records(selector.matchExpressions).map((e) => {
    const values = Array.isArray(e.values) ? ` (${e.values.map(String).join(', ')})` : '';
    return `${String(e.key)} ${String(e.operator)}${values}`;
  });
  const all = [...labels, ...expressions];
  return all.length ? all.join(', ') : '(none)';
}

/** The parsed objects and their pod templates, shared by the rules. */
export interface LintContext {
  objects: K8sObject[];
  templates: PodTemplate[];
  /**
   * Namespaces with pods the manifests do not show: a Rollout whose spec.workloadRef names a
   * workload that is not among them. Nothing there can be said to select no pods.
   */
  unknownPods: Set<string>;
}

export function lintContext(manifests: readonly Manifest[]): LintContext {
  const objects = manifests.map(toObject).filter((o): o is K8sObject => o !== undefined);
  const templates = objects.map(podTemplateOf).filter((t): t is PodTemplate => t !== undefined);
  const unknownPods = new Set(objects.filter((o) => isRollout(o) && workloadRefOf(o) && !referencedWorkload(objects, o)).map((o) => o.namespace));
  return { objects, templates, unknownPods };
}

/** A Rollout's spec.workloadRef, when it has one. */
export function workloadRefOf(object: K8sObject): Json | undefined {
  return isRollout(object) ? record(record(object.doc.spec)?.workloadRef) : undefined;
}

/** The workload (in the same namespace) whose pod template a Rollout's spec.workloadRef borrows. */
export function referencedWorkload(objects: readonly K8sObject[], rollout: K8sObject): K8sObject | undefined {
  const ref = workloadRefOf(rollout);
  if (!ref) return undefined;
  return objects.find((o) => o.kind === text(ref.kind) && o.name === text(ref.name) && o.namespace === rollout.namespace);
}

export function ofKind(context: LintContext, kind: string): K8sObject[] {
  return context.objects.filter((o) => o.kind === kind);
}
