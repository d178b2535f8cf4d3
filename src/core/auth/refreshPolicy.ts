/**
 * When an OAuth 2.0 account's access token is refreshed, what a refresh changes in the account, and a single-flight
 * guard so that one process never runs two refreshes of one account at once (refresh tokens are single use: the
 * second refresh would fail with invalid_grant and sign the user out). Across windows the host coordinates through
 * SecretStorage's change event.
 */
import type { OAuth2UserAccount } from './account';
import type { TokenSet } from './oauth2Tokens';

/** Refresh this long before the access token expires, so a lookup never starts with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

export type RefreshDecision =
  /** Use the access token as it is. */
  | 'use'
  /** Refresh first (expired, expiring within the margin, or the API just answered 401). */
  | 'refresh'
  /** The token is expired (or was refused) and there is no refresh token: the user must sign in again. */
  | 'sign-in-again';

/**
 * What to do before (or after) a request with this account. `lastStatus` is the status of the answer just received
 * with the current access token, when there was one: a 401 means the token is no good whatever its expiry says.
 */
export function refreshDecision(account: OAuth2UserAccount, nowMs: number, lastStatus?: number, marginMs = REFRESH_MARGIN_MS): RefreshDecision {
  const stale = lastStatus === 401 || (account.expiresAt !== undefined && account.expiresAt - nowMs <= marginMs);
  if (!stale) return 'use';
  return account.refreshToken === undefined ? 'sign-in-again' : 'refresh';
}

/**
 * The account after a refresh: the new access token, expiry and scopes, and the new refresh token. A server that
 * does not rotate (sends no refresh_token) leaves the old one in place, as RFC 6749 §6 allows.
 */
export function applyRefresh(account: OAuth2UserAccount, tokens: TokenSet): OAuth2UserAccount {
  const refreshToken = tokens.refreshToken ?? account.refreshToken;
  return {
    kind: 'oauth2', baseUrl: account.baseUrl, clientId: account.clientId, userId: account.userId, username: account.username,
    accessToken: tokens.accessToken,
    ...(refreshToken !== undefined ? { refreshToken } : {}),
    ...(tokens.expiresAt !== undefined ? { expiresAt: tokens.expiresAt } : {}),
    scopes: tokens.scopes ?? account.scopes,
  };
}

/**
 * Runs at most one task per key at a time: a second `run` with the same key while the first is in flight gets the
 * first one's promise instead of starting another.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, task: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const started = (async () => {
      try {
        return await task();
      } finally {
        this.running.delete(key);
      }
    })();
    this.running.set(key, started);
    return started;
  }

  /** Whether a task with this key is in flight. */
  isRunning(key: string): boolean {
    return this.running.has(key);
  }
}
