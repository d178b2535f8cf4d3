/** Setting and clearing credentials: prompts with password inputs, or an argument object for automation. */
import * as vscode from 'vscode';
import { AUTH_LABELS, type AuthKind } from '../../core/catalog/endpoints';
import { validateCredentials } from '../../core/auth/credentials';
import { credentialsClearedNotice, credentialsSetNotice, type Destination } from '../../core/request/destination';
import type { CredentialStore } from './store';

/**
 * Where lookups go once a change of credentials has been read (the connection's state after it re-read
 * SecretStorage): what the notifications after Set and Clear Credentials say. Without it they say nothing of that.
 */
export type DestinationNow = () => Promise<Destination>;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// QuickPickItem has its own `kind` (separator or default), so the auth kind travels as `authKind`.
interface KindPick extends vscode.QuickPickItem {
  readonly authKind: AuthKind;
}

const FIELDS: Readonly<Record<AuthKind, readonly { key: string; prompt: string }[]>> = {
  bearer: [{ key: 'token', prompt: 'App-only Bearer token (from the developer console, Keys and tokens)' }],
  oauth1: [
    { key: 'consumerKey', prompt: 'API Key (OAuth 1.0a consumer key)' },
    { key: 'consumerSecret', prompt: 'API Key Secret (consumer secret)' },
    { key: 'accessToken', prompt: 'Access Token (user context)' },
    { key: 'accessTokenSecret', prompt: 'Access Token Secret' },
  ],
  oauth2: [{ key: 'accessToken', prompt: 'OAuth 2.0 user access token (scopes tweet.read users.read)' }],
};

function checkToken(value: string): string | undefined {
  if (value.length === 0) return vscode.l10n.t('Required');
  if (/\s/.test(value)) return vscode.l10n.t('Tokens never contain spaces or line breaks; check what was pasted');
  return undefined;
}

/**
 * `xapi.setCredentials`: with `{kind, ...}` stores without prompting; bare, asks. Returns the kind stored. Either way
 * a notification says they were saved and where lookups now go (`https://api.x.com`, or still the sandbox).
 */
export async function setCredentials(store: CredentialStore, args?: unknown, destination?: DestinationNow): Promise<AuthKind | undefined> {
  if (args !== undefined) {
    const parsed = validateCredentials(args);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Credentials not saved: {0}', parsed.message));
      return undefined;
    }
    await store.store(parsed.credentials);
    if (destination) void vscode.window.showInformationMessage(vscode.l10n.t(credentialsSetNotice(parsed.credentials.kind, await destination())));
    else void vscode.window.showInformationMessage(vscode.l10n.t('{0} saved in the secret store.', capitalized(AUTH_LABELS[parsed.credentials.kind].full)));
    return parsed.credentials.kind;
  }
  const set = new Set(await store.kinds());
  const picks: KindPick[] = [
    { authKind: 'bearer', label: vscode.l10n.t('App-only Bearer token'), description: set.has('bearer') ? vscode.l10n.t('set') : undefined, detail: vscode.l10n.t('Lookups by id and username; not /2/users/me or DM custom profiles') },
    { authKind: 'oauth1', label: vscode.l10n.t('OAuth 1.0a user context'), description: set.has('oauth1') ? vscode.l10n.t('set') : undefined, detail: vscode.l10n.t('Four keys; every endpoint, DM custom profiles included') },
    { authKind: 'oauth2', label: vscode.l10n.t('OAuth 2.0 user access token'), description: set.has('oauth2') ? vscode.l10n.t('set') : undefined, detail: vscode.l10n.t('The v2 lookups and /2/users/me') },
  ];
  const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('X API: Set Credentials'), placeHolder: vscode.l10n.t('Which credentials?'), ignoreFocusOut: true });
  if (!pick) return undefined;
  const values: Record<string, string> = { kind: pick.authKind };
  const fields = FIELDS[pick.authKind];
  for (const [i, field] of fields.entries()) {
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('X API: {0} ({1}/{2})', pick.label, i + 1, fields.length),
      prompt: vscode.l10n.t(field.prompt),
      password: true,
      ignoreFocusOut: true,
      validateInput: (text) => checkToken(text.trim()),
    });
    if (value === undefined) return undefined;
    values[field.key] = value.trim();
  }
  return setCredentials(store, values, destination);
}

interface ClearPick extends vscode.QuickPickItem {
  readonly authKind: AuthKind | undefined;
}

/**
 * `xapi.clearCredentials`: `{kind}` clears one kind, `{}` all; bare, asks which (each kind by its name, "app-only
 * Bearer token", never the raw `bearer`). Then says what was cleared and where lookups go now. Resolves whether
 * anything was asked to be cleared.
 */
export async function clearCredentials(store: CredentialStore, args?: unknown, destination?: DestinationNow): Promise<boolean> {
  let kind: AuthKind | undefined;
  const set = await store.kinds();
  if (args !== undefined) {
    const requested = typeof args === 'object' && args !== null ? (args as { kind?: unknown }).kind : undefined;
    if (requested !== undefined && requested !== 'bearer' && requested !== 'oauth1' && requested !== 'oauth2') {
      void vscode.window.showErrorMessage(vscode.l10n.t('kind must be bearer, oauth1 or oauth2'));
      return false;
    }
    kind = requested;
  } else {
    if (set.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No X API credentials are set.'));
      return false;
    }
    const picks: ClearPick[] = [
      { label: vscode.l10n.t('All credentials'), description: set.map((k) => AUTH_LABELS[k].short).join(', '), authKind: undefined },
      ...set.map((k): ClearPick => ({ label: capitalized(AUTH_LABELS[k].full), description: vscode.l10n.t('set'), authKind: k })),
    ];
    const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('X API: Clear Credentials'), placeHolder: vscode.l10n.t('Which credentials to remove from the secret store?') });
    if (!pick) return false;
    kind = pick.authKind;
  }
  await store.clear(kind);
  const cleared = set.filter((k) => kind === undefined || k === kind);
  if (destination) void vscode.window.showInformationMessage(vscode.l10n.t(credentialsClearedNotice(cleared, await destination())));
  return true;
}
