import { strict as assert } from 'node:assert';
import { parseAppTokenResponse, parseOAuthErrorBody, parseTokenResponse, tokenEndpointError } from '../../../../src/core/auth/oauth2Tokens';
import { SignInError } from '../../../../src/core/auth/signInError';

const NOW = 1_700_000_000_000;

describe('OAuth 2.0 token answers', () => {
  it('reads a full answer: expiry from the clock, granted scopes, refresh token', () => {
    const tokens = parseTokenResponse(
      { token_type: 'bearer', expires_in: 7200, access_token: 'at-123456', scope: 'tweet.read users.read offline.access', refresh_token: 'rt-123456' },
      NOW,
    );
    assert.deepEqual(tokens, {
      tokenType: 'bearer', accessToken: 'at-123456', refreshToken: 'rt-123456', expiresAt: NOW + 7_200_000,
      scopes: ['tweet.read', 'users.read', 'offline.access'],
    });
  });

  it('leaves out what the answer does not give', () => {
    assert.deepEqual(parseTokenResponse({ token_type: 'Bearer', access_token: 'at-123456' }, NOW), { tokenType: 'bearer', accessToken: 'at-123456' });
  });

  it('refuses what is not a token answer, never quoting a token', () => {
    const bad: unknown[] = [
      null, [], 'text', { token_type: 'mac', access_token: 'at-123456' }, { token_type: 'bearer' },
      { token_type: 'bearer', access_token: 'at 123456' }, { token_type: 'bearer', access_token: 'at-123456', expires_in: -1 },
      { token_type: 'bearer', access_token: 'at-123456', expires_in: 1.5 }, { token_type: 'bearer', access_token: 'at-123456', refresh_token: 5 },
      { token_type: 'bearer', access_token: 'at-123456', scope: ['tweet.read'] },
    ];
    for (const body of bad) {
      assert.throws(() => parseTokenResponse(body, NOW), (error: unknown) => {
        assert.ok(error instanceof SignInError);
        assert.equal(error.reason, 'invalid-response');
        assert.doesNotMatch(error.message, /at-123456|at 123456/);
        return true;
      }, JSON.stringify(body));
    }
    assert.equal(parseAppTokenResponse({ token_type: 'bearer', access_token: 'AAAA%2Fxyz' }), 'AAAA%2Fxyz');
    assert.throws(() => parseAppTokenResponse({ token_type: 'bearer' }), SignInError);
  });

  it('tells invalid_grant from other OAuth errors and from bare HTTP errors', () => {
    const grant = tokenEndpointError(400, JSON.stringify({ error: 'invalid_grant', error_description: 'Value passed for the token was invalid.' }), 'the refresh');
    assert.equal(grant.reason, 'invalid-grant');
    assert.equal(grant.detail.oauthError, 'invalid_grant');
    assert.equal(grant.detail.status, 400);
    assert.match(grant.message, /^the refresh failed with HTTP 400 \(invalid_grant: Value passed for the token was invalid\.\); .*sign in again/);
    assert.equal(tokenEndpointError(400, '{"error":"invalid_request"}', 'x').reason, 'oauth-error');
    assert.equal(tokenEndpointError(401, '{"error":"invalid_client"}', 'x').reason, 'invalid-client');
    assert.equal(tokenEndpointError(401, 'nope', 'x').reason, 'invalid-client');
    assert.equal(tokenEndpointError(503, '<html>', 'x').reason, 'http');
    assert.deepEqual(parseOAuthErrorBody('{"errors":[{"code":99,"message":"Unable to verify\\u001b your credentials"}]}'), { description: 'Unable to verify your credentials' });
    assert.deepEqual(parseOAuthErrorBody('{"error":"bad\\"\\u0000code"}'), { error: 'badcode' });
  });
});
