/**
 * OAuth 1.0a three-legged sign-in with a PIN (`oob`): signing the two handshake requests through the same
 * `oauth-1.0a` package and SigningDeps as every API request (oauth1.ts), reading their form-encoded answers, the
 * authorize URL, and checking the PIN the user types.
 */
import OAuth from 'oauth-1.0a';
import { tokenProblem } from './credentials';
import { formDecode, percentEncode } from './encoding';
import type { SigningDeps } from './oauth1';
import { SignInError } from './signInError';

export interface HandshakeSigning {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** The request token, for `/oauth/access_token`; absent for `/oauth/request_token`. */
  readonly token?: string;
  readonly tokenSecret?: string;
  /** Protocol parameters that go into the header and the signature: `oauth_callback`, `oauth_verifier`. */
  readonly extra?: Readonly<Partial<Record<'oauth_callback' | 'oauth_verifier', string>>>;
}

/**
 * The `Authorization: OAuth ...` header of a handshake request (POST, no body). Unlike an API request, it may lack
 * `oauth_token` (request_token is signed with the consumer key and secret only) and carries `oauth_callback` or
 * `oauth_verifier`, which are signed like every other protocol parameter (RFC 5849 §3.4.1.3).
 */
export function handshakeAuthorization(method: string, url: string, signing: HandshakeSigning, deps: SigningDeps): string {
  const oauth = new OAuth({
    consumer: { key: signing.consumerKey, secret: signing.consumerSecret },
    signature_method: 'HMAC-SHA1',
    hash_function: (text: string, key: string) => deps.hmacSha1Base64(key, text),
  });
  const data: Record<string, string> = {
    oauth_consumer_key: signing.consumerKey,
    oauth_nonce: deps.nonce(),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(deps.nowSeconds()),
    oauth_version: '1.0',
  };
  if (signing.token !== undefined) data.oauth_token = signing.token;
  for (const [name, value] of Object.entries(signing.extra ?? {})) if (value !== undefined) data[name] = value;
  const signature = oauth.getSignature({ url, method, data: {} }, signing.tokenSecret, data as unknown as OAuth.Data);
  return oauth.toHeader({ ...(data as unknown as OAuth.Data), oauth_signature: signature }).Authorization;
}

/** The request token of step one; both halves are secrets until the exchange. */
export interface RequestToken {
  readonly token: string;
  readonly tokenSecret: string;
}

/** The access token of step three, and whose it is. */
export interface OAuth1AccessToken {
  readonly accessToken: string;
  readonly accessTokenSecret: string;
  /** A snowflake, kept as a string. */
  readonly userId: string;
  readonly screenName: string;
}

function invalid(step: string, what: string): SignInError {
  return new SignInError('invalid-response', `the ${step} answer is not valid: ${what}`);
}

function field(params: Map<string, string>, name: string, step: string, secret: boolean): string {
  const value = params.get(name);
  if (value === undefined || value === '') throw invalid(step, `${name} is missing`);
  if (secret && tokenProblem(value) !== undefined) throw invalid(step, `${name} ${tokenProblem(value)}`);
  return value;
}

/** Reads `oauth_token=..&oauth_token_secret=..&oauth_callback_confirmed=true`; the confirmation must be `true`. */
export function parseRequestTokenAnswer(text: string): RequestToken {
  const params = formDecode(text.trim());
  if (!params) throw invalid('request token', 'not form-encoded');
  if (params.get('oauth_callback_confirmed') !== 'true') throw invalid('request token', 'oauth_callback_confirmed is not true');
  return { token: field(params, 'oauth_token', 'request token', true), tokenSecret: field(params, 'oauth_token_secret', 'request token', true) };
}

/** Reads `oauth_token=..&oauth_token_secret=..&user_id=..&screen_name=..`; `user_id` stays a string. */
export function parseAccessTokenAnswer(text: string): OAuth1AccessToken {
  const params = formDecode(text.trim());
  if (!params) throw invalid('access token', 'not form-encoded');
  const userId = field(params, 'user_id', 'access token', false);
  if (!/^[0-9]{1,19}$/.test(userId)) throw invalid('access token', 'user_id is not a numeric id');
  const screenName = field(params, 'screen_name', 'access token', false);
  if (!/^[A-Za-z0-9_]{1,50}$/.test(screenName)) throw invalid('access token', 'screen_name is not a username');
  return {
    accessToken: field(params, 'oauth_token', 'access token', true),
    accessTokenSecret: field(params, 'oauth_token_secret', 'access token', true),
    userId, screenName,
  };
}

/** `<baseUrl>/oauth/authorize?oauth_token=..`, the page where the user approves and is shown a PIN. */
export function oauth1AuthorizeUrl(baseUrl: string, requestToken: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/oauth/authorize?oauth_token=${percentEncode(requestToken)}`;
}

/** Digits X's PINs have; bounds generous on both sides. */
const PIN_PATTERN = /^[0-9]{4,16}$/;

/** The PIN as typed, spaces and dashes people put in removed; undefined when it cannot be a PIN. */
export function normalizePin(input: string): string | undefined {
  const pin = input.replace(/[\s-]/g, '');
  return PIN_PATTERN.test(pin) ? pin : undefined;
}

/** Why the typed text is not a PIN (for an input box's live validation); undefined when it is one. */
export function pinProblem(input: string): string | undefined {
  return normalizePin(input) === undefined ? 'the PIN is the 4 to 16 digits the authorize page shows' : undefined;
}
