import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import { OAuth1Signer, type SigningDeps } from '../../../../src/core/auth/oauth1';
import { createAuthorizer } from '../../../../src/core/auth/authorizer';
import { signatureBaseString } from '../../../../src/sandbox/authCheck';

function fixed(nonce: string, timestamp: number): SigningDeps {
  return {
    hmacSha1Base64: (key, text) => createHmac('sha1', key).update(text).digest('base64'),
    nonce: () => nonce,
    nowSeconds: () => timestamp,
  };
}

const X_DOCS = {
  credentials: {
    kind: 'oauth1' as const,
    consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
    consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
    accessToken: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    accessTokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  },
  nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  timestamp: 1318622958,
  form: { status: 'Hello Ladies + Gentlemen, a signed OAuth request!' },
};

const RFC5849 = {
  credentials: {
    kind: 'oauth1' as const,
    consumerKey: 'dpf43f3p2l4k3l03',
    consumerSecret: 'kd94hf93k423kf44',
    accessToken: 'nnch734d00sl2jdk',
    accessTokenSecret: 'pfkkdhi9sl3r4s00',
  },
  url: 'http://photos.example.net/photos?file=vacation.jpg&size=original',
};

describe('OAuth 1.0a signing (published vectors)', () => {
  it('matches the X docs vector against api.x.com', () => {
    const signer = new OAuth1Signer(X_DOCS.credentials, fixed(X_DOCS.nonce, X_DOCS.timestamp));
    const params = signer.sign({ method: 'POST', url: 'https://api.x.com/1.1/statuses/update.json?include_entities=true', form: X_DOCS.form });
    assert.equal(params.oauth_signature, 'Ls93hJiZbQ3akF3HF3x1Bz8/zU4=');
    assert.equal(params.oauth_version, '1.0');
  });

  it('matches the X docs vector against api.twitter.com', () => {
    const signer = new OAuth1Signer(X_DOCS.credentials, fixed(X_DOCS.nonce, X_DOCS.timestamp));
    const params = signer.sign({ method: 'POST', url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true', form: X_DOCS.form });
    assert.equal(params.oauth_signature, 'hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it('matches RFC 5849 section 1.2 without oauth_version', () => {
    const signer = new OAuth1Signer(RFC5849.credentials, fixed('chapoH', 137131202));
    const params = signer.sign({ method: 'GET', url: RFC5849.url }, { includeVersion: false });
    assert.equal(params.oauth_signature, 'MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    assert.equal(params.oauth_version, undefined);
  });

  it('builds an Authorization header with RFC 3986 encoded values', () => {
    const signer = new OAuth1Signer(RFC5849.credentials, fixed('chapoH', 137131202));
    const header = signer.authorization({ method: 'GET', url: RFC5849.url }, { includeVersion: false });
    assert.match(header, /^OAuth /);
    assert.match(header, /oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"/);
    assert.match(header, /oauth_consumer_key="dpf43f3p2l4k3l03"/);
  });

  it("builds the very header oauth-1.0a's toHeader() builds, with and without oauth_version", () => {
    const credentials = { ...RFC5849.credentials, consumerKey: 'key+with/odd=chars', accessToken: "token!*'()" };
    const hmac = (key: string, text: string): string => createHmac('sha1', key).update(text).digest('base64');
    const reference = new OAuth({ consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret }, signature_method: 'HMAC-SHA1', hash_function: (text: string, key: string) => hmac(key, text) });
    const urls = [
      'https://api.x.com/2/users?ids=1,2&user.fields=created_at,description',
      "https://api.x.com/1.1/custom_profiles/list.json?cursor=a!b*c'd(e)&count=5",
      'https://api.x.com/2/users?ids=1&ids=2,3',
      'https://api.x.com/2/users/me',
    ];
    const signers = ['abc', 'n o+n/c=e'].map((nonce) => ({ nonce, signer: new OAuth1Signer(credentials, fixed(nonce, 1700000000)) }));
    // One URL after another, then all again, through the same signers: they keep what they worked out for a URL.
    for (const url of [...urls, ...urls]) for (const includeVersion of [true, false]) {
      for (const { nonce, signer } of signers) {
        const params = signer.sign({ method: 'GET', url }, { includeVersion });
        const data: Record<string, string> = {
          oauth_consumer_key: credentials.consumerKey, oauth_nonce: nonce, oauth_signature_method: 'HMAC-SHA1',
          oauth_timestamp: '1700000000', oauth_token: credentials.accessToken,
        };
        if (includeVersion) data.oauth_version = '1.0';
        const signature = reference.getSignature({ url, method: 'GET', data: {} }, credentials.accessTokenSecret, { ...data } as unknown as OAuth.Data);
        assert.equal(params.oauth_signature, signature);
        const header = reference.toHeader({ ...data, oauth_signature: signature } as unknown as OAuth.Authorization).Authorization;
        assert.equal(signer.authorization({ method: 'GET', url }, { includeVersion }), header, url);
        assert.equal(signer.authorization({ method: 'GET', url }, { includeVersion }), header, url);
      }
    }
  });

  it('encodes commas and reserved characters of list values in the base string', () => {
    const deps = fixed('abc', 1700000000);
    const signer = new OAuth1Signer(RFC5849.credentials, deps);
    const url = 'https://api.x.com/2/users?ids=1,2&user.fields=created_at,description';
    const params = signer.sign({ method: 'GET', url });
    const oauth = new Map(Object.entries(params));
    const base = signatureBaseString('GET', 'https://api.x.com/2/users', 'ids=1,2&user.fields=created_at,description', oauth);
    assert.ok(base.includes('ids%3D1%252C2'), base);
    assert.ok(base.includes('user.fields%3Dcreated_at%252Cdescription'), base);
    const expected = createHmac('sha1', `${RFC5849.credentials.consumerSecret}&${RFC5849.credentials.accessTokenSecret}`).update(base).digest('base64');
    assert.equal(params.oauth_signature, expected);
  });

  it("encodes !*'() as RFC 3986 requires, where encodeURIComponent would not", () => {
    const signer = new OAuth1Signer(RFC5849.credentials, fixed('n', 1));
    const url = "https://api.x.com/1.1/custom_profiles/list.json?cursor=a!b*c'd(e)";
    const params = signer.sign({ method: 'GET', url });
    const base = signatureBaseString('GET', 'https://api.x.com/1.1/custom_profiles/list.json', "cursor=a!b*c'd(e)", new Map(Object.entries(params)));
    assert.ok(base.includes('a%2521b%252Ac%2527d%2528e%2529'), base);
    const expected = createHmac('sha1', `${RFC5849.credentials.consumerSecret}&${RFC5849.credentials.accessTokenSecret}`).update(base).digest('base64');
    assert.equal(params.oauth_signature, expected);
  });

  it('the sandbox verifier reproduces the RFC 5849 vector independently', () => {
    const oauth = new Map([
      ['oauth_consumer_key', 'dpf43f3p2l4k3l03'], ['oauth_token', 'nnch734d00sl2jdk'], ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131202'], ['oauth_nonce', 'chapoH'],
    ]);
    const base = signatureBaseString('GET', 'http://photos.example.net/photos', 'file=vacation.jpg&size=original', oauth);
    const signature = createHmac('sha1', 'kd94hf93k423kf44&pfkkdhi9sl3r4s00').update(base).digest('base64');
    assert.equal(signature, 'MdpQcU8iPSUjWoN/UDMsK2sui9I=');
  });

  it('signs each request with a fresh nonce and the current time', () => {
    let n = 0;
    let now = 1000;
    const authorize = createAuthorizer(RFC5849.credentials, {
      hmacSha1Base64: (key, text) => createHmac('sha1', key).update(text).digest('base64'),
      nonce: () => `nonce${n++}`,
      nowSeconds: () => now++,
    });
    const first = authorize('GET', 'https://api.x.com/2/users/me');
    const second = authorize('GET', 'https://api.x.com/2/users/me');
    assert.notEqual(first, second);
    assert.match(first, /oauth_nonce="nonce0"/);
    assert.match(second, /oauth_timestamp="1001"/);
  });

  it('sends bearer and OAuth 2.0 tokens as Bearer headers', () => {
    const deps = fixed('n', 1);
    assert.equal(createAuthorizer({ kind: 'bearer', token: 'AAA' }, deps)('GET', 'https://api.x.com/2/users/1'), 'Bearer AAA');
    assert.equal(createAuthorizer({ kind: 'oauth2', accessToken: 'u2' }, deps)('GET', 'https://api.x.com/2/users/me'), 'Bearer u2');
  });
});
