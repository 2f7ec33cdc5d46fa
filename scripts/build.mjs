// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into dist/, which is committed.
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * @actions/core imports its OIDC client, and through it an HTTP stack (undici) that costs a third of
 * the Action's start-up, at load time; model-gate never asks for an ID token. Serve core a stand-in
 * that loads the real client only when getIDToken is called (esbuild puts it in its own chunk).
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

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  mainFields: ['module', 'main'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  define: { MODEL_GATE_VERSION: JSON.stringify(version) },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // loaded with a dynamic import() only when a model is given; shipped beside the bundle (below)
  external: ['onnxruntime-node'],
  plugins: [lazyOidcClient],
  logLevel: 'warning'
});

/**
 * onnxruntime-node cannot be bundled: it requires its native binding by a computed path. Ship its
 * JavaScript and the linux-x64 runtime as dist/node_modules, where the bundle's import() finds it,
 * so `uses:` works on an ubuntu-latest runner without an install step.
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

// The constructs for platform teams' own cdk8s apps (`import … from 'model-gate/infra'`): cdk8s,
// cdk8s-plus-28 and constructs stay external, so the construct tree is the app's own.
await build({
  entryPoints: { index: 'infra/index.ts' },
  outdir: 'dist/infra',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['cdk8s', 'cdk8s-plus-28', 'constructs'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning'
});
