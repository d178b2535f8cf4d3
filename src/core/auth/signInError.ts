/**
 * Why a sign-in step failed, as one typed error for every flow (OAuth 2.0 with PKCE, OAuth 1.0a with a PIN, app-only),
 * so the host can say something specific and act on it (an `invalid-grant` refresh signs the account out). Messages
 * are ours; what a server or a callback URL says is cleaned before it is quoted and is never markup.
 */

export type SignInFailureReason =
  /** The user pressed Deny (`error=access_denied`). */
  | 'denied'
  /** The callback's `state` is not the one this attempt sent: a stale tab, or a forged request. */
  | 'state-mismatch'
  /** A callback without `code` (and without `error`). */
  | 'missing-code'
  /** An OAuth error other than the ones above, from the callback or a token endpoint. */
  | 'oauth-error'
  /** The code or refresh token is used, expired, revoked or unknown: sign in again. */
  | 'invalid-grant'
  /** The client id or secret is wrong (`invalid_client`, or a 401 from a Basic-authenticated endpoint). */
  | 'invalid-client'
  /** The loopback port is taken by another program. */
  | 'port-in-use'
  /** Nothing came back within the time allowed. */
  | 'timeout'
  /** The caller cancelled (an AbortSignal, or the listener was closed). */
  | 'cancelled'
  /** Input we were given cannot be right (a PIN with letters, a pasted text that is no callback URL). */
  | 'invalid-input'
  /** A server answered 2xx with something that is not a valid answer. */
  | 'invalid-response'
  /** Any other HTTP status. */
  | 'http'
  /** Connection refused, reset, name not resolved, body too large. */
  | 'network';

/** A failed sign-in step. `message` is complete, safe to show as plain text, and holds no secret. */
export class SignInError extends Error {
  override readonly name = 'SignInError';

  constructor(
    readonly reason: SignInFailureReason,
    message: string,
    /** Details for the log and for tests; all of it sanitised like `message`. */
    readonly detail: {
      /** The OAuth `error` code (`invalid_grant`, `access_denied`, ...) when one was given. */
      readonly oauthError?: string;
      /** The server's `error_description`, sanitised. */
      readonly description?: string;
      readonly status?: number;
    } = {},
  ) {
    super(message);
  }
}

const REASONS: ReadonlySet<string> = new Set<SignInFailureReason>([
  'denied', 'state-mismatch', 'missing-code', 'oauth-error', 'invalid-grant', 'invalid-client', 'port-in-use', 'timeout',
  'cancelled', 'invalid-input', 'invalid-response', 'http', 'network',
]);

/**
 * Whether `value` is a SignInError, by its shape rather than `instanceof`: the engine (dist/engine.js) and the host
 * (dist/app.js) are separate bundles, each with its own copy of this class, and the errors the host must act on
 * (`invalid-grant`, `cancelled`, `port-in-use`) are thrown by the engine's.
 */
export function isSignInError(value: unknown): value is SignInError {
  if (value instanceof SignInError) return true;
  if (!(value instanceof Error) || value.name !== 'SignInError') return false;
  const { reason, detail } = value as Partial<SignInError>;
  return typeof reason === 'string' && REASONS.has(reason) && typeof detail === 'object' && detail !== null;
}

/** Longest server- or URL-supplied text quoted in a message. */
export const MAX_QUOTED_CHARS = 200;

/**
 * Text from a server or a URL made fit to quote in a plain-text message: control characters (C0, C1, DEL) and
 * bidirectional overrides removed, whitespace runs collapsed, cut to MAX_QUOTED_CHARS with an ellipsis. Markup stays
 * as characters; callers never put the result into HTML unescaped.
 */
export function sanitizeServerText(text: string, max = MAX_QUOTED_CHARS): string {
  const clean = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** An OAuth `error` code as it may be quoted: RFC 6749 limits it to printable ASCII without `"` and `\`. */
export function sanitizeErrorCode(code: string): string {
  const clean = code.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '').trim();
  return sanitizeServerText(clean, 64);
}
