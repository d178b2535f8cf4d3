/**
 * The offline sandbox: a real node:http server on 127.0.0.1 that answers the covered endpoints as X does, with
 * auth checks, field selection, partial errors, X's error bodies, rate-limit headers and a fault switch.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ENDPOINTS, ID_PATTERN, USERNAME_PATTERN, type EndpointId } from '../core/catalog/endpoints';
import { authenticate, NonceCache, type AuthFailure, type Principal } from './authCheck';
import { CURATED_CUSTOM_PROFILES } from './data/customProfiles';
import { FaultSwitch, type Fault } from './faults';
import { customProfileForId, userForId, userForUsername } from './data/generated';
import { clip, MAX_DRAINED_BODY_BYTES, MAX_HEADER_BYTES, MAX_ITEM_CHARS, MAX_URL_BYTES } from './limits';
import type { Json, SandboxUser } from './data/model';
import { buildIncludes, projectUser, type Projected, type Selection, type Viewer } from './projection';
import {
  BAD_REQUEST, CREDITS_DEPLETED, FORBIDDEN, DEFAULT_PROBLEM_TYPE_HOST, HEADERS_TOO_LARGE, invalidRequest, notFound, problemBase,
  REQUEST_TIMEOUT, suspended, TOO_MANY_REQUESTS, UNAUTHORIZED, unsupportedAuthentication, URI_TOO_LONG, v1Error, type ProblemBody,
  type ProblemTypeHost,
} from './problems';
import { RateLimiter, type WindowState } from './rateLimiter';
import { SANDBOX_ME_ID } from './data/users';
import { parseV2Query } from './v2Query';
import { OAuthAuthority } from './oauthAuthority';
import { handleOAuthRoute, isOAuthPath } from './oauthRoutes';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /**
   * The address to listen on; 127.0.0.1 unless told otherwise. Any 127.0.0.0/8 address works on Linux (tests run
   * one on 127.0.0.2, which code-server's link handling leaves alone).
   */
  readonly host?: string;
  /**
   * Milliseconds since the epoch; injectable so tests can move rate-limit windows and OAuth timestamps, and expire
   * the codes and tokens the sign-in endpoints issue (oauthRoutes.ts).
   */
  readonly now?: () => number;
  /**
   * False keeps counting and sending rate-limit headers but never answers 429: for benchmarks and load tests that
   * send thousands of lookups a minute.
   */
  readonly enforceRateLimits?: boolean;
  /**
   * False accepts a replayed OAuth nonce, so a benchmark's baseline can send one pre-signed request over and over;
   * signatures and timestamps are still checked.
   */
  readonly rejectReplayedNonces?: boolean;
  /**
   * Host of every problem `type` URI this server answers (`https://HOST/2/problems/...`), whichever vocabulary a
   * request uses: one rule per server, as a client pointed at X sees one. Defaults to `api.twitter.com`, what the
   * live API is seen sending; `api.x.com` is what spec 2.167 documents.
   */
  readonly problemTypeHost?: ProblemTypeHost;
}

export interface SandboxServer {
  /** `http://127.0.0.1:PORT`, the base URL to give a client. */
  readonly url: string;
  readonly port: number;
  /** Arms a fault for the next requests (all of them unless `times` is set); undefined disarms it. */
  setFault(fault: Fault | undefined): void;
  /** Forgets rate-limit windows and seen nonces. */
  reset(): void;
  /** Requests answered so far, faults included. */
  readonly requestCount: number;
  close(): Promise<void>;
}

interface Route {
  readonly endpoint: EndpointId;
  readonly param?: string;
}

/** Matches a path to an endpoint; the order matters, since `/2/users/by` and `/2/users/me` also look like ids. */
function route(path: string): Route | undefined {
  if (path === '/2/users') return { endpoint: 'usersByIds' };
  if (path === '/2/users/by') return { endpoint: 'usersByUsernames' };
  if (path === '/2/users/me') return { endpoint: 'me' };
  if (path === '/1.1/custom_profiles/list.json') return { endpoint: 'customProfiles' };
  let m = /^\/2\/users\/by\/username\/([^/]+)$/.exec(path);
  if (m) return { endpoint: 'userByUsername', param: safeDecode(m[1]) };
  m = /^\/2\/users\/([^/]+)$/.exec(path);
  if (m) return { endpoint: 'userById', param: safeDecode(m[1]) };
  m = /^\/1\.1\/custom_profiles\/([^/]+)\.json$/.exec(path);
  if (m) return { endpoint: 'customProfile', param: safeDecode(m[1]) };
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A first page of custom profiles starts here; cursors count on from it, so they look like X's numeric ones. */
const CURSOR_BASE = 1_000_000_000;

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxServer> {
  const now = options.now ?? Date.now;
  const limiter = new RateLimiter(now);
  const nonces = options.rejectReplayedNonces === false ? undefined : new NonceCache();
  const faults = new FaultSwitch();
  const base = problemBase(options.problemTypeHost ?? DEFAULT_PROBLEM_TYPE_HOST);
  const authority = new OAuthAuthority(now);
  let requestCount = 0;

  // An explicit header limit, so a node started with --max-http-header-size still refuses what X's edge would.
  const server: Server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    requestCount++;
    // Like X's edge: an over-long URL is refused before it is routed, authenticated or parsed, and counts nowhere.
    if ((req.url ?? '').length > MAX_URL_BYTES) return send(res, 414, URI_TOO_LONG, { connection: 'close' });
    // No route reads a body; a large one is not drained just to keep the connection alive.
    if (bodyTooLargeToDrain(req)) res.setHeader('connection', 'close');
    const fault = faults.next();
    if (fault?.kind === 'slow') {
      setTimeout(() => guarded(req, res), fault.delayMs ?? 2_000).unref();
      return;
    }
    if (fault) return applyFault(fault, req, res, now);
    guarded(req, res);
  });

  // Malformed input (a broken percent-escape, say) must never take the emulator down: it answers 400 instead.
  function guarded(req: IncomingMessage, res: ServerResponse): void {
    try {
      handle(req, res);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      send(res, 400, { title: 'Invalid Request', type: 'about:blank', status: 400, detail: error instanceof Error ? error.message : 'Bad request' });
    }
  }
  server.on('clientError', refuseUnparsed);
  // Keep-alive like X's edge, so clients can reuse connections and benchmarks measure requests, not handshakes.
  server.keepAliveTimeout = 30_000;

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const host = req.headers.host ?? '127.0.0.1';
    const url = new URL(req.url ?? '/', `http://${host}`);
    // The sign-in endpoints read form bodies and answer pages, redirects and OAuth-style errors of their own.
    if (isOAuthPath(url.pathname)) return handleOAuthRoute(req, res, url, { authority, now, nonces });
    const found = route(url.pathname);
    if (!found || req.method !== 'GET') {
      const v1 = url.pathname.startsWith('/1.1/');
      return send(res, 404, v1 ? v1Error(34) : { title: 'Not Found Error', type: 'about:blank', status: 404, detail: 'Not Found' });
    }
    const spec = ENDPOINTS[found.endpoint];
    const v1 = spec.api === 'v1.1';
    const principal = authenticate(
      {
        method: req.method,
        authorization: req.headers.authorization,
        // Behind a TLS front (tests run HTTPS-only clients that way) the client signed an https URL.
        baseUrl: req.headers['x-forwarded-proto'] === 'https'
          ? `https://${host.replace(/:443$/, '')}${url.pathname}`
          : `http://${host.replace(/:80$/, '')}${url.pathname}`,
        query: url.search.slice(1),
        nowSeconds: Math.floor(now() / 1000),
      },
      nonces,
      authority,
    );
    if (!principal.ok) return refuse(res, principal, v1);
    // App-only auth on a user-context endpoint is refused before it counts against any window.
    // Its headers show the endpoint's (per-user) window for this principal, uncounted: X sends rate-limit headers on
    // 400 and 403 answers too, and none on 401 (CONTRACTS.md, "Seen on the wire").
    if (principal.context === 'app' && spec.rateLimit.perApp === undefined) {
      const peeked = rateLimitHeaders(limiter.peek(`${spec.id}:${principal.key}`, spec.rateLimit.perUser, spec.rateLimit.windowSeconds));
      return v1 ? send(res, 403, v1Error(220), peeked) : send(res, 403, unsupportedAuthentication(base), peeked);
    }

    // An OAuth 2.0 token from the sandbox's sign-in carries the scopes it was granted; X refuses one that lacks a
    // scope the endpoint needs with a bare 403 (seen on the wire for a token with users.read but not tweet.read).
    if (principal.context === 'user' && principal.scopes !== undefined && !v1 && spec.oauth2Scopes.some((scope) => !principal.scopes!.includes(scope))) {
      const peeked = rateLimitHeaders(limiter.peek(`${spec.id}:${principal.key}`, spec.rateLimit.perUser, spec.rateLimit.windowSeconds));
      return send(res, 403, FORBIDDEN, peeked);
    }

    const limit = principal.context === 'app' ? spec.rateLimit.perApp ?? 0 : spec.rateLimit.perUser;
    const window = limiter.take(`${spec.id}:${principal.key}`, limit, spec.rateLimit.windowSeconds);
    const headers = rateLimitHeaders(window);
    if (window.exceeded && options.enforceRateLimits !== false) return send(res, 429, v1 ? v1Error(88) : TOO_MANY_REQUESTS, headers);

    if (v1) return answerV1(res, found, url.searchParams, principal, headers);
    return answerV2(res, found, url.searchParams, principal, headers, base);
  }

  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });
  const hostName = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${hostName}:${address.port}`,
    port: address.port,
    setFault: (fault) => faults.set(fault),
    reset: () => {
      limiter.reset();
      faults.set(undefined);
    },
    get requestCount() {
      return requestCount;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function answerV2(
  res: ServerResponse, found: Route, params: URLSearchParams, principal: Principal, headers: Record<string, string>, base: string,
): void {
  const listParam = found.endpoint === 'usersByIds' ? 'ids' : found.endpoint === 'usersByUsernames' ? 'usernames' : undefined;
  const parsed = parseV2Query(params, listParam);
  const problems = [...parsed.problems];
  if (found.param !== undefined) {
    const isId = found.endpoint === 'userById';
    const pattern = isId ? ID_PATTERN : USERNAME_PATTERN;
    if (!pattern.test(found.param)) {
      problems.push({
        message: `The \`${isId ? 'id' : 'username'}\` query parameter value [${clip(found.param, MAX_ITEM_CHARS)}] does not match ${pattern.source}`,
        parameters: { [isId ? 'id' : 'username']: [clip(found.param, MAX_ITEM_CHARS)] },
      });
    }
  }
  if (problems.length > 0) return send(res, 400, invalidRequest(base, problems), headers);

  const viewer: Viewer = { userId: principal.context === 'user' ? SANDBOX_ME_ID : undefined };
  const lookups: { value: string; parameter: string; byUsername: boolean }[] =
    found.endpoint === 'me'
      ? [{ value: SANDBOX_ME_ID, parameter: 'id', byUsername: false }]
      : found.param !== undefined
        ? [{ value: found.param, parameter: found.endpoint === 'userById' ? 'id' : 'username', byUsername: found.endpoint === 'userByUsername' }]
        : (parsed.list ?? []).map((value) => ({ value, parameter: listParam ?? 'ids', byUsername: listParam === 'usernames' }));

  const projected: Projected[] = [];
  const errors: ProblemBody[] = [];
  for (const { value, parameter, byUsername } of lookups) {
    const user = byUsername ? userForUsername(value) : userForId(value);
    if (!isUser(user)) {
      errors.push(user.kind === 'suspended' ? suspended(base, parameter, value) : notFound(base, parameter, value));
      continue;
    }
    projected.push(projectUser(user, parsed.selection, viewer));
  }
  const single = found.endpoint !== 'usersByIds' && found.endpoint !== 'usersByUsernames';
  const body: { [key: string]: Json } = {};
  if (projected.length > 0) body.data = single ? projected[0].data : projected.map((p) => p.data);
  const { includes, errors: includeErrors } = buildIncludes(projected, parsed.selection as Selection, viewer, base);
  if (includes) body.includes = includes;
  const allErrors = [...errors, ...projected.flatMap((p) => p.errors), ...includeErrors];
  if (allErrors.length > 0) body.errors = allErrors;
  send(res, 200, body, headers);
}

function answerV1(res: ServerResponse, found: Route, params: URLSearchParams, principal: Principal, headers: Record<string, string>): void {
  // DM custom profiles answer to OAuth 1.0a user context only.
  if (principal.context !== 'user' || principal.method !== 'oauth1') return send(res, 403, v1Error(220), headers);
  if (found.endpoint === 'customProfile') {
    const profile = found.param !== undefined && ID_PATTERN.test(found.param) ? customProfileForId(found.param) : undefined;
    if (!profile) return send(res, 404, v1Error(34), headers);
    return send(res, 200, { custom_profile: profile as unknown as Json }, headers);
  }
  const countText = params.get('count');
  const count = countText === null ? 20 : Number(countText);
  const cursorText = params.get('cursor');
  const offset = cursorText === null || cursorText === '' ? 0 : Number(cursorText) - CURSOR_BASE;
  if (!Number.isInteger(count) || count < 1 || count > 50 || !Number.isInteger(offset) || offset < 0 || offset > CURATED_CUSTOM_PROFILES.length) {
    return send(res, 400, { errors: [{ code: 195, message: 'Missing or invalid url parameter.' }] }, headers);
  }
  const page = CURATED_CUSTOM_PROFILES.slice(offset, offset + count);
  const body: { [key: string]: Json } = { custom_profiles: page as unknown as Json };
  if (offset + count < CURATED_CUSTOM_PROFILES.length) body.next_cursor = String(CURSOR_BASE + offset + count);
  send(res, 200, body, headers);
}

function isUser(value: SandboxUser | { kind: string }): value is SandboxUser {
  return 'id' in value;
}

function refuse(res: ServerResponse, failure: AuthFailure, v1: boolean): void {
  if (v1) return send(res, failure.v1Code === 215 ? 400 : 401, v1Error(failure.v1Code));
  send(res, 401, UNAUTHORIZED);
}

/** True when the request declares a body over the drain limit, or one of unknown length. */
function bodyTooLargeToDrain(req: IncomingMessage): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(req.headers['content-length'] ?? 0);
  return !Number.isFinite(length) || length > MAX_DRAINED_BODY_BYTES;
}

/**
 * Answers what node's parser gave up on with a problem body instead of node's bare status line, with node's statuses.
 * A request line or header block over MAX_HEADER_BYTES is 414 when its first line alone is past the URL limit, else
 * 431.
 */
function refuseUnparsed(error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) return void socket.destroy();
  let body: ProblemBody = BAD_REQUEST;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const lineEnd = error.rawPacket?.indexOf('\r\n') ?? -1;
    body = lineEnd === -1 || lineEnd > MAX_URL_BYTES ? URI_TOO_LONG : HEADERS_TOO_LARGE;
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    body = REQUEST_TIMEOUT;
  }
  const status = Number(body.status);
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${String(body.title)}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(text)}\r\n` +
      `connection: close\r\n\r\n${text}`,
  );
  // A client that never closes its side must not hold the socket open.
  setTimeout(() => socket.destroy(), 2_000).unref();
}

function rateLimitHeaders(window: WindowState): Record<string, string> {
  return {
    'x-rate-limit-limit': String(window.limit),
    'x-rate-limit-remaining': String(window.remaining),
    'x-rate-limit-reset': String(window.reset),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  const problemJson = status >= 400 && typeof body === 'object' && body !== null && 'title' in body;
  res.writeHead(status, {
    'content-type': problemJson ? 'application/problem+json' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, now: () => number): void {
  const v1 = (req.url ?? '').startsWith('/1.1/');
  switch (fault.kind) {
    case 'reset':
      req.socket.destroy();
      return;
    case 'truncated': {
      const text = JSON.stringify({ data: { id: '2244994945', name: 'Developers', username: 'XDevelopers', description: 'x'.repeat(200) } });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.write(text.slice(0, Math.floor(text.length / 2)), () => req.socket.destroy());
      return;
    }
    case 'invalid-json': {
      const text = '<html><body><h1>Over capacity</h1></body></html>';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    case '500':
    case '503': {
      const status = Number(fault.kind);
      const title = status === 500 ? 'Internal Server Error' : 'Service Unavailable';
      return send(res, status, { title, detail: title, type: 'about:blank', status });
    }
    case '429': {
      const reset = Math.ceil(now() / 1000) + 15 * 60;
      return send(res, 429, v1 ? v1Error(88) : TOO_MANY_REQUESTS, { 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) });
    }
    case '402':
      return send(res, 402, CREDITS_DEPLETED);
    case 'slow':
      return;
  }
}
