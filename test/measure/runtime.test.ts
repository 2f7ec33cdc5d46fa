import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnnxRuntime, missingRuntimeMessage, runtimeEntry, type RuntimeSearch } from '../../src/measure/runtime.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'model-gate-runtime-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An onnxruntime-node package under `folder`/node_modules with binaries for `targets` (platform-arch). */
function installRuntime(folder: string, version: string, targets: string[]): string {
  const pkg = join(folder, 'node_modules', 'onnxruntime-node');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'onnxruntime-node', version, main: 'dist/index.js' }));
  for (const target of targets) {
    const [platform, arch] = target.split('-') as [string, string];
    mkdirSync(join(pkg, 'bin', 'napi-v6', platform, arch), { recursive: true });
    writeFileSync(join(pkg, 'bin', 'napi-v6', platform, arch, 'onnxruntime_binding.node'), '');
  }
  return pkg;
}

function search(platform: string, arch: string): RuntimeSearch {
  return { platform, arch, beside: join(root, 'action', 'dist', 'lazy'), workspace: join(root, 'workspace') };
}

test('the runtime shipped beside model-gate is used when it has a binary for this platform', () => {
  const shipped = installRuntime(join(root, 'action', 'dist'), '1.30.0', ['linux-x64']);
  installRuntime(join(root, 'workspace'), '1.29.0', ['linux-x64']);
  expect(findOnnxRuntime(search('linux', 'x64'))).toEqual({ root: shipped, version: '1.30.0', origin: 'model-gate' });
  expect(runtimeEntry(shipped)).toBe(join(shipped, 'dist', 'index.js'));
});

test('on another platform the workspace is searched, not the shipped copy that module resolution would find first', () => {
  installRuntime(join(root, 'action', 'dist'), '1.30.0', ['linux-x64']);
  const workspace = installRuntime(join(root, 'workspace'), '1.30.0', ['darwin-arm64', 'linux-x64', 'win32-x64']);
  expect(findOnnxRuntime(search('darwin', 'arm64'))).toEqual({ root: workspace, version: '1.30.0', origin: 'workspace' });
  expect(findOnnxRuntime(search('win32', 'x64'))).toMatchObject({ origin: 'workspace' });
});

test('a workspace package is found from a parent folder of the workspace, as Node resolves it', () => {
  const parent = installRuntime(root, '1.30.0', ['linux-arm64']);
  mkdirSync(join(root, 'workspace'), { recursive: true });
  expect(findOnnxRuntime(search('linux', 'arm64'))).toMatchObject({ root: parent });
});

test('without a runtime for this platform, the message names what was seen and the step that fixes it', () => {
  installRuntime(join(root, 'action', 'dist'), '1.30.0', ['linux-x64']);
  installRuntime(join(root, 'workspace'), '1.30.0', ['darwin-arm64']);
  const missing = findOnnxRuntime(search('darwin', 'x64'));
  expect(missing).toMatchObject({ version: '1.30.0' });
  expect('root' in missing).toBe(false);
  const message = missingRuntimeMessage(missing as Exclude<typeof missing, { root: string }>, search('darwin', 'x64'));
  expect(message).toContain('no runtime for darwin-x64 here');
  expect(message).toContain(`${join(root, 'action', 'dist', 'node_modules', 'onnxruntime-node')} (1.30.0) has binaries for linux-x64`);
  expect(message).toContain(`${join(root, 'workspace', 'node_modules', 'onnxruntime-node')} (1.30.0) has binaries for darwin-arm64`);
  expect(message).toContain('`- run: npm install --no-save onnxruntime-node@1.30.0`');
});

test('with no onnxruntime-node anywhere, the message says where it looked', () => {
  const missing = findOnnxRuntime(search('linux', 'x64'));
  expect(missing).toEqual({ seen: [], version: undefined });
  const message = missingRuntimeMessage(missing as { seen: []; version: undefined }, search('linux', 'x64'));
  expect(message).toContain(`no onnxruntime-node was found beside model-gate nor in the workspace (${join(root, 'workspace')})`);
  expect(message).toContain('`- run: npm install --no-save onnxruntime-node`');
});

test('the onnxruntime-node the README and CI install beside a workspace is the one package-lock.json ships', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const locked = (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> }).packages[
    'node_modules/onnxruntime-node'
  ]?.version;
  for (const file of ['README.md', '.github/workflows/ci.yml']) {
    const pinned = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/onnxruntime-node@(\d[\w.-]*)/g)].map((match) => match[1]);
    expect({ file, pinned: [...new Set(pinned)] }).toEqual({ file, pinned: [locked] });
  }
});
