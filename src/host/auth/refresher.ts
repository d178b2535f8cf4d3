/**
 * Keeps OAuth 2.0 user tokens fresh. X's refresh tokens are single use: a refresh returns a new pair and the old
 * refresh token stops working, so two refreshes of one account must never run at once, in one window (a
 * SingleFlight per account) or across windows (a lease in SecretStorage, which every window sees), and the new pair
 * is stored before it is used. A refresh that fails with `invalid_grant` while another window's rotation is already
 * stored adopts that one; only a refresh token nobody can use any more signs the account out.
 */
import * as vscode from 'vscode';
import type { OAuth2UserAccount } from '../../core/auth/account';
import { applyRefresh, refreshDecision, SingleFlight } from '../../core/auth/refreshPolicy';
import { isSignInError } from '../../core/auth/signInError';
import type { OAuthClient } from '../../net/oauthClient';
import { delay } from '../../storage/atomicFile';
import { Commands } from '../common/ids';
import type { Log } from '../common/log';
import { AppSecretKeys, LEASE_PREFIX, type AccountStore } from './accountStore';

export interface RefresherDeps {
  readonly store: AccountStore;
  /** A client for the token endpoint at this base URL (the engine bundle loads on first use). */
  readonly client: (baseUrl: string) => OAuthClient;
  readonly log: Log;
  readonly now?: () => number;
  /** How long a window waits for another window's refresh before taking over; default 15 s. */
  readonly leaseWaitMs?: number;
}

/** How long a lease holds without being released: longer than one refresh's deadline. */
const LEASE_MS = 45_000;

interface Lease {
  readonly owner: string;
  readonly until: number;
}

export class Refresher {
  private readonly flights = new SingleFlight<OAuth2UserAccount | undefined>();
  /** This window's name in leases. */
  private readonly owner = `${vscode.env.sessionId}/${Math.random().toString(36).slice(2)}`;

  constructor(private readonly deps: RefresherDeps) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  /**
   * The account with a usable access token: as it is, or refreshed first (expiring, or `rejected` names the access
   * token a 401 just refused). Undefined when the account is gone or had to be signed out (the user was told).
   */
  fresh(key: string, rejected?: string): Promise<OAuth2UserAccount | undefined> {
    return this.flights.run(key, () => this.refreshIfNeeded(key, rejected));
  }

  private async current(key: string): Promise<OAuth2UserAccount | undefined> {
    const account = await this.deps.store.fresh(key);
    return account?.kind === 'oauth2' ? account : undefined;
  }

  private decide(account: OAuth2UserAccount, rejected: string | undefined): ReturnType<typeof refreshDecision> {
    // A 401 counts only against the token it refused: another window may have stored a new one since.
    return refreshDecision(account, this.now(), rejected !== undefined && rejected === account.accessToken ? 401 : undefined);
  }

  private async refreshIfNeeded(key: string, rejected: string | undefined): Promise<OAuth2UserAccount | undefined> {
    let account = await this.current(key);
    if (!account) return undefined;
    let decision = this.decide(account, rejected);
    if (decision === 'use') return account;
    if (decision === 'sign-in-again') return this.signOut(key, account, vscode.l10n.t('The sign-in of {0} has expired and cannot be renewed (it has no refresh token).', `@${account.username}`));

    const ephemeral = (await this.deps.store.all()).get(key)?.ephemeral ?? false;
    const holds = ephemeral || (await this.acquire(key));
    try {
      // Another window may have refreshed while this one waited.
      account = await this.current(key);
      if (!account) return undefined;
      decision = this.decide(account, rejected);
      if (decision === 'use') return account;
      if (decision === 'sign-in-again' || account.refreshToken === undefined) return this.signOut(key, account, vscode.l10n.t('The sign-in of {0} has expired and cannot be renewed.', `@${account.username}`));
      const clientSecret = (await this.deps.store.appSecret<{ secret: string }>(AppSecretKeys.clientSecret(account.clientId), ['secret']))?.secret;
      try {
        const tokens = await this.deps.client(account.baseUrl).refresh({ clientId: account.clientId, clientSecret, refreshToken: account.refreshToken });
        const updated = applyRefresh(account, tokens);
        // Stored before it is used: the old refresh token is dead from now on.
        await this.deps.store.put(updated, { ephemeral });
        this.deps.log.info(`refreshed the OAuth 2.0 token of @${updated.username}`);
        return updated;
      } catch (error) {
        if (isSignInError(error) && error.reason === 'invalid-grant') {
          const stored = await this.current(key);
          if (stored && stored.refreshToken !== account.refreshToken) return stored;
          return this.signOut(key, account, vscode.l10n.t('X no longer accepts the sign-in of {0} (its refresh token was used or revoked).', `@${account.username}`));
        }
        throw error;
      }
    } finally {
      if (holds && !ephemeral) await this.release(key);
    }
  }

  /** Takes the account's lease, waiting for another window's to end (or expire). True when this window holds it. */
  private async acquire(key: string): Promise<boolean> {
    const secrets = this.deps.store.storage;
    const deadline = this.now() + (this.deps.leaseWaitMs ?? 15_000);
    while (this.now() < deadline) {
      const held = parseLease(await secrets.get(LEASE_PREFIX + key));
      if (held && held.owner !== this.owner && held.until > this.now()) {
        await delay(100);
        continue;
      }
      await secrets.store(LEASE_PREFIX + key, JSON.stringify({ owner: this.owner, until: this.now() + LEASE_MS } satisfies Lease));
      // Two windows may write at once; the one whose write is read back holds it.
      await delay(25);
      if (parseLease(await secrets.get(LEASE_PREFIX + key))?.owner === this.owner) return true;
    }
    // The other window neither finished nor let go in time: go on without the lease (invalid_grant is still handled).
    this.deps.log.warn('another window held the token refresh too long; refreshing without waiting');
    return false;
  }

  private async release(key: string): Promise<void> {
    const secrets = this.deps.store.storage;
    if (parseLease(await secrets.get(LEASE_PREFIX + key))?.owner === this.owner) await secrets.delete(LEASE_PREFIX + key);
  }

  private async signOut(key: string, account: OAuth2UserAccount, message: string): Promise<undefined> {
    await this.deps.store.remove(key);
    this.deps.log.warn(`signed out @${account.username}: the token could not be renewed`);
    const again = vscode.l10n.t('Sign In Again');
    void vscode.window.showWarningMessage(message, again).then((choice) => {
      if (choice === again) void vscode.commands.executeCommand(Commands.signIn, { method: 'oauth2' });
    });
    return undefined;
  }
}

function parseLease(text: string | undefined): Lease | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Lease>;
    return typeof value.owner === 'string' && typeof value.until === 'number' ? { owner: value.owner, until: value.until } : undefined;
  } catch {
    return undefined;
  }
}
