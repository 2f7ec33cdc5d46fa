import { InputError } from '../errors.js';
import { MAX_MANIFEST_FILE_BYTES } from '../read/limits.js';
import { filesIn, readText, type FileKind } from './text-files.js';
import type { Manifest } from '../model/manifest.js';
import { parseManifests } from '../read/manifests.js';

const MANIFEST_FILES: FileKind = { pattern: /\.(ya?ml|json)$/i, extensions: '.yaml, .yml or .json' };

/**
 * Reads the Kubernetes objects in the given files and folders (folders recursively: every
 * .yaml, .yml and .json file, in name order, skipping hidden folders). Each manifest keeps the
 * path it was read from, as given on the command line.
 */
export async function readManifests(paths: readonly string[], cwd: string): Promise<Manifest[]> {
  if (paths.length === 0) throw new InputError({ source: 'lint', message: 'expected at least one file or folder of manifests' });
  const files = await filesIn(paths, cwd, MANIFEST_FILES);
  const manifests: Manifest[] = [];
  // one file at a time: only one file's text and YAML syntax trees are in memory at once
  for (const file of files) manifests.push(...parseManifests(await readText(file, cwd, { bytes: MAX_MANIFEST_FILE_BYTES, what: 'manifest files' }), file));
  return manifests;
}
