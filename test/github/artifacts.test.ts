import { ArtifactError, artifactName, checkArtifactName, parseRetentionDays, uploadEvidence } from '../../src/github/artifacts.js';
import { InputError } from '../../src/errors.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeArtifactService } from './fake-artifact-service.js';

const evidence = { name: 'model-gate-fraud', files: ['/tmp/report.json'], rootDirectory: '/tmp' };
const RUNTIME = { ACTIONS_RUNTIME_TOKEN: 'runtime-token', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' };

describe('uploadEvidence', () => {
  test('outside GitHub Actions it skips with the reason', async () => {
    expect(await uploadEvidence(evidence, {})).toEqual({
      skipped: 'not running in GitHub Actions (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL unset): no artifact uploaded'
    });
    expect(await uploadEvidence(evidence, { ACTIONS_RUNTIME_TOKEN: 'x' })).toEqual({ skipped: expect.stringContaining('(ACTIONS_RESULTS_URL unset)') });
  });

  test('on GitHub Enterprise Server it skips: @actions/artifact has no service there', async () => {
    expect(await uploadEvidence(evidence, { ...RUNTIME, GITHUB_SERVER_URL: 'https://ghe.example.com' })).toEqual({
      skipped: expect.stringContaining('GitHub Enterprise Server')
    });
  });

  test('nothing to upload, nothing uploaded', async () => {
    expect(await uploadEvidence({ ...evidence, files: [] }, { ...RUNTIME, GITHUB_SERVER_URL: 'https://github.com' })).toEqual({
      skipped: 'no files to upload'
    });
  });

  test('a name GitHub would refuse is refused before any upload', async () => {
    await expect(uploadEvidence({ ...evidence, name: 'a/b' }, RUNTIME)).rejects.toThrow(InputError);
  });
});

describe('uploadEvidence against an artifact service that never answers', () => {
  const service = new FakeArtifactService();
  const saved = { ...process.env };
  const write = process.stdout.write;
  beforeAll(async () => {
    await service.start();
    // the client logs its steps with @actions/core, straight to stdout
    process.stdout.write = (() => true) as typeof process.stdout.write;
    // @actions/artifact reads these from process.env itself
    Object.assign(process.env, {
      ACTIONS_RUNTIME_TOKEN: service.runtimeToken,
      ACTIONS_RESULTS_URL: `${service.baseUrl}/`,
      GITHUB_SERVER_URL: 'https://github.com'
    });
  });
  afterAll(async () => {
    process.stdout.write = write;
    process.env = saved;
    await service.stop();
  });

  test('gives up by the deadline with an ArtifactError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-upload-'));
    writeFileSync(join(dir, 'report.json'), '{}\n');
    service.hang = true;
    const started = Date.now();
    const error = await uploadEvidence({ name: 'model-gate-fraud', files: [join(dir, 'report.json')], rootDirectory: dir, deadlineSeconds: 0.5 }).catch(
      (e: unknown) => e
    );
    const elapsed = Date.now() - started;

    expect(error).toBeInstanceOf(ArtifactError);
    expect((error as Error).message).toBe('gave up on artifact "model-gate-fraud": the artifact service did not finish the upload within 0.5 s');
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(2000);
    expect(service.requests).toEqual(['POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact']);
  });
});

describe('artifact names', () => {
  test('derived from the model name', () => {
    expect(artifactName('fraud-detector')).toBe('model-gate-fraud-detector');
    expect(artifactName(undefined)).toBe('model-gate-evidence');
    expect(artifactName('  ')).toBe('model-gate-evidence');
  });

  test('without the characters artifact names may not hold', () => {
    expect(artifactName('team/fraud: "v2" <beta>|*?\\\r\nx')).toBe('model-gate-team-fraud- -v2- -beta-x');
    expect(artifactName('x'.repeat(500)).length).toBeLessThanOrEqual(100);
    expect(artifactName('model...')).toBe('model-gate-model');
    for (const name of ['a:b', 'a\u0000b', '../../etc', 'C:\\x']) expect(() => checkArtifactName(artifactName(name))).not.toThrow();
  });

  test('a given name is checked', () => {
    expect(checkArtifactName(' evidence ')).toBe('evidence');
    expect(() => checkArtifactName('a:b')).toThrow('input "artifact-name": artifact names cannot contain');
    expect(() => checkArtifactName('')).toThrow(InputError);
  });

  test('retention days: 1 to 90, or the repository default', () => {
    expect(parseRetentionDays('')).toBeUndefined();
    expect(parseRetentionDays('30')).toBe(30);
    for (const bad of ['0', '91', '1.5', '-3', 'week'])
      expect(() => parseRetentionDays(bad)).toThrow('input "retention-days": expected a whole number of days from 1 to 90');
  });
});
