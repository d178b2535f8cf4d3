import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_CLIENT_ID } from '../../../src/core/auth/sandboxCredentials';
import { isRegisteredRedirectUri } from '../../../src/sandbox/oauthRoutes';
import { startSandbox, type SandboxServer } from '../../../src/sandbox/server';
import { get, postForm, ticketOf } from '../../support/browserDriver';

const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

describe('sandbox sign-in endpoints', () => {
  let sandbox: SandboxServer;
  beforeEach(async () => {
    sandbox = await startSandbox();
  });
  afterEach(async () => {
    await sandbox.close();
  });

  function authorizeUrl(overrides: Record<string, string | undefined> = {}): string {
    const params: Record<string, string | undefined> = {
      response_type: 'code', client_id: SANDBOX_CLIENT_ID, redirect_uri: 'http://127.0.0.1:8976/callback',
      scope: 'tweet.read users.read', state: 'st', code_challenge: CHALLENGE, code_challenge_method: 'S256', ...overrides,
    };
    const query = Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join('&');
    return `${sandbox.url}/2/oauth2/authorize?${query}`;
  }

  it('registers loopback /callback URIs only', () => {
    for (const uri of ['http://127.0.0.1:8976/callback', 'http://127.0.0.2:1/callback', 'http://localhost:65535/callback']) assert.ok(isRegisteredRedirectUri(uri), uri);
    for (const uri of [
      'http://127.0.0.3:8976/callback', 'https://127.0.0.1:8976/callback', 'http://127.0.0.1/callback', 'http://127.0.0.1:0/callback',
      'http://127.0.0.1:65536/callback', 'http://127.0.0.1:8976/callback?x=1', 'http://127.0.0.1:8976/other', 'http://evil.example:8976/callback',
      'http://127.0.0.1:8976@evil.example/callback', 'http://localhost.evil.example:1/callback',
    ]) assert.ok(!isRegisteredRedirectUri(uri), uri);
  });

  it('shows a consent page with a strict CSP that lets the form reach the redirect URI', async () => {
    const page = await get(authorizeUrl());
    ticketOf(page);
    const csp = page.headers['content-security-policy'];
    assert.match(csp, /form-action 'self' http:\/\/127\.0\.0\.1:8976/);
    assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.equal(page.headers['x-frame-options'], 'DENY');
    assert.match(page.text, /tweet\.read/);
  });

  it('answers a bad client or redirect URI with an error page, never a redirect', async () => {
    for (const url of [
      authorizeUrl({ client_id: 'someone-else' }), authorizeUrl({ client_id: undefined }),
      authorizeUrl({ redirect_uri: 'http://evil.example/callback' }), authorizeUrl({ redirect_uri: undefined }),
    ]) {
      const page = await get(url);
      assert.equal(page.status, 400, url);
      assert.equal(page.headers.location, undefined);
      assert.match(page.text, /Sign-in error/);
    }
    // What is echoed is escaped.
    const page = await get(authorizeUrl({ redirect_uri: '"><script>alert(1)</script>' }));
    assert.doesNotMatch(page.text, /<script/);
  });

  it('sends other faults back to the redirect URI as OAuth errors, with the state', async () => {
    const cases: [Record<string, string | undefined>, string][] = [
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ code_challenge_method: 'plain' }, 'invalid_request'],
      [{ code_challenge: undefined }, 'invalid_request'],
      [{ code_challenge: 'short' }, 'invalid_request'],
      [{ scope: 'tweet.read tweets.write' }, 'invalid_scope'],
      [{ scope: '' }, 'invalid_scope'],
      [{ state: undefined }, 'invalid_request'],
      [{ state: 'x'.repeat(501) }, 'invalid_request'],
    ];
    for (const [overrides, error] of cases) {
      const page = await get(authorizeUrl(overrides));
      assert.equal(page.status, 302, JSON.stringify(overrides));
      const location = new URL(page.headers.location);
      assert.equal(location.origin + location.pathname, 'http://127.0.0.1:8976/callback');
      assert.equal(location.searchParams.get('error'), error, JSON.stringify(overrides));
      if (overrides.state === undefined && 'state' in overrides) assert.equal(location.searchParams.get('state'), null);
      else if (!('state' in overrides)) assert.equal(location.searchParams.get('state'), 'st');
    }
  });

  it('uses a ticket once, redirects Approve with code and state', async () => {
    const ticket = ticketOf(await get(authorizeUrl({ state: 'a b&c' })));
    const approved = await postForm(`${sandbox.url}/2/oauth2/authorize`, { ticket, decision: 'approve' });
    assert.equal(approved.status, 302);
    const location = new URL(approved.headers.location);
    assert.equal(location.searchParams.get('state'), 'a b&c');
    const code = location.searchParams.get('code')!;
    assert.ok(code.length > 20);
    const again = await postForm(`${sandbox.url}/2/oauth2/authorize`, { ticket, decision: 'approve' });
    assert.equal(again.status, 400);
    assert.equal(again.headers.location, undefined);
    // The code exchange checks the verifier, the redirect URI and the client.
    const token = (form: Record<string, string>) => postForm(`${sandbox.url}/2/oauth2/token`, form);
    const base = { grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:8976/callback', code_verifier: VERIFIER, client_id: SANDBOX_CLIENT_ID };
    assert.equal((await token({ ...base, client_id: 'x' })).status, 401);
    const good = await token(base);
    assert.equal(good.status, 200, good.text);
    const body = JSON.parse(good.text) as Record<string, unknown>;
    const bearer = { authorization: `Bearer ${String(body.access_token)}` };
    assert.equal((await get(`${sandbox.url}/2/users/me`, bearer)).status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'scope', 'token_type']);
    assert.equal(good.headers['cache-control'], 'no-store');
    const reused = await token(base);
    assert.equal(reused.status, 400);
    assert.equal((JSON.parse(reused.text) as { error: string }).error, 'invalid_grant');
    // A replayed code also ends what its first use gave.
    assert.equal((await get(`${sandbox.url}/2/users/me`, bearer)).status, 401);
    assert.equal((await token({ grant_type: 'password' })).status, 401);
    assert.equal((JSON.parse((await token({ grant_type: 'password', client_id: SANDBOX_CLIENT_ID })).text) as { error: string }).error, 'unsupported_grant_type');
  });

  it('keeps its limits: a large body, a wrong content type, a wrong method', async () => {
    const large = await postForm(`${sandbox.url}/2/oauth2/token`, { grant_type: 'x'.repeat(20_000) });
    assert.equal(large.status, 413);
    const json = await postForm(`${sandbox.url}/2/oauth2/token`, { a: 'b' }, { 'content-type': 'application/json' });
    assert.equal(json.status, 415);
    assert.equal((await get(`${sandbox.url}/2/oauth2/token`)).status, 405);
    // Still answering afterwards.
    assert.equal((await get(authorizeUrl())).status, 200);
  });

  it('checks Basic auth on the app-only token endpoint and refuses unsigned handshakes', async () => {
    const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${encodeURIComponent(key)}:${encodeURIComponent(secret)}`).toString('base64')}`;
    assert.equal((await postForm(`${sandbox.url}/oauth2/token`, { grant_type: 'client_credentials' })).status, 403);
    assert.equal((await postForm(`${sandbox.url}/oauth2/token`, { grant_type: 'client_credentials' }, { authorization: basic(SANDBOX_API_KEY, 'nope') })).status, 403);
    assert.equal((await postForm(`${sandbox.url}/oauth2/token`, { grant_type: 'other' }, { authorization: basic(SANDBOX_API_KEY, SANDBOX_API_SECRET) })).status, 400);
    const good = await postForm(`${sandbox.url}/oauth2/token`, { grant_type: 'client_credentials' }, { authorization: basic(SANDBOX_API_KEY, SANDBOX_API_SECRET) });
    assert.equal(good.status, 200);
    assert.equal((JSON.parse(good.text) as { token_type: string }).token_type, 'bearer');
    assert.equal((await postForm(`${sandbox.url}/oauth/request_token`, {})).status, 400);
    assert.equal((await postForm(`${sandbox.url}/oauth/request_token`, {}, { authorization: 'OAuth oauth_consumer_key="xapi-sandbox-consumer-key", oauth_signature="x", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1", oauth_nonce="n"' })).status, 401);
    const page = await get(`${sandbox.url}/oauth/authorize?oauth_token=never-issued`);
    assert.equal(page.status, 400);
  });
});
