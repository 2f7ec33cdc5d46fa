// What dist/ is built from, as one hash: the build writes it to dist/.source-hash, and whatever
// runs the bundles in a test checks it first, so a stale dist/ fails loudly instead of being
// tested in place of the code.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'infra', 'package.json', 'package-lock.json', 'scripts/build.mjs'];
export const HASH_FILE = join(ROOT, 'dist/.source-hash');

async function files(path) {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [path];
  const nested = await Promise.all(entries.map((entry) => files(join(path, entry.name))));
  return nested.flat();
}

export async function sourceHash() {
  const hash = createHash('sha256');
  // POSIX paths, so that a checkout on Windows has the same hash
  const all = (await Promise.all(INPUTS.map((input) => files(join(ROOT, input)))))
    .flat()
    .map((file) => ({ file, name: relative(ROOT, file).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { file, name } of all)
    hash
      .update(`${name}\0`)
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}

let checked;
/** Throws unless dist/ was built from the sources as they are now. */
export function assertDistFresh() {
  checked ??= (async () => {
    const [built, current] = await Promise.all([readFile(HASH_FILE, 'utf8').catch(() => ''), sourceHash()]);
    if (built.trim() !== current) throw new Error('dist/ is stale: it was not built from the sources as they are now; run `npm run build`');
  })();
  return checked;
}
