// The raw request and the response headers as shown: the Authorization value masked, cookies dropped, credential-like
// headers masked, known secrets removed.
import { strict as assert } from 'node:assert';
import { exchangeText, maskedAuthorization, safeHeaders } from '../../../../src/core/response/exchangeText';

const SECRET = 'AAAAAAAAAAAAAAAAAAAAAExchangeTextSecretToken0123';

describe('the exchange of a lookup in words', () => {
  it('keeps the ordinary headers, sorted and lower-case, and drops or masks credential-like ones', () => {
    const headers = safeHeaders({
      'Content-Type': 'application/json; charset=utf-8',
      'x-rate-limit-limit': '900',
      'Set-Cookie': 'guest_id=v1%3A123; Domain=.x.com',
      cookie: 'a=b',
      authorization: `Bearer ${SECRET}`,
      'x-csrf-token': 'abcdefabcdef',
      'x-session-id': 'sess-123456',
      'www-authenticate': 'OAuth realm="https://api.x.com"',
      'x-echo': `you sent ${SECRET}`,
      'x-bearer-echo': `Bearer ${SECRET}`,
      'x-multi': 'one\r\ntwo',
    }, [SECRET]);
    assert.deepEqual(Object.keys(headers), ['content-type', 'www-authenticate', 'x-bearer-echo', 'x-csrf-token', 'x-echo', 'x-multi', 'x-rate-limit-limit', 'x-session-id']);
    assert.equal(headers['x-csrf-token'], '***');
    assert.equal(headers['x-session-id'], '***');
    assert.equal(headers['x-echo'], 'you sent ***');
    assert.equal(headers['x-bearer-echo'], 'Bearer ***');
    assert.equal(headers['x-multi'], 'one  two');
    assert.equal(headers['www-authenticate'], 'OAuth realm="https://api.x.com"');
    assert.ok(!JSON.stringify(headers).includes(SECRET));
  });

  it('shows the request line, the headers sent with Authorization masked, and the response', () => {
    const text = exchangeText({
      method: 'GET',
      url: 'https://api.x.com/2/users/2244994945?user.fields=created_at',
      auth: 'bearer',
      userAgent: 'x-api-explorer-vscode',
      status: 200,
      headers: { 'content-type': 'application/json', 'x-rate-limit-remaining': '899' },
      durationMs: 41.6,
      attempts: 1,
    });
    assert.equal(text, [
      '# Request',
      'GET https://api.x.com/2/users/2244994945?user.fields=created_at',
      'Accept: application/json',
      'User-Agent: x-api-explorer-vscode',
      'Authorization: Bearer *** (app-only Bearer token, masked)',
      '',
      '# Response',
      'HTTP 200  # 42 ms',
      'content-type: application/json',
      'x-rate-limit-remaining: 899',
      '',
    ].join('\n'));
  });

  it('masks every part of an OAuth 1.0a signature, and says when no response came', () => {
    assert.doesNotMatch(maskedAuthorization('oauth1'), /oauth_signature="[^*]/);
    const text = exchangeText({ method: 'GET', url: 'https://api.x.com/2/users/me', auth: 'oauth1', userAgent: 'ua', errorMessage: 'the server name could not be resolved' });
    assert.match(text, /^Authorization: OAuth oauth_consumer_key="\*\*\*", oauth_token="\*\*\*", oauth_signature="\*\*\*"/m);
    assert.match(text, /^# No response: the server name could not be resolved$/m);
  });
});
