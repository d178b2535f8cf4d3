/**
 * What the sandbox's sign-in endpoints remember: consent tickets, authorization codes, OAuth 2.0 grants with their
 * access and refresh tokens, the app-only Bearer token, OAuth 1.0a request tokens, PINs and access tokens. Time
 * comes from the sandbox's clock, so tests expire codes and tokens by moving it. Every table is bounded: expired
 * entries go first, and a full table refuses new entries rather than grow (the sandbox runs inside the editor).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IssuedTokens } from './authCheck';
import { safeEqual } from './authCheck';
import { SANDBOX_ME_ID } from './data/users';

/** Lifetimes as X documents them: an access token lasts two hours, a code 30 seconds. */
export const ACCESS_TOKEN_SECONDS = 7200;
export const CODE_SECONDS = 30;
/** A consent page (and the form on it) stays valid this long. */
export const TICKET_SECONDS = 10 * 60;
/** An OAuth 1.0a request token lasts this long, and tolerates this many wrong PINs. */
export const REQUEST_TOKEN_SECONDS = 15 * 60;
export const MAX_PIN_ATTEMPTS = 3;
/** Entries per table. */
export const MAX_ENTRIES = 10_000;

/** A validated authorization request waiting for Approve or Deny. */
export interface OAuth2Ticket {
  readonly kind: 'oauth2';
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly state: string;
  readonly codeChallenge: string;
  readonly expiresAt: number;
}

export interface OAuth1Ticket {
  readonly kind: 'oauth1';
  readonly requestToken: string;
  readonly expiresAt: number;
}

interface Code {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly scopes: readonly string[];
  readonly expiresAt: number;
  used: boolean;
  /** The grant its exchange created: revoked if the code is presented again (RFC 6749 §4.1.2). */
  grant?: Grant;
}

interface Grant {
  readonly clientId: string;
  readonly scopes: readonly string[];
  revoked: boolean;
  readonly accessTokens: Set<string>;
}

interface AccessToken {
  readonly grant: Grant;
  readonly expiresAt: number;
  revoked: boolean;
}

interface RefreshToken {
  readonly grant: Grant;
  used: boolean;
}

interface RequestToken {
  readonly secret: string;
  readonly expiresAt: number;
  pin?: string;
  attempts: number;
  done: boolean;
}

/** A table that forgets expired entries when it fills, and refuses new ones when nothing has expired. */
class Table<V extends { readonly expiresAt?: number }> {
  readonly map = new Map<string, V>();

  constructor(private readonly now: () => number) {}

  add(key: string, value: V): boolean {
    if (this.map.size >= MAX_ENTRIES) {
      const now = this.now();
      for (const [k, v] of this.map) if (v.expiresAt !== undefined && v.expiresAt <= now) this.map.delete(k);
      if (this.map.size >= MAX_ENTRIES) return false;
    }
    this.map.set(key, value);
    return true;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  delete(key: string): void {
    this.map.delete(key);
  }
}

export interface IssuedOAuth2Tokens {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly expiresIn: number;
  readonly scopes: readonly string[];
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly description: string };

function token(prefix: string, bytes = 24): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

export class OAuthAuthority implements IssuedTokens {
  private readonly tickets: Table<OAuth2Ticket | OAuth1Ticket>;
  private readonly codes: Table<Code>;
  private readonly accessTokens: Table<AccessToken>;
  private readonly refreshTokens: Table<RefreshToken & { expiresAt?: undefined }>;
  private readonly requestTokens: Table<RequestToken>;
  private readonly oauth1Tokens: Table<{ readonly secret: string; readonly expiresAt?: undefined }>;
  /** The app-only token: X hands out the same one until it is invalidated. */
  private appToken: string | undefined;
  private readonly retiredAppTokens = new Set<string>();

  constructor(private readonly now: () => number) {
    this.tickets = new Table(now);
    this.codes = new Table(now);
    this.accessTokens = new Table(now);
    this.refreshTokens = new Table(now);
    this.requestTokens = new Table(now);
    this.oauth1Tokens = new Table(now);
  }

  // --- consent tickets

  /** Remembers a validated request behind the form's hidden ticket; undefined when the table is full. */
  openTicket(ticket: Omit<OAuth2Ticket, 'expiresAt'> | Omit<OAuth1Ticket, 'expiresAt'>): string | undefined {
    const id = token('t-', 18);
    return this.tickets.add(id, { ...ticket, expiresAt: this.now() + TICKET_SECONDS * 1000 } as OAuth2Ticket | OAuth1Ticket) ? id : undefined;
  }

  /** The request a form's ticket stands for, once: a ticket is single use, and expires. */
  takeTicket(id: string): OAuth2Ticket | OAuth1Ticket | undefined {
    const ticket = this.tickets.get(id);
    this.tickets.delete(id);
    return ticket && ticket.expiresAt > this.now() ? ticket : undefined;
  }

  // --- OAuth 2.0

  issueCode(ticket: OAuth2Ticket): string | undefined {
    const code = token('code-');
    const added = this.codes.add(code, {
      clientId: ticket.clientId, redirectUri: ticket.redirectUri, codeChallenge: ticket.codeChallenge, scopes: ticket.scopes,
      expiresAt: this.now() + CODE_SECONDS * 1000, used: false,
    });
    return added ? code : undefined;
  }

  /** The authorization_code grant with its PKCE check. */
  exchangeCode(input: { code: string; clientId: string; redirectUri: string; codeVerifier: string }): Outcome<IssuedOAuth2Tokens> {
    const code = this.codes.get(input.code);
    if (!code) return grantError('The authorization code is unknown.');
    if (code.used) {
      // A code presented twice was stolen or replayed: what its first use gave stops working too.
      if (code.grant) this.revokeGrant(code.grant);
      return grantError('The authorization code was already used.');
    }
    code.used = true;
    if (code.expiresAt <= this.now()) return grantError('The authorization code has expired.');
    if (code.clientId !== input.clientId) return grantError('The authorization code was issued to another client.');
    if (code.redirectUri !== input.redirectUri) return grantError('redirect_uri does not match the one of the authorization request.');
    if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(input.codeVerifier)) return { ok: false, error: 'invalid_request', description: 'code_verifier must be 43 to 128 unreserved characters.' };
    const challenge = createHash('sha256').update(input.codeVerifier).digest('base64url');
    if (!safeEqual(challenge, code.codeChallenge)) return grantError('code_verifier does not match the code_challenge.');
    const grant: Grant = { clientId: code.clientId, scopes: code.scopes, revoked: false, accessTokens: new Set() };
    code.grant = grant;
    return this.issueTokens(grant);
  }

  /** The refresh_token grant, with rotation: the refresh token presented stops working. */
  refresh(input: { refreshToken: string; clientId: string }): Outcome<IssuedOAuth2Tokens> {
    const entry = this.refreshTokens.get(input.refreshToken);
    if (!entry || entry.grant.revoked) return grantError('The refresh token is unknown or revoked.');
    if (entry.used) return grantError('The refresh token was already used.');
    if (entry.grant.clientId !== input.clientId) return grantError('The refresh token was issued to another client.');
    entry.used = true;
    return this.issueTokens(entry.grant);
  }

  /** RFC 7009: revoking a refresh token ends its grant (and its access tokens); an access token just itself. */
  revoke(tokenValue: string, clientId: string): void {
    const refresh = this.refreshTokens.get(tokenValue);
    if (refresh && refresh.grant.clientId === clientId) return this.revokeGrant(refresh.grant);
    const access = this.accessTokens.get(tokenValue);
    if (access && access.grant.clientId === clientId) access.revoked = true;
  }

  private revokeGrant(grant: Grant): void {
    grant.revoked = true;
    for (const accessToken of grant.accessTokens) {
      const access = this.accessTokens.get(accessToken);
      if (access) access.revoked = true;
    }
  }

  private issueTokens(grant: Grant): Outcome<IssuedOAuth2Tokens> {
    const accessToken = token('xapi-sandbox-at-');
    if (!this.accessTokens.add(accessToken, { grant, expiresAt: this.now() + ACCESS_TOKEN_SECONDS * 1000, revoked: false })) return full();
    grant.accessTokens.add(accessToken);
    let refreshToken: string | undefined;
    if (grant.scopes.includes('offline.access')) {
      refreshToken = token('xapi-sandbox-rt-');
      if (!this.refreshTokens.add(refreshToken, { grant, used: false })) return full();
    }
    return { ok: true, value: { accessToken, ...(refreshToken ? { refreshToken } : {}), expiresIn: ACCESS_TOKEN_SECONDS, scopes: grant.scopes } };
  }

  // --- app-only

  /** The app's Bearer token, the same one until invalidated. */
  appBearer(): string {
    this.appToken ??= `AAAAAAAAAAAAAAAAAAAAAXApiSandboxApp${randomBytes(18).toString('base64url')}`;
    return this.appToken;
  }

  /** Retires the app token; false when it is not the current one. */
  invalidateAppBearer(value: string): boolean {
    if (this.appToken === undefined || !safeEqual(value, this.appToken)) return false;
    this.retiredAppTokens.add(this.appToken);
    this.appToken = undefined;
    return true;
  }

  // --- OAuth 1.0a

  issueRequestToken(): { token: string; secret: string } | undefined {
    const value = token('xapi-sandbox-rq-', 18);
    const secret = token('', 24);
    return this.requestTokens.add(value, { secret, expiresAt: this.now() + REQUEST_TOKEN_SECONDS * 1000, attempts: 0, done: false }) ? { token: value, secret } : undefined;
  }

  /** Whether a request token can still be authorized. */
  isPendingRequestToken(value: string): boolean {
    const entry = this.requestTokens.get(value);
    return entry !== undefined && !entry.done && entry.pin === undefined && entry.expiresAt > this.now();
  }

  /** Approve: the PIN shown to the user (7 digits, as X shows). */
  approveRequestToken(value: string): string | undefined {
    const entry = this.requestTokens.get(value);
    if (!entry || entry.done || entry.expiresAt <= this.now()) return undefined;
    entry.pin = String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, '0');
    return entry.pin;
  }

  denyRequestToken(value: string): void {
    const entry = this.requestTokens.get(value);
    if (entry) entry.done = true;
  }

  /** The secret of a request token still usable for the access-token step (for its signature check). */
  requestTokenSecret(value: string): string | undefined {
    const entry = this.requestTokens.get(value);
    return entry && !entry.done && entry.expiresAt > this.now() ? entry.secret : undefined;
  }

  /** The access-token step: the PIN checked, the request token used up (on success, or after too many wrong PINs). */
  exchangeRequestToken(value: string, verifier: string): Outcome<{ token: string; secret: string }> {
    const entry = this.requestTokens.get(value);
    if (!entry || entry.done || entry.expiresAt <= this.now()) return { ok: false, error: 'invalid_request_token', description: 'Invalid or expired token.' };
    if (entry.pin === undefined || !safeEqual(verifier, entry.pin)) {
      entry.attempts++;
      if (entry.attempts >= MAX_PIN_ATTEMPTS) entry.done = true;
      return { ok: false, error: 'invalid_verifier', description: 'Invalid oauth_verifier parameter.' };
    }
    entry.done = true;
    const issued = { token: `${SANDBOX_ME_ID}-${randomBytes(18).toString('base64url')}`, secret: token('', 24) };
    if (!this.oauth1Tokens.add(issued.token, { secret: issued.secret })) return full();
    return { ok: true, value: issued };
  }

  // --- IssuedTokens, for the API endpoints' auth check

  bearer(value: string): ReturnType<IssuedTokens['bearer']> {
    if (this.appToken !== undefined && safeEqual(value, this.appToken)) return { context: 'app' };
    if (this.retiredAppTokens.has(value)) return { refused: 'the app token was invalidated' };
    const access = this.accessTokens.get(value);
    if (!access) return undefined;
    if (access.revoked || access.grant.revoked) return { refused: 'the access token was revoked' };
    if (access.expiresAt <= this.now()) return { refused: 'the access token has expired' };
    return { context: 'user', scopes: access.grant.scopes };
  }

  oauth1Secret(value: string): string | undefined {
    return this.oauth1Tokens.get(value)?.secret;
  }
}

function grantError(description: string): { ok: false; error: string; description: string } {
  return { ok: false, error: 'invalid_grant', description };
}

function full(): { ok: false; error: string; description: string } {
  return { ok: false, error: 'temporarily_unavailable', description: 'The sandbox holds too many tokens; restart it.' };
}
