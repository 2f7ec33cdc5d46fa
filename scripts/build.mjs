// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into dist/, which is committed.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HASH_FILE, sourceHash } from './source-hash.mjs';
import { writeThirdPartyNotices } from './third-party-notices.mjs';

/**
 * @actions/core imports its OIDC client, and through it an HTTP stack (undici) that costs a third of
 * the Action's start-up, at load time; model-gate never asks for an ID token. Serve core a stand-in
 * that loads the real client only when getIDToken is called (a lazy bundle, below).
 */
const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes('@actions/core') && args.namespace === 'file'
        ? { path: join(dirname(args.importer), 'oidc-utils.js'), namespace: 'lazy-oidc' }
        : undefined
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, (args) => ({
      resolveDir: dirname(args.path),
      contents: `export class OidcClient {
        static async getIDToken(audience) {
          const { OidcClient: Real } = await import(${JSON.stringify(args.path)});
          return Real.getIDToken(audience);
        }
      }`
    }));
  }
};

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every dynamic import() becomes its own self-contained bundle in dist/lazy/: the Action and the CLI
 * are each one file that loads in one go (no chunk graph for Node's ESM loader to walk), and what a
 * run may not need (predictions, onnxruntime, cdk8s, Octokit, the artifact client) loads only when
 * it runs. Bundles do not share module instances, which is why InputError's instanceof goes by a
 * registered symbol.
 */
const lazyTargets = new Map(); // bundle name → resolved path
function lazyBundles(prefix) {
  return {
    name: 'lazy-bundles',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'lazy') return undefined;
        const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'lazy' });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const name = relative(root, resolved.path)
          .replace(/^node_modules\//, '')
          .replace(/\.(m?[jt]s)$/, '')
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        lazyTargets.set(name, resolved.path);
        return { path: `${prefix}${name}.js`, external: true };
      });
    }
  };
}

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  define: { MODEL_GATE_VERSION: JSON.stringify(version) },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // yaml's ESM build (its "default" export condition) tree-shakes; the "node" one is CommonJS
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  logLevel: 'warning'
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
const metafiles = [];
const bundle = async (options) => metafiles.push((await build(options)).metafile);
await bundle({ ...common, entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' }, outdir: 'dist', plugins: [lazyOidcClient, lazyBundles('./lazy/')] });
// lazy bundles may import lazily in turn: build until no new target appears
for (const built = new Set(); built.size < lazyTargets.size;) {
  const pending = [...lazyTargets].filter(([name]) => !built.has(name));
  for (const [name] of pending) built.add(name);
  await bundle({ ...common, entryPoints: Object.fromEntries(pending), outdir: 'dist/lazy', plugins: [lazyOidcClient, lazyBundles('./')] });
}

// the worker threads, started from dist/lazy/ (src/io/worker-bundle.ts): the one that reads eval-data while the
// model scores (src/io/eval-data-stream.ts), and the one that reads the second part of a large predictions file
// (src/io/split-table.ts)
await bundle({
  ...common,
  entryPoints: { 'eval-data-worker': 'src/io/eval-data-worker.ts', 'table-worker': 'src/io/table-worker.ts' },
  outdir: 'dist/lazy'
});

/**
 * onnxruntime-node cannot be bundled: it requires its native binding by a computed path. Ship its
 * JavaScript and the linux-x64 runtime as dist/node_modules, where src/measure/runtime.ts looks
 * first, so `uses:` works on an ubuntu-latest runner without an install step.
 */
async function shipOnnxRuntime() {
  const target = new URL('../dist/node_modules/', import.meta.url);
  const source = new URL('../node_modules/', import.meta.url);
  const packages = {
    'onnxruntime-node': ['dist', 'bin/napi-v6/linux/x64'],
    'onnxruntime-common': ['dist/cjs']
  };
  for (const [name, folders] of Object.entries(packages)) {
    const manifest = JSON.parse(await readFile(new URL(`${name}/package.json`, source), 'utf8'));
    const trimmed = { name, version: manifest.version, license: manifest.license, main: manifest.main, ...(manifest.type ? { type: manifest.type } : {}) };
    if (manifest.exports) trimmed.exports = { require: manifest.exports.require };
    await mkdir(new URL(`${name}/`, target), { recursive: true });
    await writeFile(new URL(`${name}/package.json`, target), `${JSON.stringify(trimmed, null, 2)}\n`);
    for (const folder of folders) {
      await cp(new URL(`${name}/${folder}/`, source), new URL(`${name}/${folder}/`, target), {
        recursive: true,
        filter: (path) => !/\.(map|d\.ts)$/.test(path)
      });
    }
  }
}

await shipOnnxRuntime();

// The constructs for platform teams' own cdk8s apps (`import … from 'model-gate/infra'`, or
// `require('model-gate/infra')` from a CommonJS app, as `cdk8s init typescript-app` makes): cdk8s,
// cdk8s-plus-28 and constructs stay external, so the construct tree is the app's own.
const infra = {
  metafile: true,
  entryPoints: { index: 'infra/index.ts' },
  outdir: 'dist/infra',
  bundle: true,
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['cdk8s', 'cdk8s-plus-28', 'constructs'],
  legalComments: 'none',
  logLevel: 'warning'
};
await bundle({
  ...infra,
  format: 'esm',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
});
await bundle({ ...infra, format: 'cjs', outExtension: { '.js': '.cjs' } });

// the licences of what dist/ bundles and ships
await writeThirdPartyNotices(root, metafiles, ['node_modules/onnxruntime-node', 'node_modules/onnxruntime-common'], join(root, 'dist/THIRD-PARTY-NOTICES.md'));

// what dist/ was built from: scripts/run-action.mjs refuses to run a stale bundle
await writeFile(HASH_FILE, `${await sourceHash()}\n`);
