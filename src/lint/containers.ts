import type { Finding } from './types.js';
import { finding, record, records, text, type LintContext, type PodTemplate } from './objects.js';
import { namespacesWithoutSelectors, servingTemplates } from './serving.js';

interface Container {
  name: string;
  spec: Record<string, unknown>;
  init: boolean;
}

function containersOf(template: PodTemplate): Container[] {
  const named =
    (init: boolean) =>
    (spec: Record<string, unknown>): Container => ({ name: text(spec.name) ?? '?', spec, init });
  return [...records(template.spec.initContainers).map(named(true)), ...records(template.spec.containers).map(named(false))];
}

function eachContainer(context: LintContext, check: (container: Container, template: PodTemplate) => Finding[]): Finding[] {
  return context.templates.flatMap((template) => containersOf(template).flatMap((container) => check(container, template)));
}

/** container-resources: one finding per container, listing what it lacks. */
export function containerResources(context: LintContext): Finding[] {
  return eachContainer(context, ({ name, spec, init }, { owner }) => {
    const resources = record(spec.resources);
    const missing = ['requests', 'limits'].flatMap((kind) =>
      ['cpu', 'memory'].filter((resource) => record(resources?.[kind])?.[resource] === undefined).map((resource) => `${kind}.${resource}`)
    );
    return missing.length ? [finding('container-resources', owner, `${init ? 'init container' : 'container'} "${name}" has no ${missing.join(', ')}`)] : [];
  });
}

/**
 * readiness-probe: a container in pods that a Service or a subset selects serves traffic, and
 * must say when it is ready, whether it declares its port or not. In such a pod, the containers
 * that declare ports are the servers when some do (the others are sidecars); else all are. Where
 * nothing among the manifests selects pods, a declared port is the only sign of serving.
 */
export function readinessProbes(context: LintContext): Finding[] {
  const serving = servingTemplates(context);
  const unselected = namespacesWithoutSelectors(context);
  return context.templates.flatMap((template) => {
    const containers = containersOf(template).filter((c) => !c.init);
    const withPorts = containers.filter((c) => records(c.spec.ports).length > 0);
    const selectedBy = serving.get(template);
    const servers = selectedBy ? (withPorts.length ? withPorts : containers) : unselected(template.owner.namespace) ? withPorts : [];
    return servers
      .filter((c) => c.spec.readinessProbe === undefined)
      .map(({ name, spec }) =>
        finding(
          'readiness-probe',
          template.owner,
          records(spec.ports).length
            ? `container "${name}" serves on a port but has no readinessProbe: it would get traffic before the model is loaded`
            : `container "${name}" declares no port, but ${selectedBy ?? 'a Service'} selects its pods, so it serves traffic; it has no readinessProbe: it would get traffic before the model is loaded`
        )
      );
  });
}

/** liveness-after-readiness: a liveness probe that starts first restarts pods that are still loading. */
export function livenessAfterReadiness(context: LintContext): Finding[] {
  return eachContainer(context, ({ name, spec }, { owner }) => {
    const readiness = record(spec.readinessProbe);
    const liveness = record(spec.livenessProbe);
    // a startup probe holds both back until it succeeds: then their delays no longer race
    if (!readiness || !liveness || record(spec.startupProbe)) return [];
    const delay = (probe: Record<string, unknown>): number => (typeof probe.initialDelaySeconds === 'number' ? probe.initialDelaySeconds : 0);
    return delay(liveness) < delay(readiness)
      ? [
          finding(
            'liveness-after-readiness',
            owner,
            `container "${name}": livenessProbe starts after ${delay(liveness)}s, before the readinessProbe (${delay(readiness)}s)`
          )
        ]
      : [];
  });
}

/** image-pinned */
export function imagesPinned(context: LintContext): Finding[] {
  return eachContainer(context, ({ name, spec }, { owner }) => {
    const image = text(spec.image);
    const problem = image === undefined ? 'has no image' : imageProblem(image);
    return problem ? [finding('image-pinned', owner, `container "${name}" ${problem}`)] : [];
  });
}

function imageProblem(image: string): string | undefined {
  if (image.includes('@')) return undefined; // a digest pins it whatever the tag says
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : undefined;
  if (tag === undefined) return `image "${image}" has no tag, so it means latest: pin a version tag or a digest`;
  if (tag === 'latest') return `image "${image}" uses the latest tag: pin a version tag or a digest`;
  return undefined;
}
