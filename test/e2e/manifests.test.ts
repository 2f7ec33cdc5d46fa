import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { cleanUp, runAction } from '../../scripts/run-action.mjs';
import { ROOT } from '../support/fixtures.js';
import { assertDistFresh } from '../../scripts/source-hash.mjs';

// these tests run the bundles: a stale dist/ must fail them, not be tested in place of src/
beforeAll(() => assertDistFresh());

const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
const kinds = (yaml: string): string[] => parseAllDocuments(yaml).map((d) => `${d.get('kind')}/${d.getIn(['metadata', 'name'])}`);

describe('manifests follow the decision', () => {
  test('the Action synthesizes, lints and writes the release for an advance to 25%', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        metrics: 'examples/metrics.json',
        baseline: 'examples/baseline.json',
        gates: 'examples/model-gates.yml',
        'current-weight': '10',
        release: 'examples/release.yaml'
      }
    });
    const dir = result.outputs.manifests!;
    const yaml = readFileSync(join(dir, 'fraud-detector.yaml'), 'utf8');
    const lint = cli(['lint', dir]);
    await cleanUp(result);
    expect(result.exitCode).toBe(0);
    expect(lint).toMatchObject({ status: 0, stdout: 'no findings\n' });
    expect(kinds(yaml)).toEqual(
      expect.arrayContaining(['Deployment/fraud-detector-canary', 'DestinationRule/fraud-detector', 'VirtualService/fraud-detector'])
    );
    expect(kinds(yaml).indexOf('DestinationRule/fraud-detector')).toBeLessThan(kinds(yaml).indexOf('VirtualService/fraud-detector'));
    expect(yaml).toMatch(/subset: stable\n\s+weight: 75/);
    expect(yaml).toMatch(/subset: canary\n\s+weight: 25/);
  });

  test('lint findings on the synthesized release show alike: a warning annotation each from the Action, a line each from the CLI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-findings-'));
    const release = readFileSync(join(ROOT, 'examples/release.yaml'), 'utf8').replace('fraud-detector:2.4.0', 'fraud-detector:latest');
    writeFileSync(join(dir, 'release.yaml'), release);
    writeFileSync(join(dir, 'metrics.json'), readFileSync(join(ROOT, 'examples/metrics.json')));
    const finding =
      'Deployment/ml-serving/fraud-detector-canary: container "model" image "registry.example.com/models/fraud-detector:latest" uses the latest tag: pin a version tag or a digest';
    const action = await runAction({ cwd: dir, inputs: { metrics: 'metrics.json', release: 'release.yaml', 'current-weight': '10' } });
    await cleanUp(action);
    expect(action.stdout).toContain(`::warning title=model-gate lint%3A image-pinned::${finding}`);
    const run = cli(['evaluate', '--metrics', 'metrics.json', '--release', 'release.yaml', '--current-weight', '10', '--manifests-dir', 'out'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`model-gate: wrote out/fraud-detector.yaml\nout/fraud-detector.yaml:174: warning [image-pinned] ${finding}\n`);
  });

  test('a rollback sends everything to stable and scales the canary to zero', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: {
        metrics: 'examples/flat-metrics.json',
        gates: 'gates:\n  accuracy: {min: 0.99}',
        'current-weight': '25',
        release: 'examples/release.yaml',
        'fail-on': 'never'
      }
    });
    const yaml = readFileSync(join(result.outputs.manifests!, 'fraud-detector.yaml'), 'utf8');
    await cleanUp(result);
    expect(result.outputs.decision).toBe('rollback');
    expect(kinds(yaml)).not.toContain('HorizontalPodAutoscaler/fraud-detector-canary');
    expect(yaml).toMatch(/name: fraud-detector-canary[\s\S]*?replicas: 0/);
    expect(yaml).not.toContain('x-canary');
  });

  test('synth writes DIR/<name>.yaml from a report, and lint finds each classic mistake', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-synth-'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ decision: 'promote', canaryWeight: 100 }));
    const synth = cli(['synth', '--release', join(ROOT, 'examples/release.yaml'), '--report', 'report.json', '--out', 'out'], dir);
    expect(synth.status).toBe(0);
    expect(synth.stdout.trim()).toBe(join('out', 'fraud-detector.yaml'));
    const promoted = readFileSync(join(dir, 'out', 'fraud-detector.yaml'), 'utf8');
    expect(kinds(promoted).some((k) => k.includes('canary'))).toBe(false);
    expect(readdirSync(join(dir, 'out'))).toEqual(['fraud-detector.yaml']);

    const broken = cli(['lint', 'test/fixtures/lint/broken-canary.yaml', '--format', 'json']);
    expect(broken.status).toBe(1);
    expect(
      JSON.parse(broken.stdout)
        .map((f: { rule: string }) => f.rule)
        .sort()
    ).toEqual(['container-resources', 'readiness-probe', 'route-weights', 'subset-labels-unique']);
    expect(cli(['lint', 'test/fixtures/lint/fixed-canary.yaml']).status).toBe(0);
  });

  test('synth writes the Istio API version the release file asks for, and refuses one it does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-synth-'));
    try {
      const release = (apiVersion: string): string =>
        readFileSync(join(ROOT, 'examples/release.yaml'), 'utf8').replace('istio:\n', `istio:\n  apiVersion: ${apiVersion}\n`);
      writeFileSync(join(dir, 'report.json'), JSON.stringify({ decision: 'advance', canaryWeight: 25 }));
      const synth = () => cli(['synth', '--release', 'release.yaml', '--report', 'report.json', '--out', 'out'], dir);

      writeFileSync(join(dir, 'release.yaml'), release('v1beta1'));
      expect(synth().status).toBe(0);
      const yaml = readFileSync(join(dir, 'out', 'fraud-detector.yaml'), 'utf8');
      expect(yaml.match(/^apiVersion: networking\.istio\.io\/.+$/gm)).toEqual([
        'apiVersion: networking.istio.io/v1beta1',
        'apiVersion: networking.istio.io/v1beta1'
      ]);
      expect(cli(['lint', 'out'], dir)).toMatchObject({ status: 0, stdout: 'no findings\n' });

      writeFileSync(join(dir, 'release.yaml'), release('v1alpha3'));
      const refused = synth();
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('release.yaml: line 30: /istio/apiVersion: expected one of "v1", "v1beta1", got the string "v1alpha3"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an inconsistent report is bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-synth-'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ decision: 'promote', canaryWeight: 50 }));
    const run = cli(['synth', '--release', join(ROOT, 'examples/release.yaml'), '--report', 'report.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('report.json: /canaryWeight: 50 does not go with decision "promote": expected 100');
  });
});
