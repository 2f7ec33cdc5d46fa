// The licence notices of every package bundled into dist/ (found in esbuild's metafiles) and of the
// packages shipped beside the bundle (onnxruntime-node and onnxruntime-common), written to
// dist/THIRD-PARTY-NOTICES.md by the build: the bundles themselves carry no legal comments.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** Microsoft's MIT notice for ONNX Runtime, whose npm packages carry no licence file of their own. */
const ONNX_RUNTIME = `MIT License

Copyright (c) Microsoft Corporation

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

The native runtime's own third-party notices: https://github.com/microsoft/onnxruntime/blob/main/ThirdPartyNotices.txt`;

/** The package folder (under node_modules) that a bundled input path belongs to, or undefined for our own sources. */
function packageOf(key) {
  // a plugin's namespace prefixes its inputs' paths (lazy-oidc:/…/node_modules/@actions/core/…)
  const input = key.replace(/^[a-z][a-z-]*:(?=\/)/, '');
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  return input.slice(0, at + 'node_modules/'.length) + (parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]);
}

/** Writes the notices of the packages in `metafiles` (esbuild's) and of `shipped` (folders), relative to `root`. */
export async function writeThirdPartyNotices(root, metafiles, shipped, out) {
  const folders = new Set(shipped);
  for (const metafile of metafiles) for (const input of Object.keys(metafile.inputs)) folders.add(packageOf(input));
  folders.delete(undefined);
  const entries = [];
  for (const folder of folders) {
    const manifest = JSON.parse(await readFile(resolve(root, folder, 'package.json'), 'utf8'));
    const files = (await readdir(resolve(root, folder))).filter((name) => LICENSE_FILE.test(name)).sort();
    const texts = await Promise.all(files.map((name) => readFile(resolve(root, folder, name), 'utf8')));
    // LF line endings: some licence files are CRLF, and the repository checks out LF everywhere
    const text =
      texts.join('\n\n').replace(/\r\n?/g, '\n').trim() ||
      (manifest.name.startsWith('onnxruntime-') ? ONNX_RUNTIME : `(no licence file in the package; its package.json says ${manifest.license})`);
    entries.push({ name: manifest.name, version: manifest.version, license: manifest.license ?? 'unknown', text });
  }
  // one entry a package and version, in name order; packages with the same licence text share it
  const unique = [...new Map(entries.map((e) => [`${e.name}@${e.version}`, e])).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byText = new Map();
  for (const e of unique) byText.set(e.text, [...(byText.get(e.text) ?? []), e]);
  const body = [...byText]
    .map(([text, packages]) => `## ${packages.map((e) => `${e.name} ${e.version} (${e.license})`).join(', ')}\n\n\`\`\`\n${text}\n\`\`\``)
    .join('\n\n');
  await writeFile(
    out,
    `# Third-party notices\n\ndist/ bundles or ships these ${unique.length} packages; model-gate itself is MIT-licensed (LICENSE).\n\n${body}\n`
  );
  return unique;
}
