import { strict as assert } from 'node:assert';
import { buildAuthorizeUrl, defaultAuthorizeUrl, loopbackRedirectUri, parseCallback, X_AUTHORIZE_URL } from '../../../../src/core/auth/oauth2Authorize';
import { sanitizeServerText, SignInError, type SignInFailureReason } from '../../../../src/core/auth/signInError';

const STATE = 'Zm9vYmFyYmF6cXV4cXV1eA';

function failure(fn: () => unknown): SignInError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof SignInError, String(error));
    return error;
  }
  assert.fail('expected a SignInError');
}

function reason(fn: () => unknown): SignInFailureReason {
  return failure(fn).reason;
}

describe('OAuth 2.0 authorize URL and callback', () => {
  it('builds the authorize URL with every parameter, RFC 3986 encoded', () => {
    const url = buildAuthorizeUrl({
      authorizeUrl: X_AUTHORIZE_URL, clientId: 'cl!ent', redirectUri: loopbackRedirectUri(8976),
      scopes: ['tweet.read', 'users.read', 'offline.access'], state: STATE, codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
    assert.equal(
      url,
      'https://x.com/i/oauth2/authorize?response_type=code&client_id=cl%21ent&redirect_uri=http%3A%2F%2F127.0.0.1%3A8976%2Fcallback' +
        `&scope=tweet.read%20users.read%20offline.access&state=${STATE}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256`,
    );
    const parsed = new URL(url);
    assert.equal(parsed.searchParams.get('scope'), 'tweet.read users.read offline.access');
    assert.equal(parsed.searchParams.get('client_id'), 'cl!ent');
    // A page that already has a query keeps it.
    assert.match(buildAuthorizeUrl({ authorizeUrl: 'http://127.0.0.1:1/authorize?x=1#frag', clientId: 'c', redirectUri: 'r', scopes: [], state: 's', codeChallenge: 'c' }), /^http:\/\/127\.0\.0\.1:1\/authorize\?x=1&response_type=code&/);
  });

  it('picks X\'s consent page for X\'s API and <base>/2/oauth2/authorize elsewhere', () => {
    assert.equal(defaultAuthorizeUrl('https://api.x.com'), X_AUTHORIZE_URL);
    assert.equal(defaultAuthorizeUrl('http://127.0.0.1:5000/'), 'http://127.0.0.1:5000/2/oauth2/authorize');
    assert.equal(loopbackRedirectUri(0, '127.0.0.2'), 'http://127.0.0.2:0/callback');
  });

  it('reads the code from a URL, a query, or a pasted line with quotes around it', () => {
    assert.deepEqual(parseCallback(`http://127.0.0.1:8976/callback?code=abc&state=${STATE}`, STATE), { code: 'abc' });
    assert.deepEqual(parseCallback(`?state=${STATE}&code=abc`, STATE), { code: 'abc' });
    assert.deepEqual(parseCallback(`code=abc&state=${STATE}`, STATE), { code: 'abc' });
    assert.deepEqual(parseCallback(`  "http://localhost:1/callback?code=a%2Fb&state=${STATE}#_"  `, STATE), { code: 'a/b' });
  });

  it('fails with a typed reason: denied, state mismatch, missing code, other errors, not a callback', () => {
    assert.equal(reason(() => parseCallback(`?error=access_denied&state=${STATE}`, STATE)), 'denied');
    assert.equal(reason(() => parseCallback(`?code=abc&state=${STATE}x`, STATE)), 'state-mismatch');
    assert.equal(reason(() => parseCallback('?code=abc', STATE)), 'state-mismatch');
    // A forged denial with the wrong state is not a denial of this attempt.
    assert.equal(reason(() => parseCallback('?error=access_denied&state=other', STATE)), 'state-mismatch');
    assert.equal(reason(() => parseCallback(`?state=${STATE}`, STATE)), 'missing-code');
    assert.equal(reason(() => parseCallback(`?code=&state=${STATE}`, STATE)), 'missing-code');
    assert.equal(reason(() => parseCallback('hello there', STATE)), 'invalid-input');
    assert.equal(reason(() => parseCallback('http://127.0.0.1:8976/callback', STATE)), 'invalid-input');
    assert.equal(reason(() => parseCallback(`?code=${'a'.repeat(9000)}&state=${STATE}`, STATE)), 'invalid-input');
    const other = failure(() => parseCallback(`?error=invalid_scope&error_description=${encodeURIComponent('bad\u001b[2J <b>scope</b>\n' + 'x'.repeat(500))}&state=${STATE}`, STATE));
    assert.equal(other.reason, 'oauth-error');
    assert.equal(other.detail.oauthError, 'invalid_scope');
    assert.doesNotMatch(other.message, /[\u0000-\u001f]/);
    assert.ok(other.message.length < 320, other.message);
    assert.match(other.message, /<b>scope<\/b>/, 'kept as plain characters, to be escaped by whoever renders it');
  });

  it('sanitises server text: controls, bidi overrides, length', () => {
    assert.equal(sanitizeServerText('a\u0007b\u202ec\r\n  d'), 'a b c d');
    assert.equal(sanitizeServerText('x'.repeat(300)).length, 200);
  });
});
