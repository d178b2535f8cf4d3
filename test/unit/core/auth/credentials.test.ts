import { strict as assert } from 'node:assert';
import { secretsOf, validateCredentials } from '../../../../src/core/auth/credentials';

describe('credential input', () => {
  it('accepts each kind and lists its secrets', () => {
    const oauth1 = validateCredentials({ kind: 'oauth1', consumerKey: 'a', consumerSecret: 'b', accessToken: 'c', accessTokenSecret: 'd' });
    assert.ok(oauth1.ok);
    if (oauth1.ok) assert.deepEqual(secretsOf(oauth1.credentials), ['a', 'b', 'c', 'd']);
    assert.ok(validateCredentials({ kind: 'bearer', token: 'AAAA' }).ok);
    assert.ok(validateCredentials({ kind: 'oauth2', accessToken: 'tok' }).ok);
  });
  it('refuses bad input without repeating the secret', () => {
    const spaced = validateCredentials({ kind: 'bearer', token: 'has space secret123' });
    assert.equal(spaced.ok, false);
    if (!spaced.ok) assert.ok(!spaced.message.includes('secret123'));
    const missing = validateCredentials({ kind: 'oauth1', consumerKey: 'a' });
    assert.equal(missing.ok, false);
    if (!missing.ok) assert.match(missing.message, /consumerSecret/);
    assert.equal(validateCredentials({ kind: 'basic' }).ok, false);
    assert.equal(validateCredentials(null).ok, false);
  });
});
