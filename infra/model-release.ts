import { ApiObject, Duration, JsonPatch, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { DestinationRule } from './istio/destination-rule.js';
import { VirtualService } from './istio/virtual-service.js';
import { cpuMillis, memoryMebibytes, type DisruptionBudget, type ProbeSpec, type ReleaseSpec } from '../src/read/release-file.js';
import { planRelease, type ReleasePlan, type Track, type WorkloadPlan } from '../src/synthesize/plan.js';
import type { Outcome } from '../src/model/decision.js';

export interface ModelReleaseProps {
  /**
   * The release file, as `parseReleaseFile` returns it: names, images, sizes, probes, and the
   * Istio hosts, gateways, routes' settings and API version (`istio.apiVersion`).
   */
  readonly spec: ReleaseSpec;
  /** The gate decision and canary weight, as `parseReportFile` returns them from the gate report. */
  readonly outcome: Outcome;
  /**
   * The gate report's name, for the error thrown when the outcome is one the engine cannot
   * produce (such as a rollback above weight 0).
   * @default 'gate report'
   */
  readonly reportFile?: string;
}

/**
 * A model's release as Kubernetes and Istio objects: a Deployment (with autoscaler and disruption
 * budget) per serving version, one Service over both, a DestinationRule with a subset per version,
 * and a VirtualService that sends the canary its share. Which objects exist, and their sizes and
 * weights, follow from the gate outcome (see src/synthesize/plan.ts).
 *
 * Every object carries an explicit name. Deployments select pods by `app` and `track`, the Service
 * by `app`, and the DestinationRule subsets by `version`: never by a hash of the construct path,
 * so the construct can be renamed or moved without changing an immutable selector.
 */
export class ModelRelease extends Construct {
  readonly plan: ReleasePlan;
  readonly deployments: Partial<Record<Track, kplus.Deployment>> = {};
  readonly service: kplus.Service;
  readonly destinationRule: DestinationRule;
  readonly virtualService: VirtualService;

  constructor(scope: Construct, id: string, { spec, outcome, reportFile }: ModelReleaseProps) {
    super(scope, id);
    this.plan = planRelease(spec, outcome, reportFile);
    const { plan } = this;
    const { namespace, istio } = plan.spec;

    const { service } = plan;
    this.service = new kplus.Service(this, 'service', {
      metadata: { name: service.name, namespace, labels: plan.labels },
      ports: [{ name: service.portName, port: service.port, targetPort: service.targetPort }]
    });
    for (const [key, value] of Object.entries(service.selector)) this.service.selectLabel(key, value);

    for (const workload of plan.workloads) this.deployments[workload.track] = this.addWorkload(workload);

    // Make-before-break: a subset exists before a route names it.
    this.destinationRule = new DestinationRule(this, 'destination-rule', {
      apiVersion: istio.apiVersion,
      metadata: { name: plan.destinationRule.name, namespace, labels: plan.labels },
      spec: plan.destinationRule.spec
    });
    this.virtualService = new VirtualService(this, 'virtual-service', {
      apiVersion: istio.apiVersion,
      metadata: { name: plan.virtualService.name, namespace, labels: plan.labels, annotations: plan.virtualService.annotations },
      spec: plan.virtualService.spec
    });
    this.virtualService.addDependency(this.destinationRule);
  }

  private addWorkload(workload: WorkloadPlan): kplus.Deployment {
    const { spec } = this.plan;
    const metadata = { name: workload.name, namespace: spec.namespace, labels: workload.podLabels };
    const deployment = new kplus.Deployment(this, workload.track, {
      metadata,
      select: false,
      podMetadata: { labels: workload.podLabels },
      replicas: workload.replicas,
      containers: [this.container(workload)]
    });
    deployment.select(kplus.LabelSelector.of({ labels: workload.selector }));
    // cdk8s-plus labels every pod with a hash of the construct path; drop it so that renaming the
    // construct does not roll the pods.
    ApiObject.of(deployment).addJsonPatch(JsonPatch.remove(`/spec/template/metadata/labels/${kplus.Pod.ADDRESS_LABEL.replace('/', '~1')}`));
    deployment.containers[0]?.mount('/tmp', kplus.Volume.fromEmptyDir(this, `${workload.track}-tmp`, 'tmp'));

    if (workload.autoscaler) {
      const { cpuUtilization, podMetric } = spec.autoscaling;
      new kplus.HorizontalPodAutoscaler(this, `${workload.track}-autoscaler`, {
        metadata,
        target: deployment,
        minReplicas: workload.autoscaler.minReplicas,
        maxReplicas: workload.autoscaler.maxReplicas,
        metrics: [
          kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(cpuUtilization)),
          ...(podMetric ? [kplus.Metric.pods({ name: podMetric.name, target: kplus.MetricTarget.averageValue(podMetric.averageValue) })] : [])
        ]
      });
    }
    if (workload.disruptionBudget) {
      new kplus.k8s.KubePodDisruptionBudget(this, `${workload.track}-budget`, {
        metadata,
        spec: { selector: { matchLabels: workload.selector }, ...budgetSpec(workload.disruptionBudget) }
      });
    }
    return deployment;
  }

  private container(workload: WorkloadPlan): kplus.ContainerProps {
    const { port, resources, probes, securityContext } = this.plan.spec;
    const probe = (p: ProbeSpec): kplus.Probe =>
      kplus.Probe.fromHttpGet(p.path, {
        port,
        initialDelaySeconds: seconds(p.initialDelaySeconds),
        periodSeconds: seconds(p.periodSeconds),
        timeoutSeconds: seconds(p.timeoutSeconds),
        failureThreshold: p.failureThreshold
      });
    return {
      name: 'model',
      image: workload.model.image,
      ports: [{ number: port, name: 'http' }],
      resources: {
        cpu: { request: cpu(resources.requests.cpu), limit: cpu(resources.limits.cpu) },
        memory: { request: Size.mebibytes(memoryMebibytes(resources.requests.memory)), limit: Size.mebibytes(memoryMebibytes(resources.limits.memory)) }
      },
      readiness: probe(probes.readiness),
      ...(probes.liveness ? { liveness: probe(probes.liveness) } : {}),
      startup: probe(probes.startup),
      // non-root always; a numeric user lets the kubelet verify it for images that name theirs
      securityContext: {
        ensureNonRoot: true,
        readOnlyRootFilesystem: securityContext?.readOnlyRootFilesystem ?? true,
        ...(securityContext?.runAsUser === undefined ? {} : { user: securityContext.runAsUser }),
        ...(securityContext?.runAsGroup === undefined ? {} : { group: securityContext.runAsGroup })
      }
    };
  }
}

function cpu(quantity: string): kplus.Cpu {
  return quantity.endsWith('m') ? kplus.Cpu.millis(cpuMillis(quantity)) : kplus.Cpu.units(Number(quantity));
}

function seconds(value: number | undefined): Duration | undefined {
  return value === undefined ? undefined : Duration.seconds(value);
}

function budgetSpec(budget: DisruptionBudget): { minAvailable?: kplus.k8s.IntOrString; maxUnavailable?: kplus.k8s.IntOrString } {
  const intOrString = (value: number | string): kplus.k8s.IntOrString =>
    typeof value === 'number' ? kplus.k8s.IntOrString.fromNumber(value) : kplus.k8s.IntOrString.fromString(value);
  return 'minAvailable' in budget ? { minAvailable: intOrString(budget.minAvailable) } : { maxUnavailable: intOrString(budget.maxUnavailable) };
}
