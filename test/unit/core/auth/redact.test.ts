// Redaction of text written for people: redact() for logs and messages (known secrets plus anything shaped like a
// credential), redactKnown() for what the server wrote (known secrets only), and secretForms(), every spelling of a
// secret a server could echo. What redactOutcome does with them is test/unit/core/response/redactOutcome.test.ts.
import { strict as assert } from 'node:assert';
import { redact, redactKnown, secretForms } from '../../../../src/core/auth/redact';
import { BEARER, OAUTH1, OAUTH2 } from '../../../support/credentialFixtures';

const BASIC = Buffer.from(`${OAUTH1.consumerKey}:${OAUTH1.consumerSecret}`).toString('base64');
/** X's published example header, built from OAUTH1 (its signature and nonce are X's example values too). */
const OAUTH1_HEADER = `OAuth oauth_consumer_key="${OAUTH1.consumerKey}", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", ` +
  'oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjY%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", ' +
  `oauth_token="${OAUTH1.accessToken}", oauth_version="1.0"`;

describe('redaction', () => {
  describe('secretForms', () => {
    it('lists each secret raw, percent-encoded, JSON-escaped and in Base64, and the Basic form of the app key', () => {
      const forms = secretForms([OAUTH1, OAUTH2]);
      for (const secret of [OAUTH1.consumerKey, OAUTH1.accessToken, OAUTH2.accessToken]) assert.ok(forms.includes(secret), secret);
      assert.ok(forms.includes(encodeURIComponent(OAUTH2.accessToken)), 'percent-encoded');
      assert.ok(forms.includes('bWRjQmQ0a2Z0cHFmT2hPRjJ-oauth2-user\\/token'), 'JSON with an escaped slash');
      assert.ok(forms.includes(Buffer.from(OAUTH2.accessToken).toString('base64')), 'base64');
      assert.ok(forms.includes(BASIC), 'Basic key:secret');
      for (let i = 1; i < forms.length; i++) assert.ok(forms[i - 1].length >= forms[i].length, 'longest first');
    });

    it('spells Base64 of non-ASCII secrets as Buffer does, since core has no Buffer of its own', () => {
      const token = 'tøken-ünïcode-😀-secret';
      assert.ok(secretForms([{ kind: 'oauth2', accessToken: token }]).includes(Buffer.from(token).toString('base64')));
      for (const length of [6, 7, 8]) {
        const secret = 'x'.repeat(length);
        assert.ok(secretForms([{ kind: 'bearer', token: secret }]).includes(Buffer.from(secret).toString('base64')), `padding at ${length}`);
      }
    });

    it('leaves out values too short to be tokens, which would blank ordinary words', () => {
      assert.deepEqual(secretForms([{ kind: 'bearer', token: 'abc' }]), []);
    });
  });

  describe('redactKnown', () => {
    it('replaces only the known secrets, the longest spelling first', () => {
      const text = `Basic ${BASIC}; Bearer tokens are described here; key ${OAUTH1.consumerKey}`;
      assert.equal(redactKnown(text, secretForms([OAUTH1])), 'Basic ***; Bearer tokens are described here; key ***');
    });

    it('replaces every occurrence, and nothing for secrets too short to be real', () => {
      assert.equal(redactKnown('abcdefg, abcdefg and abcdefgh', ['abcdefg']), '***, *** and ***h');
      assert.equal(redactKnown('the word is abc', ['abc']), 'the word is abc');
      assert.equal(redactKnown('nothing to hide', []), 'nothing to hide');
    });
  });

  describe('redact', () => {
    it('blanks the value of an Authorization header of each scheme, however it is written', () => {
      assert.equal(redact('Authorization: Bearer abcdefgh'), 'Authorization: Bearer ***');
      assert.equal(redact(`authorization=Basic ${BASIC}`), 'authorization=Basic ***');
      assert.equal(redact('{"Authorization": "Bearer AAAA%2Fabc"}'), '{"Authorization": "Bearer ***"}');
      assert.equal(redact("headers: {authorization: 'OAuth opaque-value'}"), "headers: {authorization: 'OAuth ***'}");
      assert.equal(redact(`sent Bearer ${BEARER.token} to the server`), 'sent Bearer *** to the server');
    });

    it('blanks the secret parameters of an OAuth 1.0a header and keeps the rest, which explains clock errors', () => {
      const redacted = redact(`Authorization: ${OAUTH1_HEADER}`);
      assert.equal(
        redacted,
        'Authorization: OAuth oauth_consumer_key="***", oauth_nonce="***", oauth_signature="***", oauth_signature_method="HMAC-SHA1", ' +
          'oauth_timestamp="1318622958", oauth_token="***", oauth_version="1.0"',
      );
      // The same header quoted inside a JSON body, as an error message may carry it.
      const json = redact(JSON.stringify({ authorization: OAUTH1_HEADER }));
      for (const secret of [OAUTH1.consumerKey, OAUTH1.accessToken, 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg', 'tnnArxj06cWHq44gCs1OSKk']) {
        assert.ok(!redacted.includes(secret) && !json.includes(secret), secret);
      }
      assert.match(json, /oauth_timestamp=\\"1318622958\\"/);
    });

    it('blanks token-like query and form parameters', () => {
      assert.equal(
        redact('GET /2/users/me?access_token=abc&x=1&oauth_signature=zz%2F&oauth_token=t'),
        'GET /2/users/me?access_token=***&x=1&oauth_signature=***&oauth_token=***',
      );
      assert.equal(redact('refresh_token=r1 client_secret=c2&code_verifier=v3'), 'refresh_token=*** client_secret=***&code_verifier=***');
    });

    it('blanks the known secrets too, in any context', () => {
      assert.equal(redact(`token ${OAUTH2.accessToken} expired`, [OAUTH2.accessToken]), 'token *** expired');
      assert.equal(redact(`the key is ${OAUTH1.consumerKey}.`, secretForms([OAUTH1])), 'the key is ***.');
    });

    it('leaves text without anything credential-like as it is', () => {
      for (const text of ['GET /2/users/2244994945?user.fields=created_at', 'HTTP 404 Not Found Error', 'oauth_timestamp=1318622958', '']) {
        assert.equal(redact(text), text);
      }
    });

    it('is stricter than redactKnown: prose that merely looks like a header loses its word (logs, not bodies)', () => {
      assert.equal(redact('Bearer tokens are described here'), 'Bearer *** are described here');
      assert.equal(redactKnown('Bearer tokens are described here', []), 'Bearer tokens are described here');
    });
  });
});
