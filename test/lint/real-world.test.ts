import { readManifests } from '../../src/io/manifests.js';
import { hasErrors, lintManifests, type Finding, type Manifest } from '../../src/lint/index.js';

// Hand-written manifests in the shape of widely used public examples (test/fixtures/lint/real-world,
// see its README) and variants of them with one mistake each (test/fixtures/lint/variants). A
// variant file replaces the objects of the same kind, namespace and name, and adds the others.

const ROOT = process.cwd();
const REAL_WORLD = 'test/fixtures/lint/real-world';
const BOOKSHOP = ['bookshop.yaml', 'destination-rules.yaml', 'routes-all-v1.yaml'].map((f) => `${REAL_WORLD}/bookshop/${f}`);
const RECOMMENDER = [`${REAL_WORLD}/rollouts/subset-split`];
const FLAGGER_STYLE = [`${REAL_WORLD}/flagger-style`];

function idOf({ doc }: Manifest): string {
  const object = doc as { kind?: string; metadata?: { name?: string; namespace?: string } };
  return `${object.kind}/${object.metadata?.namespace ?? 'default'}/${object.metadata?.name}`;
}

async function lintSample(paths: readonly string[], replacement?: string): Promise<Finding[]> {
  const base = await readManifests(paths, ROOT);
  const changed = replacement ? await readManifests([replacement], ROOT) : [];
  const replaced = new Set(changed.map(idOf));
  return lintManifests([...base.filter((m) => !replaced.has(idOf(m))), ...changed]);
}

/** "severity rule object", sorted: what a variant adds or removes shows as a difference of these. */
const summary = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.severity} ${f.rule} ${f.object}`).sort();

const variant = (name: string): string => `test/fixtures/lint/variants/${name}`;

describe('real-world manifests: no false findings', () => {
  test('the bookshop: only its missing probes and resources, and warnings for the subsets of versions it does not deploy', async () => {
    const findings = await lintSample(BOOKSHOP);
    const deployments = ['storefront-v1', 'catalog-v1', 'pricing-v1', 'inventory-v1', 'inventory-v2', 'inventory-v3'];
    expect(summary(findings)).toEqual(
      [
        // The bookshop's containers declare neither resources nor readiness probes: true findings by these rules.
        ...deployments.flatMap((d) => [`error container-resources Deployment/bookshop/${d}`, `error readiness-probe Deployment/bookshop/${d}`]),
        // pricing v2 and v2-cached, catalog v2: no Deployment carries them, no route sends them traffic.
        'warning unrouted-subset-selects-pods DestinationRule/bookshop/pricing',
        'warning unrouted-subset-selects-pods DestinationRule/bookshop/pricing',
        'warning unrouted-subset-selects-pods DestinationRule/bookshop/catalog'
      ].sort()
    );
    expect(findings.filter((f) => f.rule === 'unrouted-subset-selects-pods').map((f) => f.message.slice(0, f.message.indexOf(')') + 1))).toEqual([
      'subset "v2" (version=v2)',
      'subset "v2" (version=v2)',
      'subset "v2-cached" (version=v2, cache=redis)'
    ]);
    expect(hasErrors(findings)).toBe(true);
    // The other inventory routes: an 80/20 split, a header route, all to v3. None adds a finding.
    for (const routes of ['routes-inventory-80-20.yaml', 'routes-inventory-loyalty.yaml', 'routes-inventory-v3.yaml']) {
      expect(summary(await lintSample(BOOKSHOP, `${REAL_WORLD}/bookshop/${routes}`))).toEqual(summary(findings));
    }
  });

  test('Argo Rollouts, subset split: the Rollout is read as a workload, and its identical canary and stable subsets are its own to tell apart', async () => {
    expect(await lintSample(RECOMMENDER)).toEqual([]);
  });

  test('Argo Rollouts, canary and stable Services: both select the Rollout; only the missing limits are found', async () => {
    const findings = await lintSample([`${REAL_WORLD}/rollouts/canary-services`]);
    expect(findings.map((f) => [f.rule, f.object, f.message])).toEqual([
      ['container-resources', 'Rollout/default/ranker', 'container "ranker" has no limits.cpu, limits.memory']
    ]);
  });

  test('Argo Rollouts, workloadRef: the Rollout borrows the Deployment, whose pods are its own', async () => {
    const findings = await lintSample([`${REAL_WORLD}/rollouts/workload-ref`]);
    expect(summary(findings)).toEqual([
      'error container-resources Deployment/default/feature-store-template',
      'error readiness-probe Deployment/default/feature-store-template'
    ]);
  });

  test('a Flagger-style Deployment and its autoscaler: clean', async () => {
    expect(await lintSample(FLAGGER_STYLE)).toEqual([]);
  });
});

describe('real-world manifests with one mistake each: caught, with the right rule', () => {
  test('a serving container that declares no port still needs its readiness probe', async () => {
    const base = await lintSample(BOOKSHOP);
    const findings = await lintSample(BOOKSHOP, variant('bookshop-catalog-portless.yaml'));
    expect(summary(findings)).toEqual(summary(base));
    expect(findings.filter((f) => f.rule === 'readiness-probe' && f.object === 'Deployment/bookshop/catalog-v1').map((f) => f.message)).toEqual([
      'container "catalog" declares no port, but Service/bookshop/catalog selects its pods, so it serves traffic; it has no readinessProbe: it would get traffic before the model is loaded'
    ]);
  });

  test("a version whose selector is the app alone takes the other versions' pods", async () => {
    const findings = await lintSample(BOOKSHOP, variant('bookshop-inventory-v3-wide-selector.yaml'));
    expect(summary(findings)).toEqual([...summary(await lintSample(BOOKSHOP)), 'error selectors-disjoint Deployment/bookshop/inventory-v3'].sort());
    expect(findings.find((f) => f.rule === 'selectors-disjoint')?.message).toBe(
      'selector app=inventory also matches the pods of Deployment/bookshop/inventory-v1 (app=inventory, version=v1), Deployment/bookshop/inventory-v2 (app=inventory, version=v2): both controllers would manage those pods and fight over them'
    );
  });

  test('a hand-rolled canary beside the Flagger-style Deployment with the same selector', async () => {
    const findings = await lintSample(FLAGGER_STYLE, variant('flagger-style-embedder-canary-wide-selector.yaml'));
    expect(findings.map((f) => [f.rule, f.object])).toEqual([['selectors-disjoint', 'Deployment/default/embedder-canary']]);
  });

  test('a misspelt route host', async () => {
    const findings = await lintSample(BOOKSHOP, variant('bookshop-inventory-typo-host.yaml'));
    expect(summary(findings)).toEqual([...summary(await lintSample(BOOKSHOP)), 'error route-host-exists VirtualService/bookshop/inventory'].sort());
    expect(findings.find((f) => f.rule === 'route-host-exists')?.message).toBe(
      'http route "stock-split": host "invetory" is no Service among the manifests in namespace bookshop, nor a ServiceEntry host (did you mean "inventory"?): Istio would drop the traffic'
    );
  });

  test('a weighted route to a subset without pods', async () => {
    const base = summary(await lintSample(BOOKSHOP));
    const findings = await lintSample(BOOKSHOP, variant('bookshop-pricing-weighted-empty-subset.yaml'));
    const expected = [...base];
    expected.splice(
      expected.indexOf('warning unrouted-subset-selects-pods DestinationRule/bookshop/pricing'),
      1,
      'error subset-selects-pods DestinationRule/bookshop/pricing'
    );
    expect(summary(findings)).toEqual(expected.sort());
    expect(findings.find((f) => f.rule === 'subset-selects-pods')?.message).toBe(
      'subset "v2" (version=v2) selects no pod template of Service/bookshop/pricing: VirtualService/bookshop/pricing http route #1 sends traffic to it, which would get 503'
    );
  });

  test('a Rollout whose container lacks probes', async () => {
    const findings = await lintSample(RECOMMENDER, variant('rollouts-recommender-no-probes.yaml'));
    expect(findings.map((f) => [f.rule, f.object, f.message])).toEqual([
      [
        'readiness-probe',
        'Rollout/default/recommender',
        'container "recommender" serves on a port but has no readinessProbe: it would get traffic before the model is loaded'
      ]
    ]);
  });

  test('identical subsets in a DestinationRule that the Rollout does not name', async () => {
    const findings = await lintSample(RECOMMENDER, variant('rollouts-recommender-unnamed-destination-rule.yaml'));
    expect(findings.map((f) => [f.rule, f.object, f.message])).toEqual([
      [
        'subset-labels-unique',
        'DestinationRule/default/recommender',
        'subsets "stable" and "canary" have the same labels (app=recommender): both send traffic to the same pods'
      ]
    ]);
    expect(hasErrors(findings)).toBe(true);
  });
});
