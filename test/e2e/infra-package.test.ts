import { spawnSync } from 'node:child_process';
import { ROOT } from '../support/fixtures.js';

test("a platform team's own cdk8s app imports ModelRelease from model-gate/infra", () => {
  const app = `
    import { App, Chart } from 'cdk8s';
    import { readFileSync } from 'node:fs';
    import { ModelRelease, parseReleaseFile } from 'model-gate/infra';
    const app = new App();
    const chart = new Chart(app, 'models', { disableResourceNameHashes: true });
    const spec = parseReleaseFile(readFileSync('examples/release.yaml', 'utf8'), 'examples/release.yaml');
    const release = new ModelRelease(chart, 'fraud-detector', { spec, outcome: { decision: 'advance', canaryWeight: 10 } });
    release.service.metadata.addLabel('owner', 'platform');
    console.log(app.synthYaml());`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', app], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('owner: platform');
  expect(run.stdout).toMatch(/subset: stable\n\s+weight: 90/);
});
