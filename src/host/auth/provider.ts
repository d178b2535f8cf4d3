/**
 * X in VS Code's Accounts menu: an AuthenticationProvider with id `xapi`, so other extensions can ask for a session
 * with `vscode.authentication.getSession('xapi', scopes)`. Every signed-in account is a session (its access token:
 * the OAuth 2.0 token, the OAuth 1.0a user token, the app's Bearer token); asking for one creates it with the OAuth
 * 2.0 flow; removing one from the menu revokes and forgets it. The services register it in the task after activation
 * (VS Code waits up to 5 s for it after an `onAuthenticationRequest:xapi` activation); the flows are the app half's.
 */
import * as vscode from 'vscode';
import { accountKey, accountLabel, type Account } from '../../core/auth/account';
import { refreshDecision } from '../../core/auth/refreshPolicy';
import { Disposable } from '../common/lifecycle';
import type { AccountStore } from './accountStore';


/** What the provider needs from the app half. */
export interface SessionFlows {
  signIn(scopes: readonly string[]): Promise<Account | undefined>;
  signOut(key: string): Promise<boolean>;
  /** The account with a usable token (refreshed if it was about to expire), or undefined when it is gone. */
  fresh(key: string): Promise<Account | undefined>;
}

function sessionOf(key: string, account: Account): vscode.AuthenticationSession {
  return {
    id: key,
    accessToken: account.kind === 'bearer' ? account.token : account.accessToken,
    account: { id: account.kind === 'bearer' ? key : account.userId, label: accountLabel(account) },
    scopes: account.kind === 'oauth2' ? [...account.scopes] : [],
  };
}

export class XAuthenticationProvider extends Disposable implements vscode.AuthenticationProvider {
  private readonly changed = this._register(new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>());
  readonly onDidChangeSessions = this.changed.event;
  private known = new Map<string, vscode.AuthenticationSession>();

  constructor(private readonly store: AccountStore, private readonly flows: () => SessionFlows) {
    super();
    this._register(store.onDidChange(() => void this.diff()));
    void this.diff();
  }

  async getSessions(scopes?: readonly string[]): Promise<vscode.AuthenticationSession[]> {
    const sessions: vscode.AuthenticationSession[] = [];
    for (const { key, account } of (await this.store.all()).values()) {
      if (scopes && scopes.length > 0 && !(account.kind === 'oauth2' && scopes.every((scope) => account.scopes.includes(scope)))) continue;
      // An OAuth 2.0 token handed out must work: one about to expire is renewed first (that loads the app half).
      const usable = account.kind === 'oauth2' && refreshDecision(account, Date.now()) !== 'use' ? await this.flows().fresh(key) : account;
      if (usable) sessions.push(sessionOf(key, usable));
    }
    return sessions;
  }

  async createSession(scopes: readonly string[]): Promise<vscode.AuthenticationSession> {
    const account = await this.flows().signIn(scopes);
    if (!account) throw new Error('Sign-in to X was cancelled or failed');
    const entry = (await this.store.all()).get(accountKey(account));
    if (!entry) throw new Error('The new X account was not stored');
    return sessionOf(entry.key, entry.account);
  }

  async removeSession(sessionId: string): Promise<void> {
    await this.flows().signOut(sessionId);
  }

  /** Tells VS Code what changed since the last look, here or in another window. */
  private async diff(): Promise<void> {
    const next = new Map<string, vscode.AuthenticationSession>();
    for (const { key, account } of (await this.store.all()).values()) next.set(key, sessionOf(key, account));
    const added = [...next.values()].filter((session) => !this.known.has(session.id));
    const removed = [...this.known.values()].filter((session) => !next.has(session.id));
    const changed = [...next.values()].filter((session) => {
      const before = this.known.get(session.id);
      return before !== undefined && before.accessToken !== session.accessToken;
    });
    this.known = next;
    if (added.length + removed.length + changed.length > 0) this.changed.fire({ added, removed, changed });
  }
}
