/**
 * The sandbox's sign-in endpoints, shaped like X's (CONTRACTS.md, "Sign-in flows"):
 * - OAuth 2.0 with PKCE: `GET/POST /2/oauth2/authorize` (a consent page with Approve and Deny), `POST /2/oauth2/token`
 *   (authorization_code with the S256 check, single-use 30-second codes; refresh_token with rotation, a reused one
 *   failing with invalid_grant), `POST /2/oauth2/revoke`.
 * - App-only: `POST /oauth2/token` (client_credentials, Basic auth with the API key and secret checked) and
 *   `POST /oauth2/invalidate_token`.
 * - OAuth 1.0a PIN flow: `POST /oauth/request_token` (signature verified, `oauth_callback=oob`), `GET/POST
 *   /oauth/authorize` (Approve shows a PIN), `POST /oauth/access_token` (PIN checked, single use).
 *
 * The registered client is SANDBOX_CLIENT_ID (public; SANDBOX_CLIENT_SECRET makes it confidential). Its redirect
 * URIs are the loopback ones only: `http://127.0.0.1:<port>/callback`, `http://127.0.0.2:<port>/callback` and
 * `http://localhost:<port>/callback`, any port from 1 to 65535, nothing else (no query, no other path). A request
 * naming another client or redirect URI gets an error page, never a redirect.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from '../core/auth/sandboxCredentials';
import { OAUTH2_SCOPES } from '../core/auth/scopes';
import { safeEqual, verifyHandshake, type NonceCache } from './authCheck';
import { deniedPage, errorPage, oauth1AuthorizePage, oauth2ConsentPage, pinPage } from './consentPages';
import { SANDBOX_ME_ID } from './data/users';
import { userForId } from './data/generated';
import type { OAuthAuthority, Outcome } from './oauthAuthority';

/** Largest form body read; a token request is a few hundred bytes. */
export const MAX_FORM_BYTES = 16 * 1024;

/** Longest `state` accepted (X does not publish one; 500 is ample for any client's). */
const MAX_STATE_CHARS = 500;

const PATHS = new Set([
  '/2/oauth2/authorize', '/2/oauth2/token', '/2/oauth2/revoke', '/oauth2/token', '/oauth2/invalidate_token',
  '/oauth/request_token', '/oauth/authorize', '/oauth/access_token',
]);

export function isOAuthPath(path: string): boolean {
  return PATHS.has(path);
}

/** The sandbox's redirect URI rule: loopback, `/callback`, any valid port. */
const REDIRECT_URI = /^http:\/\/(?:127\.0\.0\.1|127\.0\.0\.2|localhost):([1-9][0-9]{0,4})\/callback$/;

export function isRegisteredRedirectUri(uri: string): boolean {
  const match = REDIRECT_URI.exec(uri);
  return match !== null && Number(match[1]) <= 65535;
}

export interface OAuthRouteContext {
  readonly authority: OAuthAuthority;
  readonly now: () => number;
  readonly nonces: NonceCache | undefined;
}

/** Answers one sign-in request; every error becomes an answer, none escapes. */
export function handleOAuthRoute(req: IncomingMessage, res: ServerResponse, url: URL, ctx: OAuthRouteContext): void {
  route(req, res, url, ctx).catch(() => {
    if (res.headersSent) return void res.destroy();
    json(res, 400, { error: 'invalid_request', error_description: 'The request could not be read.' });
  });
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL, ctx: OAuthRouteContext): Promise<void> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const pageRoute = path === '/2/oauth2/authorize' || path === '/oauth/authorize';
  if (method !== 'POST' && !(pageRoute && method === 'GET')) {
    res.setHeader('allow', pageRoute ? 'GET, POST' : 'POST');
    return json(res, 405, { error: 'invalid_request', error_description: `${path} takes ${pageRoute ? 'GET or POST' : 'POST'}.` });
  }
  if (method === 'GET') return path === '/2/oauth2/authorize' ? authorizePage(res, url.searchParams, ctx) : oauth1Page(res, url.searchParams, ctx);
  const form = await readForm(req);
  if (form === 'too-large') {
    res.setHeader('connection', 'close');
    return json(res, 413, { error: 'invalid_request', error_description: `The body is larger than ${MAX_FORM_BYTES} bytes.` });
  }
  if (form === 'bad-type') return json(res, 415, { error: 'invalid_request', error_description: 'The body must be application/x-www-form-urlencoded.' });
  const params = new URLSearchParams(form);
  switch (path) {
    case '/2/oauth2/authorize':
      return decide(res, params, ctx);
    case '/2/oauth2/token':
      return token(req, res, params, ctx);
    case '/2/oauth2/revoke':
      return revoke(req, res, params, ctx);
    case '/oauth2/token':
      return appToken(req, res, params, ctx);
    case '/oauth2/invalidate_token':
      return invalidateAppToken(req, res, params, ctx);
    case '/oauth/request_token':
      return requestToken(req, res, url, form, ctx);
    case '/oauth/authorize':
      return oauth1Decide(res, params, ctx);
    case '/oauth/access_token':
      return accessToken(req, res, url, form, ctx);
  }
}

// --- OAuth 2.0: the consent page

function authorizePage(res: ServerResponse, query: URLSearchParams, ctx: OAuthRouteContext): void {
  const one = (name: string): string | undefined | 'repeated' => {
    const all = query.getAll(name);
    return all.length > 1 ? 'repeated' : all[0];
  };
  const clientId = one('client_id');
  if (clientId !== SANDBOX_CLIENT_ID) return errorPage(res, 400, 'client_id is missing or not the sandbox\'s app (x-api-explorer sandbox prints its client id).');
  const redirectUri = one('redirect_uri');
  if (redirectUri === undefined || redirectUri === 'repeated' || !isRegisteredRedirectUri(redirectUri)) {
    return errorPage(res, 400, 'redirect_uri is missing or not registered: the sandbox app accepts http://127.0.0.1:PORT/callback, http://127.0.0.2:PORT/callback and http://localhost:PORT/callback.');
  }
  const state = one('state');
  const back = (error: string, description: string): void => redirect(res, redirectUri, { error, error_description: description, state: typeof state === 'string' && state !== 'repeated' ? state : undefined });
  for (const name of ['response_type', 'scope', 'state', 'code_challenge', 'code_challenge_method']) {
    if (one(name) === 'repeated') return back('invalid_request', `${name} is given more than once.`);
  }
  if (one('response_type') !== 'code') return back('unsupported_response_type', 'response_type must be code.');
  if (state === undefined || state === '' || state.length > MAX_STATE_CHARS || !/^[\x20-\x7e]+$/.test(state)) {
    return back('invalid_request', `state is required: 1 to ${MAX_STATE_CHARS} printable characters.`);
  }
  if (one('code_challenge_method') !== 'S256') return back('invalid_request', 'code_challenge_method must be S256.');
  const challenge = one('code_challenge');
  if (challenge === undefined || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) return back('invalid_request', 'code_challenge must be the 43-character base64url SHA-256 of the code verifier.');
  const scopeText = one('scope') ?? '';
  const scopes = [...new Set(scopeText.split(' ').filter((scope) => scope !== ''))];
  if (scopes.length === 0 || scopeText.length > 1000) return back('invalid_scope', 'scope must list one or more scopes, separated by spaces.');
  const unknown = scopes.find((scope) => !OAUTH2_SCOPES.includes(scope));
  if (unknown !== undefined) return back('invalid_scope', `${unknown.slice(0, 64)} is not a scope.`);
  const ticket = ctx.authority.openTicket({ kind: 'oauth2', clientId, redirectUri, scopes, state, codeChallenge: challenge });
  if (ticket === undefined) return back('temporarily_unavailable', 'The sandbox holds too many pending sign-ins.');
  oauth2ConsentPage(res, { ticket, clientId, scopes, redirectUri, username: sandboxUsername() });
}

function decide(res: ServerResponse, form: URLSearchParams, ctx: OAuthRouteContext): void {
  const ticket = ctx.authority.takeTicket(form.get('ticket') ?? '');
  if (!ticket || ticket.kind !== 'oauth2') return errorPage(res, 400, 'This consent page has expired or was already answered; start the sign-in again.');
  const decision = form.get('decision');
  if (decision === 'deny') return redirect(res, ticket.redirectUri, { error: 'access_denied', state: ticket.state });
  if (decision !== 'approve') return errorPage(res, 400, 'Choose Approve or Deny.');
  const code = ctx.authority.issueCode(ticket);
  if (code === undefined) return redirect(res, ticket.redirectUri, { error: 'temporarily_unavailable', state: ticket.state });
  redirect(res, ticket.redirectUri, { code, state: ticket.state });
}

// --- OAuth 2.0: token and revoke

type ClientCheck = { readonly ok: true; readonly clientId: string } | { readonly ok: false; readonly status: number; readonly body: Record<string, string> };

/** A public client names itself in the body; a confidential one authenticates with Basic (and may name itself too). */
function client(req: IncomingMessage, form: URLSearchParams): ClientCheck {
  const invalid: ClientCheck = { ok: false, status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed.' } };
  const basic = basicCredentials(req.headers.authorization);
  const named = form.get('client_id');
  if (basic === 'malformed') return invalid;
  if (basic) {
    if (!safeEqual(basic.id, SANDBOX_CLIENT_ID) || !safeEqual(basic.secret, SANDBOX_CLIENT_SECRET)) return invalid;
    if (named !== null && named !== basic.id) return { ok: false, status: 400, body: { error: 'invalid_request', error_description: 'client_id does not match the authenticated client.' } };
    return { ok: true, clientId: basic.id };
  }
  if (named === null || named !== SANDBOX_CLIENT_ID) return invalid;
  return { ok: true, clientId: named };
}

function token(req: IncomingMessage, res: ServerResponse, form: URLSearchParams, ctx: OAuthRouteContext): void {
  const checked = client(req, form);
  if (!checked.ok) return json(res, checked.status, checked.body, checked.status === 401 ? { 'www-authenticate': 'Basic realm="sandbox"' } : {});
  const grantType = form.get('grant_type');
  let outcome;
  if (grantType === 'authorization_code') {
    const code = form.get('code');
    const redirectUri = form.get('redirect_uri');
    const codeVerifier = form.get('code_verifier');
    if (!code || !redirectUri || !codeVerifier) return json(res, 400, { error: 'invalid_request', error_description: 'code, redirect_uri and code_verifier are required.' });
    outcome = ctx.authority.exchangeCode({ code, clientId: checked.clientId, redirectUri, codeVerifier });
  } else if (grantType === 'refresh_token') {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return json(res, 400, { error: 'invalid_request', error_description: 'refresh_token is required.' });
    outcome = ctx.authority.refresh({ refreshToken, clientId: checked.clientId });
  } else {
    return json(res, 400, { error: 'unsupported_grant_type', error_description: 'grant_type must be authorization_code or refresh_token.' });
  }
  if (!outcome.ok) return oauthError(res, outcome);
  const issued = outcome.value;
  json(res, 200, {
    token_type: 'bearer', expires_in: issued.expiresIn, access_token: issued.accessToken, scope: issued.scopes.join(' '),
    ...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
  });
}

function revoke(req: IncomingMessage, res: ServerResponse, form: URLSearchParams, ctx: OAuthRouteContext): void {
  const checked = client(req, form);
  if (!checked.ok) return json(res, checked.status, checked.body);
  const value = form.get('token');
  if (!value) return json(res, 400, { error: 'invalid_request', error_description: 'token is required.' });
  const hint = form.get('token_type_hint');
  if (hint !== null && hint !== 'access_token' && hint !== 'refresh_token') return json(res, 400, { error: 'unsupported_token_type', error_description: 'token_type_hint must be access_token or refresh_token.' });
  ctx.authority.revoke(value, checked.clientId);
  json(res, 200, { revoked: true });
}

// --- app-only

/** The v1.1-style refusal X's app-only endpoints give for wrong credentials. */
const BAD_APP_CREDENTIALS = { errors: [{ code: 99, message: 'Unable to verify your credentials', label: 'authenticity_token_error' }] };

function appCredentialsOk(req: IncomingMessage): boolean {
  const basic = basicCredentials(req.headers.authorization);
  return basic !== undefined && basic !== 'malformed' && safeEqual(basic.id, SANDBOX_API_KEY) && safeEqual(basic.secret, SANDBOX_API_SECRET);
}

function appToken(req: IncomingMessage, res: ServerResponse, form: URLSearchParams, ctx: OAuthRouteContext): void {
  if (!appCredentialsOk(req)) return json(res, 403, BAD_APP_CREDENTIALS);
  if (form.get('grant_type') !== 'client_credentials') {
    return json(res, 400, { errors: [{ code: 170, message: 'Missing required parameter: grant_type', label: 'forbidden_missing_parameter' }] });
  }
  json(res, 200, { token_type: 'bearer', access_token: ctx.authority.appBearer() });
}

function invalidateAppToken(req: IncomingMessage, res: ServerResponse, form: URLSearchParams, ctx: OAuthRouteContext): void {
  if (!appCredentialsOk(req)) return json(res, 403, BAD_APP_CREDENTIALS);
  const value = form.get('access_token');
  if (!value || !ctx.authority.invalidateAppBearer(value)) {
    return json(res, 403, { errors: [{ code: 348, message: 'Client application is not permitted to to invalidate this token.' }] });
  }
  json(res, 200, { access_token: value });
}

// --- OAuth 1.0a PIN flow

function handshakeInput(req: IncomingMessage, url: URL, form: string, ctx: OAuthRouteContext): Parameters<typeof verifyHandshake>[0] {
  const host = req.headers.host ?? '127.0.0.1';
  return {
    method: req.method ?? 'POST', authorization: req.headers.authorization,
    baseUrl: `http://${host.replace(/:80$/, '')}${url.pathname}`, query: url.search.slice(1), form,
    nowSeconds: Math.floor(ctx.now() / 1000),
  };
}

function v1Refusal(res: ServerResponse, status: number, code: number, message: string): void {
  json(res, status, { errors: [{ code, message }] });
}

function requestToken(req: IncomingMessage, res: ServerResponse, url: URL, form: string, ctx: OAuthRouteContext): void {
  const verified = verifyHandshake(handshakeInput(req, url, form, ctx), ctx.nonces, undefined);
  if (!verified.ok) return v1Refusal(res, verified.v1Code === 215 ? 400 : 401, verified.v1Code, verified.v1Code === 215 ? 'Bad Authentication data.' : 'Could not authenticate you.');
  if (verified.params.get('oauth_callback') !== 'oob') return v1Refusal(res, 403, 415, 'Callback URL not approved for this client application. The sandbox app takes oauth_callback=oob (the PIN flow).');
  const issued = ctx.authority.issueRequestToken();
  if (!issued) return v1Refusal(res, 503, 130, 'Over capacity');
  text(res, 200, `oauth_token=${encodeURIComponent(issued.token)}&oauth_token_secret=${encodeURIComponent(issued.secret)}&oauth_callback_confirmed=true`);
}

function oauth1Page(res: ServerResponse, query: URLSearchParams, ctx: OAuthRouteContext): void {
  const requestTokenValue = query.get('oauth_token') ?? '';
  if (!ctx.authority.isPendingRequestToken(requestTokenValue)) return errorPage(res, 400, 'This authorization link is invalid or has expired; start the sign-in again.');
  const ticket = ctx.authority.openTicket({ kind: 'oauth1', requestToken: requestTokenValue });
  if (ticket === undefined) return errorPage(res, 503, 'The sandbox holds too many pending sign-ins.');
  oauth1AuthorizePage(res, { ticket, username: sandboxUsername() });
}

function oauth1Decide(res: ServerResponse, form: URLSearchParams, ctx: OAuthRouteContext): void {
  const ticket = ctx.authority.takeTicket(form.get('ticket') ?? '');
  if (!ticket || ticket.kind !== 'oauth1') return errorPage(res, 400, 'This page has expired or was already answered; start the sign-in again.');
  const decision = form.get('decision');
  if (decision === 'deny') {
    ctx.authority.denyRequestToken(ticket.requestToken);
    return deniedPage(res);
  }
  if (decision !== 'approve') return errorPage(res, 400, 'Choose Approve or Deny.');
  const pin = ctx.authority.approveRequestToken(ticket.requestToken);
  if (pin === undefined) return errorPage(res, 400, 'This authorization link has expired; start the sign-in again.');
  pinPage(res, pin);
}

function accessToken(req: IncomingMessage, res: ServerResponse, url: URL, form: string, ctx: OAuthRouteContext): void {
  const verified = verifyHandshake(handshakeInput(req, url, form, ctx), ctx.nonces, (value) => ctx.authority.requestTokenSecret(value));
  if (!verified.ok) return v1Refusal(res, verified.v1Code === 215 ? 400 : 401, verified.v1Code, verified.v1Code === 89 ? 'Invalid or expired token.' : 'Could not authenticate you.');
  const outcome = ctx.authority.exchangeRequestToken(verified.params.get('oauth_token') ?? '', verified.params.get('oauth_verifier') ?? '');
  if (!outcome.ok) return v1Refusal(res, 401, 89, outcome.error === 'invalid_verifier' ? 'Invalid oauth_verifier parameter.' : 'Invalid or expired token.');
  text(res, 200, `oauth_token=${encodeURIComponent(outcome.value.token)}&oauth_token_secret=${encodeURIComponent(outcome.value.secret)}` +
    `&user_id=${SANDBOX_ME_ID}&screen_name=${encodeURIComponent(sandboxUsername())}`);
}

// --- helpers

function sandboxUsername(): string {
  const me = userForId(SANDBOX_ME_ID);
  return 'username' in me ? me.username : 'XApiSandbox';
}

/** The body as text when it is a form (or empty), up to MAX_FORM_BYTES. */
function readForm(req: IncomingMessage): Promise<string | 'too-large' | 'bad-type'> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_FORM_BYTES) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        return resolve('too-large');
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_FORM_BYTES) return;
      const body = Buffer.concat(chunks).toString('utf8');
      resolve(body !== '' && type !== 'application/x-www-form-urlencoded' ? 'bad-type' : body);
    });
    req.on('error', reject);
  });
}

/** `Authorization: Basic base64(urlencode(id):urlencode(secret))`; undefined when absent. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | 'malformed' | undefined {
  if (header === undefined) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]{1,4096})$/i.exec(header.trim());
  if (!match) return /^Basic\b/i.test(header.trim()) ? 'malformed' : undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  try {
    const form = (value: string): string => decodeURIComponent(value.replace(/\+/g, ' '));
    return { id: form(decoded.slice(0, colon)), secret: form(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}

function redirect(res: ServerResponse, target: string, params: Readonly<Record<string, string | undefined>>): void {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  res.writeHead(302, { location: `${target}?${query}`, 'cache-control': 'no-store', 'content-length': 0, 'referrer-policy': 'no-referrer' });
  res.end();
}

function oauthError(res: ServerResponse, outcome: Extract<Outcome<unknown>, { ok: false }>): void {
  json(res, outcome.error === 'temporarily_unavailable' ? 503 : 400, { error: outcome.error, error_description: outcome.description });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store', pragma: 'no-cache', ...headers,
  });
  res.end(payload);
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}
