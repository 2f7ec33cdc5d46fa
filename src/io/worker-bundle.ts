import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker bundled beside this module in dist/lazy/ (scripts/build.mjs). Run from the TypeScript
 * source, as the unit tests do, it is the one in dist/lazy/ too: a worker thread cannot load
 * TypeScript, and the tests build dist/ first and refuse a stale one.
 */
export function startWorker(name: string, options: WorkerOptions): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  return new Worker(new URL(`${fromSource ? '../../dist/lazy/' : './'}${name}.js`, import.meta.url), options);
}
