import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { synthesizeRelease } from '../../infra/index.js';
import { lintManifests } from '../../src/lint/index.js';
import { parseManifests } from '../../src/read/manifests.js';
import { parseReleaseFile } from '../../src/read/release-file.js';
import { inputErrorOf } from '../support/errors.js';

const EXAMPLE = readFileSync('examples/release.yaml', 'utf8');

/** A minimal valid release file, one field per line, so that tests can point at lines. */
const MINIMAL = `name: sentiment
namespace: ml
port: 8080
stable:
  version: v1
  image: registry.example.com/sentiment:1.0.0
candidate:
  version: v2
  image: registry.example.com/sentiment:2.0.0
resources:
  requests: {cpu: 250m, memory: 512Mi}
  limits: {cpu: "1", memory: 1Gi}
probes:
  readiness: {path: /ready, initialDelaySeconds: 5}
autoscaling:
  minReplicas: 2
  maxReplicas: 6
  cpuUtilization: 70
`;

const problemsOf = (text: string): string => inputErrorOf(() => parseReleaseFile(text, 'release.yaml'));

describe('release file', () => {
  test('the example is valid, and defaults are filled in', () => {
    const spec = parseReleaseFile(EXAMPLE, 'examples/release.yaml');
    expect(spec.candidate).toEqual({ version: 'v2-4-0', image: 'registry.example.com/models/fraud-detector:2.4.0' });
    expect(spec.istio.retries).toEqual({ attempts: 0 });

    const minimal = parseReleaseFile(MINIMAL, 'release.yaml');
    expect(minimal).toMatchObject({
      servicePort: 8080,
      labels: {},
      probes: { startup: { path: '/ready', periodSeconds: 10, failureThreshold: 30 } },
      istio: { hosts: ['sentiment.ml.svc.cluster.local'], retries: { attempts: 0 }, canaryHeader: { name: 'x-canary', value: 'true' } },
      disruptionBudget: { maxUnavailable: 1 }
    });
    expect(minimal.istio.gateways).toBeUndefined();
    expect(minimal.istio.timeout).toBeUndefined();
  });

  test('the published JSON Schema accepts the example', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/release.schema.json', 'utf8')) as object);
    expect(validate(parse(EXAMPLE))).toBe(true);
    expect(validate({ ...parse(EXAMPLE), name: 'Fraud' })).toBe(false);
  });

  test('a name that is not a DNS-1035 label is refused with its line', () => {
    expect(problemsOf(MINIMAL.replace('name: sentiment', 'name: Sentiment_Model'))).toBe(
      'release.yaml: line 1: /name: expected a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit, got the string "Sentiment_Model"'
    );
    expect(problemsOf(MINIMAL.replace('name: sentiment', 'name: 1st-model'))).toContain('/name: expected a DNS-1035 label');
    expect(problemsOf(MINIMAL.replace('name: sentiment', `name: ${'a'.repeat(57)}`))).toContain('/name: expected a string of at most 56 characters');
  });

  test('an unknown key names its line and the allowed keys', () => {
    expect(problemsOf(MINIMAL.replace('  readiness:', '  readyness:'))).toContain(
      'release.yaml: line 14: /probes/readyness: unknown field "readyness"; expected one of: readiness, liveness, startup'
    );
  });

  test('untrusted strings are held to what Kubernetes accepts', () => {
    expect(problemsOf(MINIMAL.replace('version: v2', 'version: "v2; rm -rf /"'))).toContain('line 8: /candidate/version: expected a Kubernetes label value');
    expect(problemsOf(`${MINIMAL}labels:\n  team: "risk team"\n`)).toContain('line 20: /labels/team: expected a Kubernetes label value');
    expect(problemsOf(`${MINIMAL}labels:\n  "bad key!": x\n`)).toContain('/labels/bad key!: the name "bad key!" is not allowed: a label key is');
    expect(problemsOf(MINIMAL.replace('sentiment:2.0.0', 'sentiment:2.0.0 $(curl evil)'))).toContain('line 9: /candidate/image: expected an image reference');
    expect(problemsOf(MINIMAL.replace('namespace: ml', 'namespace: ml.prod'))).toContain('line 2: /namespace: expected a DNS-1123 label');
  });

  test('quantities, durations and budgets have the forms Kubernetes and Istio read', () => {
    expect(problemsOf(MINIMAL.replace('memory: 512Mi', 'memory: 512MB'))).toContain(
      'line 11: /resources/requests/memory: expected memory in Mi or Gi ("512Mi", "2Gi"), got the string "512MB"'
    );
    expect(problemsOf(`${MINIMAL}istio:\n  timeout: 2 seconds\n`)).toContain('line 20: /istio/timeout: expected a duration such as 500ms, 2s or 1m30s');
    expect(problemsOf(`${MINIMAL}disruptionBudget:\n  maxUnavailable: 150%\n`)).toContain(
      '/disruptionBudget/maxUnavailable: expected a number of pods or a percentage such as "25%"'
    );
    expect(problemsOf(`${MINIMAL}disruptionBudget:\n  maxUnavailable: true\n`)).toContain(
      '/disruptionBudget/maxUnavailable: expected an integer or a string, got true'
    );
  });

  test('the Istio API version is v1 unless the file asks for v1beta1; any other is refused with what is expected', () => {
    expect(parseReleaseFile(MINIMAL, 'release.yaml').istio.apiVersion).toBe('v1');
    expect(parseReleaseFile(`${MINIMAL}istio:\n  apiVersion: v1beta1\n`, 'release.yaml').istio.apiVersion).toBe('v1beta1');
    expect(problemsOf(`${MINIMAL}istio:\n  apiVersion: v1alpha3\n`)).toBe(
      'release.yaml: line 20: /istio/apiVersion: expected one of "v1", "v1beta1", got the string "v1alpha3"'
    );
    expect(problemsOf(`${MINIMAL}istio:\n  apiVersion: networking.istio.io/v1\n`)).toContain(
      '/istio/apiVersion: expected one of "v1", "v1beta1", got the string "networking.istio.io/v1"'
    );
  });

  test('missing required fields are listed together', () => {
    const message = problemsOf('name: sentiment\nnamespace: ml\n');
    for (const field of ['port', 'stable', 'candidate', 'resources', 'probes', 'autoscaling']) expect(message).toContain(`missing required field "${field}"`);
  });

  test('fields that contradict each other are refused', () => {
    expect(problemsOf(MINIMAL.replace('version: v2', 'version: v1'))).toContain(
      'release.yaml: line 8: /candidate/version: is the same as /stable/version ("v1"): the DestinationRule could not tell the two apart'
    );
    expect(problemsOf(MINIMAL.replace('minReplicas: 2', 'minReplicas: 8'))).toContain('line 16: /autoscaling/minReplicas: 8 is above maxReplicas 6');
    expect(problemsOf(MINIMAL.replace('cpu: 250m', 'cpu: "2"'))).toContain('/resources/requests/cpu: 2 is above the limit 1');
    expect(problemsOf(MINIMAL.replace('memory: 512Mi', 'memory: 2Gi'))).toContain('/resources/requests/memory: 2Gi is above the limit 1Gi');
    expect(problemsOf(`${MINIMAL.replace('probes:\n', 'probes:\n  liveness: {path: /live, initialDelaySeconds: 1}\n')}`)).toContain(
      "line 14: /probes/liveness/initialDelaySeconds: 1 is before the readiness probe's 5: a pod still loading its model would be restarted"
    );
    expect(problemsOf(`${MINIMAL}labels:\n  app: other\n`)).toContain('/labels/app: "app" is set by model-gate');
    expect(problemsOf(`${MINIMAL}disruptionBudget: {minAvailable: 2}\n`)).toContain('/disruptionBudget/minAvailable: 2 would block node drains');
    expect(problemsOf(`${MINIMAL}disruptionBudget: {minAvailable: 1, maxUnavailable: 1}\n`)).toContain(
      '/disruptionBudget: set minAvailable or maxUnavailable, not both'
    );
    expect(problemsOf(`${MINIMAL}istio:\n  retries: {attempts: 0, perTryTimeout: 1s}\n`)).toContain(
      '/istio/retries: perTryTimeout and retryOn have no effect with attempts: 0'
    );
  });

  test('YAML syntax errors and duplicate keys give a line', () => {
    expect(problemsOf('name: a\nname: b\n')).toMatch(/^release\.yaml: line 2: not valid YAML/);
    expect(problemsOf('name: [a\n')).toMatch(/^release\.yaml: line \d: not valid YAML/);
  });

  test('an image without a tag is accepted, and the lint warns about it in the synthesized manifests', () => {
    const spec = parseReleaseFile(MINIMAL.replace('sentiment:2.0.0', 'sentiment'), 'release.yaml');
    const findings = lintManifests(parseManifests(synthesizeRelease(spec, { decision: 'advance', canaryWeight: 10 }), 'out.yaml'));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'image-pinned',
        severity: 'warning',
        object: 'Deployment/ml/sentiment-canary',
        message: 'container "model" image "registry.example.com/sentiment" has no tag, so it means latest: pin a version tag or a digest'
      })
    ]);
  });
});

describe('routes that in-cluster callers could bypass', () => {
  test('gateways without mesh are refused: the canary would get traffic by pod count', () => {
    expect(problemsOf(`${MINIMAL}istio:\n  gateways: [istio-system/public]\n`)).toContain('/istio/gateways: lists no "mesh"');
  });

  test("hosts without the Service's own are refused", () => {
    expect(problemsOf(`${MINIMAL}istio:\n  hosts: [sentiment.example.com]\n  gateways: [istio-system/public, mesh]\n`)).toContain(
      '/istio/hosts: does not include the Service (sentiment.ml.svc.cluster.local)'
    );
  });

  test('a minAvailable percentage that keeps every pod at minReplicas is refused', () => {
    expect(problemsOf(`${MINIMAL}disruptionBudget: {minAvailable: "60%"}\n`)).toContain('/disruptionBudget/minAvailable: 60% would block node drains');
    expect(parseReleaseFile(`${MINIMAL}disruptionBudget: {minAvailable: "50%"}\n`, 'r.yaml').disruptionBudget).toEqual({ minAvailable: '50%' });
  });
});

test('a numeric user and a writable root filesystem reach the container, which stays non-root', () => {
  const release = parseReleaseFile(`${MINIMAL}securityContext: {runAsUser: 1000, runAsGroup: 1000, readOnlyRootFilesystem: false}\n`, 'r.yaml');
  const deployment = parseManifests(synthesizeRelease(release, { decision: 'advance', canaryWeight: 10 }), 'out.yaml')
    .map((m) => m.doc as { kind: string; spec: { template: { spec: { containers: Array<{ securityContext: Record<string, unknown> }> } } } })
    .find((doc) => doc.kind === 'Deployment');
  expect(deployment?.spec.template.spec.containers[0]?.securityContext).toMatchObject({
    runAsNonRoot: true,
    runAsUser: 1000,
    runAsGroup: 1000,
    readOnlyRootFilesystem: false
  });
  expect(problemsOf(`${MINIMAL}securityContext: {runAsUser: 0}\n`)).toContain('/securityContext/runAsUser');
});
