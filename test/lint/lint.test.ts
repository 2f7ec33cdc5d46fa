import { readManifests } from '../../src/io/manifests.js';
import { InputError } from '../../src/errors.js';
import { hasErrors, lintManifests, RULES, type Finding, type Manifest, type RuleId } from '../../src/lint/index.js';
import { parseManifests } from '../../src/read/manifests.js';

const ROOT = process.cwd();
const lint = (yaml: string, file = 'm.yaml'): Finding[] => lintManifests(parseManifests(yaml, file));
const rulesOf = (findings: Finding[]): RuleId[] => findings.map((f) => f.rule);

/** A complete, clean release that each test breaks in one place. */
const CLEAN = `apiVersion: v1
kind: Service
metadata: {name: m, namespace: ml}
spec:
  selector: {app: m}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: m, namespace: ml}
spec:
  selector: {matchLabels: {app: m, track: stable}}
  template:
    metadata: {labels: {app: m, track: stable, version: v1}}
    spec:
      containers:
        - name: model
          image: r.example.com/m:1.0@sha256:${'a'.repeat(64)}
          ports: [{containerPort: 8080}]
          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {cpu: "1", memory: 1Gi}}
          readinessProbe: {httpGet: {path: /ready, port: 8080}, initialDelaySeconds: 5}
          livenessProbe: {httpGet: {path: /live, port: 8080}, initialDelaySeconds: 5}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: m, namespace: ml}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: m}
  minReplicas: 2
  maxReplicas: 4
---
apiVersion: networking.istio.io/v1beta1
kind: DestinationRule
metadata: {name: m, namespace: ml}
spec:
  host: m.ml.svc.cluster.local
  subsets: [{name: stable, labels: {version: v1}}]
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: {name: m, namespace: ml}
spec:
  hosts: [m.example.com]
  http:
    - route: [{destination: {host: m, subset: stable}}]
`;

describe('lint: the hand-written canary', () => {
  test('broken-canary.yaml gives exactly one finding per classic mistake', async () => {
    const findings = lintManifests(await readManifests(['test/fixtures/lint/broken-canary.yaml'], ROOT));
    expect(findings.map(({ rule, object, line }) => ({ rule, object, line }))).toEqual([
      { rule: 'container-resources', object: 'Deployment/ml/sentiment-v2', line: 47 },
      { rule: 'readiness-probe', object: 'Deployment/ml/sentiment-v2', line: 47 },
      { rule: 'subset-labels-unique', object: 'DestinationRule/ml/sentiment', line: 67 },
      { rule: 'route-weights', object: 'VirtualService/ml/sentiment', line: 80 }
    ]);
    expect(findings.every((f) => f.file === 'test/fixtures/lint/broken-canary.yaml' && f.severity === 'error')).toBe(true);
    expect(findings.map((f) => f.message)).toEqual([
      'container "model" has no limits.cpu, limits.memory',
      'container "model" serves on a port but has no readinessProbe: it would get traffic before the model is loaded',
      'subsets "stable" and "canary" have the same labels (version=v1): both send traffic to the same pods',
      'http route "default": weights 90 + 20 = 110; expected a sum of 100'
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  test('fixed-canary.yaml, its corrected version, gives none', async () => {
    expect(lintManifests(await readManifests(['test/fixtures/lint/fixed-canary.yaml'], ROOT))).toEqual([]);
  });

  test('a folder is read recursively, and every finding names its file', async () => {
    const findings = lintManifests(await readManifests(['test/fixtures/lint'], ROOT));
    const files = new Set(findings.map((f) => f.file));
    // The two canaries together: each also names the other's objects, but none of that is a new mistake.
    expect(files).toContain('test/fixtures/lint/broken-canary.yaml');
    expect(files).not.toContain('test/fixtures/lint/fixed-canary.yaml');
    // Subfolders are read too (real-world/bookshop's Deployments have no probes).
    expect(files).toContain('test/fixtures/lint/real-world/bookshop/bookshop.yaml');
  });
});

describe('lint rules', () => {
  test('the clean release has no finding, and every rule is documented with its severity', () => {
    expect(lint(CLEAN)).toEqual([]);
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.summary.length).toBeGreaterThan(20);
    }
    expect(RULES['image-pinned'].severity).toBe('warning');
  });

  test('Istio objects are read in networking.istio.io v1 as in v1beta1', () => {
    const v1 = CLEAN.replaceAll('networking.istio.io/v1beta1', 'networking.istio.io/v1');
    expect(v1).toContain('apiVersion: networking.istio.io/v1\nkind: VirtualService');
    expect(lint(v1)).toEqual([]);
    const unknownSubset = (yaml: string): Finding[] => lint(yaml.replace('subset: stable}}]', 'subset: blue}}]'));
    expect(rulesOf(unknownSubset(v1))).toEqual(['route-subset-defined']);
    expect(unknownSubset(v1)).toEqual(unknownSubset(CLEAN));
  });

  test('route-weights: non-integer weights, and a missing weight beside others', () => {
    const split = (a: string, b: string): string =>
      CLEAN.replace(
        '    - route: [{destination: {host: m, subset: stable}}]',
        `    - route: [{destination: {host: m, subset: stable}, weight: ${a}}, {destination: {host: m, subset: stable}${b}}]`
      );
    expect(lint(split('99.5', ', weight: 0.5')).map((f) => [f.rule, f.message])).toEqual([
      ['route-weights', 'http route #1: weights 99.5, 0.5: expected a non-negative integer for every destination, summing to 100']
    ]);
    expect(rulesOf(lint(split('100', '')))).toEqual(['route-weights']);
    expect(lint(split('100', ', weight: 0'))).toEqual([]);
  });

  test('route-subset-defined: a subset no DestinationRule for the host defines', () => {
    const findings = lint(CLEAN.replace('subset: stable}}]', 'subset: canary}}]'));
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['route-subset-defined', 'http route #1 routes to subset "canary" of m.ml.svc.cluster.local, which DestinationRule/ml/m does not define']
    ]);
    // A host in a namespace without Services among the manifests may exist: only its subset is judged.
    expect(lint(CLEAN.replace('host: m, subset', 'host: other.edge.svc.cluster.local, subset')).map((f) => f.message)).toEqual([
      'http route #1 routes to subset "stable" of other.edge.svc.cluster.local, but no DestinationRule among the manifests is for that host'
    ]);
  });

  test('subset-selects-pods: a subset whose labels no pod of the host carries is an error when a route sends it traffic', () => {
    const twoSubsets = CLEAN.replace('labels: {version: v1}}]', 'labels: {version: v1}}, {name: canary, labels: {version: v2}}]');
    expect(lint(twoSubsets).map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'unrouted-subset-selects-pods',
        'warning',
        'subset "canary" (version=v2) selects no pod template of Service/ml/m; no route sends traffic to it, but one that did would get 503'
      ]
    ]);
    const split = (canary: string): string =>
      twoSubsets.replace(
        '    - route: [{destination: {host: m, subset: stable}}]',
        `    - route: [{destination: {host: m, subset: stable}, weight: ${100 - Number(canary)}}, {destination: {host: m, subset: canary}, weight: ${canary}}]`
      );
    expect(lint(split('10')).map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'subset-selects-pods',
        'error',
        'subset "canary" (version=v2) selects no pod template of Service/ml/m: VirtualService/ml/m http route #1 sends traffic to it, which would get 503'
      ]
    ]);
    // Weight 0: Istio sends it nothing (a canary not deployed yet).
    expect(rulesOf(lint(split('0')))).toEqual(['unrouted-subset-selects-pods']);
    // A header route, and a lone destination without a weight, take traffic.
    const header = twoSubsets.replace(
      '  http:\n',
      '  http:\n    - match: [{headers: {x-canary: {exact: "1"}}}]\n      route: [{destination: {host: m, subset: canary}}]\n'
    );
    expect(lint(header).map((f) => [f.rule, f.message])).toEqual([
      [
        'subset-selects-pods',
        'subset "canary" (version=v2) selects no pod template of Service/ml/m: VirtualService/ml/m http route #1 sends traffic to it, which would get 503'
      ]
    ]);
    expect(rulesOf(lint(twoSubsets.replace('{host: m, subset: stable}}]', '{host: m, subset: canary}}]')))).toEqual(['subset-selects-pods']);
  });

  test('subset-selects-pods leaves hosts outside the cluster alone', () => {
    const external = CLEAN.replace('host: m.ml.svc.cluster.local', 'host: api.partner.example.com').replace(
      'host: m, subset',
      'host: api.partner.example.com, subset'
    );
    expect(lint(external.replace('{version: v1}}]', '{version: v9}}]'))).toEqual([]);
  });

  test('service-selects-pods and service-port-protocol', () => {
    expect(lint(CLEAN.replace('selector: {app: m}', 'selector: {app: model}')).map((f) => [f.rule, f.message])).toEqual([
      ['service-selects-pods', 'selector app=model matches no pod template in namespace ml'],
      // The subset's pods are the Service's pods, so the broken selector breaks the subset too.
      [
        'subset-selects-pods',
        'subset "stable" (version=v1) selects no pod template of Service/ml/m: VirtualService/ml/m http route #1 sends traffic to it, which would get 503'
      ]
    ]);
    expect(lint(CLEAN.replace('{name: http, port: 80', '{name: web, port: 80')).map((f) => f.message)).toEqual([
      'port 80 is named "web": Istio detects the protocol from it, so name it http, http-<suffix>, grpc, … or set appProtocol'
    ]);
    expect(lint(CLEAN.replace('{name: http, port: 80', '{name: web, appProtocol: http, port: 80'))).toEqual([]);
    expect(lint(CLEAN.replace('{name: http, port: 80', '{name: http-api, port: 80'))).toEqual([]);
  });

  test('container-resources, readiness-probe and liveness-after-readiness', () => {
    expect(lint(CLEAN.replace(', limits: {cpu: "1", memory: 1Gi}', '')).map((f) => f.message)).toEqual(['container "model" has no limits.cpu, limits.memory']);
    expect(rulesOf(lint(CLEAN.replace(/ {10}readinessProbe.*\n/, '')))).toEqual(['readiness-probe']);
    expect(lint(CLEAN.replace('/live, port: 8080}, initialDelaySeconds: 5', '/live, port: 8080}, initialDelaySeconds: 2')).map((f) => f.message)).toEqual([
      'container "model": livenessProbe starts after 2s, before the readinessProbe (5s)'
    ]);
    // With a startup probe, neither starts before it succeeds: the delays no longer race.
    const early = CLEAN.replace('/live, port: 8080}, initialDelaySeconds: 5', '/live, port: 8080}, initialDelaySeconds: 2');
    const withStartup = early.replace(/( {10})livenessProbe/, '$1startupProbe: {httpGet: {path: /ready, port: 8080}, failureThreshold: 30}\n$1livenessProbe');
    expect(lint(withStartup)).toEqual([]);
  });

  test('readiness-probe: a container serves when a Service or a subset selects its pods, whether it declares a port or not', () => {
    const portless = CLEAN.replace(/ {10}readinessProbe.*\n/, '')
      .replace(/ {10}livenessProbe.*\n/, '')
      .replace(/ {10}ports.*\n/, '');
    expect(lint(portless).map((f) => [f.rule, f.object, f.message])).toEqual([
      [
        'readiness-probe',
        'Deployment/ml/m',
        'container "model" declares no port, but Service/ml/m selects its pods, so it serves traffic; it has no readinessProbe: it would get traffic before the model is loaded'
      ]
    ]);
    // Selected by a subset of a host that is no Service here (the namespace's pods).
    const bySubset = portless
      .replace(/apiVersion: v1\nkind: Service\n[^]*?---\n/, '')
      .replace('host: m.ml.svc.cluster.local', 'host: m-headless')
      .replace('host: m, subset', 'host: m-headless, subset');
    expect(lint(bySubset).map((f) => f.message)).toEqual([
      'container "model" declares no port, but subset "stable" of DestinationRule/ml/m selects its pods, so it serves traffic; it has no readinessProbe: it would get traffic before the model is loaded'
    ]);
    // A pod whose server declares its port: a portless sidecar beside it is no server.
    const sidecar = CLEAN.replace(
      '      containers:\n',
      `      containers:\n        - {name: log-shipper, image: r.example.com/s:1.0, resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {cpu: 10m, memory: 16Mi}}}\n`
    );
    expect(lint(sidecar)).toEqual([]);
    expect(lint(sidecar.replace(/ {10}ports.*\n/, '')).map((f) => f.message)).toEqual([
      'container "log-shipper" declares no port, but Service/ml/m selects its pods, so it serves traffic; it has no readinessProbe: it would get traffic before the model is loaded'
    ]);
    // Pods nothing selects, where Services are among the manifests: a worker, not a server.
    const worker = CLEAN.replace(/ {10}readinessProbe.*\n/, '')
      .replace(/ {10}livenessProbe.*\n/, '')
      .replace('selector: {app: m}', 'selector: {app: api}');
    expect(rulesOf(lint(worker))).toEqual(['service-selects-pods', 'subset-selects-pods']);
    // A lone Deployment (nothing that selects pods among the manifests): a declared port is the only sign.
    const deployment = /apiVersion: apps\/v1\nkind: Deployment\n[^]*?---\n/.exec(CLEAN)?.[0].replace('---\n', '') ?? '';
    expect(rulesOf(lint(deployment.replace(/ {10}readinessProbe.*\n/, '')))).toEqual(['readiness-probe']);
    expect(lint(deployment.replace(/ {10}readinessProbe.*\n/, '').replace(/ {10}ports.*\n/, ''))).toEqual([]);
  });

  test('hpa-target-exists, hpa-target-replicas and hpa-min-max', () => {
    expect(lint(CLEAN.replace('kind: Deployment, name: m}', 'kind: Deployment, name: gone}')).map((f) => [f.rule, f.message])).toEqual([
      ['hpa-target-exists', 'scaleTargetRef Deployment/gone is not among the manifests in namespace ml']
    ]);
    expect(
      lint(CLEAN.replace('spec:\n  selector: {matchLabels', 'spec:\n  replicas: 3\n  selector: {matchLabels')).map((f) => [f.rule, f.object, f.message])
    ).toEqual([
      [
        'hpa-target-replicas',
        'HorizontalPodAutoscaler/ml/m',
        "its target Deployment/ml/m sets spec.replicas: 3; every apply would reset the autoscaler's count, so leave it unset"
      ]
    ]);
    expect(lint(CLEAN.replace('minReplicas: 2', 'minReplicas: 5')).map((f) => [f.rule, f.message])).toEqual([
      ['hpa-min-max', 'minReplicas 5 is above maxReplicas 4']
    ]);
  });

  test('deployment-selector: the selector must match the template', () => {
    expect(lint(CLEAN.replace('matchLabels: {app: m, track: stable}', 'matchLabels: {app: m, track: canary}')).map((f) => [f.rule, f.message])).toEqual([
      ['deployment-selector', "selector app=m, track=canary does not match its pod template's labels (app=m, track=stable, version=v1)"]
    ]);
  });

  test('image-pinned warns about latest and missing tags, not about tags or digests', () => {
    const image = (ref: string): Finding[] => lint(CLEAN.replace(/image: .*/, `image: ${ref}`));
    expect(image('r.example.com/m:latest').map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['image-pinned', 'warning', 'container "model" image "r.example.com/m:latest" uses the latest tag: pin a version tag or a digest']
    ]);
    expect(image('localhost:5000/m').map((f) => f.message)).toEqual([
      'container "model" image "localhost:5000/m" has no tag, so it means latest: pin a version tag or a digest'
    ]);
    expect(image('localhost:5000/m:1.2.3')).toEqual([]);
    expect(image(`m@sha256:${'b'.repeat(64)}`)).toEqual([]);
    expect(hasErrors(image('m:latest'))).toBe(false);
  });

  test('schema: core objects are validated against the Kubernetes schemas (Istio kinds by the routing rules)', () => {
    expect(lint(CLEAN.replace('maxReplicas: 4', 'maxReplicas: four')).map((f) => [f.rule, f.message])).toEqual([
      ['schema', 'does not match the autoscaling/v2 HorizontalPodAutoscaler schema: /spec/maxReplicas must be integer']
    ]);
    expect(lint(CLEAN.replace('port: 80,', 'port: eighty,')).map((f) => f.message)).toEqual([
      'does not match the v1 Service schema: /spec/ports/0/port must be integer'
    ]);
    expect(rulesOf(lint(CLEAN.replace('subset: stable}}]', 'subset: stable}, weight: "100"}]')))).toEqual(['route-weights']);
    expect(lintManifests(parseManifests(CLEAN.replace('maxReplicas: 4', 'maxReplicas: four'), 'm.yaml'), { schema: false })).toEqual([]);
  });

  test('a short host resolves in the namespace of the object that names it', () => {
    const elsewhere = CLEAN.replace(/kind: VirtualService\nmetadata: \{name: m, namespace: ml\}/, 'kind: VirtualService\nmetadata: {name: m, namespace: edge}');
    expect(rulesOf(lint(elsewhere))).toEqual(['route-subset-defined']);
  });

  test('route-host-exists: a route to a host that is no Service', () => {
    const host = (written: string, yaml = CLEAN): Finding[] => lint(yaml.replace('{host: m, subset: stable}', `{host: ${written}}`));
    expect(host('mn').map((f) => [f.rule, f.object, f.message])).toEqual([
      [
        'route-host-exists',
        'VirtualService/ml/m',
        'http route #1: host "mn" is no Service among the manifests in namespace ml, nor a ServiceEntry host (did you mean "m"?): Istio would drop the traffic'
      ]
    ]);
    // With a subset, route-subset-defined says nothing more about the same host.
    expect(rulesOf(lint(CLEAN.replace('host: m, subset', 'host: mn, subset')))).toEqual(['route-host-exists']);
    for (const written of ['m', 'm.ml.svc.cluster.local']) expect(host(written)).toEqual([]);
    expect(host('scoring.ml.svc.cluster.local').map((f) => f.message)).toEqual([
      'http route #1: host "scoring.ml.svc.cluster.local" is no Service among the manifests in namespace ml, nor a ServiceEntry host: Istio would drop the traffic'
    ]);
    // Istio expands only a name without dots: name.namespace and name.namespace.svc match no Service.
    expect(host('m.ml').map((f) => f.message)).toEqual([
      'http route #1: host "m.ml" is taken as written (Istio expands only a name without dots), so it does not match Service/ml/m (m.ml.svc.cluster.local): write m.ml.svc.cluster.local or m'
    ]);
    expect(rulesOf(host('m.ml.svc'))).toEqual(['route-host-exists']);
    expect(rulesOf(host('mn.ml.svc'))).toEqual(['route-host-exists']);
    // External hosts, hosts in namespaces without Services here (a part of the cluster), wildcards.
    for (const written of ['api.example.com', 'm.example', 'm.edge.svc.cluster.local', 'm.edge', '"*.ml.svc.cluster.local"', '10.0.0.1'])
      expect(host(written)).toEqual([]);
    // No Service at all among the manifests: nothing is judged.
    expect(host('mn', CLEAN.replace(/apiVersion: v1\nkind: Service\n[^]*?---\n/, ''))).toEqual([]);
    // A ServiceEntry declares the host, exactly or by a wildcard.
    const entry = (hosts: string): string =>
      `${CLEAN}---\napiVersion: networking.istio.io/v1beta1\nkind: ServiceEntry\nmetadata: {name: legacy, namespace: ml}\nspec:\n  hosts: [${hosts}]\n  resolution: DNS\n`;
    expect(host('legacy.ml.svc.cluster.local', entry('legacy.ml.svc.cluster.local'))).toEqual([]);
    expect(host('legacy', entry('legacy'))).toEqual([]);
    expect(host('legacy.ml.svc.cluster.local', entry('"*.ml.svc.cluster.local"'))).toEqual([]);
  });

  const CANARY = (selector: string): string =>
    CLEAN.replace(
      /apiVersion: apps\/v1\nkind: Deployment\n[^]*?---\n/,
      (stable) =>
        stable +
        stable
          .replace('{name: m, namespace: ml}', '{name: m-canary, namespace: ml}')
          .replace('matchLabels: {app: m, track: stable}', `matchLabels: ${selector}`)
          .replace('labels: {app: m, track: stable, version: v1}', 'labels: {app: m, track: canary, version: v2}')
    );

  test('selectors-disjoint: a workload whose selector takes the pods of another', () => {
    expect(lint(CANARY('{app: m, track: canary}'))).toEqual([]);
    expect(lint(CANARY('{app: m}')).map((f) => [f.rule, f.object, f.message])).toEqual([
      [
        'selectors-disjoint',
        'Deployment/ml/m-canary',
        'selector app=m also matches the pods of Deployment/ml/m (app=m, track=stable, version=v1): both controllers would manage those pods and fight over them'
      ]
    ]);
    const expressions = CANARY('{app: m}').replace(
      'selector: {matchLabels: {app: m}}',
      'selector: {matchExpressions: [{key: version, operator: In, values: [v1, v2]}]}'
    );
    expect(lint(expressions).map((f) => f.message)).toEqual([
      'selector version In (v1, v2) also matches the pods of Deployment/ml/m (app=m, track=stable, version=v1): both controllers would manage those pods and fight over them'
    ]);
    // Two that take each other's pods: one finding, on the later.
    const both = CANARY('{app: m}').replace('matchLabels: {app: m, track: stable}', 'matchLabels: {app: m}');
    expect(lint(both).map((f) => [f.object, f.message])).toEqual([
      [
        'Deployment/ml/m-canary',
        'selector app=m also matches the pods of Deployment/ml/m (app=m, track=stable, version=v1): both controllers would manage those pods and fight over them'
      ]
    ]);
    // Other namespaces are other pods.
    expect(lint(CANARY('{app: m}').replace('{name: m-canary, namespace: ml}', '{name: m-canary, namespace: ml-canary}')).map((f) => f.rule)).not.toContain(
      'selectors-disjoint'
    );
  });

  const ROLLOUT = CLEAN.replace('apiVersion: apps/v1\nkind: Deployment', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout')
    .replace('spec:\n  selector: {matchLabels', 'spec:\n  strategy: {canary: {steps: [{setWeight: 10}]}}\n  selector: {matchLabels')
    .replace('{apiVersion: apps/v1, kind: Deployment, name: m}', '{apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: m}');

  test('an Argo Rollout is a workload: its pods are selected, its containers checked', () => {
    expect(lint(ROLLOUT)).toEqual([]);
    expect(lint(ROLLOUT.replace(/ {10}readinessProbe.*\n/, '')).map((f) => [f.rule, f.object])).toEqual([['readiness-probe', 'Rollout/ml/m']]);
    expect(lint(ROLLOUT.replace('matchLabels: {app: m, track: stable}', 'matchLabels: {app: m, track: canary}')).map((f) => [f.rule, f.object])).toEqual([
      ['deployment-selector', 'Rollout/ml/m']
    ]);
    expect(lint(ROLLOUT.replace('  strategy:', '  replicas: 2\n  strategy:')).map((f) => f.rule)).toEqual(['hpa-target-replicas']);
    // Another group's Rollout is not Argo's: its pods are unknown, so the Service selects none.
    expect(rulesOf(lint(ROLLOUT.replace('argoproj.io/v1alpha1\nkind: Rollout', 'example.com/v1\nkind: Rollout')))).toEqual([
      'service-selects-pods',
      'subset-selects-pods'
    ]);
  });

  test("a Rollout's workloadRef: the pods are the named workload's, or unknown when it is not among the manifests", () => {
    const ref = `---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: m-rollout, namespace: ml}\nspec:\n  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: m}\n  selector: {matchLabels: {app: m}}\n`;
    expect(lint(CLEAN + ref)).toEqual([]);
    const withoutDeployment = CLEAN.replace(/apiVersion: apps\/v1\nkind: Deployment\n[^]*?---\n/, '').replace(/apiVersion: autoscaling[^]*?---\n/, '');
    expect(rulesOf(lint(withoutDeployment))).toEqual(['service-selects-pods', 'subset-selects-pods']);
    expect(lint(withoutDeployment + ref)).toEqual([]);
    expect(lint(withoutDeployment + ref.replace('  selector: {matchLabels: {app: m}}\n', ''))).toEqual([]);
  });

  test('subset-labels-unique allows the canary and stable subsets an Argo Rollout manages, and no others', () => {
    const managed = (destinationRule: string): string =>
      ROLLOUT.replace(
        '{canary: {steps: [{setWeight: 10}]}}',
        `{canary: {trafficRouting: {istio: {virtualService: {name: m}, destinationRule: ${destinationRule}}}, steps: [{setWeight: 10}]}}`
      ).replace('labels: {version: v1}}]', 'labels: {version: v1}}, {name: canary, labels: {version: v1}}, {name: preview, labels: {version: v1}}]');
    expect(lint(managed('{name: m, canarySubsetName: canary, stableSubsetName: stable}')).map((f) => f.message)).toEqual([
      'subsets "stable" and "preview" have the same labels (version=v1): both send traffic to the same pods'
    ]);
    expect(lint(managed('{name: other, canarySubsetName: canary, stableSubsetName: stable}')).map((f) => f.message)).toEqual([
      'subsets "stable" and "canary" have the same labels (version=v1): both send traffic to the same pods',
      'subsets "stable" and "preview" have the same labels (version=v1): both send traffic to the same pods'
    ]);
  });
});

describe('lint never crashes on odd but parseable objects', () => {
  test('named cases: no spec, a string selector, routes that are no list', () => {
    const odd = [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\nspec: {selector: app=b, template: {metadata: {labels: x}, spec: {containers: {name: c}}}}',
      'apiVersion: v1\nkind: Service\nmetadata: {name: c}\nspec: {selector: app=c, ports: 80}',
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: d}\nspec: {http: {route: []}, tcp: [null, 1, {route: {destination: x}}], tls: [{route: [{destination: {host: 7}}]}]}',
      'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: e}\nspec: {host: [c], subsets: [{labels: []}, {name: 1}]}',
      'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: f}\nspec: {workloadRef: x, strategy: {canary: {trafficRouting: {istio: {destinationRule: [1]}}}}}',
      'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: g}\nspec: {hosts: c}',
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: null\nspec: {scaleTargetRef: Deployment/a}'
    ].join('\n---\n');
    const findings = lint(odd);
    expect(findings.filter((f) => f.rule === 'schema').map((f) => f.object)).toEqual([
      'Deployment/default/b',
      'Service/default/c',
      'HorizontalPodAutoscaler/default/(unnamed)'
    ]);
    expect(findings.filter((f) => f.rule === 'deployment-selector').map((f) => f.object)).toEqual([
      'Deployment/default/a',
      'Deployment/default/b',
      'Rollout/default/f'
    ]);
  });

  test('every field of a release replaced by a value of another shape', () => {
    const extra = `---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: r, namespace: ml}
spec:
  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: m}
  strategy: {canary: {trafficRouting: {istio: {destinationRule: {name: m, canarySubsetName: canary, stableSubsetName: stable}}}}}
---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata: {name: s, namespace: ml}
spec: {hosts: ["*.example.com"]}
`;
    const base = parseManifests(
      CLEAN.replace('http:\n', 'http:\n    - match: [{headers: {x: {exact: "1"}}}]\n      route: [{destination: {host: m.ml, subset: c}, weight: 0}]\n') +
        extra,
      'm.yaml'
    );
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([k, v]) => walk(v, [...path, k]));
    };
    base.forEach((m, i) => walk(m.doc, [i]));
    let runs = 0;
    for (const path of paths.filter((p) => p.length > 1)) {
      for (const odd of [null, 'x', 7, [], {}, [null, 'x']]) {
        const manifests: Manifest[] = structuredClone(base);
        let parent = manifests[path[0] as number]?.doc as Record<string | number, unknown>;
        for (const key of path.slice(1, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1] as string | number] = odd;
        expect(() => lintManifests(manifests)).not.toThrow();
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(300);
  });
});

describe('reading manifests', () => {
  test('a kind: List is unpacked, empty documents are skipped, and objects keep their lines', () => {
    const manifests = parseManifests(
      '---\n# nothing\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n',
      'list.yaml'
    );
    expect(manifests).toEqual<Manifest[]>([{ file: 'list.yaml', line: 7, doc: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } } }]);
  });

  test('bad input names the file and the line', async () => {
    expect(() => parseManifests('apiVersion: v1\nkind: Service\n---\nfoo: [1\n', 'bad.yaml')).toThrow(/^bad\.yaml: line \d: not valid YAML/);
    expect(() => parseManifests('apiVersion: v1\nkind: Service\n---\nmetadata: {name: x}\n', 'bad.yaml')).toThrow(
      'bad.yaml: line 4: expected a Kubernetes object: missing apiVersion and kind'
    );
    expect(() => parseManifests('- a\n- b\n', 'bad.yaml')).toThrow('bad.yaml: line 1: expected a Kubernetes object (a mapping with apiVersion and kind)');
    await expect(readManifests(['nowhere.yaml'], ROOT)).rejects.toThrow(InputError);
    await expect(readManifests(['nowhere.yaml'], ROOT)).rejects.toThrow(/^nowhere\.yaml: file or folder not found/);
    await expect(readManifests(['src/lint'], ROOT)).rejects.toThrow('src/lint: the folder holds no .yaml, .yml or .json file');
  });
});
