import { strict as assert } from 'node:assert';
import { ENDPOINT_IDS, ENDPOINTS } from '../../../../src/core/catalog/endpoints';
import { checkEndpointAccess, DEFAULT_SIGN_IN_SCOPES, parseScopeList, scopesFor, signInScopes, unknownScopes } from '../../../../src/core/auth/scopes';

describe('scopes and endpoint access', () => {
  it('asks for tweet.read users.read offline.access by default', () => {
    assert.equal(DEFAULT_SIGN_IN_SCOPES.join(' '), 'tweet.read users.read offline.access');
    assert.deepEqual(signInScopes(['like.read', 'users.read']), ['tweet.read', 'users.read', 'offline.access', 'like.read']);
  });

  it('gives each endpoint its scopes', () => {
    assert.deepEqual(scopesFor('me'), ['tweet.read', 'users.read']);
    assert.deepEqual(scopesFor(ENDPOINTS.userById), ['tweet.read', 'users.read']);
    assert.deepEqual(scopesFor('customProfile'), []);
    for (const id of ENDPOINT_IDS) assert.equal(scopesFor(id).length > 0, ENDPOINTS[id].auth.includes('oauth2'), id);
  });

  it('parses and checks scope lists', () => {
    assert.deepEqual(parseScopeList(' tweet.read,users.read  like.read tweet.read'), ['tweet.read', 'users.read', 'like.read']);
    assert.deepEqual(unknownScopes(['tweet.read', 'tweets.read']), ['"tweets.read" is not an OAuth 2.0 scope of the X API']);
  });

  it('says what an account lacks, by name', () => {
    assert.deepEqual(checkEndpointAccess('me', { kind: 'oauth2', scopes: ['tweet.read', 'users.read'] }), { ok: true });
    assert.deepEqual(checkEndpointAccess('me', { kind: 'oauth2' }), { ok: true }, 'unknown scopes (a pasted token) are not refused');
    const one = checkEndpointAccess('me', { kind: 'oauth2', scopes: ['tweet.read', 'offline.access'] });
    assert.ok(!one.ok);
    assert.equal(one.reason, 'scopes');
    assert.deepEqual(one.missingScopes, ['users.read']);
    assert.match(one.message, /^GET \/2\/users\/me needs the users\.read scope; sign in again/);
    const two = checkEndpointAccess('userById', { kind: 'oauth2', scopes: [] });
    assert.ok(!two.ok);
    assert.match(two.message, /needs the tweet\.read and users\.read scopes/);
    const app = checkEndpointAccess('me', { kind: 'bearer' });
    assert.ok(!app.ok);
    assert.equal(app.reason, 'auth-kind');
    assert.match(app.message, /needs a user: sign in with OAuth 2\.0 or with a PIN/);
    const profile = checkEndpointAccess('customProfile', { kind: 'oauth2', scopes: ['tweet.read', 'users.read'] });
    assert.ok(!profile.ok);
    assert.match(profile.message, /needs OAuth 1\.0a user context; sign in with a PIN/);
    assert.deepEqual(checkEndpointAccess('customProfiles', { kind: 'oauth1' }), { ok: true });
    assert.deepEqual(checkEndpointAccess('userByUsername', { kind: 'bearer' }), { ok: true });
  });
});
