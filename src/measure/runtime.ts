// Where onnxruntime-node comes from. The Action ships the linux-x64 runtime in dist/node_modules.
// On any other runner it has to come from the workspace, where a workflow step installs it: Node's
// own resolution would find the shipped copy first, beside the bundle, and fail on its missing binary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface RuntimeSearch {
  platform: string;
  arch: string;
  /** Where model-gate itself lives (the bundle's folder): its node_modules, or a parent's, come first. */
  beside: string;
  /** The workspace (GITHUB_WORKSPACE in the Action, the working directory in the CLI): searched next. */
  workspace: string;
}

interface RuntimeFound {
  /** The package's folder. */
  root: string;
  version: string;
  origin: 'model-gate' | 'workspace';
}

/** A package that was found but cannot run here, or none at all: what the error says. */
export interface RuntimeMissing {
  seen: readonly { root: string; version: string; binaries: readonly string[] }[];
  /** The version to install: the one model-gate ships, when known. */
  version: string | undefined;
}

/** The first onnxruntime-node beside model-gate, then in the workspace, that has a binary for this platform. */
export function findOnnxRuntime(search: RuntimeSearch): RuntimeFound | RuntimeMissing {
  const seen: RuntimeMissing['seen'][number][] = [];
  for (const [origin, start] of [
    ['model-gate', search.beside],
    ['workspace', search.workspace]
  ] as const) {
    const root = packageRoot(start);
    if (root === undefined || seen.some((s) => s.root === root)) continue;
    const version = packageVersion(root);
    if (existsSync(binaryPath(root, search.platform, search.arch))) return { root, version, origin };
    seen.push({ root, version, binaries: binaries(root) });
  }
  return { seen, version: seen[0]?.version };
}

/** The message of a RuntimeMissing: what was looked at, and the one workflow step that fixes it. */
export function missingRuntimeMessage(missing: RuntimeMissing, search: RuntimeSearch): string {
  const here = `${search.platform}-${search.arch}`;
  const looked =
    missing.seen.length === 0
      ? `no onnxruntime-node was found beside model-gate nor in the workspace (${search.workspace})`
      : missing.seen.map((s) => `${s.root} (${s.version}) has binaries for ${s.binaries.join(', ') || 'no platform'}`).join('; ');
  const pinned = missing.version === undefined ? 'onnxruntime-node' : `onnxruntime-node@${missing.version}`;
  return (
    `onnxruntime-node has no runtime for ${here} here: ${looked}. ` +
    `Install it in the workspace before this step (\`- run: npm install --no-save ${pinned}\`), or leave the model out`
  );
}

/** The entry file onnxruntime-node's package.json names. */
export function runtimeEntry(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main?: string };
  return join(root, manifest.main ?? 'index.js');
}

function packageRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', 'onnxruntime-node');
    if (existsSync(join(root, 'package.json'))) return root;
    if (dirname(dir) === dir) return undefined;
  }
}

function packageVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown version';
}

// the path onnxruntime-node's dist/binding.js requires
function binaryPath(root: string, platform: string, arch: string): string {
  return join(root, 'bin', 'napi-v6', platform, arch, 'onnxruntime_binding.node');
}

function binaries(root: string): string[] {
  const folder = join(root, 'bin', 'napi-v6');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((platform) =>
    readdirSync(join(folder, platform))
      .filter((arch) => existsSync(binaryPath(root, platform, arch)))
      .map((arch) => `${platform}-${arch}`)
  );
}
