import { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Pod, Service, ServiceAccount } from 'kubernetes-models/v1';
import type { Finding } from './types.js';
import { finding, toObject } from './objects.js';
import type { Manifest } from '../model/manifest.js';

interface Model {
  validate(): void;
}
type ModelClass = new (data: never) => Model;

const CORE: Record<string, ModelClass> = {
  'apps/v1 Deployment': Deployment,
  'apps/v1 StatefulSet': StatefulSet,
  'apps/v1 DaemonSet': DaemonSet,
  'apps/v1 ReplicaSet': ReplicaSet,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1 Job': Job,
  'batch/v1 CronJob': CronJob,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'v1 ConfigMap': ConfigMap,
  'v1 Pod': Pod,
  'v1 Service': Service,
  'v1 ServiceAccount': ServiceAccount
};

/**
 * The `schema` rule: each object of a core kind is validated against its Kubernetes schema
 * (kubernetes-models, compiled ahead of time). Istio kinds are not: @kubernetes-models/istio
 * compiles its schemas at run time through a computed require() that cannot be bundled (and its
 * next major needs Node 22). The routing rules check what matters in them; the tests validate
 * the synthesizer's Istio output against the Istio schemas.
 */
export function schemaFindings(manifests: readonly Manifest[]): Finding[] {
  return manifests.flatMap((manifest) => {
    const object = toObject(manifest);
    if (!object) return [];
    const model = CORE[`${object.apiVersion} ${object.kind}`];
    if (!model) return [];
    try {
      new model(object.doc as never).validate();
      return [];
    } catch (error) {
      return [finding('schema', object, `does not match the ${object.apiVersion} ${object.kind} schema: ${describe(error)}`)];
    }
  });
}

function describe(error: unknown): string {
  const errors = (error as { errors?: { instancePath?: string; message?: string }[] }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return (error as Error).message;
  // Ajv reports a wrong type and the format it then fails as two errors: keep one per path.
  const byPath = new Map<string, string>();
  for (const e of errors) if (!byPath.has(e.instancePath || '/')) byPath.set(e.instancePath || '/', e.message ?? 'is invalid');
  return [...byPath].map(([path, message]) => `${path} ${message}`).join('; ');
}
