/**
 * Reading what the OAuth 2.0 token endpoints answer: a token set (validated, expiry from an injected clock) or an
 * OAuth-style error body turned into a SignInError (`invalid_grant` distinguishable: it means "sign in again").
 */
import { tokenProblem } from './credentials';
import { parseScopeList } from './scopes';
import { sanitizeErrorCode, sanitizeServerText, SignInError, type SignInFailureReason } from './signInError';

/** What a code exchange or a refresh gave. */
export interface TokenSet {
  readonly tokenType: 'bearer';
  /** A secret. */
  readonly accessToken: string;
  /** A secret; only with `offline.access`, and single use: each refresh returns a new one. */
  readonly refreshToken?: string;
  /** Milliseconds since the epoch; undefined when the server gave no `expires_in`. */
  readonly expiresAt?: number;
  /** What X granted, which may be less than what was asked for; undefined when the answer does not say. */
  readonly scopes?: readonly string[];
}

/** Longest lifetime believed: an `expires_in` beyond a year is a server bug, not a promise. */
const MAX_EXPIRES_IN_SECONDS = 366 * 24 * 3600;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(what: string): SignInError {
  return new SignInError('invalid-response', `the token endpoint's answer is not valid: ${what}`);
}

/** A token from an answer; never quoted in the error. */
function token(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw invalid(`${name} is missing`);
  if (tokenProblem(value) !== undefined) throw invalid(`${name} ${tokenProblem(value)}`);
  return value;
}

/**
 * Validates a 2xx answer of `/2/oauth2/token` (authorization_code or refresh_token grant). `nowMs` is when the answer
 * arrived, from the injected clock. Throws a SignInError (`invalid-response`).
 */
export function parseTokenResponse(body: unknown, nowMs: number): TokenSet {
  if (!isRecord(body)) throw invalid('not a JSON object');
  if (typeof body.token_type !== 'string' || body.token_type.toLowerCase() !== 'bearer') throw invalid('token_type is not bearer');
  const accessToken = token(body, 'access_token');
  const refreshToken = body.refresh_token === undefined || body.refresh_token === null ? undefined : token(body, 'refresh_token');
  let expiresAt: number | undefined;
  if (body.expires_in !== undefined && body.expires_in !== null) {
    const seconds = typeof body.expires_in === 'string' && /^\d{1,9}$/.test(body.expires_in) ? Number(body.expires_in) : body.expires_in;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_EXPIRES_IN_SECONDS) {
      throw invalid('expires_in is not a number of seconds');
    }
    expiresAt = nowMs + seconds * 1000;
  }
  let scopes: string[] | undefined;
  if (body.scope !== undefined && body.scope !== null) {
    if (typeof body.scope !== 'string' || body.scope.length > 4096) throw invalid('scope is not a space-separated list');
    scopes = parseScopeList(body.scope);
    if (scopes.some((scope) => !/^[\x21-\x7e]{1,128}$/.test(scope))) throw invalid('scope holds characters no scope has');
  }
  return {
    tokenType: 'bearer', accessToken,
    ...(refreshToken !== undefined ? { refreshToken } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    ...(scopes !== undefined ? { scopes } : {}),
  };
}

/** Validates a 2xx answer of the app-only `/oauth2/token`: `{"token_type":"bearer","access_token":".."}`. */
export function parseAppTokenResponse(body: unknown): string {
  if (!isRecord(body)) throw invalid('not a JSON object');
  if (typeof body.token_type !== 'string' || body.token_type.toLowerCase() !== 'bearer') throw invalid('token_type is not bearer');
  return token(body, 'access_token');
}

/** An OAuth error body as read: the code and the sanitised description, either possibly absent. */
export interface OAuthErrorBody {
  readonly error?: string;
  readonly description?: string;
}

/**
 * Reads `{"error":"..","error_description":".."}` (RFC 6749 §5.2) out of an answer's text; also X's problem bodies
 * (`title`/`detail`) and v1.1 `errors[].message`, which some of its auth endpoints send instead. Sanitised.
 */
export function parseOAuthErrorBody(text: string): OAuthErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(body)) return {};
  const error = typeof body.error === 'string' ? sanitizeErrorCode(body.error) : undefined;
  let description: string | undefined;
  if (typeof body.error_description === 'string') description = body.error_description;
  else if (typeof body.detail === 'string') description = body.detail;
  else if (Array.isArray(body.errors) && isRecord(body.errors[0]) && typeof body.errors[0].message === 'string') description = body.errors[0].message;
  return { ...(error ? { error } : {}), ...(description !== undefined ? { description: sanitizeServerText(description) } : {}) };
}

/**
 * The SignInError for a non-2xx answer of a token, revoke or app-token endpoint. `what` names the step
 * ("the code exchange", "the refresh"). `invalid_grant` becomes reason `invalid-grant`, `invalid_client` (or a bare
 * 401) `invalid-client`.
 */
export function tokenEndpointError(status: number, text: string, what: string): SignInError {
  const { error, description } = parseOAuthErrorBody(text);
  let reason: SignInFailureReason = error ? 'oauth-error' : 'http';
  if (error === 'invalid_grant') reason = 'invalid-grant';
  else if (error === 'invalid_client' || (!error && status === 401)) reason = 'invalid-client';
  const said = error ? `${error}${description ? `: ${description}` : ''}` : description ?? `HTTP ${status}`;
  const advice =
    reason === 'invalid-grant' ? '; the grant is used, expired or revoked, so sign in again'
      : reason === 'invalid-client' ? '; check the client id (and secret) or the API key and secret'
        : '';
  return new SignInError(reason, `${what} failed with HTTP ${status} (${said})${advice}`, {
    status, ...(error ? { oauthError: error } : {}), ...(description ? { description } : {}),
  });
}
