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
    // Both files together: each also names the other's objects, but none of that is a new mistake.
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set(['test/fixtures/lint/broken-canary.yaml']));
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

  test('route-weights: non-integer weights, and a missing weight beside others', () => {
    const split = (a: string, b: string): string =>
      CLEAN.replace('    - route: [{destination: {host: m, subset: stable}}]', `    - route: [{destination: {host: m, subset: stable}, weight: ${a}}, {destination: {host: m, subset: stable}${b}}]`);
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
    expect(lint(CLEAN.replace('host: m, subset', 'host: other, subset')).map((f) => f.message)).toEqual([
      'http route #1 routes to subset "stable" of other.ml.svc.cluster.local, but no DestinationRule among the manifests is for that host'
    ]);
  });

  test('subset-selects-pods: a subset whose labels no pod of the host carries', () => {
    const findings = lint(CLEAN.replace('labels: {version: v1}}]', 'labels: {version: v1}}, {name: canary, labels: {version: v2}}]'));
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['subset-selects-pods', 'subset "canary" (version=v2) selects no pod template of Service/ml/m: requests routed to it would get 503']
    ]);
  });

  test('subset-selects-pods leaves hosts outside the cluster alone', () => {
    const external = CLEAN.replace('host: m.ml.svc.cluster.local', 'host: api.partner.example.com').replace('host: m, subset', 'host: api.partner.example.com, subset');
    expect(lint(external.replace('{version: v1}}]', '{version: v9}}]'))).toEqual([]);
  });

  test('service-selects-pods and service-port-protocol', () => {
    expect(lint(CLEAN.replace('selector: {app: m}', 'selector: {app: model}')).map((f) => [f.rule, f.message])).toEqual([
      ['service-selects-pods', 'selector app=model matches no pod template in namespace ml'],
      // The subset's pods are the Service's pods, so the broken selector breaks the subset too.
      ['subset-selects-pods', 'subset "stable" (version=v1) selects no pod template of Service/ml/m: requests routed to it would get 503']
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
    // A container without a port is not serving: no readiness probe needed.
    expect(lint(CLEAN.replace(/ {10}readinessProbe.*\n/, '').replace(/ {10}livenessProbe.*\n/, '').replace(/ {10}ports.*\n/, ''))).toEqual([]);
  });

  test('hpa-target-exists, hpa-target-replicas and hpa-min-max', () => {
    expect(lint(CLEAN.replace('kind: Deployment, name: m}', 'kind: Deployment, name: gone}')).map((f) => [f.rule, f.message])).toEqual([
      ['hpa-target-exists', 'scaleTargetRef Deployment/gone is not among the manifests in namespace ml']
    ]);
    expect(lint(CLEAN.replace('spec:\n  selector: {matchLabels', 'spec:\n  replicas: 3\n  selector: {matchLabels')).map((f) => [f.rule, f.object, f.message])).toEqual([
      ['hpa-target-replicas', 'HorizontalPodAutoscaler/ml/m', "its target Deployment/ml/m sets spec.replicas: 3; every apply would reset the autoscaler's count, so leave it unset"]
    ]);
    expect(lint(CLEAN.replace('minReplicas: 2', 'minReplicas: 5')).map((f) => [f.rule, f.message])).toEqual([['hpa-min-max', 'minReplicas 5 is above maxReplicas 4']]);
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
    expect(image('localhost:5000/m').map((f) => f.message)).toEqual(['container "model" image "localhost:5000/m" has no tag, so it means latest: pin a version tag or a digest']);
    expect(image('localhost:5000/m:1.2.3')).toEqual([]);
    expect(image(`m@sha256:${'b'.repeat(64)}`)).toEqual([]);
    expect(hasErrors(image('m:latest'))).toBe(false);
  });

  test('schema: core objects are validated against the Kubernetes schemas (Istio kinds by the routing rules)', () => {
    expect(lint(CLEAN.replace('maxReplicas: 4', 'maxReplicas: four')).map((f) => [f.rule, f.message])).toEqual([
      ['schema', 'does not match the autoscaling/v2 HorizontalPodAutoscaler schema: /spec/maxReplicas must be integer']
    ]);
    expect(lint(CLEAN.replace('port: 80,', 'port: eighty,')).map((f) => f.message)).toEqual(['does not match the v1 Service schema: /spec/ports/0/port must be integer']);
    expect(rulesOf(lint(CLEAN.replace('subset: stable}}]', 'subset: stable}, weight: "100"}]')))).toEqual(['route-weights']);
    expect(lintManifests(parseManifests(CLEAN.replace('maxReplicas: 4', 'maxReplicas: four'), 'm.yaml'), { schema: false })).toEqual([]);
  });

  test('a short host resolves in the namespace of the object that names it', () => {
    const elsewhere = CLEAN.replace(/kind: VirtualService\nmetadata: \{name: m, namespace: ml\}/, 'kind: VirtualService\nmetadata: {name: m, namespace: edge}');
    expect(rulesOf(lint(elsewhere))).toEqual(['route-subset-defined']);
  });
});

describe('reading manifests', () => {
  test('a kind: List is unpacked, empty documents are skipped, and objects keep their lines', () => {
    const manifests = parseManifests('---\n# nothing\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n', 'list.yaml');
    expect(manifests).toEqual<Manifest[]>([{ file: 'list.yaml', line: 7, doc: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } } }]);
  });

  test('bad input names the file and the line', async () => {
    expect(() => parseManifests('apiVersion: v1\nkind: Service\n---\nfoo: [1\n', 'bad.yaml')).toThrow(/^bad\.yaml: line \d: not valid YAML/);
    expect(() => parseManifests('apiVersion: v1\nkind: Service\n---\nmetadata: {name: x}\n', 'bad.yaml')).toThrow('bad.yaml: line 4: expected a Kubernetes object: missing apiVersion and kind');
    expect(() => parseManifests('- a\n- b\n', 'bad.yaml')).toThrow('bad.yaml: line 1: expected a Kubernetes object (a mapping with apiVersion and kind)');
    await expect(readManifests(['nowhere.yaml'], ROOT)).rejects.toThrow(InputError);
    await expect(readManifests(['nowhere.yaml'], ROOT)).rejects.toThrow(/^nowhere\.yaml: file or folder not found/);
    await expect(readManifests(['src/lint'], ROOT)).rejects.toThrow('src/lint: the folder holds no .yaml, .yml or .json file');
  });
});
