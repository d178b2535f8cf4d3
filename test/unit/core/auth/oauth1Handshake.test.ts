import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';
import {
  handshakeAuthorization, normalizePin, oauth1AuthorizeUrl, parseAccessTokenAnswer, parseRequestTokenAnswer, pinProblem,
} from '../../../../src/core/auth/oauth1Handshake';
import type { SigningDeps } from '../../../../src/core/auth/oauth1';
import { SignInError } from '../../../../src/core/auth/signInError';
import { parseOAuthHeader, signatureBaseString } from '../../../../src/sandbox/authCheck';

const deps: SigningDeps = {
  hmacSha1Base64: (key, text) => createHmac('sha1', key).update(text).digest('base64'),
  nonce: () => 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  nowSeconds: () => 1318622958,
};

describe('OAuth 1.0a PIN flow helpers', () => {
  it('signs request_token with the consumer only, oauth_callback in header and signature', () => {
    const header = handshakeAuthorization('POST', 'https://api.x.com/oauth/request_token', { consumerKey: 'ck', consumerSecret: 'cs', extra: { oauth_callback: 'oob' } }, deps);
    const params = parseOAuthHeader(header)!;
    assert.equal(params.get('oauth_callback'), 'oob');
    assert.equal(params.has('oauth_token'), false);
    // The sandbox's independent verifier agrees: key "cs&" (no token secret).
    const base = signatureBaseString('POST', 'https://api.x.com/oauth/request_token', '', params);
    assert.equal(params.get('oauth_signature'), createHmac('sha1', 'cs&').update(base).digest('base64'));
  });

  it('signs access_token with the request token and the verifier', () => {
    const header = handshakeAuthorization(
      'POST', 'http://127.0.0.1:1/oauth/access_token',
      { consumerKey: 'ck', consumerSecret: 'cs', token: 'rt', tokenSecret: 'rts', extra: { oauth_verifier: '1234567' } }, deps,
    );
    const params = parseOAuthHeader(header)!;
    assert.equal(params.get('oauth_token'), 'rt');
    assert.equal(params.get('oauth_verifier'), '1234567');
    const base = signatureBaseString('POST', 'http://127.0.0.1:1/oauth/access_token', '', params);
    assert.equal(params.get('oauth_signature'), createHmac('sha1', 'cs&rts').update(base).digest('base64'));
  });

  it('reads the request token answer, which must confirm the callback', () => {
    assert.deepEqual(parseRequestTokenAnswer('oauth_token=Z6eEdO8&oauth_token_secret=Kd75W4OQ&oauth_callback_confirmed=true'), { token: 'Z6eEdO8', tokenSecret: 'Kd75W4OQ' });
    for (const text of ['oauth_token=a&oauth_token_secret=b', 'oauth_token=a&oauth_token_secret=b&oauth_callback_confirmed=false', 'oauth_token_secret=b&oauth_callback_confirmed=true', '%zz', '<html>']) {
      assert.throws(() => parseRequestTokenAnswer(text), SignInError, text);
    }
  });

  it('reads the access token answer, user_id as a string', () => {
    const answer = parseAccessTokenAnswer('oauth_token=6253282-eWudHldSbIaelX7swmsiHImEL4KinwaGloHANdrY&oauth_token_secret=2EEfA6BG3ly3sR3RjE0IBSnlQu4ZrUzPiYKmrkVU&user_id=1234567890123456789&screen_name=twitterapi');
    assert.equal(answer.userId, '1234567890123456789');
    assert.equal(typeof answer.userId, 'string');
    assert.equal(answer.screenName, 'twitterapi');
    assert.equal(answer.accessToken, '6253282-eWudHldSbIaelX7swmsiHImEL4KinwaGloHANdrY');
    assert.throws(() => parseAccessTokenAnswer('oauth_token=a&oauth_token_secret=b&user_id=x1&screen_name=n'), /user_id/);
    assert.throws(() => parseAccessTokenAnswer('oauth_token=a&oauth_token_secret=b&user_id=1'), /screen_name/);
  });

  it('builds the authorize URL and checks PINs', () => {
    assert.equal(oauth1AuthorizeUrl('https://api.x.com/', 'a b'), 'https://api.x.com/oauth/authorize?oauth_token=a%20b');
    assert.equal(normalizePin(' 123-4567 '), '1234567');
    assert.equal(normalizePin('12a4567'), undefined);
    assert.equal(normalizePin('123'), undefined);
    assert.equal(normalizePin('1'.repeat(17)), undefined);
    assert.equal(pinProblem('1234567'), undefined);
    assert.match(pinProblem('abc') ?? '', /digits/);
  });
});
