// A small GitHub server on 127.0.0.1 for the issue-comment endpoints the Action uses: REST list
// (paginated with per_page, page and Link headers), create, update and delete, and on POST /graphql the
// questions and mutations that hide a comment and show it again. Real HTTP, so the tests exercise
// the real Octokit client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalServer } from '../support/local-server.js';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  /** The classifier it was hidden with (minimizeComment); undefined while shown. */
  minimized?: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

export const NOT_ACCESSIBLE = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403'
};

const BODY_LIMIT = 65_536;

/** A scripted answer: 'hang' accepts the request and never answers; else this status, JSON body and headers. */
export type Reply = 'hang' | { status: number; data?: unknown; headers?: Record<string, string> };

export class FakeGitHub extends LocalServer {
  /** "owner/repo#number" → its comments, oldest first. */
  readonly threads = new Map<string, FakeComment[]>();
  readonly requests: RecordedRequest[] = [];
  /** The token the server accepts; anything else gets 401 Bad credentials. */
  token = 'ghs_fake_token_0123456789';
  /** Answer POST and PATCH with 403, as GitHub does for a fork's read-only token. */
  readOnly = false;
  /** The login GET /user answers with; undefined answers 403, as for an installation token (GITHUB_TOKEN). */
  userLogin: string | undefined;
  /** Answers a request before the usual handling (a hang, an outage, a redirect); undefined: the usual answer. */
  intercept: ((request: RecordedRequest) => Reply | undefined) | undefined;
  /** Where the Link headers of the comment pages point; default this server. */
  linkBaseUrl: string | undefined;
  private nextId = 1000;

  thread(owner: string, repo: string, issue: number): FakeComment[] {
    const key = `${owner}/${repo}#${issue}`;
    if (!this.threads.has(key)) this.threads.set(key, []);
    return this.threads.get(key)!;
  }

  addComment(owner: string, repo: string, issue: number, body: string, login = 'someone'): FakeComment {
    const comment: FakeComment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
    this.thread(owner, repo, issue).push(comment);
    return comment;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.baseUrl);
    const request: RecordedRequest = { method, url: `${url.pathname}${url.search}`, authorization: req.headers.authorization, body };
    this.requests.push(request);
    const reply = this.intercept?.(request);
    if (reply === 'hang') return;
    if (reply) return send(res, reply.status, reply.data ?? {}, reply.headers);

    if (req.headers.authorization !== `token ${this.token}`)
      return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (url.pathname === '/graphql' && method === 'POST') return this.graphql(res, body);
    if (url.pathname === '/user' && method === 'GET') {
      return this.userLogin === undefined ? send(res, 403, NOT_ACCESSIBLE) : send(res, 200, { login: this.userLogin, type: 'User' });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);

    if (list && method === 'GET') {
      const [, owner, repo, issue] = list as unknown as [string, string, string, string];
      if (!this.threads.has(`${owner}/${repo}#${issue}`)) return send(res, 404, { message: 'Not Found' });
      const comments = this.thread(owner, repo, Number(issue));
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(comments.length / perPage));
      const link = (p: number, rel: string): string => `<${this.linkBaseUrl ?? this.baseUrl}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = [
        page < last ? link(page + 1, 'next') : '',
        page < last ? link(last, 'last') : '',
        page > 1 ? link(1, 'first') : '',
        page > 1 ? link(page - 1, 'prev') : ''
      ];
      const headers: Record<string, string> = links.some(Boolean) ? { link: links.filter(Boolean).join(', ') } : {};
      return send(
        res,
        200,
        comments.slice((page - 1) * perPage, page * perPage).map((c) => this.json(owner, repo, c)),
        headers
      );
    }
    if (list && method === 'POST') {
      const [, owner, repo, issue] = list as unknown as [string, string, string, string];
      if (this.readOnly) return send(res, 403, NOT_ACCESSIBLE);
      if (!this.threads.has(`${owner}/${repo}#${issue}`)) return send(res, 404, { message: 'Not Found' });
      const text = (JSON.parse(body) as { body: string }).body;
      if (text.length > BODY_LIMIT) return tooLong(res);
      return send(res, 201, this.json(owner, repo, this.addComment(owner, repo, Number(issue), text, this.userLogin ?? 'github-actions[bot]')));
    }
    if (one && method === 'PATCH') {
      const [, owner, repo, id] = one as unknown as [string, string, string, string];
      if (this.readOnly) return send(res, 403, NOT_ACCESSIBLE);
      const comment = [...this.threads.entries()]
        .filter(([key]) => key.startsWith(`${owner}/${repo}#`))
        .flatMap(([, c]) => c)
        .find((c) => c.id === Number(id));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      const text = (JSON.parse(body) as { body: string }).body;
      if (text.length > BODY_LIMIT) return tooLong(res);
      comment.body = text;
      return send(res, 200, this.json(owner, repo, comment));
    }
    if (one && method === 'DELETE') {
      const [, owner, repo, id] = one as unknown as [string, string, string, string];
      if (this.readOnly) return send(res, 403, NOT_ACCESSIBLE);
      const thread = [...this.threads.entries()].find(([key, c]) => key.startsWith(`${owner}/${repo}#`) && c.some((x) => x.id === Number(id)))?.[1];
      if (!thread) return send(res, 404, { message: 'Not Found' });
      thread.splice(
        thread.findIndex((c) => c.id === Number(id)),
        1
      );
      res.writeHead(204);
      return void res.end();
    }
    return send(res, 404, { message: 'Not Found' });
  }

  private json(owner: string, repo: string, c: FakeComment): object {
    return { id: c.id, node_id: nodeId(c.id), body: c.body, user: c.user, html_url: `https://github.com/${owner}/${repo}/pull/1#issuecomment-${c.id}` };
  }

  /**
   * The three GraphQL documents a comment's visibility takes, checked as GitHub's schema would: the
   * operation, its variables' names and types, and the classifier's enum value. Any other document
   * is refused, as GitHub refuses a query its schema does not have.
   */
  private graphql(res: ServerResponse, body: string): void {
    const { query, variables = {} } = JSON.parse(body) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof query !== 'string') return send(res, 400, { message: 'Problems parsing JSON' });
    const text = query.replace(/\s+/g, ' ');
    const comment = this.allComments().find((c) => nodeId(c.id) === variables.id);
    const notFound = {
      data: null,
      errors: [{ type: 'NOT_FOUND', path: ['node'], message: `Could not resolve to a node with the global id of '${String(variables.id)}'` }]
    };
    if (/^query ?\(\$id: ID!\) ?\{ ?node\(id: \$id\) ?\{ ?\.\.\. on Minimizable ?\{ ?isMinimized ?\} ?\} ?\}$/.test(text)) {
      return comment ? send(res, 200, { data: { node: { isMinimized: comment.minimized !== undefined } } }) : send(res, 200, notFound);
    }
    const minimize =
      /^mutation ?\(\$id: ID!, \$classifier: ReportedContentClassifiers!\) ?\{ ?minimizeComment\(input: ?\{ ?subjectId: \$id, classifier: \$classifier ?\}\) ?\{ ?minimizedComment ?\{ ?isMinimized ?\} ?\} ?\}$/;
    const unminimize =
      /^mutation ?\(\$id: ID!\) ?\{ ?unminimizeComment\(input: ?\{ ?subjectId: \$id ?\}\) ?\{ ?unminimizedComment ?\{ ?isMinimized ?\} ?\} ?\}$/;
    if (minimize.test(text) || unminimize.test(text)) {
      if (this.readOnly) return send(res, 200, { data: null, errors: [{ type: 'FORBIDDEN', message: NOT_ACCESSIBLE.message }] });
      if (!comment) return send(res, 200, notFound);
      if (minimize.test(text)) {
        if (typeof variables.classifier !== 'string' || !CLASSIFIERS.has(variables.classifier))
          return send(res, 200, { errors: [{ message: `Variable $classifier of type ReportedContentClassifiers! was provided invalid value` }] });
        comment.minimized = variables.classifier;
        return send(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
      }
      comment.minimized = undefined;
      return send(res, 200, { data: { unminimizeComment: { unminimizedComment: { isMinimized: false } } } });
    }
    return send(res, 200, { errors: [{ message: 'this fake GitHub does not know that document', query }] });
  }

  private allComments(): FakeComment[] {
    return [...this.threads.values()].flat();
  }
}

/** GitHub's ReportedContentClassifiers. */
const CLASSIFIERS: ReadonlySet<string> = new Set(['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED']);

/** A comment's GraphQL node id, shaped like GitHub's. */
export function nodeId(id: number): string {
  return `IC_kwDOfake${id}`;
}

function tooLong(res: ServerResponse): void {
  send(res, 422, {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }]
  });
}

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
}
