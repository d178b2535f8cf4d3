// What the notifications after Set and Clear Credentials say about where lookups go.
import { strict as assert } from 'node:assert';
import { credentialsClearedNotice, credentialsSetNotice, describeDestination, sameDestination, type Destination } from '../../../../src/core/request/destination';

const X: Destination = { sandbox: false, restricted: false, auth: 'bearer', baseUrl: 'https://api.x.com/', };
const SANDBOX: Destination = { sandbox: true, restricted: false, auth: 'oauth1', baseUrl: 'sandbox' };

describe('where lookups go, in words', () => {
  it('names the origin lookups now go to after Set Credentials', () => {
    assert.equal(credentialsSetNotice('bearer', X), 'App-only Bearer token saved in the secret store. Lookups now go to https://api.x.com with the app-only Bearer token.');
    assert.equal(credentialsSetNotice('oauth2', { ...X, auth: 'oauth2', account: '@jack' }), 'OAuth 2.0 user token saved in the secret store. Lookups now go to https://api.x.com as @jack.');
    assert.match(credentialsSetNotice('bearer', SANDBOX), /still go to the offline sandbox \(xapi\.sandbox is "always"\)/);
    assert.match(credentialsSetNotice('bearer', { ...SANDBOX, restricted: true }), /Restricted Mode/);
  });

  it('confirms what Clear Credentials removed, with human names, and where lookups go now', () => {
    assert.equal(credentialsClearedNotice(['bearer'], SANDBOX), 'Cleared the app-only Bearer token from the secret store. Lookups now go to the offline sandbox.');
    assert.equal(credentialsClearedNotice(['bearer', 'oauth1', 'oauth2'], SANDBOX),
      'Cleared the app-only Bearer token, OAuth 1.0a user context and OAuth 2.0 user token from the secret store. Lookups now go to the offline sandbox.');
    assert.equal(credentialsClearedNotice([], X), 'No X API credentials were set; lookups go to https://api.x.com with the app-only Bearer token.');
    assert.doesNotMatch(credentialsClearedNotice(['bearer', 'oauth1'], X), /\bbearer\b|\boauth1\b/);
  });

  it('tells a change of where or how lookups are signed from one that changes neither', () => {
    assert.equal(describeDestination(SANDBOX), 'the offline sandbox');
    assert.ok(sameDestination(X, { ...X }));
    assert.equal(sameDestination(X, SANDBOX), false);
    assert.equal(sameDestination(X, { ...X, auth: 'oauth1' }), false);
    assert.equal(sameDestination(X, { ...X, baseUrl: 'http://127.0.0.1:9' }), false);
  });
});
