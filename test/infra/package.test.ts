/**
 * model-gate/infra as cdk8s apps get it: the tarball `npm pack` makes, installed next to the
 * app's own cdk8s, cdk8s-plus-28 and constructs (symlinks to this repository's, so no network),
 * compiled with this repository's TypeScript and run with node. One app is CommonJS, as
 * `cdk8s init typescript-app` makes it (node10 resolution, which ignores `exports`); one is ESM.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { assertDistFresh } from '../../scripts/source-hash.mjs';
import { ROOT } from '../support/fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** compilerOptions of cdk8s-cli's templates/typescript-app/tsconfig.json, as `cdk8s init typescript-app` writes them. */
const CDK8S_INIT_TSCONFIG = {
  compilerOptions: {
    alwaysStrict: true,
    declaration: true,
    experimentalDecorators: true,
    inlineSourceMap: true,
    inlineSources: true,
    lib: ['es2016'],
    module: 'CommonJS',
    noEmit: false,
    noEmitOnError: true,
    noFallthroughCasesInSwitch: true,
    noImplicitAny: true,
    noImplicitReturns: true,
    noImplicitThis: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    resolveJsonModule: true,
    strict: true,
    strictNullChecks: true,
    strictPropertyInitialization: true,
    stripInternal: true,
    target: 'ES2017'
  },
  include: ['**/*.ts'],
  exclude: ['node_modules']
};

const ESM_TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noUnusedLocals: true },
  include: ['**/*.ts']
};

const APP = `import { App, Chart } from 'cdk8s';
import { readFileSync } from 'fs';
import { ModelRelease, parseReleaseFile } from 'model-gate/infra';

const app = new App();
const chart = new Chart(app, 'models', { disableResourceNameHashes: true });
const spec = parseReleaseFile(readFileSync('release.yaml', 'utf8'), 'release.yaml');
const release = new ModelRelease(chart, 'fraud-detector', { spec, outcome: { decision: 'advance', canaryWeight: 25 } });
release.service.metadata.addLabel('owner', 'platform');
app.synth();
`;

const PEERS = ['cdk8s', 'cdk8s-plus-28', 'constructs', '@types/node'];

let work: string;
let packed: { path: string }[];

/** Runs a command to its end (killed after two minutes); throws with its output when it fails. */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  await assertDistFresh(); // the tarball is dist/: a stale one must fail this, not be tested in place of the sources
  work = mkdtempSync(join(tmpdir(), 'model-gate-package-'));
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
  packed = pack!.files;
  // both apps find the package and its peers in the node_modules above them
  const installed = join(work, 'node_modules/model-gate');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(work, pack!.filename), '-C', installed, '--strip-components=1'], work);
  for (const peer of PEERS) {
    mkdirSync(join(work, 'node_modules', peer, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', peer), join(work, 'node_modules', peer), 'dir');
  }
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Writes the app and the example release file (with `istio.apiVersion` when given), compiles the
 * app with this repository's TypeScript, runs it, and returns the objects it synthesized.
 */
function synthesize(name: string, tsconfig: object, packageJson: object, istioApiVersion?: string): Json[] {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify(packageJson));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  writeFileSync(join(dir, 'main.ts'), APP);
  const release = readFileSync(join(ROOT, 'examples/release.yaml'), 'utf8');
  writeFileSync(join(dir, 'release.yaml'), istioApiVersion ? release.replace('istio:\n', `istio:\n  apiVersion: ${istioApiVersion}\n`) : release);
  run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], dir);
  run(process.execPath, ['main.js'], dir);
  return parseAllDocuments(readFileSync(join(dir, 'dist/models.k8s.yaml'), 'utf8')).map((d) => d.toJS() as Json);
}

function expectTheRelease(objects: Json[], istioApiVersion: string): void {
  const kinds = objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`);
  expect(kinds).toEqual(
    expect.arrayContaining([
      'apps/v1 Deployment fraud-detector',
      'apps/v1 Deployment fraud-detector-canary',
      'v1 Service fraud-detector',
      'autoscaling/v2 HorizontalPodAutoscaler fraud-detector',
      'autoscaling/v2 HorizontalPodAutoscaler fraud-detector-canary',
      `networking.istio.io/${istioApiVersion} DestinationRule fraud-detector`,
      `networking.istio.io/${istioApiVersion} VirtualService fraud-detector`
    ])
  );
  const virtualService = objects.find((o) => o.kind === 'VirtualService');
  const split = virtualService?.spec.http.find((route: Json) => route.name === 'default').route;
  expect(split.map((d: Json) => [d.destination.subset, d.weight])).toEqual([
    ['stable', 75],
    ['canary', 25]
  ]);
  expect(objects.find((o) => o.kind === 'Service')?.metadata.labels.owner).toBe('platform');
}

test('the tarball has the CommonJS and ESM builds and their types, and not the runtime the Action ships for itself', () => {
  const paths = packed.map((f) => f.path);
  expect(paths).toEqual(expect.arrayContaining(['dist/infra/index.js', 'dist/infra/index.cjs', 'dist/types/infra/index.d.ts', 'package.json']));
  // dist/node_modules is onnxruntime for linux-x64 only, for the Action's `uses:`; an npm install
  // gets onnxruntime-node for its own platform as a dependency instead
  expect(paths.filter((p) => p.startsWith('dist/node_modules/'))).toEqual([]);
  expect(paths.filter((p) => /^(src|infra|test|scripts|node_modules)\//.test(p))).toEqual([]);
});

test('a CommonJS app made by `cdk8s init typescript-app` compiles and synthesizes the release', () => {
  expectTheRelease(synthesize('commonjs-app', CDK8S_INIT_TSCONFIG, { name: 'commonjs-app', private: true }), 'v1');
}, 60_000);

test('an ESM app (module NodeNext) compiles and synthesizes the release, with the Istio API version of its release file', () => {
  expectTheRelease(synthesize('esm-app', ESM_TSCONFIG, { name: 'esm-app', private: true, type: 'module' }, 'v1beta1'), 'v1beta1');
}, 60_000);
