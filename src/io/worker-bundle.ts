import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker bundled beside this module in dist/lazy/ (scripts/build.mjs). Run from the TypeScript
 * source, as the unit tests do, it is the one in dist/lazy/ too: a worker thread cannot load
 * TypeScript, and the tests build dist/ first and refuse a stale one.
 */
export function bundle(name: string, here = import.meta.url): URL {
  // from the TypeScript source, from dist/lazy/, or from a bundle at dist/'s top (the Action's index.js)
  const folder = here.endsWith('.ts') ? '../../dist/lazy/' : here.includes('/lazy/') ? './' : './lazy/';
  return new URL(`${folder}${name}.js`, here);
}

/**
 * Workers started ahead of their data (warmWorker), by bundle name. On globalThis, under a
 * registered symbol: each lazy bundle has a copy of this module, and the one that warms a worker
 * is not the one that starts it.
 */
const WARM = Symbol.for('model-gate.warm-workers');
function warmWorkers(): Map<string, Worker> {
  const global = globalThis as { [WARM]?: Map<string, Worker> };
  return (global[WARM] ??= new Map());
}

/**
 * Starts the worker `name` now, without its data, so that its start-up (some 40 ms) overlaps the
 * caller's own; startWorker hands it its data. Until then it does not keep the process alive.
 */
export function warmWorker(name: string): Worker {
  const warm = warmWorkers();
  const started = warm.get(name);
  if (started) return started;
  const worker = new Worker(bundle(name));
  worker.unref();
  const forget = (): void => void (warm.get(name) === worker && warm.delete(name));
  worker.once('error', forget).once('exit', forget);
  warm.set(name, worker);
  return worker;
}

/**
 * The worker `name` with `options.workerData`: the warm one, which is sent its data, or a new one.
 * A warm worker is started without options: any other than its data and what moves with it needs
 * a new one.
 */
export function startWorker(name: string, options: WorkerOptions): Worker {
  const warm = warmWorkers().get(name);
  if (!warm || Object.keys(options).some((option) => option !== 'workerData' && option !== 'transferList')) return new Worker(bundle(name), options);
  warmWorkers().delete(name);
  warm.ref();
  warm.postMessage(options.workerData, options.transferList);
  return warm;
}

/**
 * The worker `name` started (or taken warm) with `input`, whose one message is its answer:
 * `posted` is that answer, or undefined when the worker cannot start, fails, exits first, or posts
 * something `answers` does not accept. `stop` terminates it.
 */
export function helperWorker<Answer>(
  name: string,
  input: unknown,
  answers: (message: unknown) => message is Answer
): { posted: Promise<Answer | undefined>; stop(): Promise<void> } {
  let stop = async (): Promise<void> => undefined;
  const posted = new Promise<Answer | undefined>((resolve) => {
    try {
      const worker = startWorker(name, { workerData: input });
      worker.once('message', (message: unknown) => resolve(answers(message) ? message : undefined));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
      stop = async () => void (await worker.terminate());
    } catch {
      resolve(undefined);
    }
  });
  return { posted, stop: () => stop() };
}

/** Whether `message` is an object of that `kind`. */
export function isKind(message: unknown, kind: string): boolean {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === kind;
}
