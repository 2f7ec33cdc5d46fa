import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { MAX_MANIFEST_FILE_BYTES } from '../read/limits.js';
import { readText } from './load.js';
import type { Manifest } from '../model/manifest.js';
import { parseManifests } from '../read/manifests.js';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/**
 * Reads the Kubernetes objects in the given files and folders (folders recursively: every
 * .yaml, .yml and .json file, in name order, skipping hidden folders). Each manifest keeps the
 * path it was read from, as given on the command line.
 */
export async function readManifests(paths: readonly string[], cwd: string): Promise<Manifest[]> {
  if (paths.length === 0) throw new InputError({ source: 'lint', message: 'expected at least one file or folder of manifests' });
  const files = (await Promise.all(paths.map((path) => manifestFiles(path, cwd)))).flat();
  const manifests: Manifest[] = [];
  // one file at a time: only one file's text and YAML syntax trees are in memory at once
  for (const file of files) manifests.push(...parseManifests(await readText(file, cwd, { bytes: MAX_MANIFEST_FILE_BYTES, what: 'manifest files' }), file));
  return manifests;
}

async function manifestFiles(path: string, cwd: string): Promise<string[]> {
  const info = await stat(resolve(cwd, path)).catch(() => undefined);
  if (!info) throw new InputError({ source: path, message: `file or folder not found (looked in ${cwd})` });
  if (!info.isDirectory()) return [path];
  const found = await walk(path, cwd);
  if (found.length === 0) throw new InputError({ source: path, message: 'the folder holds no .yaml, .yml or .json file' });
  return found;
}

async function walk(folder: string, cwd: string): Promise<string[]> {
  const entries = (await readdir(resolve(cwd, folder), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const nested = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(path, cwd);
      return entry.isFile() && MANIFEST_FILE.test(entry.name) ? [path] : [];
    })
  );
  return nested.flat();
}
