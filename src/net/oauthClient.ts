/**
 * The token endpoints of every sign-in flow, over undici: OAuth 2.0 code exchange, refresh and revoke
 * (`/2/oauth2/token`, `/2/oauth2/revoke`), the app-only Bearer token (`/oauth2/token`, `/oauth2/invalidate_token`),
 * the OAuth 1.0a PIN handshake (`/oauth/request_token`, `/oauth/access_token`), and `/2/users/me` to learn whose
 * tokens they are. The same safety rules as the lookups' client: a deadline per request, a body-size cap, no
 * redirects followed, and every secret involved (sent or received, in every spelling) removed from error text.
 * Every failure is a SignInError.
 */
import { Agent, request, type Dispatcher } from 'undici';
import { createAuthorizer } from '../core/auth/authorizer';
import { secretsOf, type Credentials } from '../core/auth/credentials';
import { basicAuthorization, formEncode } from '../core/auth/encoding';
import type { SigningDeps } from '../core/auth/oauth1';
import { handshakeAuthorization, normalizePin, parseAccessTokenAnswer, parseRequestTokenAnswer, type OAuth1AccessToken, type RequestToken } from '../core/auth/oauth1Handshake';
import { parseAppTokenResponse, parseTokenResponse, tokenEndpointError, type TokenSet } from '../core/auth/oauth2Tokens';
import { redact, secretForms } from '../core/auth/redact';
import { sanitizeServerText, SignInError } from '../core/auth/signInError';
import type { SignInDeps } from '../core/auth/signInDeps';
import { classifyThrown } from './httpClient';
import { nodeSignInDeps } from './nodeSignInDeps';
import { nodeSigningDeps } from './nodeSigningDeps';

export interface OAuthClientOptions {
  /** The API base URL, normalised (core/request/baseUrl): `https://api.x.com`, or a sandbox's `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  /** Shared connection pools; by default one Agent of this client's own, closed by `close()`. */
  readonly dispatcher?: Dispatcher;
  /** Deadline of each request, connect to last byte; default 30 s. */
  readonly timeoutMs?: number;
  /** Answers larger than this are refused; default 64 KiB (a token answer is a few hundred bytes). */
  readonly maxBodyBytes?: number;
  readonly userAgent?: string;
  /** Randomness, hashing and the clock that dates `expiresAt`; Node's by default. */
  readonly deps?: SignInDeps;
  /** OAuth 1.0a nonce, clock and HMAC; Node's by default. */
  readonly signing?: SigningDeps;
  /** Secrets the user holds besides those of a call (other accounts): removed from error text too. */
  readonly otherSecrets?: readonly string[];
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** Who a user token belongs to, from `/2/users/me`. */
export interface TokenOwner {
  readonly id: string;
  readonly username: string;
}

export const DEFAULT_AUTH_TIMEOUT_MS = 30_000;
export const DEFAULT_AUTH_MAX_BODY_BYTES = 64 * 1024;

interface Answer {
  readonly status: number;
  readonly text: string;
  /** Every secret the request carried, its Authorization header's value included: what error text must not hold. */
  readonly secrets: readonly string[];
}

interface Call {
  readonly path: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly form?: Readonly<Record<string, string | undefined>>;
  /** What the step is called in messages: "the code exchange". */
  readonly what: string;
  /** Every secret of the call; the answer's are added once known. */
  readonly secrets: readonly string[];
}

export class OAuthClient {
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly timeoutMs: number;
  private readonly maxBodyBytes: number;
  private readonly userAgent: string;
  private readonly deps: SignInDeps;
  private readonly signing: SigningDeps;

  constructor(private readonly options: OAuthClientOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_AUTH_TIMEOUT_MS;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_AUTH_MAX_BODY_BYTES;
    this.userAgent = options.userAgent ?? 'x-api-explorer';
    this.deps = options.deps ?? nodeSignInDeps;
    this.signing = options.signing ?? nodeSigningDeps;
    this.ownsDispatcher = !options.dispatcher;
    this.dispatcher = options.dispatcher ?? new Agent({ connect: { timeout: this.timeoutMs }, headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs });
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /**
   * Exchanges an authorization code for tokens (`grant_type=authorization_code`). A public client sends `client_id`
   * in the body; with `clientSecret` (a confidential client) the id and secret go as Basic auth instead.
   */
  async exchangeCode(
    input: { readonly clientId: string; readonly clientSecret?: string; readonly code: string; readonly redirectUri: string; readonly codeVerifier: string },
    options: CallOptions = {},
  ): Promise<TokenSet> {
    const answer = await this.send({
      path: '/2/oauth2/token', method: 'POST', what: 'the code exchange',
      headers: this.clientAuth(input.clientId, input.clientSecret),
      form: {
        grant_type: 'authorization_code', code: input.code, redirect_uri: input.redirectUri, code_verifier: input.codeVerifier,
        client_id: input.clientSecret === undefined ? input.clientId : undefined,
      },
      secrets: [input.code, input.codeVerifier, ...(input.clientSecret !== undefined ? [input.clientSecret] : [])],
    }, options);
    return this.tokens(answer, 'the code exchange');
  }

  /**
   * Trades a refresh token for a new access token and (X rotates them) a new refresh token; the old one stops
   * working, so the caller stores the result before using it. A used or revoked refresh token fails with reason
   * `invalid-grant`.
   */
  async refresh(
    input: { readonly clientId: string; readonly clientSecret?: string; readonly refreshToken: string },
    options: CallOptions = {},
  ): Promise<TokenSet> {
    const answer = await this.send({
      path: '/2/oauth2/token', method: 'POST', what: 'the refresh',
      headers: this.clientAuth(input.clientId, input.clientSecret),
      form: { grant_type: 'refresh_token', refresh_token: input.refreshToken, client_id: input.clientSecret === undefined ? input.clientId : undefined },
      secrets: [input.refreshToken, ...(input.clientSecret !== undefined ? [input.clientSecret] : [])],
    }, options);
    return this.tokens(answer, 'the refresh');
  }

  /** Revokes an access or refresh token (`/2/oauth2/revoke`). An unknown token is not an error (RFC 7009). */
  async revoke(
    input: { readonly clientId: string; readonly clientSecret?: string; readonly token: string; readonly tokenTypeHint: 'access_token' | 'refresh_token' },
    options: CallOptions = {},
  ): Promise<void> {
    const answer = await this.send({
      path: '/2/oauth2/revoke', method: 'POST', what: 'the revocation',
      headers: this.clientAuth(input.clientId, input.clientSecret),
      form: { token: input.token, token_type_hint: input.tokenTypeHint, client_id: input.clientSecret === undefined ? input.clientId : undefined },
      secrets: [input.token, ...(input.clientSecret !== undefined ? [input.clientSecret] : [])],
    }, options);
    if (!ok(answer)) throw this.clean(tokenEndpointError(answer.status, answer.text, 'the revocation'), answer.secrets);
  }

  /** The app-only Bearer token for an API key and secret (`/oauth2/token`, `grant_type=client_credentials`). */
  async appToken(input: { readonly apiKey: string; readonly apiSecret: string }, options: CallOptions = {}): Promise<string> {
    const secrets = [input.apiKey, input.apiSecret];
    const answer = await this.send({
      path: '/oauth2/token', method: 'POST', what: 'the app-only token request',
      headers: { authorization: basicAuthorization(input.apiKey, input.apiSecret) },
      form: { grant_type: 'client_credentials' }, secrets,
    }, options);
    if (!ok(answer)) throw this.clean(tokenEndpointError(answer.status, answer.text, 'the app-only token request'), answer.secrets);
    try {
      return parseAppTokenResponse(parseJson(answer.text));
    } catch (error) {
      throw this.clean(error, answer.secrets, answer.text);
    }
  }

  /** Retires an app-only Bearer token (`/oauth2/invalidate_token`, Basic auth with the API key and secret). */
  async invalidateAppToken(input: { readonly apiKey: string; readonly apiSecret: string; readonly token: string }, options: CallOptions = {}): Promise<void> {
    const secrets = [input.apiKey, input.apiSecret, input.token, decodeOrSame(input.token)];
    // The token goes as issued (X's contain `%2B`-style escapes as text), form-encoded once more like every value.
    const answer = await this.send({
      path: '/oauth2/invalidate_token', method: 'POST', what: 'invalidating the app-only token',
      headers: { authorization: basicAuthorization(input.apiKey, input.apiSecret) },
      form: { access_token: input.token }, secrets,
    }, options);
    if (!ok(answer)) throw this.clean(tokenEndpointError(answer.status, answer.text, 'invalidating the app-only token'), answer.secrets);
  }

  /** Step one of the PIN flow: a request token, signed with the consumer key and secret only, `oauth_callback=oob`. */
  async requestToken(input: { readonly consumerKey: string; readonly consumerSecret: string }, options: CallOptions = {}): Promise<RequestToken> {
    const url = `${this.options.baseUrl}/oauth/request_token`;
    const secrets = [input.consumerKey, input.consumerSecret];
    const answer = await this.send({
      path: '/oauth/request_token', method: 'POST', what: 'the request token step',
      headers: { authorization: handshakeAuthorization('POST', url, { ...input, extra: { oauth_callback: 'oob' } }, this.signing) },
      secrets,
    }, options);
    if (!ok(answer)) throw this.clean(tokenEndpointError(answer.status, answer.text, 'the request token step'), answer.secrets);
    try {
      return parseRequestTokenAnswer(answer.text);
    } catch (error) {
      throw this.clean(error, answer.secrets, answer.text);
    }
  }

  /** Step three: the user's access token for the request token and the PIN they typed. */
  async accessToken(
    input: { readonly consumerKey: string; readonly consumerSecret: string; readonly requestToken: RequestToken; readonly pin: string },
    options: CallOptions = {},
  ): Promise<OAuth1AccessToken> {
    const pin = normalizePin(input.pin);
    if (pin === undefined) throw new SignInError('invalid-input', 'the PIN is the 4 to 16 digits the authorize page shows');
    const url = `${this.options.baseUrl}/oauth/access_token`;
    const secrets = [input.consumerKey, input.consumerSecret, input.requestToken.token, input.requestToken.tokenSecret, pin];
    const answer = await this.send({
      path: '/oauth/access_token', method: 'POST', what: 'the access token step',
      headers: {
        authorization: handshakeAuthorization('POST', url, {
          consumerKey: input.consumerKey, consumerSecret: input.consumerSecret,
          token: input.requestToken.token, tokenSecret: input.requestToken.tokenSecret, extra: { oauth_verifier: pin },
        }, this.signing),
      },
      secrets,
    }, options);
    if (!ok(answer)) {
      const error = tokenEndpointError(answer.status, answer.text, 'the access token step');
      // X answers a wrong or used PIN with 401: say so rather than blame the consumer key.
      const wrongPin = answer.status === 401 ? new SignInError('invalid-grant', `the access token step failed with HTTP 401 (${error.detail.description ?? 'refused'}); the PIN is wrong or used, or the request token expired: start again`, error.detail) : error;
      throw this.clean(wrongPin, answer.secrets);
    }
    try {
      return parseAccessTokenAnswer(answer.text);
    } catch (error) {
      throw this.clean(error, answer.secrets, answer.text);
    }
  }

  /** Whose user token this is (`GET /2/users/me`). */
  async whoAmI(credentials: Credentials, options: CallOptions = {}): Promise<TokenOwner> {
    const authorize = createAuthorizer(credentials, this.signing);
    const url = `${this.options.baseUrl}/2/users/me`;
    const secrets = secretsOf(credentials);
    const answer = await this.send({ path: '/2/users/me', method: 'GET', what: 'asking who signed in', headers: { authorization: authorize('GET', url) }, secrets }, options);
    if (!ok(answer)) throw this.clean(tokenEndpointError(answer.status, answer.text, 'asking who signed in (GET /2/users/me)'), answer.secrets);
    const body = parseJson(answer.text) as { data?: { id?: unknown; username?: unknown } } | undefined;
    const id = body?.data?.id;
    const username = body?.data?.username;
    if (typeof id !== 'string' || !/^[0-9]{1,19}$/.test(id) || typeof username !== 'string' || !/^[A-Za-z0-9_]{1,50}$/.test(username)) {
      throw this.clean(new SignInError('invalid-response', 'GET /2/users/me did not answer with a user id and username'), answer.secrets);
    }
    return { id, username };
  }

  /** Closes the connection pool this client created. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  private clientAuth(clientId: string, clientSecret: string | undefined): Record<string, string> {
    return clientSecret === undefined ? {} : { authorization: basicAuthorization(clientId, clientSecret) };
  }

  private tokens(answer: Answer, what: string): TokenSet {
    if (!ok(answer)) throw this.clean(tokenEndpointError(answer.status, answer.text, what), answer.secrets);
    try {
      return parseTokenResponse(parseJson(answer.text), this.deps.now());
    } catch (error) {
      throw this.clean(error, answer.secrets, answer.text);
    }
  }

  /** One request with the deadline and the size cap; network failures become SignInErrors. */
  private async send(call: Call, options: CallOptions): Promise<Answer> {
    if (options.signal?.aborted) throw new SignInError('cancelled', `${call.what} was cancelled`);
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    const body = call.form ? formEncode(call.form) : undefined;
    const headers: Record<string, string> = {
      accept: 'application/json', 'user-agent': this.userAgent, ...call.headers,
      ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    };
    // The header's own value too: a Basic header is the Base64 of id and secret, which a server may quote back.
    const authorization = headers.authorization;
    const hidden = [...call.secrets, ...(authorization ? [authorization, authorization.replace(/^\S+\s+/, '')] : [])];
    try {
      const response = await request(`${this.options.baseUrl}${call.path}`, { method: call.method, headers, body, dispatcher: this.dispatcher, signal });
      const declared = Number(response.headers['content-length']);
      const chunks: Buffer[] = [];
      let size = 0;
      if (declared > this.maxBodyBytes) {
        response.body.destroy();
        throw new SignInError('network', `${call.what} got an answer of ${declared} bytes, over the ${this.maxBodyBytes} byte limit`);
      }
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > this.maxBodyBytes) {
          response.body.destroy();
          throw new SignInError('network', `${call.what} got an answer over the ${this.maxBodyBytes} byte limit`);
        }
        chunks.push(chunk);
      }
      return { status: response.statusCode, text: Buffer.concat(chunks, size).toString('utf8'), secrets: hidden };
    } catch (error) {
      if (error instanceof SignInError) throw this.clean(error, hidden);
      if (options.signal?.aborted) throw new SignInError('cancelled', `${call.what} was cancelled`);
      if (deadline.aborted) throw new SignInError('timeout', `${call.what} took longer than ${this.timeoutMs} ms`);
      const classified = classifyThrown(error, undefined);
      throw this.clean(new SignInError(classified.kind === 'timeout' ? 'timeout' : 'network', `${call.what} failed: ${classified.message}`), hidden);
    }
  }

  /**
   * The error with every secret of the call (and of the answer, when its text is known) in every spelling replaced
   * by `***`; anything that is not a SignInError becomes one.
   */
  private clean(error: unknown, secrets: readonly (string | undefined)[], answerText?: string): SignInError {
    const known = [...secrets, ...(this.options.otherSecrets ?? []), ...(answerText !== undefined ? tokensIn(answerText) : [])]
      .filter((secret): secret is string => secret !== undefined && secret !== '');
    const forms = secretForms(known.map((token): Credentials => ({ kind: 'bearer', token })));
    const scrub = (text: string): string => redact(text, forms);
    if (error instanceof SignInError) {
      const { description, ...rest } = error.detail;
      return new SignInError(error.reason, scrub(error.message), { ...rest, ...(description !== undefined ? { description: scrub(description) } : {}) });
    }
    return new SignInError('invalid-response', scrub(sanitizeServerText(error instanceof Error ? error.message : String(error))));
  }
}

function ok(answer: Answer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Token-like values an answer carries (JSON string fields, form values), so an invalid answer's error cannot leak them. */
function tokensIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/"(?:access_token|refresh_token|oauth_token|oauth_token_secret)"\s*:\s*"([^"]{1,4096})"/g)) found.push(match[1]);
  for (const match of text.matchAll(/(?:^|&)(?:oauth_token|oauth_token_secret|access_token|refresh_token)=([^&]{1,4096})/g)) found.push(match[1], decodeOrSame(match[1]));
  return found;
}

function decodeOrSame(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
