import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { oauth2Account } from '../../../src/core/auth/account';
import type { Credentials } from '../../../src/core/auth/credentials';
import { oauth1AuthorizeUrl } from '../../../src/core/auth/oauth1Handshake';
import { defaultAuthorizeUrl } from '../../../src/core/auth/oauth2Authorize';
import { refreshDecision } from '../../../src/core/auth/refreshPolicy';
import { SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from '../../../src/core/auth/sandboxCredentials';
import { checkEndpointAccess, DEFAULT_SIGN_IN_SCOPES } from '../../../src/core/auth/scopes';
import { SignInError, type SignInFailureReason } from '../../../src/core/auth/signInError';
import type { TokenSet } from '../../../src/core/auth/oauth2Tokens';
import { HttpClient } from '../../../src/net/httpClient';
import { LookupEngine } from '../../../src/net/lookupEngine';
import { startLoopbackListener } from '../../../src/net/loopbackListener';
import { nodeSignInDeps } from '../../../src/net/nodeSignInDeps';
import { OAuthClient } from '../../../src/net/oauthClient';
import { startPkceSignIn } from '../../../src/net/pkceSignIn';
import { SANDBOX_ME_ID } from '../../../src/sandbox/data/users';
import { startSandbox, type SandboxServer } from '../../../src/sandbox/server';
import { approvePin, consent, consentAndFollow, get } from '../../support/browserDriver';

/** Every secret seen in a test, to check that no error message carries one. */
const seen = new Set<string>();
const errors: SignInError[] = [];

function remember(tokens: TokenSet): TokenSet {
  seen.add(tokens.accessToken);
  if (tokens.refreshToken) seen.add(tokens.refreshToken);
  return tokens;
}

async function rejects(promise: Promise<unknown>, reason: SignInFailureReason, message?: RegExp): Promise<SignInError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SignInError, `expected a SignInError, got ${String(error)}`);
    assert.equal(error.reason, reason, error.message);
    if (message) assert.match(error.message, message);
    errors.push(error);
    return error;
  }
  assert.fail(`expected a ${reason} failure`);
}

describe('sign-in flows against the sandbox over real HTTP', () => {
  let nowMs: number;
  let sandbox: SandboxServer;
  let client: OAuthClient;
  let http: HttpClient;

  const lookupMe = (credentials: Credentials) =>
    new LookupEngine({ baseUrl: sandbox.url, credentials, vocabulary: '2.166', http }).lookup({ endpoint: 'me' });

  async function signIn(scopes: readonly string[] = DEFAULT_SIGN_IN_SCOPES, clientSecret?: string): Promise<TokenSet> {
    const attempt = await startPkceSignIn({
      client, authorizeUrl: defaultAuthorizeUrl(sandbox.url), clientId: SANDBOX_CLIENT_ID, clientSecret, scopes, port: 0,
    });
    const page = await consentAndFollow(attempt.authorizeUrl, 'approve');
    assert.equal(page.status, 200);
    return remember(await attempt.tokens);
  }

  beforeEach(async () => {
    nowMs = Date.now();
    sandbox = await startSandbox({ now: () => nowMs });
    client = new OAuthClient({ baseUrl: sandbox.url, deps: { ...nodeSignInDeps, now: () => nowMs } });
    http = new HttpClient({ retry: { serverErrors: 0 } });
  });

  afterEach(async () => {
    await client.close();
    await http.close();
    await sandbox.close();
  });

  after(() => {
    // No error message of the whole suite holds any token it saw.
    assert.ok(errors.length >= 10, `${errors.length} errors checked`);
    for (const error of errors) for (const secret of [...seen, SANDBOX_CLIENT_SECRET, SANDBOX_API_SECRET]) {
      assert.ok(!error.message.includes(secret), `${error.reason}: ${error.message}`);
      assert.ok(!(error.detail.description ?? '').includes(secret));
    }
  });

  it('signs in with PKCE through the consent page and the loopback listener, then looks up /2/users/me', async () => {
    const attempt = await startPkceSignIn({
      client, authorizeUrl: defaultAuthorizeUrl(sandbox.url), clientId: SANDBOX_CLIENT_ID, scopes: DEFAULT_SIGN_IN_SCOPES, port: 0,
    });
    assert.match(attempt.redirectUri, /^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const authorize = new URL(attempt.authorizeUrl);
    assert.equal(authorize.searchParams.get('redirect_uri'), attempt.redirectUri);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    const page = await consentAndFollow(attempt.authorizeUrl, 'approve');
    assert.equal(page.status, 200);
    assert.match(page.text, /You can close this tab and return to VS Code/);
    assert.match(page.headers['content-security-policy'], /default-src 'none'/);
    assert.doesNotMatch(page.text, /<script|code=/i);
    const tokens = remember(await attempt.tokens);
    assert.equal(tokens.tokenType, 'bearer');
    assert.ok(tokens.refreshToken, 'offline.access gives a refresh token');
    assert.equal(tokens.expiresAt, nowMs + 7_200_000);
    assert.deepEqual(tokens.scopes, ['tweet.read', 'users.read', 'offline.access']);

    const owner = await client.whoAmI({ kind: 'oauth2', accessToken: tokens.accessToken });
    assert.deepEqual(owner, { id: SANDBOX_ME_ID, username: 'XApiSandbox' });
    const account = oauth2Account({ baseUrl: sandbox.url, clientId: SANDBOX_CLIENT_ID, owner, tokens, requestedScopes: DEFAULT_SIGN_IN_SCOPES });
    assert.deepEqual(checkEndpointAccess('me', account), { ok: true });
    const me = await lookupMe({ kind: 'oauth2', accessToken: tokens.accessToken });
    assert.ok(me.ok, me.ok ? '' : me.error.message);
    assert.equal((me.body as { data: { id: string } }).data.id, SANDBOX_ME_ID);
    // The listener closed once it had answered.
    await assert.rejects(get(attempt.redirectUri), /ECONNREFUSED/);
  });

  it('takes the pasted URL the browser ended on instead of the listener', async () => {
    const attempt = await startPkceSignIn({ client, authorizeUrl: defaultAuthorizeUrl(sandbox.url), clientId: SANDBOX_CLIENT_ID, scopes: DEFAULT_SIGN_IN_SCOPES, port: 0 });
    const landed = await consent(attempt.authorizeUrl, 'approve');
    const wrong = attempt.submitPastedUrl(landed.replace(/state=[^&]+/, 'state=forged'));
    assert.equal(wrong?.reason, 'state-mismatch');
    assert.equal(attempt.submitPastedUrl('not a url')?.reason, 'invalid-input');
    assert.equal(attempt.submitPastedUrl(`  ${landed}  `), undefined);
    const tokens = remember(await attempt.tokens);
    assert.ok((await lookupMe({ kind: 'oauth2', accessToken: tokens.accessToken })).ok);
  });

  it('refreshes with rotation: the old refresh token then fails with invalid_grant', async () => {
    const first = await signIn();
    const second = remember(await client.refresh({ clientId: SANDBOX_CLIENT_ID, refreshToken: first.refreshToken! }));
    assert.notEqual(second.accessToken, first.accessToken);
    assert.notEqual(second.refreshToken, first.refreshToken);
    const reused = await rejects(client.refresh({ clientId: SANDBOX_CLIENT_ID, refreshToken: first.refreshToken! }), 'invalid-grant', /sign in again/);
    assert.equal(reused.detail.oauthError, 'invalid_grant');
    assert.equal(reused.detail.status, 400);
    const third = remember(await client.refresh({ clientId: SANDBOX_CLIENT_ID, refreshToken: second.refreshToken! }));
    assert.ok((await lookupMe({ kind: 'oauth2', accessToken: third.accessToken })).ok);
  });

  it('expires access tokens by the sandbox clock: 401, then a refresh works', async () => {
    const tokens = await signIn();
    const owner = await client.whoAmI({ kind: 'oauth2', accessToken: tokens.accessToken });
    const account = oauth2Account({ baseUrl: sandbox.url, clientId: SANDBOX_CLIENT_ID, owner, tokens, requestedScopes: DEFAULT_SIGN_IN_SCOPES });
    nowMs += 7_200_000 + 1_000;
    const expired = await lookupMe({ kind: 'oauth2', accessToken: tokens.accessToken });
    assert.ok(!expired.ok);
    assert.equal(expired.status, 401);
    assert.equal(refreshDecision(account, nowMs), 'refresh');
    assert.equal(refreshDecision(account, nowMs - 7_000_000, 401), 'refresh');
    const fresh = remember(await client.refresh({ clientId: SANDBOX_CLIENT_ID, refreshToken: tokens.refreshToken! }));
    assert.equal(fresh.expiresAt, nowMs + 7_200_000);
    assert.ok((await lookupMe({ kind: 'oauth2', accessToken: fresh.accessToken })).ok);
  });

  it('revokes: a revoked access token gets 401, a revoked refresh token invalid_grant', async () => {
    const tokens = await signIn();
    await client.revoke({ clientId: SANDBOX_CLIENT_ID, token: tokens.accessToken, tokenTypeHint: 'access_token' });
    const refused = await lookupMe({ kind: 'oauth2', accessToken: tokens.accessToken });
    assert.equal(refused.status, 401);
    const other = remember(await client.refresh({ clientId: SANDBOX_CLIENT_ID, refreshToken: tokens.refreshToken! }));
    await client.revoke({ clientId: SANDBOX_CLIENT_ID, token: other.refreshToken!, tokenTypeHint: 'refresh_token' });
    await rejects(client.refresh({ clientId: SANDBOX_CLIENT_ID, refreshToken: other.refreshToken! }), 'invalid-grant');
    assert.equal((await lookupMe({ kind: 'oauth2', accessToken: other.accessToken })).status, 401, 'revoking the refresh token ends its grant');
    // Revoking an unknown token is no error (RFC 7009).
    await client.revoke({ clientId: SANDBOX_CLIENT_ID, token: 'never-issued-token', tokenTypeHint: 'access_token' });
  });

  it('refuses a token without users.read with X\'s 403, and the access check names the scope first', async () => {
    const tokens = await signIn(['tweet.read']);
    assert.equal(tokens.refreshToken, undefined, 'no offline.access, no refresh token');
    const me = await lookupMe({ kind: 'oauth2', accessToken: tokens.accessToken });
    assert.ok(!me.ok);
    assert.equal(me.status, 403);
    assert.deepEqual(me.body, { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' });
    const access = checkEndpointAccess('me', { kind: 'oauth2', scopes: tokens.scopes });
    assert.ok(!access.ok);
    assert.match(access.message, /needs the users\.read scope/);
  });

  it('uses a confidential client with Basic auth, and refuses a wrong secret', async () => {
    const tokens = await signIn(DEFAULT_SIGN_IN_SCOPES, SANDBOX_CLIENT_SECRET);
    remember(await client.refresh({ clientId: SANDBOX_CLIENT_ID, clientSecret: SANDBOX_CLIENT_SECRET, refreshToken: tokens.refreshToken! }));
    await rejects(client.refresh({ clientId: SANDBOX_CLIENT_ID, clientSecret: 'wrong-client-secret', refreshToken: tokens.refreshToken! }), 'invalid-client');
    await rejects(client.refresh({ clientId: 'someone-else', refreshToken: tokens.refreshToken! }), 'invalid-client');
  });

  it('makes codes single use, short-lived and bound to the verifier', async () => {
    const attempt = await startPkceSignIn({ client, authorizeUrl: defaultAuthorizeUrl(sandbox.url), clientId: SANDBOX_CLIENT_ID, scopes: DEFAULT_SIGN_IN_SCOPES, port: 0 });
    const landed = new URL(await consent(attempt.authorizeUrl, 'approve'));
    const code = landed.searchParams.get('code')!;
    await rejects(client.exchangeCode({ clientId: SANDBOX_CLIENT_ID, code, redirectUri: attempt.redirectUri, codeVerifier: 'a'.repeat(43) }), 'invalid-grant', /code exchange/);
    await rejects(client.exchangeCode({ clientId: SANDBOX_CLIENT_ID, code, redirectUri: attempt.redirectUri, codeVerifier: 'a'.repeat(43) }), 'invalid-grant');
    await attempt.cancel();
    await rejects(attempt.tokens, 'cancelled');

    const late = await startPkceSignIn({ client, authorizeUrl: defaultAuthorizeUrl(sandbox.url), clientId: SANDBOX_CLIENT_ID, scopes: DEFAULT_SIGN_IN_SCOPES, port: 0 });
    const landedLate = await consent(late.authorizeUrl, 'approve');
    nowMs += 31_000;
    assert.equal(late.submitPastedUrl(landedLate), undefined);
    await rejects(late.tokens, 'invalid-grant');
  });

  it('reports a denial on the consent page as denied, and the browser gets a plain page', async () => {
    const attempt = await startPkceSignIn({ client, authorizeUrl: defaultAuthorizeUrl(sandbox.url), clientId: SANDBOX_CLIENT_ID, scopes: DEFAULT_SIGN_IN_SCOPES, port: 0 });
    const page = await consentAndFollow(attempt.authorizeUrl, 'deny');
    assert.equal(page.status, 400);
    assert.match(page.text, /Access was denied/);
    await rejects(attempt.tokens, 'denied', /denied/);
  });

  it('runs the PIN flow: request token, authorize page, PIN, access token accepted by v1.1 and v2', async () => {
    const requestToken = await client.requestToken({ consumerKey: SANDBOX_API_KEY, consumerSecret: SANDBOX_API_SECRET });
    seen.add(requestToken.tokenSecret);
    const pin = await approvePin(oauth1AuthorizeUrl(sandbox.url, requestToken.token));
    assert.match(pin, /^[0-9]{7}$/);
    await rejects(client.accessToken({ consumerKey: SANDBOX_API_KEY, consumerSecret: SANDBOX_API_SECRET, requestToken, pin: pin === '0000000' ? '1111111' : '0000000' }), 'invalid-grant', /PIN is wrong/);
    const access = await client.accessToken({ consumerKey: SANDBOX_API_KEY, consumerSecret: SANDBOX_API_SECRET, requestToken, pin });
    seen.add(access.accessTokenSecret);
    assert.equal(access.userId, SANDBOX_ME_ID);
    assert.equal(typeof access.userId, 'string');
    assert.equal(access.screenName, 'XApiSandbox');
    const credentials: Credentials = { kind: 'oauth1', consumerKey: SANDBOX_API_KEY, consumerSecret: SANDBOX_API_SECRET, accessToken: access.accessToken, accessTokenSecret: access.accessTokenSecret };
    const engine = new LookupEngine({ baseUrl: sandbox.url, credentials, vocabulary: '2.166', http });
    const profile = await engine.lookup({ endpoint: 'customProfile', id: '100001' });
    assert.ok(profile.ok, profile.ok ? '' : profile.error.message);
    assert.ok((await engine.lookup({ endpoint: 'me' })).ok);
    // The request token is single use.
    await rejects(client.accessToken({ consumerKey: SANDBOX_API_KEY, consumerSecret: SANDBOX_API_SECRET, requestToken, pin }), 'invalid-grant');
    await rejects(client.requestToken({ consumerKey: SANDBOX_API_KEY, consumerSecret: 'wrong-consumer-secret' }), 'invalid-client');
    await rejects(client.accessToken({ consumerKey: SANDBOX_API_KEY, consumerSecret: SANDBOX_API_SECRET, requestToken, pin: '12ab' }), 'invalid-input');
  });

  it('gets an app-only token from the API key and secret, and invalidates it', async () => {
    const bearer = await client.appToken({ apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET });
    seen.add(bearer);
    assert.equal(await client.appToken({ apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET }), bearer, 'the same token until invalidated');
    const engine = new LookupEngine({ baseUrl: sandbox.url, credentials: { kind: 'bearer', token: bearer }, vocabulary: '2.166', http });
    assert.ok((await engine.lookup({ endpoint: 'userById', id: '2244994945' })).ok);
    const me = await engine.lookup({ endpoint: 'me' });
    assert.ok(!me.ok && me.error.kind === 'invalid-input', 'app-only on a user-context endpoint is refused before sending');
    await client.invalidateAppToken({ apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET, token: bearer });
    assert.equal((await engine.lookup({ endpoint: 'userById', id: '2244994945' })).status, 401);
    await rejects(client.invalidateAppToken({ apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET, token: bearer }), 'http');
    await rejects(client.appToken({ apiKey: SANDBOX_API_KEY, apiSecret: 'wrong-api-secret' }), 'http', /HTTP 403/);
    const next = await client.appToken({ apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET });
    seen.add(next);
    assert.notEqual(next, bearer);
  });

  it('runs sandbox and listener on 127.0.0.2', async () => {
    const other = await startSandbox({ host: '127.0.0.2' });
    const otherClient = new OAuthClient({ baseUrl: other.url });
    try {
      assert.match(other.url, /^http:\/\/127\.0\.0\.2:\d+$/);
      const attempt = await startPkceSignIn({ client: otherClient, authorizeUrl: defaultAuthorizeUrl(other.url), clientId: SANDBOX_CLIENT_ID, scopes: DEFAULT_SIGN_IN_SCOPES, port: 0, host: '127.0.0.2' });
      assert.match(attempt.redirectUri, /^http:\/\/127\.0\.0\.2:\d+\/callback$/);
      assert.equal((await consentAndFollow(attempt.authorizeUrl, 'approve')).status, 200);
      remember(await attempt.tokens);
    } finally {
      await otherClient.close();
      await other.close();
    }
  });
});

describe('loopback listener', () => {
  it('ignores other paths, refuses a wrong state, and closes', async () => {
    const listener = await startLoopbackListener({ port: 0, expectedState: 'expected-state' });
    assert.equal((await get(`http://127.0.0.1:${listener.port}/favicon.ico`)).status, 404);
    const page = await get(`${listener.redirectUri}?code=abc&state=forged%3Cscript%3E`);
    assert.equal(page.status, 400);
    assert.doesNotMatch(page.text, /<script|forged/);
    await rejects(listener.code, 'state-mismatch');
    await assert.rejects(get(listener.redirectUri), /ECONNREFUSED/);
  });

  it('names the port and the setting when the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const error = await rejects(startLoopbackListener({ port, expectedState: 's' }), 'port-in-use');
      assert.match(error.message, new RegExp(`port ${port} `));
      assert.match(error.message, /xapi\.auth\.redirectPort/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('times out, and cancels through an AbortSignal', async () => {
    const slow = await startLoopbackListener({ port: 0, expectedState: 's', timeoutMs: 50 });
    await rejects(slow.code, 'timeout');
    const controller = new AbortController();
    const cancelled = await startLoopbackListener({ port: 0, expectedState: 's', signal: controller.signal });
    controller.abort();
    await rejects(cancelled.code, 'cancelled');
    await assert.rejects(get(cancelled.redirectUri), /ECONNREFUSED/);
    await rejects(startLoopbackListener({ port: 0, expectedState: 's', host: '0.0.0.0' }), 'invalid-input');
  });
});

describe('OAuth client redaction', () => {
  it('removes every secret a server echoes back from the error', async () => {
    // A server that quotes the whole request back in its error description, as a careless one might.
    const echo = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_request', error_description: `got ${body} with ${req.headers.authorization ?? ''}` }));
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const echoClient = new OAuthClient({ baseUrl: `http://127.0.0.1:${(echo.address() as AddressInfo).port}` });
    try {
      const secrets = ['refresh-token-to-hide', 'client-secret-to-hide'];
      const error = await rejects(echoClient.refresh({ clientId: 'c', clientSecret: secrets[1], refreshToken: secrets[0] }), 'oauth-error');
      const basic = Buffer.from(`c:${secrets[1]}`).toString('base64');
      for (const text of [error.message, error.detail.description ?? '']) {
        for (const secret of [...secrets, basic]) assert.ok(!text.includes(secret), text);
      }
      assert.match(error.message, /got grant_type=refresh_token/);
      const code = await rejects(echoClient.exchangeCode({ clientId: 'c', code: 'code-to-hide', redirectUri: 'r', codeVerifier: 'verifier-to-hide-'.padEnd(43, 'x') }), 'oauth-error');
      assert.doesNotMatch(code.message, /code-to-hide|verifier-to-hide/);
      const app = await rejects(echoClient.appToken({ apiKey: 'api-key-to-hide', apiSecret: 'api-secret-to-hide' }), 'oauth-error');
      assert.doesNotMatch(app.message, /api-key-to-hide|api-secret-to-hide|YXBpLWtleS/);
    } finally {
      await echoClient.close();
      await new Promise<void>((resolve) => echo.close(() => resolve()));
    }
  });
});
