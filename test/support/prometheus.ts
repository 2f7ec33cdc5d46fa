// A real Prometheus (Debian's `prometheus` package: prometheus and promtool on the PATH) holding the
// Istio fixtures of scripts/prometheus/istio-fixtures.ts, and fake servers for the faults a client
// meets. Start one of each per test file (beforeAll) and stop it in afterAll.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeIstioFixtures } from '../../scripts/prometheus/istio-fixtures.js';
import { LocalServer } from './local-server.js';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

const READY_WITHIN_MS = 15_000;
const STOP_WITHIN_MS = 5_000;
const PORT_ATTEMPTS = 3;

/** Writes the fixtures, backfills a TSDB from them, and starts Prometheus on it at a free port of 127.0.0.1. */
export async function startPrometheus(): Promise<RunningServer> {
  const folder = await mkdtemp(join(tmpdir(), 'model-gate-prometheus-'));
  try {
    const data = join(folder, 'data');
    const fixtures = join(folder, 'istio.om');
    await writeIstioFixtures(fixtures);
    await promisify(execFile)('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', fixtures, data]).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new Error('promtool is not installed: apt-get install prometheus (as .ci/run does)');
      throw error;
    });
    await rm(fixtures);
    // no scrape targets: the fixtures are all it holds
    const config = join(folder, 'prometheus.yml');
    await writeFile(config, 'global: {}\n');
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const child = spawn(
        'prometheus',
        [`--config.file=${config}`, `--storage.tsdb.path=${data}`, '--storage.tsdb.retention.time=100y', `--web.listen-address=127.0.0.1:${port}`],
        { stdio: ['ignore', 'ignore', 'pipe'] }
      );
      const log = tail(child);
      const killOnExit = () => child.kill('SIGKILL');
      process.once('exit', killOnExit);
      const url = `http://127.0.0.1:${port}`;
      const stop = async () => {
        process.off('exit', killOnExit);
        await stopChild(child);
        await rm(folder, { recursive: true, force: true });
      };
      try {
        await waitUntilReady(url, child, log);
        return { url, stop };
      } catch (error) {
        process.off('exit', killOnExit);
        await stopChild(child);
        if (attempt < PORT_ATTEMPTS && log().includes('address already in use')) continue;
        throw error;
      }
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** A port nobody listens on now (its server bound and closed): for Prometheus, or to find a connection refused. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`prometheus exited (${child.exitCode ?? child.signalCode}):\n${log()}`);
    const ready = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.status === 200,
      () => false
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`prometheus was not ready within ${READY_WITHIN_MS / 1000} s:\n${log()}`);
}

/** SIGTERM to the child we started, SIGKILL if it has not exited in time; resolves once it has exited. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_WITHIN_MS);
  await exited;
  clearTimeout(timer);
}

/** The last lines of the child's stderr (its log), for the message of a failed start. */
function tail(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    text = (text + chunk).slice(-4000);
  });
  return () => text;
}

export interface FakeRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

type Answer = { status: number; body: string; contentType?: string } | 'never';

/** An HTTP server that answers every request with `answer`, and records what it was asked. */
export class FakePrometheus extends LocalServer {
  readonly requests: FakeRequest[] = [];

  constructor(private readonly answer: (req: IncomingMessage) => Answer) {
    super();
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests.push({ url: req.url ?? '', headers: req.headers });
    const answer = this.answer(req);
    // held until stop() closes the connection
    if (answer === 'never') return;
    res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' });
    res.end(answer.body);
  }
}

/** Prometheus' own error answer: HTTP `status` with {"status":"error",…}. */
export function failingPrometheus(status: number, errorType: string, error: string): FakePrometheus {
  return new FakePrometheus(() => ({ status, body: JSON.stringify({ status: 'error', errorType, error }) }));
}

/** A 200 whose body is not JSON, as a login page in front of Prometheus would send. */
export function notJsonPrometheus(): FakePrometheus {
  return new FakePrometheus(() => ({ status: 200, body: '<html><body>Sign in</body></html>', contentType: 'text/html' }));
}

/** Accepts every request and never answers. */
export function silentPrometheus(): FakePrometheus {
  return new FakePrometheus(() => 'never');
}

/** Answers every request with `data` as a successful query's data. */
export function answeringPrometheus(data: unknown): FakePrometheus {
  return new FakePrometheus(() => ({ status: 200, body: JSON.stringify({ status: 'success', data }) }));
}
