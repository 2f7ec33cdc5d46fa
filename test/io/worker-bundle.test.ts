import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from '../../src/io/worker-bundle.js';
import { ROOT } from '../support/fixtures.js';

/** Every bundle in dist/ that starts workers: the Action's, the CLI's, the lazy ones. */
function bundlesStartingWorkers(): string[] {
  const files = [
    ...readdirSync(join(ROOT, 'dist')).map((name) => join('dist', name)),
    ...readdirSync(join(ROOT, 'dist/lazy')).map((name) => join('dist/lazy', name))
  ];
  return files.filter((file) => file.endsWith('.js') && readFileSync(join(ROOT, file), 'utf8').includes('model-gate.warm-workers'));
}

test('every bundle that starts workers finds them in dist/lazy/, from the source too', () => {
  const bundles = bundlesStartingWorkers();
  // the Action's bundle among them: it found no worker once, and started a cold one
  expect(bundles).toContain(join('dist', 'index.js'));
  for (const from of [...bundles, 'src/io/worker-bundle.ts'])
    for (const name of ['table-worker', 'eval-data-worker']) {
      const url = bundle(name, pathToFileURL(join(ROOT, from)).href);
      expect({ from, url: url.href }).toEqual({ from, url: pathToFileURL(join(ROOT, 'dist/lazy', `${name}.js`)).href });
      expect(existsSync(url)).toBe(true);
    }
});
