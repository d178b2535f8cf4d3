/**
 * The browser half of OAuth 2.0 Authorization Code with PKCE: the authorize URL, and reading what the browser came
 * back with (the loopback listener's request, or the URL the user pastes when the browser is on another machine).
 */
import { DEFAULT_BASE_URL } from '../request/baseUrl';
import { constantTimeEqual, percentEncode } from './encoding';
import { sanitizeErrorCode, sanitizeServerText, SignInError } from './signInError';

/** X's consent page; other X-compatible servers (the sandbox) serve it at `<baseUrl>/2/oauth2/authorize`. */
export const X_AUTHORIZE_URL = 'https://x.com/i/oauth2/authorize';

/** The port of the loopback redirect URI unless the user picks another (setting `xapi.auth.redirectPort`). */
export const DEFAULT_REDIRECT_PORT = 8976;

/** The path of the loopback redirect URI. */
export const CALLBACK_PATH = '/callback';

/**
 * The authorize page for an API base URL: X's own for X's API, and `<baseUrl>/2/oauth2/authorize` for any other
 * server, where X's OpenAPI specs place it (`OAuth2UserToken.flows.authorizationCode.authorizationUrl`).
 */
export function defaultAuthorizeUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '') === DEFAULT_BASE_URL ? X_AUTHORIZE_URL : `${baseUrl.replace(/\/+$/, '')}/2/oauth2/authorize`;
}

/** `http://<host>:<port>/callback`, the URI registered on the app. */
export function loopbackRedirectUri(port: number, host = '127.0.0.1'): string {
  return `http://${host}:${port}${CALLBACK_PATH}`;
}

export interface AuthorizeRequest {
  /** The consent page, e.g. X_AUTHORIZE_URL; a query it already has is kept. */
  readonly authorizeUrl: string;
  readonly clientId: string;
  /** Exactly as registered on the app. */
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly state: string;
  readonly codeChallenge: string;
}

/** The URL to open in the browser; every value RFC 3986 encoded (a space is `%20`, never `+`). */
export function buildAuthorizeUrl(request: AuthorizeRequest): string {
  const query = [
    ['response_type', 'code'],
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ['scope', request.scopes.join(' ')],
    ['state', request.state],
    ['code_challenge', request.codeChallenge],
    ['code_challenge_method', 'S256'],
  ].map(([name, value]) => `${name}=${percentEncode(value)}`).join('&');
  const base = request.authorizeUrl.replace(/#.*$/s, '');
  return `${base}${base.includes('?') ? '&' : '?'}${query}`;
}

/** Longest callback text read: a real one is a few hundred characters. */
const MAX_CALLBACK_CHARS = 8 * 1024;

/**
 * Reads the code out of a callback, checking `state` in constant time. Takes a whole URL
 * (`http://127.0.0.1:8976/callback?code=..&state=..`), a query with or without its `?`, or the same with spaces and
 * quotes around it, as people paste. Throws a SignInError: `denied` (access_denied), `state-mismatch`, `missing-code`,
 * `oauth-error` (any other error, its description sanitised), `invalid-input` (no query at all).
 */
export function parseCallback(input: string, expectedState: string): { readonly code: string } {
  const text = input.trim().replace(/^["'<]+|["'>]+$/g, '');
  if (text.length > MAX_CALLBACK_CHARS) throw new SignInError('invalid-input', 'the pasted text is too long to be the URL the browser ended on');
  const query = queryOf(text);
  if (query === undefined) {
    throw new SignInError('invalid-input', 'that is not the URL the browser ended on: paste the whole address, starting http://');
  }
  const params = new URLSearchParams(query);
  const state = params.get('state');
  const error = params.get('error');
  // A missing or wrong state means the answer is not to this attempt, whatever else it says: check it first.
  if (state === null || !constantTimeEqual(state, expectedState)) {
    throw new SignInError('state-mismatch', 'the sign-in answer does not belong to this attempt (its state does not match); start the sign-in again');
  }
  if (error !== null) {
    const code = sanitizeErrorCode(error);
    const description = params.get('error_description');
    const clean = description === null ? undefined : sanitizeServerText(description);
    if (error === 'access_denied') throw new SignInError('denied', 'sign-in was cancelled: access was denied on the consent page', { oauthError: code });
    throw new SignInError('oauth-error', `the authorization server refused the sign-in (${code}${clean ? `: ${clean}` : ''})`, { oauthError: code, description: clean });
  }
  const code = params.get('code');
  if (code === null || code === '') throw new SignInError('missing-code', 'the sign-in answer has no authorization code');
  if (!/^[\x21-\x7e]{1,2048}$/.test(code)) throw new SignInError('invalid-input', 'the authorization code has characters a code never contains');
  return { code };
}

/** The query of a URL or of a bare query string; undefined when the text has none. */
function queryOf(text: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      return url.search === '' ? undefined : url.search.slice(1);
    } catch {
      return undefined;
    }
  }
  const query = text.startsWith('?') ? text.slice(1) : text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  return /(^|&)(code|error|state)=/.test(query) ? query.replace(/#.*$/s, '') : undefined;
}
