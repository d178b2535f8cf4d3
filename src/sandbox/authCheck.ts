/**
 * The sandbox's auth checks. OAuth 1.0a signatures are verified by an implementation of RFC 5849 §3.4 written
 * independently of the client's signer, so a signing bug in the client shows up as a 401 here, as it would at X.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2 } from '../core/auth/sandboxCredentials';

/** Who is calling: the app alone, or a user through one of the user-context methods. */
export type Principal =
  | { readonly ok: true; readonly context: 'app'; readonly key: string }
  | {
      readonly ok: true;
      readonly context: 'user';
      readonly method: 'oauth1' | 'oauth2';
      readonly key: string;
      /** The scopes an OAuth 2.0 token issued by the sandbox's sign-in was granted; undefined for the documented one (all). */
      readonly scopes?: readonly string[];
    };

/**
 * Tokens the sandbox's sign-in endpoints issued (oauthAuthority.ts), looked up beside the documented credentials:
 * they are accepted the same way, until they expire or are revoked.
 */
export interface IssuedTokens {
  /** What a Bearer token issued here is: an app token, an OAuth 2.0 user token, or refused (expired, revoked). */
  bearer(token: string): { readonly context: 'app' } | { readonly context: 'user'; readonly scopes: readonly string[] } | { readonly refused: string } | undefined;
  /** The secret of an OAuth 1.0a access token issued by the PIN flow. */
  oauth1Secret(token: string): string | undefined;
}

/** Why a request was refused; `v1Code` is the v1.1 error code X uses for it. */
export interface AuthFailure {
  readonly ok: false;
  readonly reason: string;
  readonly v1Code: 32 | 89 | 135 | 215;
}

/** Largest clock difference X tolerates between the client's timestamp and its own. */
const MAX_SKEW_SECONDS = 300;

/**
 * RFC 3986: unreserved characters stay, everything else is %XX over UTF-8. encodeURIComponent does that except for
 * `!*'()`, which it leaves alone and which are fixed up here.
 */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!*'()]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function decode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, '%20'));
}

/** Parses `OAuth k="v", k2="v2"` into decoded pairs; undefined when it is not that shape. */
export function parseOAuthHeader(header: string): Map<string, string> | undefined {
  if (!/^OAuth\s+/i.test(header)) return undefined;
  const params = new Map<string, string>();
  const pattern = /([A-Za-z0-9_\-.~%]+)="([^"]*)"/g;
  const body = header.replace(/^OAuth\s+/i, '');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(body)) !== null) {
    try {
      params.set(decode(match[1]), decode(match[2]));
    } catch {
      return undefined;
    }
  }
  return params;
}

/** The signature base string of RFC 5849 §3.4.1 for a received request. */
export function signatureBaseString(method: string, baseUrl: string, query: string, oauth: Map<string, string>): string {
  const pairs: [string, string][] = [];
  if (query) {
    for (const part of query.split('&')) {
      if (!part) continue;
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? '' : part.slice(eq + 1);
      pairs.push([encode(decode(name)), encode(decode(value))]);
    }
  }
  for (const [name, value] of oauth) {
    if (name !== 'oauth_signature' && name !== 'realm') pairs.push([encode(name), encode(value)]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const normalized = pairs.map(([n, v]) => `${n}=${v}`).join('&');
  return `${method.toUpperCase()}&${encode(baseUrl)}&${encode(normalized)}`;
}

export interface AuthInput {
  readonly method: string;
  readonly authorization: string | undefined;
  /** scheme://host[:port]/path as the client addressed it, default port left out. */
  readonly baseUrl: string;
  /** The raw query string, without `?`. */
  readonly query: string;
  readonly nowSeconds: number;
}

/** Remembers OAuth nonces for the skew window, since X refuses a replayed one. */
export class NonceCache {
  private readonly seen = new Map<string, number>();
  private pruneAt = 10_000;

  /** Whether the nonce is new; records it. */
  admit(key: string, timestamp: number, nowSeconds: number): boolean {
    if (this.seen.size > this.pruneAt) {
      for (const [k, t] of this.seen) if (t < nowSeconds - MAX_SKEW_SECONDS) this.seen.delete(k);
      // Amortised: a burst of fresh nonces is not rescanned on every request.
      this.pruneAt = Math.max(10_000, this.seen.size * 2);
    }
    if (this.seen.has(key)) return false;
    this.seen.set(key, timestamp);
    return true;
  }
}

export function authenticate(input: AuthInput, nonces: NonceCache | undefined, issued?: IssuedTokens): Principal | AuthFailure {
  const header = input.authorization;
  if (!header) return { ok: false, reason: 'no Authorization header', v1Code: 215 };
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) {
    if (safeEqual(bearer[1], SANDBOX_BEARER.token)) return { ok: true, context: 'app', key: 'app' };
    if (safeEqual(bearer[1], SANDBOX_OAUTH2.accessToken)) return { ok: true, context: 'user', method: 'oauth2', key: 'user' };
    const found = issued?.bearer(bearer[1]);
    if (found && 'refused' in found) return { ok: false, reason: found.refused, v1Code: 89 };
    if (found?.context === 'app') return { ok: true, context: 'app', key: 'app' };
    if (found?.context === 'user') return { ok: true, context: 'user', method: 'oauth2', key: 'user', scopes: found.scopes };
    return { ok: false, reason: 'unknown bearer token', v1Code: 89 };
  }
  const oauth = parseOAuthHeader(header);
  if (!oauth) return { ok: false, reason: 'Authorization header is neither Bearer nor OAuth', v1Code: 215 };
  for (const name of ['oauth_consumer_key', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce', 'oauth_token']) {
    if (!oauth.has(name)) return { ok: false, reason: `OAuth header lacks ${name}`, v1Code: 215 };
  }
  if (oauth.get('oauth_signature_method') !== 'HMAC-SHA1') return { ok: false, reason: 'only HMAC-SHA1 is supported', v1Code: 32 };
  const version = oauth.get('oauth_version');
  if (version !== undefined && version !== '1.0') return { ok: false, reason: 'oauth_version must be 1.0', v1Code: 32 };
  if (oauth.get('oauth_consumer_key') !== SANDBOX_OAUTH1.consumerKey) return { ok: false, reason: 'unknown consumer key', v1Code: 32 };
  const token = oauth.get('oauth_token') ?? '';
  const tokenSecret = token === SANDBOX_OAUTH1.accessToken ? SANDBOX_OAUTH1.accessTokenSecret : issued?.oauth1Secret(token);
  if (tokenSecret === undefined) return { ok: false, reason: 'unknown access token', v1Code: 89 };
  const timestamp = Number(oauth.get('oauth_timestamp'));
  if (!Number.isInteger(timestamp) || Math.abs(timestamp - input.nowSeconds) > MAX_SKEW_SECONDS) {
    return { ok: false, reason: 'oauth_timestamp is out of bounds', v1Code: 135 };
  }
  const base = signatureBaseString(input.method, input.baseUrl, input.query, oauth);
  const key = `${encode(SANDBOX_OAUTH1.consumerSecret)}&${encode(tokenSecret)}`;
  const expected = createHmac('sha1', key).update(base).digest('base64');
  if (!safeEqual(oauth.get('oauth_signature') ?? '', expected)) return { ok: false, reason: 'signature does not match', v1Code: 32 };
  if (nonces && !nonces.admit(`${oauth.get('oauth_nonce')}:${timestamp}`, timestamp, input.nowSeconds)) {
    return { ok: false, reason: 'nonce already used', v1Code: 32 };
  }
  return { ok: true, context: 'user', method: 'oauth1', key: 'user' };
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Verifies a signed request of the OAuth 1.0a PIN handshake (`/oauth/request_token`, `/oauth/access_token`): the
 * same RFC 5849 checks as API requests, but `oauth_token` is absent (request_token, signed with the consumer secret
 * alone) or a request token whose secret `tokenSecret` knows, and form body parameters take part in the signature.
 * Answers the verified protocol parameters (`oauth_callback`, `oauth_verifier`, ...) merged with the form's.
 */
export function verifyHandshake(
  input: AuthInput & { readonly form: string },
  nonces: NonceCache | undefined,
  tokenSecret: ((token: string) => string | undefined) | undefined,
): { readonly ok: true; readonly params: ReadonlyMap<string, string> } | AuthFailure {
  const header = input.authorization;
  if (!header) return { ok: false, reason: 'no Authorization header', v1Code: 215 };
  const oauth = parseOAuthHeader(header);
  if (!oauth) return { ok: false, reason: 'Authorization header is not OAuth', v1Code: 215 };
  const required = ['oauth_consumer_key', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce'];
  if (tokenSecret) required.push('oauth_token');
  for (const name of required) if (!oauth.has(name)) return { ok: false, reason: `OAuth header lacks ${name}`, v1Code: 215 };
  if (oauth.get('oauth_signature_method') !== 'HMAC-SHA1') return { ok: false, reason: 'only HMAC-SHA1 is supported', v1Code: 32 };
  const version = oauth.get('oauth_version');
  if (version !== undefined && version !== '1.0') return { ok: false, reason: 'oauth_version must be 1.0', v1Code: 32 };
  if (oauth.get('oauth_consumer_key') !== SANDBOX_OAUTH1.consumerKey) return { ok: false, reason: 'unknown consumer key', v1Code: 32 };
  const secret = tokenSecret ? tokenSecret(oauth.get('oauth_token') ?? '') : '';
  if (secret === undefined) return { ok: false, reason: 'unknown or expired request token', v1Code: 89 };
  const timestamp = Number(oauth.get('oauth_timestamp'));
  if (!Number.isInteger(timestamp) || Math.abs(timestamp - input.nowSeconds) > MAX_SKEW_SECONDS) {
    return { ok: false, reason: 'oauth_timestamp is out of bounds', v1Code: 135 };
  }
  const signed = [input.query, input.form].filter((part) => part !== '').join('&');
  let base: string;
  try {
    base = signatureBaseString(input.method, input.baseUrl, signed, oauth);
  } catch {
    return { ok: false, reason: 'a parameter is not validly percent-encoded', v1Code: 32 };
  }
  const expected = createHmac('sha1', `${encode(SANDBOX_OAUTH1.consumerSecret)}&${encode(secret)}`).update(base).digest('base64');
  if (!safeEqual(oauth.get('oauth_signature') ?? '', expected)) return { ok: false, reason: 'signature does not match', v1Code: 32 };
  if (nonces && !nonces.admit(`${oauth.get('oauth_nonce')}:${timestamp}`, timestamp, input.nowSeconds)) {
    return { ok: false, reason: 'nonce already used', v1Code: 32 };
  }
  const params = new Map(oauth);
  for (const part of input.form.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    try {
      params.set(decode(eq < 0 ? part : part.slice(0, eq)), decode(eq < 0 ? '' : part.slice(eq + 1)));
    } catch {
      return { ok: false, reason: 'a form parameter is not validly percent-encoded', v1Code: 32 };
    }
  }
  return { ok: true, params };
}
