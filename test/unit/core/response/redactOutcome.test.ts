// redactOutcome: a server that echoes the credentials it was sent must not get them into anything shown or stored.
import { strict as assert } from 'node:assert';
import { errorFromResponse } from '../../../../src/core/response/apiError';
import type { LookupFailure, LookupSuccess } from '../../../../src/core/response/outcome';
import { secretForms } from '../../../../src/core/auth/redact';
import { redactOutcome } from '../../../../src/core/response/redactOutcome';
import { summarizeOutcome } from '../../../../src/core/response/summary';
import { ALL, assertNoSecret, BEARER, OAUTH1, OAUTH2 } from '../../../support/credentialFixtures';

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
