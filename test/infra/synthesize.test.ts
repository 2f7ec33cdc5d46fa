import { DestinationRule, VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1beta1';
import { App, Chart } from 'cdk8s';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Service } from 'kubernetes-models/v1';
import { readFileSync } from 'node:fs';
import { ModelRelease, synthesizeRelease } from '../../infra/index.js';
import { lintManifests } from '../../src/lint/index.js';
import { parseManifests } from '../../src/read/manifests.js';
import { parseReleaseFile } from '../../src/read/release-file.js';
import type { Outcome } from '../../src/model/decision.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const spec = parseReleaseFile(readFileSync('examples/release.yaml', 'utf8'), 'examples/release.yaml');
const { minReplicas, maxReplicas } = spec.autoscaling; // 3 and 12

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  Deployment,
  HorizontalPodAutoscaler,
  PodDisruptionBudget,
  Service,
  DestinationRule,
  VirtualService
};

/**
 * Istio's networking v1 and v1beta1 have the same schema, and @kubernetes-models/istio 2 (its 3
 * needs Node 22) has v1beta1 only: a v1 object is validated as v1beta1.
 */
function expectValid(object: Json): void {
  const Model = MODELS[object.kind];
  expect(Model).toBeDefined();
  const modelApiVersion = (Model as unknown as { apiVersion: string }).apiVersion;
  const asModelled = object.apiVersion === 'networking.istio.io/v1' ? { ...object, apiVersion: modelApiVersion } : object;
  expect(asModelled.apiVersion).toBe(modelApiVersion);
  expect(() => new Model!(asModelled as never).validate()).not.toThrow();
}

function synth(outcome: Outcome): { yaml: string; objects: Json[] } {
  const yaml = synthesizeRelease(spec, outcome);
  return { yaml, objects: parseManifests(yaml, 'out.yaml').map((m) => m.doc as Json) };
}

const find = (objects: Json[], kind: string, name: string): Json | undefined => objects.find((o) => o.kind === kind && o.metadata.name === name);
const canaryName = `${spec.name}-canary`;

function defaultRoute(objects: Json[]): Json[] {
  return find(objects, 'VirtualService', spec.name)?.spec.http.find((r: Json) => r.name === 'default').route;
}

const OUTCOMES: [string, Outcome][] = [
  ['rollback', { decision: 'rollback', canaryWeight: 0 }],
  ['hold at 0', { decision: 'hold', canaryWeight: 0 }],
  ['hold at 25', { decision: 'hold', canaryWeight: 25 }],
  ['hold at 100', { decision: 'hold', canaryWeight: 100 }],
  ['advance to 25', { decision: 'advance', canaryWeight: 25 }],
  ['advance to 50', { decision: 'advance', canaryWeight: 50 }],
  ['promote', { decision: 'promote', canaryWeight: 100 }]
];

describe.each(OUTCOMES)('synthesized manifests: %s', (_label, outcome) => {
  const { yaml, objects } = synth(outcome);

  test('match the snapshot, and are the same on every run', () => {
    expect(yaml).toMatchSnapshot();
    expect(synthesizeRelease(spec, outcome)).toBe(yaml);
  });

  test('every object validates against the Kubernetes 1.28 and Istio schemas', () => {
    for (const object of objects) expectValid(object);
  });

  test('lint finds nothing', () => {
    expect(lintManifests(parseManifests(yaml, 'out.yaml'))).toEqual([]);
  });

  test('route weights are integers summing to 100, and the DestinationRule comes before the VirtualService', () => {
    const vs = find(objects, 'VirtualService', spec.name)!;
    for (const route of vs.spec.http) {
      const weights = route.route.map((d: Json) => d.weight);
      expect(weights.every(Number.isInteger)).toBe(true);
      expect(weights.reduce((a: number, b: number) => a + b, 0)).toBe(100);
      expect(route.retries).toEqual({ attempts: 0 });
    }
    const kinds = objects.map((o) => o.kind);
    expect(kinds.indexOf('DestinationRule')).toBeLessThan(kinds.indexOf('VirtualService'));
    expect(vs.metadata.annotations['model-gate.dev/decision']).toBe(outcome.decision);
  });

  test('pods are selected by app and track, routed by version (by track on promote), never by a construct-path hash', () => {
    expect(yaml).not.toContain('cdk8s.io/metadata.addr');
    expect(find(objects, 'Service', spec.name)?.spec.selector).toEqual({ app: spec.name });
    expect(find(objects, 'Service', spec.name)?.spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 8080 }]);
    for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
      const { track, version } = deployment.spec.template.metadata.labels;
      expect(deployment.spec.selector).toEqual({ matchLabels: { app: spec.name, track } });
      expect(deployment.spec.template.metadata.labels).toMatchObject({ app: spec.name, version, track, team: 'risk' });
      const budget = find(objects, 'PodDisruptionBudget', deployment.metadata.name);
      if (budget) expect(budget.spec.selector).toEqual(deployment.spec.selector);
    }
    const subsets = find(objects, 'DestinationRule', spec.name)?.spec.subsets as Json[];
    // on promote the one subset selects by track, so the stable pods of both versions serve during the rollout
    for (const subset of subsets) expect(Object.keys(subset.labels)).toEqual([outcome.decision === 'promote' ? 'track' : 'version']);
  });

  test('a Deployment scaled by an autoscaler leaves replicas unset', () => {
    for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
      expect(find(objects, 'Deployment', hpa.spec.scaleTargetRef.name)?.spec.replicas).toBeUndefined();
    }
  });
});

describe('what each decision deploys', () => {
  test.each([
    [10, 1, 2],
    [25, 1, 3],
    [50, 2, 6],
    [99, 3, 12]
  ])('advance to %i: the canary autoscaler is sized ceil(w/100 × stable), at least 1 (%i..%i)', (weight, min, max) => {
    const { objects } = synth({ decision: 'advance', canaryWeight: weight });
    const hpa = find(objects, 'HorizontalPodAutoscaler', canaryName)!;
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([min, max]);
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([
      Math.max(1, Math.ceil((weight / 100) * minReplicas)),
      Math.ceil((weight / 100) * maxReplicas)
    ]);
    expect(find(objects, 'HorizontalPodAutoscaler', spec.name)?.spec).toMatchObject({ minReplicas, maxReplicas });
    expect(defaultRoute(objects).map((d) => [d.destination.subset, d.weight])).toEqual([
      ['stable', 100 - weight],
      ['canary', weight]
    ]);
  });

  test('advance: the header route comes first and sends the canary header to the canary', () => {
    const { objects } = synth({ decision: 'advance', canaryWeight: 25 });
    const [first, second] = find(objects, 'VirtualService', spec.name)!.spec.http;
    expect(first).toMatchObject({
      name: 'canary-header',
      match: [{ headers: { 'x-canary': { exact: 'true' } } }],
      route: [{ destination: { subset: 'canary' }, weight: 100 }]
    });
    expect(second.name).toBe('default');
    expect(find(objects, 'Deployment', canaryName)?.spec.template.spec.containers[0].image).toBe(spec.candidate.image);
    expect(find(objects, 'Deployment', spec.name)?.spec.template.spec.containers[0].image).toBe(spec.stable.image);
  });

  test.each([
    ['rollback', { decision: 'rollback', canaryWeight: 0 }],
    ['hold at 0', { decision: 'hold', canaryWeight: 0 }]
  ] as [string, Outcome][])('%s: all traffic to stable, the canary at 0 replicas without autoscaler, budget or header route', (_label, outcome) => {
    const { objects } = synth(outcome);
    expect(find(objects, 'Deployment', canaryName)?.spec.replicas).toBe(0);
    expect(find(objects, 'HorizontalPodAutoscaler', canaryName)).toBeUndefined();
    expect(find(objects, 'PodDisruptionBudget', canaryName)).toBeUndefined();
    const http = find(objects, 'VirtualService', spec.name)!.spec.http as Json[];
    expect(http).toHaveLength(1);
    expect(http[0]?.match).toBeUndefined();
    expect(defaultRoute(objects)).toEqual([{ destination: { host: 'fraud-detector.ml-serving.svc.cluster.local', subset: 'stable' }, weight: 100 }]);
    // The canary subset stays, so a VirtualService still naming it while applying never 503s.
    expect(find(objects, 'DestinationRule', spec.name)?.spec.subsets.map((s: Json) => s.name)).toEqual(['stable', 'canary']);
  });

  test('hold at 100: the canary keeps all traffic and the stable pods stay warm for a rollback', () => {
    const { objects } = synth({ decision: 'hold', canaryWeight: 100 });
    expect(defaultRoute(objects).map((d) => d.weight)).toEqual([0, 100]);
    expect(find(objects, 'HorizontalPodAutoscaler', canaryName)?.spec).toMatchObject({ minReplicas, maxReplicas });
    expect(find(objects, 'HorizontalPodAutoscaler', spec.name)?.spec).toMatchObject({ minReplicas, maxReplicas });
  });

  test('promote: the candidate serves 100% under the stable names, with no canary objects', () => {
    const { yaml, objects } = synth({ decision: 'promote', canaryWeight: 100 });
    expect(objects.filter((o) => o.metadata.name !== spec.name)).toEqual([]);
    expect(yaml).not.toMatch(/-canary\b|subset: canary|track: canary|x-canary/);
    const deployment = find(objects, 'Deployment', spec.name)!;
    expect(deployment.spec.template.spec.containers[0].image).toBe(spec.candidate.image);
    expect(deployment.spec.template.metadata.labels).toMatchObject({ version: spec.candidate.version, track: 'stable' });
    expect(deployment.spec.selector).toEqual({ matchLabels: { app: spec.name, track: 'stable' } });
    expect(find(objects, 'DestinationRule', spec.name)?.spec.subsets).toEqual([{ name: 'stable', labels: { track: 'stable' } }]);
    expect(defaultRoute(objects).map((d) => [d.destination.subset, d.weight])).toEqual([['stable', 100]]);
  });

  test('the stable selector is the same before and after promote, so kubectl apply never hits an immutable selector', () => {
    const before = find(synth({ decision: 'advance', canaryWeight: 50 }).objects, 'Deployment', spec.name)!;
    const after = find(synth({ decision: 'promote', canaryWeight: 100 }).objects, 'Deployment', spec.name)!;
    expect(after.spec.selector).toEqual(before.spec.selector);
  });

  test('configured retries, and no outlier detection unless asked for', () => {
    const bare = {
      ...spec,
      istio: {
        ...spec.istio,
        retries: { attempts: 2, perTryTimeout: '500ms', retryOn: 'connect-failure,refused-stream' },
        outlierDetection: undefined,
        gateways: undefined,
        timeout: undefined
      }
    };
    const objects = parseManifests(synthesizeRelease(bare, { decision: 'advance', canaryWeight: 10 }), 'out.yaml').map((m) => m.doc as Json);
    const vs = find(objects, 'VirtualService', spec.name)!;
    expect(vs.spec.gateways).toBeUndefined();
    for (const route of vs.spec.http) {
      expect(route.retries).toEqual({ attempts: 2, perTryTimeout: '500ms', retryOn: 'connect-failure,refused-stream' });
      expect(route.timeout).toBeUndefined();
    }
    expect(find(objects, 'DestinationRule', spec.name)?.spec.trafficPolicy).toBeUndefined();
  });

  test('an outcome that does not fit together is refused, naming the report', () => {
    expect(() => synthesizeRelease(spec, { decision: 'promote', canaryWeight: 50 }, 'report.json')).toThrow(
      'report.json: /canaryWeight: 50 does not go with decision "promote": expected 100'
    );
  });
});

describe('ModelRelease in a platform team’s own cdk8s app', () => {
  test('gives the same objects whatever the construct is called or where it sits', () => {
    const app = new App();
    const chart = new Chart(app, 'platform', { disableResourceNameHashes: true });
    const release = new ModelRelease(chart, 'renamed-by-a-refactoring', { spec, outcome: { decision: 'advance', canaryWeight: 25 } });
    expect(release.plan.canary).toBe('serving');
    expect(Object.keys(release.deployments)).toEqual(['stable', 'canary']);
    expect(app.synthYaml()).toBe(synthesizeRelease(spec, { decision: 'advance', canaryWeight: 25 }));
  });
});

describe('the Istio API version', () => {
  const istioObjects = (objects: Json[]): Json[] => objects.filter((o) => o.kind === 'DestinationRule' || o.kind === 'VirtualService');

  test('is networking.istio.io/v1 by default', () => {
    const { objects } = synth({ decision: 'advance', canaryWeight: 25 });
    expect(istioObjects(objects).map((o) => o.apiVersion)).toEqual(['networking.istio.io/v1', 'networking.istio.io/v1']);
  });

  test.each(OUTCOMES)('is v1beta1 when the release file asks, and nothing else changes: %s', (_label, outcome) => {
    const older = parseReleaseFile(
      readFileSync('examples/release.yaml', 'utf8').replace('istio:\n', 'istio:\n  apiVersion: v1beta1\n'),
      'examples/release.yaml'
    );
    const yaml = synthesizeRelease(older, outcome);
    const objects = parseManifests(yaml, 'out.yaml').map((m) => m.doc as Json);
    expect(istioObjects(objects).map((o) => o.apiVersion)).toEqual(['networking.istio.io/v1beta1', 'networking.istio.io/v1beta1']);
    expect(yaml.replaceAll('networking.istio.io/v1beta1', 'networking.istio.io/v1')).toBe(synthesizeRelease(spec, outcome));
    for (const object of objects) expectValid(object);
    expect(lintManifests(parseManifests(yaml, 'out.yaml'))).toEqual([]);
  });
});
