import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp, runAction, type ActionRun } from '../../scripts/run-action.mjs';
import { FakeArtifactService, unzip, type FakeArtifact } from '../github/fake-artifact-service.js';
import { ROOT } from '../support/fixtures.js';

const service = new FakeArtifactService();
const DAY = 86_400_000;
const HOUR = 3_600_000;

beforeAll(() => service.start());
afterEach(() => service.reset());
afterAll(() => service.stop());

interface Run extends ActionRun {
  /** The report and the manifests file as the Action wrote them, read before the runner's temp folder is removed. */
  report: Buffer;
  manifests?: Buffer;
}

/** dist/index.js with the runtime variables the runner gives JavaScript actions, pointing at the fake service. */
async function run(inputs: Record<string, string>): Promise<Run> {
  const result = await runAction({
    cwd: ROOT,
    inputs: { comment: 'never', ...inputs },
    env: {
      ACTIONS_RUNTIME_TOKEN: service.runtimeToken,
      ACTIONS_RESULTS_URL: `${service.baseUrl}/`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_RUN_ID: '4242'
    }
  });
  const { report, manifests } = result.outputs;
  const written = {
    report: readFileSync(report!),
    ...(manifests ? { manifests: readFileSync(join(manifests, 'fraud-detector.yaml')) } : {})
  };
  await cleanUp(result);
  return { ...result, ...written };
}

/** The one artifact the run uploaded, finalized. */
function uploaded(): FakeArtifact & { zip: Buffer } {
  const artifacts = [...service.artifacts.values()];
  expect(artifacts).toHaveLength(1);
  expect(artifacts[0]!.finalized).toBe(true);
  return artifacts[0] as FakeArtifact & { zip: Buffer };
}

function expectTokenKept(result: ActionRun): void {
  expect(result.stdout).not.toContain(service.runtimeToken);
  expect(result.stderr).not.toContain(service.runtimeToken);
}

const example = { metrics: 'examples/metrics.json', baseline: 'examples/baseline.json', gates: 'examples/model-gates.yml', 'current-weight': '10' };
const BLOCKING_FAILURE = { metrics: 'examples/flat-metrics.json', gates: 'gates:\n  accuracy: {min: 0.99}', 'current-weight': '25' };

describe('the evidence artifact, from the bundled Action to a local artifact service', () => {
  test('the report and the manifests go up as model-gate-<model name>, and the step outputs its id', async () => {
    const result = await run({ ...example, release: 'examples/release.yaml' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.decision).toBe('advance');

    const artifact = uploaded();
    expect(artifact.name).toBe('model-gate-fraud-detector');
    expect(result.outputs['artifact-id']).toBe(String(artifact.id));
    expect(service.requests.map((r) => r.replace(/\/twirp\/.*\//, '').replace(/\/devstoreaccount1\/\S*\.zip/, ''))).toEqual([
      'POST CreateArtifact',
      'PUT ?comp=block',
      'PUT ?comp=blocklist',
      'POST FinalizeArtifact'
    ]);
    expect(service.creates).toEqual([
      {
        workflow_run_backend_id: service.workflowRunBackendId,
        workflow_job_run_backend_id: service.workflowJobRunBackendId,
        name: 'model-gate-fraud-detector',
        version: 7,
        mime_type: 'application/zip'
      }
    ]);
    expect(artifact.contentType).toBe('application/zip');

    const files = unzip(artifact.zip);
    expect([...files.keys()].sort()).toEqual(['model-gate-manifests/fraud-detector.yaml', 'model-gate-report.json']);
    expect(files.get('model-gate-report.json')).toEqual(result.report);
    expect(files.get('model-gate-manifests/fraud-detector.yaml')).toEqual(result.manifests);
    expect(JSON.parse(result.report.toString('utf8'))).toMatchObject({ decision: 'advance', canaryWeight: 25 });
    expectTokenKept(result);
  });

  test('artifact-name and retention-days reach the service; only the files this run wrote are in the zip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-evidence-'));
    mkdirSync(join(dir, 'manifests'));
    writeFileSync(join(dir, 'manifests', 'someone-elses.yaml'), 'kind: ConfigMap\n');
    writeFileSync(join(dir, 'notes.txt'), 'not evidence\n');

    const started = Date.now();
    const result = await run({
      ...example,
      release: 'examples/release.yaml',
      'report-path': join(dir, 'model-gate-report.json'),
      'manifests-dir': join(dir, 'manifests'),
      'artifact-name': 'fraud-evidence',
      'retention-days': '14'
    });
    const ended = Date.now();
    expect(result.exitCode).toBe(0);

    const artifact = uploaded();
    expect(artifact.name).toBe('fraud-evidence');
    expect(result.outputs['artifact-id']).toBe(String(artifact.id));
    // the client adds the days to the local date: allow an hour either way for a daylight-saving change
    const expiresAt = Date.parse(artifact.expiresAt!);
    expect(expiresAt).toBeGreaterThanOrEqual(started + 14 * DAY - HOUR);
    expect(expiresAt).toBeLessThanOrEqual(ended + 14 * DAY + HOUR);

    const files = unzip(artifact.zip);
    expect([...files.keys()].sort()).toEqual(['manifests/fraud-detector.yaml', 'model-gate-report.json']);
    expect(files.get('model-gate-report.json')).toEqual(result.report);
    expect(files.get('manifests/fraud-detector.yaml')).toEqual(result.manifests);
    expectTokenKept(result);
  });

  test('without a release file the zip holds the report alone; a model without a name is known by its file', async () => {
    const result = await run(BLOCKING_FAILURE);
    expect(result.exitCode).toBe(1);

    const artifact = uploaded();
    expect(artifact.name).toBe('model-gate-flat-metrics');
    expect(artifact.expiresAt).toBeUndefined();
    expect(result.outputs['artifact-id']).toBe(String(artifact.id));
    expect([...unzip(artifact.zip).entries()]).toEqual([['model-gate-report.json', result.report]]);
    expectTokenKept(result);
  });

  // A refusal the client does not retry (a 500 is retried for about 30 s, too slow for every CI run).
  test('a failing service (403 on CreateArtifact) warns and leaves the decision, outputs and exit code alone', async () => {
    service.createFailure = 403;
    const result = await run(BLOCKING_FAILURE);

    expect(result.stdout).toContain('::warning::model-gate: could not upload the evidence: could not upload artifact "model-gate-flat-metrics"');
    expect(result.stdout).toContain('(403)');
    expect(service.creates).toHaveLength(1);
    expect(service.requests.every((r) => r.includes('/CreateArtifact'))).toBe(true);
    expect(service.finalizes).toHaveLength(0);

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'rollback', passed: 'false', 'canary-weight': '0' });
    expect(result.outputs['artifact-id']).toBeUndefined();
    expect(result.stdout).toContain('::error::model-gate rollback');
    expect(JSON.parse(result.report.toString('utf8'))).toMatchObject({ decision: 'rollback', passed: false });
    expectTokenKept(result);
  });

  test('a service that never answers: the upload gives up after four times api-timeout, warns, and the run ends', async () => {
    service.hang = true;
    const started = Date.now();
    const result = await run({ ...BLOCKING_FAILURE, 'api-timeout': '0.5' });
    const elapsed = Date.now() - started;

    expect(result.stdout).toContain(
      '::warning::model-gate: could not upload the evidence: gave up on artifact "model-gate-flat-metrics": the artifact service did not finish the upload within 2 s'
    );
    expect(service.requests).toEqual(['POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact']);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'rollback', passed: 'false', 'canary-weight': '0' });
    expect(result.outputs['artifact-id']).toBeUndefined();
    expect(elapsed).toBeGreaterThanOrEqual(2000);
    expect(elapsed).toBeLessThan(8000);
    expectTokenKept(result);
  });
});
