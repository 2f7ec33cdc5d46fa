// GitHub's artifact service on 127.0.0.1, as @actions/artifact 6 talks to it: the results service's
// twirp JSON calls (CreateArtifact, FinalizeArtifact) under ACTIONS_RESULTS_URL, and the Azure blob
// the zip goes to (Put Block, Put Block List) at the signed upload URL. Real HTTP, so the tests
// exercise the real artifact client and @azure/storage-blob.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from '../support/local-server.js';
import { crc32, inflateRawSync } from 'node:zlib';

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** Azure's path style for IP hosts: /<account>/<container>/<blob>. */
const BLOB_PATH = '/devstoreaccount1/actions-results/';

/** CreateArtifactRequest as JSON, proto field names. */
export interface CreateArtifactRequest {
  workflow_run_backend_id: string;
  workflow_job_run_backend_id: string;
  name: string;
  expires_at?: string;
  version: number;
  mime_type?: string;
}

/** FinalizeArtifactRequest as JSON; int64 travels as a string. */
export interface FinalizeArtifactRequest {
  workflow_run_backend_id: string;
  workflow_job_run_backend_id: string;
  name: string;
  size: string;
  hash?: string;
}

export interface FakeArtifact {
  id: number;
  name: string;
  expiresAt?: string;
  /** The committed zip; undefined until Put Block List. */
  zip?: Buffer;
  contentType?: string;
  finalized: boolean;
}

export class FakeArtifactService extends LocalServer {
  readonly workflowRunBackendId = 'c0ffee00-0000-4000-8000-000000000001';
  readonly workflowJobRunBackendId = 'c0ffee00-0000-4000-8000-000000000002';
  /** An unsigned JWT: the client only decodes it, for the backend ids in its `scp` claim. */
  readonly runtimeToken = unsignedJwt({
    scp: `Actions.ExampleScope Actions.Results:${this.workflowRunBackendId}:${this.workflowJobRunBackendId}`,
    iss: 'model-gate-test'
  });
  /** The signature of the signed upload URLs; the client masks it. */
  readonly signature = 'fake-sas-signature';
  /** Answer CreateArtifact with this HTTP status and a twirp error instead of creating anything. */
  createFailure: number | undefined;
  /** Accept every request and never answer, as a service that has stopped responding. */
  hang = false;
  /** Every artifact created, by name. */
  readonly artifacts = new Map<string, FakeArtifact>();
  readonly creates: CreateArtifactRequest[] = [];
  readonly finalizes: FinalizeArtifactRequest[] = [];
  /** "METHOD /path", with "?comp=…" for the blob's, of every request in order. */
  readonly requests: string[] = [];
  private nextId = 7_000_000_001;
  private readonly blocks = new Map<string, Buffer>();

  protected override failed(res: ServerResponse, error: Error): void {
    twirpError(res, 500, 'internal', error.message);
  }

  reset(): void {
    this.createFailure = undefined;
    this.hang = false;
    this.artifacts.clear();
    this.blocks.clear();
    this.creates.length = 0;
    this.finalizes.length = 0;
    this.requests.length = 0;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const comp = url.searchParams.get('comp');
    this.requests.push(`${req.method} ${url.pathname}${comp ? `?comp=${comp}` : ''}`);
    if (this.hang) return;

    if (url.pathname.startsWith(TWIRP) && req.method === 'POST') {
      if (req.headers.authorization !== `Bearer ${this.runtimeToken}`) return twirpError(res, 401, 'unauthenticated', 'invalid token');
      if (!req.headers['content-type']?.startsWith('application/json')) return twirpError(res, 415, 'bad_route', 'expected application/json');
      const method = url.pathname.slice(TWIRP.length);
      if (method === 'CreateArtifact') return this.createArtifact(res, JSON.parse(body.toString('utf8')) as CreateArtifactRequest);
      if (method === 'FinalizeArtifact') return this.finalizeArtifact(res, JSON.parse(body.toString('utf8')) as FinalizeArtifactRequest);
      return twirpError(res, 404, 'bad_route', `no handler for ${method}`);
    }
    if (url.pathname.startsWith(BLOB_PATH) && req.method === 'PUT') {
      if (url.searchParams.get('sig') !== this.signature) return blobError(res, 403, 'AuthenticationFailed');
      const artifact = [...this.artifacts.values()].find((a) => url.pathname === blobPath(a));
      if (!artifact) return blobError(res, 404, 'ContainerNotFound');
      // BlockBlobClient.uploadStream stages every chunk as a block, even a lone one, then commits the list
      if (comp === 'block') {
        this.blocks.set(`${artifact.id}/${url.searchParams.get('blockid')}`, body);
        return blobCreated(res);
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((m) => m[1]!);
        const parts = ids.map((id) => this.blocks.get(`${artifact.id}/${id}`));
        if (ids.length === 0 || parts.some((p) => p === undefined)) return blobError(res, 400, 'InvalidBlockList');
        artifact.zip = Buffer.concat(parts as Buffer[]);
        artifact.contentType = req.headers['x-ms-blob-content-type'] as string | undefined;
        return blobCreated(res);
      }
      return blobError(res, 400, 'UnsupportedQueryParameter');
    }
    return twirpError(res, 404, 'bad_route', `no route for ${req.method} ${url.pathname}`);
  }

  private createArtifact(res: ServerResponse, request: CreateArtifactRequest): void {
    this.creates.push(request);
    if (this.createFailure !== undefined) return twirpError(res, this.createFailure, 'internal', 'the fake artifact service is failing on purpose');
    if (!this.ownIds(request)) return twirpError(res, 400, 'invalid_argument', 'unknown workflow run or job');
    if (this.artifacts.has(request.name)) return twirpError(res, 409, 'already_exists', `an artifact named ${request.name} already exists`);
    const artifact: FakeArtifact = { id: this.nextId++, name: request.name, expiresAt: request.expires_at, finalized: false };
    this.artifacts.set(request.name, artifact);
    send(res, 200, { ok: true, signed_upload_url: `${this.baseUrl}${blobPath(artifact)}?sv=2023-11-03&sr=b&sp=cw&sig=${this.signature}` });
  }

  private finalizeArtifact(res: ServerResponse, request: FinalizeArtifactRequest): void {
    this.finalizes.push(request);
    const artifact = this.artifacts.get(request.name);
    if (!this.ownIds(request) || !artifact?.zip) return twirpError(res, 404, 'not_found', `no uploaded artifact named ${request.name}`);
    if (Number(request.size) !== artifact.zip.length)
      return twirpError(res, 400, 'invalid_argument', `size ${request.size}, uploaded ${artifact.zip.length} bytes`);
    if (request.hash !== `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`) return twirpError(res, 400, 'invalid_argument', 'hash mismatch');
    artifact.finalized = true;
    send(res, 200, { ok: true, artifact_id: String(artifact.id) });
  }

  private ownIds(request: { workflow_run_backend_id: string; workflow_job_run_backend_id: string }): boolean {
    return request.workflow_run_backend_id === this.workflowRunBackendId && request.workflow_job_run_backend_id === this.workflowJobRunBackendId;
  }
}

/** A zip's files by name, read through its central directory (archiver writes sizes after the data, not in the local headers). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  if (end < 0) throw new Error('not a zip: no end of central directory record');
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let count = zip.readUInt16LE(end + 10); count > 0; count--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`not a zip: no central directory header at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(stored) : method === 0 ? stored : undefined;
    if (!data) throw new Error(`${name}: unsupported compression method ${method}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    files.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

function unsignedJwt(claims: object): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

function blobPath(artifact: FakeArtifact): string {
  return `${BLOB_PATH}${artifact.id}/${encodeURIComponent(artifact.name)}.zip`;
}

function send(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(data));
}

/** Twirp errors: {code, msg}; the client retries 429, 500, 502, 503 and 504. */
function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  send(res, status, { code, msg });
}

function blobCreated(res: ServerResponse): void {
  res.writeHead(201, {
    etag: `"0x${Date.now().toString(16)}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-version': '2025-11-05',
    'content-length': '0'
  });
  res.end();
}

function blobError(res: ServerResponse, status: number, code: string): void {
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
}
