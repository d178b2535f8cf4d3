// A browser's part of the sign-in flows, in plain HTTP: load the consent page, press Approve or Deny, follow the
// redirect to the loopback listener. Used by the sandbox, engine and CLI tests.
import { strict as assert } from 'node:assert';
import { request } from 'undici';

export interface PageAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}

function flat(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<PageAnswer> {
  const response = await request(url, { method: 'GET', headers });
  return { status: response.statusCode, headers: flat(response.headers), text: await response.body.text() };
}

export async function postForm(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<PageAnswer> {
  const response = await request(url, {
    method: 'POST', body: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
  return { status: response.statusCode, headers: flat(response.headers), text: await response.body.text() };
}

/** The hidden ticket of a consent form, checking the page is the plain, script-free form it must be. */
export function ticketOf(page: PageAnswer): string {
  assert.equal(page.status, 200, page.text);
  assert.match(page.headers['content-type'], /^text\/html/);
  const csp = page.headers['content-security-policy'];
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|script-src/);
  assert.doesNotMatch(page.text, /<script/i);
  assert.match(page.text, /<form method="post"/);
  assert.match(page.text, /value="approve">Approve</);
  assert.match(page.text, /value="deny">Deny</);
  const match = /name="ticket" value="([^"]+)"/.exec(page.text);
  assert.ok(match, 'the form carries a ticket');
  return match[1];
}

/**
 * Opens the OAuth 2.0 authorize URL, presses a button and returns the redirect's target (the listener's URL with
 * code or error) without following it.
 */
export async function consent(authorizeUrl: string, decision: 'approve' | 'deny'): Promise<string> {
  const page = await get(authorizeUrl);
  const ticket = ticketOf(page);
  const answer = await postForm(new URL('/2/oauth2/authorize', authorizeUrl).toString(), { ticket, decision });
  assert.equal(answer.status, 302, answer.text);
  return answer.headers.location;
}

/** Consent, then the browser follows the redirect to the loopback listener; returns the listener's page. */
export async function consentAndFollow(authorizeUrl: string, decision: 'approve' | 'deny'): Promise<PageAnswer> {
  return get(await consent(authorizeUrl, decision));
}

/** The OAuth 1.0a authorize page approved; returns the PIN it shows. */
export async function approvePin(authorizeUrl: string): Promise<string> {
  const ticket = ticketOf(await get(authorizeUrl));
  const page = await postForm(new URL('/oauth/authorize', authorizeUrl).toString(), { ticket, decision: 'approve' });
  assert.equal(page.status, 200, page.text);
  const match = /id="pin">([0-9]+)</.exec(page.text);
  assert.ok(match, 'the page shows a PIN');
  return match[1];
}
