/**
 * Signed-in accounts in SecretStorage: one entry per account (`xapi.account/<key>`, core's serialized form) and an
 * index of their keys, plus the app keys a flow needs again (a confidential client's secret, the OAuth 1.0a consumer
 * key and secret, the API key and secret of the app-only token). SecretStorage fires onDidChange for other windows'
 * writes too, so a refresh or a sign-out in one window is seen in all at once.
 *
 * Accounts of the built-in sandbox live in memory only: its port and the tokens it issued end with this window.
 * Which user account lookups use is a plain key in global state (not a secret).
 */
import * as vscode from 'vscode';
import { accountKey, parseStoredAccount, serializeAccount, type Account } from '../../core/auth/account';
import { Disposable } from '../common/lifecycle';

const INDEX_KEY = 'xapi.accounts';
const ACCOUNT_PREFIX = 'xapi.account/';
const CURRENT_KEY = 'xapi.currentAccount';
/** Held while a window refreshes an account: `{ owner, until }`; see Refresher. */
export const LEASE_PREFIX = 'xapi.refreshLease/';

/** App credentials a flow asks for once and keeps. */
export const AppSecretKeys = {
  /** The OAuth 2.0 client secret of a confidential client, per client id. */
  clientSecret: (clientId: string) => `xapi.auth.clientSecret/${clientId}`,
  /** `{ consumerKey, consumerSecret }` of the PIN flow, per origin. */
  consumer: (origin: string) => `xapi.auth.consumer/${origin}`,
  /** `{ apiKey, apiSecret }` of the app-only token, per origin (invalidating the token needs them). */
  appKeys: (origin: string) => `xapi.auth.appKeys/${origin}`,
} as const;

export interface StoredAccount {
  readonly key: string;
  readonly account: Account;
  /** Lives in this window only (the built-in sandbox's). */
  readonly ephemeral: boolean;
}

export class AccountStore extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** After any account was added, replaced or removed, here or in another window. */
  readonly onDidChange = this.changed.event;
  private cache: Map<string, StoredAccount> | undefined;
  private readonly ephemeral = new Map<string, StoredAccount>();
  /** Why a stored entry was skipped, once per key: for the log. */
  private readonly skipped = new Map<string, string>();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly globalState: vscode.Memento,
  ) {
    super();
    this._register(secrets.onDidChange((event) => {
      if (event.key === INDEX_KEY || event.key.startsWith(ACCOUNT_PREFIX)) {
        this.cache = undefined;
        this.changed.fire();
      }
    }));
  }

  /** Every account, read once and cached until a change; damaged entries are skipped (see problems()). */
  async all(): Promise<Map<string, StoredAccount>> {
    if (!this.cache) {
      const found = new Map<string, StoredAccount>();
      for (const key of await this.index()) {
        const text = await this.secrets.get(ACCOUNT_PREFIX + key);
        if (text === undefined) continue;
        const parsed = parseStoredAccount(text);
        if (parsed.ok && accountKey(parsed.account) === key) found.set(key, { key, account: parsed.account, ephemeral: false });
        else this.skipped.set(key, parsed.ok ? 'its key does not match its account' : parsed.message);
      }
      this.cache = found;
    }
    return new Map([...this.cache, ...this.ephemeral]);
  }

  /** Stored entries that could not be read, with why (never a secret). */
  problems(): ReadonlyMap<string, string> {
    return this.skipped;
  }

  /** The account as stored now, bypassing the cache: a refresh must see another window's write. */
  async fresh(key: string): Promise<Account | undefined> {
    const own = this.ephemeral.get(key);
    if (own) return own.account;
    const text = await this.secrets.get(ACCOUNT_PREFIX + key);
    if (text === undefined) return undefined;
    const parsed = parseStoredAccount(text);
    return parsed.ok ? parsed.account : undefined;
  }

  /** Adds or replaces an account; with `ephemeral`, in this window's memory only. Returns its key. */
  async put(account: Account, options: { readonly ephemeral?: boolean } = {}): Promise<string> {
    const key = accountKey(account);
    if (options.ephemeral) {
      this.ephemeral.set(key, { key, account, ephemeral: true });
    } else {
      // The entry first, then the index: a reader never finds a key without its entry.
      await this.secrets.store(ACCOUNT_PREFIX + key, serializeAccount(account));
      await this.updateIndex((keys) => (keys.includes(key) ? keys : [...keys, key]));
    }
    this.cache = undefined;
    this.changed.fire();
    return key;
  }

  async remove(key: string): Promise<void> {
    if (!this.ephemeral.delete(key)) {
      await this.updateIndex((keys) => keys.filter((k) => k !== key));
      await this.secrets.delete(ACCOUNT_PREFIX + key);
      await this.secrets.delete(LEASE_PREFIX + key);
    }
    if (this.currentKey() === key) await this.globalState.update(CURRENT_KEY, undefined);
    this.cache = undefined;
    this.changed.fire();
  }

  /** The user account lookups use, when one was chosen. */
  currentKey(): string | undefined {
    const key = this.globalState.get<unknown>(CURRENT_KEY);
    return typeof key === 'string' ? key : undefined;
  }

  async setCurrent(key: string | undefined): Promise<void> {
    await this.globalState.update(CURRENT_KEY, key);
    this.changed.fire();
  }

  /** A JSON record of app secrets (AppSecretKeys), or undefined when absent or damaged. */
  async appSecret<T extends Record<string, string>>(key: string, fields: readonly (keyof T & string)[]): Promise<T | undefined> {
    const text = await this.secrets.get(key);
    if (text === undefined) return undefined;
    try {
      const value = JSON.parse(text) as Record<string, unknown>;
      return fields.every((field) => typeof value[field] === 'string' && value[field] !== '') ? (value as T) : undefined;
    } catch {
      return undefined;
    }
  }

  async storeAppSecret(key: string, value: Record<string, string>): Promise<void> {
    await this.secrets.store(key, JSON.stringify(value));
  }

  async deleteAppSecret(key: string): Promise<void> {
    await this.secrets.delete(key);
  }

  /** The raw SecretStorage, for the refresh lease (Refresher). */
  get storage(): vscode.SecretStorage {
    return this.secrets;
  }

  private async index(): Promise<string[]> {
    const text = await this.secrets.get(INDEX_KEY);
    if (text === undefined) return [];
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string' && key.length <= 512) : [];
    } catch {
      return [];
    }
  }

  /**
   * Read, change, write, read back: two windows changing the index at once could each write a list without the
   * other's key, so the change is applied again (a few times) until the stored list shows it.
   */
  private async updateIndex(change: (keys: string[]) => string[]): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const next = change(await this.index());
      await this.secrets.store(INDEX_KEY, JSON.stringify(next));
      const stored = await this.index();
      if (JSON.stringify(change(stored)) === JSON.stringify(stored)) return;
    }
  }
}
