// Redaction of server text: a server that echoes the credentials it was sent must not get them into anything shown
// or stored. redactOutcome is tested directly, then through the engine against a local server that echoes.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorFromResponse } from '../../../../src/core/response/apiError';
import type { BearerCredentials, Credentials, OAuth1Credentials, OAuth2Credentials } from '../../../../src/core/auth/credentials';
import type { LookupFailure, LookupOutcome, LookupSuccess } from '../../../../src/core/response/outcome';
import { redact, redactKnown, secretForms } from '../../../../src/core/auth/redact';
import { redactOutcome } from '../../../../src/core/response/redactOutcome';
import { summarizeOutcome } from '../../../../src/core/response/summary';
import { HttpClient } from '../../../../src/net/httpClient';
import { LookupEngine } from '../../../../src/net/lookupEngine';

const BEARER: BearerCredentials = { kind: 'bearer', token: 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F' };
// X's own published OAuth 1.0a example values.
const OAUTH1: OAuth1Credentials = {
  kind: 'oauth1',
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  accessToken: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  accessTokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
};
const OAUTH2: OAuth2Credentials = { kind: 'oauth2', accessToken: 'bWRjQmQ0a2Z0cHFmT2hPRjJ-oauth2-user/token' };
const ALL: readonly Credentials[] = [BEARER, OAUTH1, OAUTH2];

/** Every spelling of every secret a leak could take; none may survive anywhere in an outcome. */
function assertNoSecret(value: unknown, where: string): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  for (const form of secretForms(ALL)) assert.ok(!text.includes(form), `${where} still holds ${form}`);
  // A token can also survive as its own decoded form (the Bearer token above is percent-encoded as issued).
  assert.ok(!text.includes(decodeURIComponent(BEARER.token)), `${where} holds the decoded bearer token`);
}

function failure(status: number, text: string): LookupFailure {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return {
    ok: false,
    url: 'https://api.x.com/2/users/1',
    method: 'GET',
    status,
    durationMs: 5,
    attempts: 1,
    headers: { 'content-type': 'application/json', 'www-authenticate': `Bearer error="${BEARER.token}"` },
    error: errorFromResponse(status, body, text, undefined, 0),
    body,
    text,
  };
}

describe('redaction of server text', () => {
  describe('secretForms', () => {
    it('lists each secret raw, percent-encoded, JSON-escaped and in Base64, and the Basic form of the app key', () => {
      const forms = secretForms([OAUTH1, OAUTH2]);
      for (const secret of [OAUTH1.consumerKey, OAUTH1.accessToken, OAUTH2.accessToken]) assert.ok(forms.includes(secret), secret);
      assert.ok(forms.includes(encodeURIComponent(OAUTH2.accessToken)), 'percent-encoded');
      assert.ok(forms.includes('bWRjQmQ0a2Z0cHFmT2hPRjJ-oauth2-user\\/token'), 'JSON with an escaped slash');
      assert.ok(forms.includes(Buffer.from(OAUTH2.accessToken).toString('base64')), 'base64');
      const basic = Buffer.from(`${OAUTH1.consumerKey}:${OAUTH1.consumerSecret}`).toString('base64');
      assert.ok(forms.includes(basic), 'Basic key:secret');
      for (let i = 1; i < forms.length; i++) assert.ok(forms[i - 1].length >= forms[i].length, 'longest first');
    });

    it('leaves out values too short to be tokens, which would blank ordinary words', () => {
      assert.deepEqual(secretForms([{ kind: 'bearer', token: 'abc' }]), []);
    });

    it('redactKnown replaces only the known secrets, the longest spelling first', () => {
      const basic = Buffer.from(`${OAUTH1.consumerKey}:${OAUTH1.consumerSecret}`).toString('base64');
      const text = `Basic ${basic}; Bearer tokens are described here; key ${OAUTH1.consumerKey}`;
      assert.equal(redactKnown(text, secretForms([OAUTH1])), 'Basic ***; Bearer tokens are described here; key ***');
      // redact() also blanks what merely looks like a credential, for messages and logs.
      assert.equal(redact('Authorization: Bearer abcdefgh'), 'Authorization: Bearer ***');
    });
  });

  describe('redactOutcome', () => {
    it('cleans a 401 that echoes the credentials from every string: message, problems, body, text, headers', () => {
      const text = JSON.stringify({
        title: `Unauthorized ${OAUTH1.accessToken}`,
        detail: `bad token Bearer ${BEARER.token}`,
        type: 'about:blank',
        status: 401,
        [`seen-${OAUTH2.accessToken}`]: `OAuth oauth_consumer_key="${encodeURIComponent(OAUTH1.consumerKey)}", oauth_token="${OAUTH1.accessToken}"`,
      });
      const outcome = failure(401, text);
      assert.throws(() => assertNoSecret(outcome, 'input'), 'the input must hold the secrets for this test to mean anything');
      const clean = redactOutcome(outcome, secretForms(ALL)) as LookupFailure;
      assertNoSecret(clean, 'outcome');
      assertNoSecret(summarizeOutcome({ endpoint: 'userById', id: '1' }, clean), 'the history and notification line');
      assert.equal(clean.error.kind, 'unauthorized');
      assert.match(clean.error.message, /^HTTP 401 Unauthorized: the credentials were not accepted \(Unauthorized \*\*\*: bad token Bearer \*\*\*\)$/);
      assert.equal(clean.error.problems?.[0].detail, 'bad token Bearer ***');
      // The text is still the server's, byte for byte, apart from the secrets; the body is its parse.
      assert.deepEqual(JSON.parse(clean.text!), clean.body);
      assert.equal((clean.body as Record<string, unknown>).type, 'about:blank');
      assert.ok('seen-***' in (clean.body as Record<string, unknown>), 'keys are cleaned too');
      assert.equal(clean.headers?.['www-authenticate'], 'Bearer error="***"');
      assert.equal(clean.headers?.['content-type'], 'application/json');
      // The input is not changed in place.
      assert.ok(outcome.text!.includes(BEARER.token));
    });

    it('cleans a non-JSON error page and the snippet of it in the message', () => {
      const outcome = failure(502, `<html><body>proxy saw Authorization: Basic ${Buffer.from(`${OAUTH1.consumerKey}:${OAUTH1.consumerSecret}`).toString('base64')}</body></html>`);
      assert.ok(outcome.error.message.includes('Basic '));
      const clean = redactOutcome(outcome, secretForms(ALL));
      assertNoSecret(clean, 'outcome');
      assert.equal(clean.text, '<html><body>proxy saw Authorization: Basic ***</body></html>');
    });

    it('finds a secret the JSON text spells in \\u escapes, and then shows the cleaned parse', () => {
      const escaped = [...OAUTH2.accessToken].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
      const text = `{"data":{"id":"1","description":"${escaped}"}}`;
      const success: LookupSuccess = {
        ok: true, url: 'u', method: 'GET', status: 200, durationMs: 1, attempts: 1, problems: [], text, body: JSON.parse(text),
      };
      const clean = redactOutcome(success, secretForms(ALL)) as LookupSuccess;
      assert.deepEqual(clean.body, { data: { id: '1', description: '***' } });
      assert.deepEqual(JSON.parse(clean.text), clean.body);
      assertNoSecret(JSON.parse(clean.text), 'text');
    });

    it('leaves an ordinary answer as it is, the same objects, at the cost of a scan', () => {
      const text = '{"data":{"id":"2244994945","description":"Bearer tokens, oauth_token=... all explained"}}';
      const body: unknown = JSON.parse(text);
      const success: LookupSuccess = { ok: true, url: 'u', method: 'GET', status: 200, durationMs: 1, attempts: 1, problems: [], text, body };
      const clean = redactOutcome(success, secretForms(ALL)) as LookupSuccess;
      assert.equal(clean.text, text);
      assert.equal(clean.body, body);
    });

    it('cleans partial errors of a success, which become diagnostics', () => {
      const text = JSON.stringify({ data: [{ id: '1' }], errors: [{ title: 'Not Found Error', detail: `no user ${OAUTH1.consumerSecret}`, type: 'https://api.x.com/2/problems/resource-not-found' }] });
      const body = JSON.parse(text) as { errors: LookupSuccess['problems'] };
      const success: LookupSuccess = { ok: true, url: 'u', method: 'GET', status: 200, durationMs: 1, attempts: 1, problems: body.errors, text, body };
      const clean = redactOutcome(success, secretForms(ALL)) as LookupSuccess;
      assert.equal(clean.problems[0].detail, 'no user ***');
      assertNoSecret(clean, 'outcome');
    });
  });

  describe('through the engine, against a server that echoes what it was sent', () => {
    let server: Server;
    let base: string;
    const http = new HttpClient();

    before(async () => {
      server = createServer((req, res) => {
        const auth = req.headers.authorization ?? '';
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: `bad token ${auth}`, echo: { authorization: auth, url: req.url } }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    after(async () => {
      await http.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    for (const credentials of ALL) {
      it(`returns nothing of the ${credentials.kind} credentials or the others held`, async () => {
        const engine = new LookupEngine({ baseUrl: base, credentials, vocabulary: '2.166', http, otherCredentials: ALL.filter((c) => c !== credentials) });
        const outcome: LookupOutcome = await engine.lookup({ endpoint: 'userById', id: '2244994945' });
        assert.equal(outcome.ok, false);
        assert.equal(outcome.status, 401);
        // The server did see and echo the header: the redaction, not the server, keeps it out.
        assert.match(JSON.stringify((outcome.body as { echo: unknown }).echo), credentials.kind === 'oauth1' ? /OAuth oauth_/ : /Bearer \*\*\*/);
        assertNoSecret(outcome, `${credentials.kind} outcome`);
      });
    }
  });
});
