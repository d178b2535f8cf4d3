/**
 * The signed-in accounts as they are stored (one JSON string each in SecretStorage): an OAuth 2.0 user, an OAuth 1.0a
 * user, the app's Bearer token. What comes back out of storage is untrusted (another version wrote it, or someone
 * edited it) and goes through `parseStoredAccount`, which accepts exactly these shapes and never quotes a secret.
 * Pasted credentials (credentials.ts) are not accounts and keep working as they always have.
 */
import { ID_PATTERN, type AuthKind } from '../catalog/endpoints';
import { DEFAULT_ORIGIN, normalizeBaseUrl } from '../request/baseUrl';
import { tokenProblem, type Credentials } from './credentials';
import type { OAuth1AccessToken } from './oauth1Handshake';
import type { TokenSet } from './oauth2Tokens';
import { secretForms } from './redact';

/** A user signed in with OAuth 2.0 (Authorization Code with PKCE). */
export interface OAuth2UserAccount {
  readonly kind: 'oauth2';
  /** The API base URL that issued the tokens; they are sent nowhere else, and refreshed there. */
  readonly baseUrl: string;
  /** The app (client id) the user authorized; refresh and revoke must name the same one. Not a secret. */
  readonly clientId: string;
  readonly userId: string;
  readonly username: string;
  readonly accessToken: string;
  /** Single use; absent without `offline.access`. */
  readonly refreshToken?: string;
  /** Milliseconds since the epoch; absent when X did not say. */
  readonly expiresAt?: number;
  /** What X granted. */
  readonly scopes: readonly string[];
}

/** A user signed in with OAuth 1.0a (the PIN flow): the app's consumer key and secret with the user's token. */
export interface OAuth1UserAccount {
  readonly kind: 'oauth1';
  readonly baseUrl: string;
  readonly userId: string;
  readonly screenName: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly accessToken: string;
  readonly accessTokenSecret: string;
}

/** The app itself: a Bearer token from its API key and secret (`client_credentials`). */
export interface AppAccount {
  readonly kind: 'bearer';
  readonly baseUrl: string;
  readonly token: string;
}

export type Account = OAuth2UserAccount | OAuth1UserAccount | AppAccount;

/**
 * The account of an OAuth 2.0 sign-in: the tokens, whose they are (from `/2/users/me`), and the scopes X granted
 * (what was asked for when the token answer does not say).
 */
export function oauth2Account(input: {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly owner: { readonly id: string; readonly username: string };
  readonly tokens: TokenSet;
  readonly requestedScopes: readonly string[];
}): OAuth2UserAccount {
  const { tokens } = input;
  return {
    kind: 'oauth2', baseUrl: input.baseUrl, clientId: input.clientId, userId: input.owner.id, username: input.owner.username,
    accessToken: tokens.accessToken,
    ...(tokens.refreshToken !== undefined ? { refreshToken: tokens.refreshToken } : {}),
    ...(tokens.expiresAt !== undefined ? { expiresAt: tokens.expiresAt } : {}),
    scopes: [...(tokens.scopes ?? input.requestedScopes)],
  };
}

/** The account of a PIN sign-in: the app's consumer key and secret with the user's access token. */
export function oauth1Account(input: {
  readonly baseUrl: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly token: OAuth1AccessToken;
}): OAuth1UserAccount {
  return {
    kind: 'oauth1', baseUrl: input.baseUrl, userId: input.token.userId, screenName: input.token.screenName,
    consumerKey: input.consumerKey, consumerSecret: input.consumerSecret,
    accessToken: input.token.accessToken, accessTokenSecret: input.token.accessTokenSecret,
  };
}

/** The app's account for an app-only Bearer token. */
export function appAccount(baseUrl: string, token: string): AppAccount {
  return { kind: 'bearer', baseUrl, token };
}

/** The version of the stored form; a record with another is refused, not guessed at. */
export const ACCOUNT_SCHEMA_VERSION = 1;

/**
 * A stable key per account: `oauth2:<userId>`, `oauth1:<userId>`, `app`, each prefixed by the base URL's origin
 * when it is not X's (so a sandbox sign-in never replaces a real one). One per X user and method, plus the app.
 */
export function accountKey(account: Account): string {
  const origin = new URL(account.baseUrl).origin;
  const where = origin === DEFAULT_ORIGIN ? '' : `${origin} `;
  return account.kind === 'bearer' ? `${where}app` : `${where}${account.kind}:${account.userId}`;
}

/** What the Accounts menu and the status bar call an account: `@name`, or `App (Bearer)`. */
export function accountLabel(account: Account): string {
  switch (account.kind) {
    case 'oauth2':
      return `@${account.username}`;
    case 'oauth1':
      return `@${account.screenName} (OAuth 1.0a)`;
    case 'bearer':
      return 'App (Bearer)';
  }
}

/** The credentials a lookup signs with. */
export function credentialsOf(account: Account): Credentials {
  switch (account.kind) {
    case 'oauth2':
      return { kind: 'oauth2', accessToken: account.accessToken };
    case 'oauth1':
      return {
        kind: 'oauth1', consumerKey: account.consumerKey, consumerSecret: account.consumerSecret,
        accessToken: account.accessToken, accessTokenSecret: account.accessTokenSecret,
      };
    case 'bearer':
      return { kind: 'bearer', token: account.token };
  }
}

/** Every secret string of an account (the refresh token too), for redaction. */
export function secretsOf(account: Account): string[] {
  switch (account.kind) {
    case 'oauth2':
      return account.refreshToken === undefined ? [account.accessToken] : [account.accessToken, account.refreshToken];
    case 'oauth1':
      return [account.consumerKey, account.consumerSecret, account.accessToken, account.accessTokenSecret];
    case 'bearer':
      return [account.token];
  }
}

/**
 * Every spelling of every secret of these accounts (raw, percent-encoded, JSON-escaped, Base64, Basic forms), longest
 * first, for `redact`/`redactKnown` and the engine's `otherCredentials`.
 */
export function accountSecretForms(accounts: readonly Account[]): string[] {
  return secretForms(accountCredentials(accounts));
}

/** The credentials of these accounts and, as Bearer tokens, their refresh tokens: every secret they hold. */
export function accountCredentials(accounts: readonly Account[]): Credentials[] {
  const credentials: Credentials[] = [];
  for (const account of accounts) {
    credentials.push(credentialsOf(account));
    if (account.kind === 'oauth2' && account.refreshToken !== undefined) credentials.push({ kind: 'bearer', token: account.refreshToken });
  }
  return credentials;
}

/** The stored text of an account: its fields with the schema version, in a fixed order. */
export function serializeAccount(account: Account): string {
  return JSON.stringify({ version: ACCOUNT_SCHEMA_VERSION, ...account });
}

export type StoredAccountResult = { readonly ok: true; readonly account: Account } | { readonly ok: false; readonly message: string };

const FIELDS: Readonly<Record<AuthKind, { readonly required: readonly string[]; readonly optional: readonly string[]; readonly secrets: readonly string[] }>> = {
  oauth2: {
    required: ['kind', 'baseUrl', 'clientId', 'userId', 'username', 'accessToken', 'scopes'],
    optional: ['refreshToken', 'expiresAt'],
    secrets: ['accessToken', 'refreshToken'],
  },
  oauth1: {
    required: ['kind', 'baseUrl', 'userId', 'screenName', 'consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret'],
    optional: [],
    secrets: ['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret'],
  },
  bearer: { required: ['kind', 'baseUrl', 'token'], optional: [], secrets: ['token'] },
};

const SCREEN_NAME = /^[A-Za-z0-9_]{1,50}$/;
const SCOPE = /^[\x21-\x7e]{1,128}$/;
const CLIENT_ID = /^[\x21-\x7e]{1,256}$/;

/**
 * Checks what came out of storage: JSON text or an already parsed value. Accepts only the shapes above with the
 * current schema version, no unknown keys, every secret shaped like a token, ids as digit strings. The message names
 * the field, never its value.
 */
export function parseStoredAccount(input: unknown): StoredAccountResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > 64 * 1024) return { ok: false, message: 'the stored account is too large' };
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, message: 'the stored account is not JSON' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'the stored account is not an object' };
  const record = value as Record<string, unknown>;
  if (record.version !== ACCOUNT_SCHEMA_VERSION) return { ok: false, message: `the stored account has schema version ${JSON.stringify(record.version)?.slice(0, 20)}, not ${ACCOUNT_SCHEMA_VERSION}` };
  const kind = record.kind;
  if (kind !== 'oauth2' && kind !== 'oauth1' && kind !== 'bearer') return { ok: false, message: 'the stored account kind is not oauth2, oauth1 or bearer' };
  const fields = FIELDS[kind];
  for (const key of Object.keys(record)) {
    if (key !== 'version' && !fields.required.includes(key) && !fields.optional.includes(key)) return { ok: false, message: `the stored ${kind} account has an unknown field ${key.slice(0, 40)}` };
  }
  for (const key of fields.required) if (record[key] === undefined) return { ok: false, message: `the stored ${kind} account lacks ${key}` };
  for (const key of fields.secrets) {
    const secret = record[key];
    if (secret === undefined && fields.optional.includes(key)) continue;
    if (typeof secret !== 'string') return { ok: false, message: `the stored ${kind} account's ${key} is not a string` };
    const problem = tokenProblem(secret);
    if (problem !== undefined) return { ok: false, message: `the stored ${kind} account's ${key} ${problem}` };
  }
  const baseUrl = typeof record.baseUrl === 'string' ? normalizeBaseUrl(record.baseUrl) : undefined;
  if (!baseUrl?.ok || baseUrl.url !== record.baseUrl) return { ok: false, message: `the stored ${kind} account's baseUrl is not a normalised base URL` };
  const text = (key: string): string => record[key] as string;
  switch (kind) {
    case 'bearer':
      return { ok: true, account: { kind, baseUrl: baseUrl.url, token: text('token') } };
    case 'oauth1': {
      if (typeof record.userId !== 'string' || !ID_PATTERN.test(record.userId)) return { ok: false, message: 'the stored oauth1 account\'s userId is not a numeric id string' };
      if (typeof record.screenName !== 'string' || !SCREEN_NAME.test(record.screenName)) return { ok: false, message: 'the stored oauth1 account\'s screenName is not a username' };
      return {
        ok: true,
        account: {
          kind, baseUrl: baseUrl.url, userId: record.userId, screenName: record.screenName,
          consumerKey: text('consumerKey'), consumerSecret: text('consumerSecret'), accessToken: text('accessToken'), accessTokenSecret: text('accessTokenSecret'),
        },
      };
    }
    case 'oauth2': {
      if (typeof record.userId !== 'string' || !ID_PATTERN.test(record.userId)) return { ok: false, message: 'the stored oauth2 account\'s userId is not a numeric id string' };
      if (typeof record.username !== 'string' || !SCREEN_NAME.test(record.username)) return { ok: false, message: 'the stored oauth2 account\'s username is not a username' };
      if (typeof record.clientId !== 'string' || !CLIENT_ID.test(record.clientId)) return { ok: false, message: 'the stored oauth2 account\'s clientId is not a client id' };
      const scopes = record.scopes;
      if (!Array.isArray(scopes) || scopes.length > 64 || !scopes.every((scope) => typeof scope === 'string' && SCOPE.test(scope))) {
        return { ok: false, message: 'the stored oauth2 account\'s scopes is not a list of scopes' };
      }
      const expiresAt = record.expiresAt;
      if (expiresAt !== undefined && (typeof expiresAt !== 'number' || !Number.isSafeInteger(expiresAt) || expiresAt < 0)) {
        return { ok: false, message: 'the stored oauth2 account\'s expiresAt is not a time in milliseconds' };
      }
      return {
        ok: true,
        account: {
          kind, baseUrl: baseUrl.url, clientId: record.clientId, userId: record.userId, username: record.username,
          accessToken: text('accessToken'),
          ...(record.refreshToken !== undefined ? { refreshToken: text('refreshToken') } : {}),
          ...(expiresAt !== undefined ? { expiresAt } : {}),
          scopes: [...(scopes as string[])],
        },
      };
    }
  }
}
