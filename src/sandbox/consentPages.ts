/**
 * The sandbox's sign-in pages: the OAuth 2.0 consent page, the OAuth 1.0a authorize page, the PIN page and error
 * pages. Plain HTML forms (`method=post`) with no script; the one small stylesheet is allowed by its hash in a strict
 * CSP, and every value shown is HTML-escaped.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#0f1419;background:#fff}' +
  'button{font:inherit;padding:.5rem 1.25rem;margin-right:.75rem;border-radius:999px;border:1px solid #536471;background:#fff;cursor:pointer}' +
  'button[value=approve]{background:#0f1419;color:#fff;border-color:#0f1419}code,.pin{font-family:ui-monospace,monospace}' +
  '.pin{font-size:2rem;letter-spacing:.2em}.note{color:#536471;font-size:.9rem}';
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The CSP of every page. `form-action` names where a form may go, the redirects after it included (browsers apply
 * it to them), so the consent page also lists the registered redirect URI's origin.
 */
function csp(formTargets: readonly string[]): string {
  const form = formTargets.length > 0 ? formTargets.join(' ') : "'none'";
  return `default-src 'none'; style-src ${STYLE_HASH}; form-action ${form}; base-uri 'none'; frame-ancestors 'none'`;
}

function sendPage(res: ServerResponse, status: number, title: string, body: string, formTargets: readonly string[] = []): void {
  const text = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'content-security-policy': csp(formTargets),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** An error page: the request was not one to redirect (bad client or redirect URI), or not one to go on with. */
export function errorPage(res: ServerResponse, status: number, message: string): void {
  sendPage(res, status, 'X API sandbox: sign-in error', `<h1>Sign-in error</h1><p>${escapeHtml(message)}</p><p class="note">X API Explorer sandbox</p>`);
}

function decisionForm(action: string, ticket: string): string {
  return `<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="ticket" value="${escapeHtml(ticket)}">` +
    '<button type="submit" name="decision" value="approve">Approve</button>' +
    '<button type="submit" name="decision" value="deny">Deny</button></form>';
}

/** The OAuth 2.0 consent page: who asks, for which scopes, where the answer goes. */
export function oauth2ConsentPage(res: ServerResponse, input: { ticket: string; clientId: string; scopes: readonly string[]; redirectUri: string; username: string }): void {
  const scopes = input.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('');
  sendPage(res, 200, 'X API sandbox: authorize app',
    `<h1>Authorize app</h1><p>The app <code>${escapeHtml(input.clientId)}</code> asks to use your account ` +
      `<strong>@${escapeHtml(input.username)}</strong> with these scopes:</p><ul>${scopes}</ul>` +
      `<p class="note">Your answer goes to <code>${escapeHtml(input.redirectUri)}</code>.</p>` +
      decisionForm('/2/oauth2/authorize', input.ticket) + '<p class="note">X API Explorer sandbox: nothing here reaches X.</p>',
    ["'self'", new URL(input.redirectUri).origin]);
}

/** The OAuth 1.0a authorize page of the PIN flow. */
export function oauth1AuthorizePage(res: ServerResponse, input: { ticket: string; username: string }): void {
  sendPage(res, 200, 'X API sandbox: authorize app',
    `<h1>Authorize app</h1><p>The sandbox app asks to use your account <strong>@${escapeHtml(input.username)}</strong> ` +
      '(OAuth 1.0a). Approve to get a PIN to type into the app.</p>' + decisionForm('/oauth/authorize', input.ticket),
    ["'self'"]);
}

export function pinPage(res: ServerResponse, pin: string): void {
  sendPage(res, 200, 'X API sandbox: your PIN',
    `<h1>Your PIN</h1><p>Type this PIN into the app to finish signing in:</p><p class="pin" id="pin">${escapeHtml(pin)}</p>`);
}

export function deniedPage(res: ServerResponse): void {
  sendPage(res, 200, 'X API sandbox: denied', '<h1>Denied</h1><p>You did not authorize the app. You can close this tab.</p>');
}
