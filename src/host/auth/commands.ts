/** `xapi.signIn`, `xapi.signOut` and `xapi.switchAccount`: quick picks, or argument objects for automation. */
import * as vscode from 'vscode';
import { accountLabel } from '../../core/auth/account';
import { Commands } from '../common/ids';
import type { AccountStore } from './accountStore';
import { signInArgs, type SignInFlows, type SignInMethod } from './signIn';

interface MethodPick extends vscode.QuickPickItem {
  readonly method: SignInMethod;
}

/**
 * `xapi.signIn`: with `{ method }` starts that flow at once (`scopes` adds OAuth 2.0 scopes); bare, asks which.
 * Resolves to the new account's label, or undefined when cancelled or failed.
 */
export async function signIn(flows: SignInFlows, args?: unknown): Promise<string | undefined> {
  const parsed = signInArgs(args);
  if ('error' in parsed) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not signed in: {0}', parsed.error));
    return undefined;
  }
  let method = parsed.method;
  if (!method) {
    const picks: MethodPick[] = [
      { method: 'oauth2', label: vscode.l10n.t('$(account) Sign in with X (OAuth 2.0)'), detail: vscode.l10n.t('In the browser. The v2 lookups and /2/users/me as you; renewed automatically.') },
      { method: 'oauth1', label: vscode.l10n.t('$(key) Sign in with a PIN (OAuth 1.0a)'), detail: vscode.l10n.t('Every endpoint as you, DM custom profiles included. Needs your app\'s API key and secret.') },
      { method: 'app', label: vscode.l10n.t('$(server) App-only Bearer token'), detail: vscode.l10n.t('From your app\'s API key and secret. Lookups by id and username, not /2/users/me.') },
    ];
    const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('X API: Sign In'), placeHolder: vscode.l10n.t('How do you want to sign in?') });
    if (!pick) return undefined;
    method = pick.method;
  }
  const account = await flows.signIn(method, { scopes: parsed.scopes, ...(parsed.keys ? { keys: parsed.keys } : {}) });
  return account ? accountLabel(account) : undefined;
}

interface AccountPick extends vscode.QuickPickItem {
  readonly key: string;
}

async function accountPicks(store: AccountStore, users: boolean): Promise<AccountPick[]> {
  const current = store.currentKey();
  return [...(await store.all()).values()]
    .filter(({ account }) => !users || account.kind !== 'bearer')
    .map(({ key, account, ephemeral }) => ({
      key,
      label: accountLabel(account),
      description: [new URL(account.baseUrl).origin, ephemeral ? vscode.l10n.t('sandbox, this window only') : undefined, key === current ? vscode.l10n.t('in use') : undefined].filter(Boolean).join(' · '),
      detail: account.kind === 'oauth2' ? vscode.l10n.t('Scopes: {0}', account.scopes.join(' ')) : undefined,
    }));
}

/** `xapi.signOut`: with `{ account }` (a label like `@name` or an account key) signs it out; bare, asks. */
export async function signOut(store: AccountStore, flows: SignInFlows, args?: unknown): Promise<boolean> {
  const picks = await accountPicks(store, false);
  let key: string | undefined;
  if (args !== undefined) {
    const wanted = typeof args === 'object' && args !== null ? (args as { account?: unknown }).account : undefined;
    key = picks.find((pick) => pick.key === wanted || pick.label === wanted)?.key;
    if (!key) {
      void vscode.window.showErrorMessage(vscode.l10n.t('No signed-in account is called {0}.', typeof wanted === 'string' ? wanted.slice(0, 60) : String(wanted)));
      return false;
    }
  } else {
    if (picks.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No account is signed in.'));
      return false;
    }
    key = (await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('X API: Sign Out'), placeHolder: vscode.l10n.t('Which account? Its tokens are revoked and forgotten.') }))?.key;
  }
  return key ? flows.signOut(key) : false;
}

/** `xapi.switchAccount`: the user account lookups use; with `{ account }` (label or key) without asking. */
export async function switchAccount(store: AccountStore, args?: unknown): Promise<string | undefined> {
  const picks = await accountPicks(store, true);
  let chosen: AccountPick | undefined;
  if (args !== undefined) {
    const wanted = typeof args === 'object' && args !== null ? (args as { account?: unknown }).account : undefined;
    chosen = picks.find((pick) => pick.key === wanted || pick.label === wanted);
    if (!chosen) {
      void vscode.window.showErrorMessage(vscode.l10n.t('No signed-in user account is called {0}.', typeof wanted === 'string' ? wanted.slice(0, 60) : String(wanted)));
      return undefined;
    }
  } else {
    const signIn = { key: '', label: vscode.l10n.t('$(add) Sign in another account…') };
    chosen = await vscode.window.showQuickPick([...picks, signIn], { title: vscode.l10n.t('X API: Switch Account'), placeHolder: vscode.l10n.t('Which account do user-context lookups use?') });
    if (chosen === signIn) {
      await vscode.commands.executeCommand(Commands.signIn);
      return undefined;
    }
  }
  if (!chosen) return undefined;
  await store.setCurrent(chosen.key);
  return chosen.label;
}
