/**
 * The three ways to sign in, as VS Code UI: OAuth 2.0 with PKCE (browser, loopback callback, or the URL pasted back),
 * OAuth 1.0a with a PIN, and the app's own Bearer token from its API key and secret; and signing out, which revokes
 * what X lets us revoke before forgetting it. Where they go is where lookups go: the running sandbox in sandbox
 * mode (its documented app, nothing to set up, accounts kept in this window only), otherwise `xapi.baseUrl` from
 * user settings, after the same per-origin consent as lookups. Nothing is stored until a flow has succeeded.
 */
import * as vscode from 'vscode';
import { tokenProblem } from '../../core/auth/credentials';
import { appAccount, accountLabel, oauth1Account, oauth2Account, type Account } from '../../core/auth/account';
import { defaultAuthorizeUrl } from '../../core/auth/oauth2Authorize';
import { oauth1AuthorizeUrl, pinProblem } from '../../core/auth/oauth1Handshake';
import { SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_CLIENT_ID } from '../../core/auth/sandboxCredentials';
import { parseScopeList, signInScopes, unknownScopes } from '../../core/auth/scopes';
import { isSignInError, type SignInError } from '../../core/auth/signInError';
import { needsOriginConsent, normalizeBaseUrl, originOf } from '../../core/request/baseUrl';
import type { OAuthClient } from '../../net/oauthClient';
import type { LazyModules } from '../common/lazyModules';
import { Settings } from '../common/ids';
import { readAuthSettings } from '../common/settings';
import type { Log } from '../common/log';
import type { Connection } from '../lookup/connection';
import type { OriginConsent } from '../lookup/originConsent';
import { AppSecretKeys, type AccountStore } from './accountStore';

export type SignInMethod = 'oauth2' | 'oauth1' | 'app';

export const SIGN_IN_METHODS: readonly SignInMethod[] = ['oauth2', 'oauth1', 'app'];

export interface SignInDeps {
  readonly store: AccountStore;
  readonly connection: Connection;
  readonly modules: LazyModules;
  readonly consent: OriginConsent;
  readonly log: Log;
  /** The running sandbox's base URL, started if need be. */
  readonly sandboxUrl: () => Promise<string>;
  /** Opens a URL in the user's browser; VS Code's openExternal unless a test injects its own. */
  readonly openExternal?: (url: string) => Thenable<boolean>;
  /** Asks for one value; VS Code's input box unless a test injects its own. */
  readonly ask?: (options: vscode.InputBoxOptions) => Thenable<string | undefined>;
}

/** App keys given with the command (automation): used for this sign-in and kept like typed ones. */
export interface GivenKeys {
  readonly apiKey: string;
  readonly apiSecret: string;
}

/** Where a sign-in goes and with which app. */
interface Target {
  readonly baseUrl: string;
  readonly sandbox: boolean;
}

/** Why a sign-in stopped without an account; said to the user once, never with a secret in it. */
class Stopped extends Error {}

export class SignInFlows {
  constructor(private readonly deps: SignInDeps) {}

  /** Runs a flow; resolves to the new account's label, or undefined when cancelled or failed (the user was told). */
  async signIn(method: SignInMethod, options: { readonly scopes?: readonly string[]; readonly keys?: GivenKeys } = {}): Promise<Account | undefined> {
    let client: OAuthClient | undefined;
    try {
      const target = await this.target();
      client = new (this.deps.modules.loadEngine().OAuthClient)({
        baseUrl: target.baseUrl, userAgent: 'x-api-explorer-vscode', otherSecrets: this.deps.connection.allCredentialSecrets(),
      });
      const account = method === 'oauth2' ? await this.oauth2(target, client, options.scopes ?? [])
        : method === 'oauth1' ? await this.oauth1(target, client, options.keys)
        : await this.app(target, client, options.keys);
      if (!account) return undefined;
      const key = await this.deps.store.put(account, { ephemeral: target.sandbox });
      if (account.kind !== 'bearer') await this.deps.store.setCurrent(key);
      this.deps.log.info(`signed in ${accountLabel(account)} at ${originOf(target.baseUrl)}${target.sandbox ? ' (sandbox)' : ''}`);
      void vscode.window.showInformationMessage(vscode.l10n.t('Signed in to X as {0}.', accountLabel(account)));
      return account;
    } catch (error) {
      this.report(error);
      return undefined;
    } finally {
      await client?.close();
    }
  }

  /** Revokes (where X offers it) and forgets an account. Forgotten even when the revocation fails; that is said. */
  async signOut(key: string): Promise<boolean> {
    const entry = (await this.deps.store.all()).get(key);
    if (!entry) return false;
    const { account } = entry;
    let client: OAuthClient | undefined;
    try {
      client = new (this.deps.modules.loadEngine().OAuthClient)({ baseUrl: account.baseUrl, userAgent: 'x-api-explorer-vscode', otherSecrets: this.deps.connection.allCredentialSecrets() });
      if (account.kind === 'oauth2') {
        const clientSecret = await this.clientSecret(account.clientId, false);
        if (account.refreshToken !== undefined) await client.revoke({ clientId: account.clientId, clientSecret, token: account.refreshToken, tokenTypeHint: 'refresh_token' });
        await client.revoke({ clientId: account.clientId, clientSecret, token: account.accessToken, tokenTypeHint: 'access_token' });
      } else if (account.kind === 'bearer') {
        const keys = await this.deps.store.appSecret<{ apiKey: string; apiSecret: string }>(AppSecretKeys.appKeys(originOf(account.baseUrl)), ['apiKey', 'apiSecret']);
        if (keys) await client.invalidateAppToken({ ...keys, token: account.token });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.deps.log.warn(`revoking the tokens of ${accountLabel(account)} failed: ${message}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} was signed out here, but X did not confirm the revocation: {1}', accountLabel(account), message));
    } finally {
      await client?.close();
      await this.deps.store.remove(key);
    }
    this.deps.log.info(`signed out ${accountLabel(account)}`);
    return true;
  }

  private async target(): Promise<Target> {
    const state = this.deps.connection.state();
    if (state.sandbox) return { baseUrl: await this.deps.sandboxUrl(), sandbox: true };
    const parsed = normalizeBaseUrl(this.deps.connection.settings.baseUrl);
    if (!parsed.ok) throw new Stopped(vscode.l10n.t('Not signed in: the xapi.baseUrl setting is invalid: {0}', parsed.message));
    if (needsOriginConsent(parsed.url) && !(await this.deps.consent.allows(originOf(parsed.url), 'oauth2'))) {
      throw new Stopped(vscode.l10n.t('Not signed in: you chose not to send credentials to {0} (xapi.baseUrl).', originOf(parsed.url)));
    }
    return { baseUrl: parsed.url, sandbox: false };
  }

  private input(options: vscode.InputBoxOptions): Thenable<string | undefined> {
    return this.deps.ask ? this.deps.ask(options) : vscode.window.showInputBox(options);
  }

  private open(url: string): Thenable<boolean> {
    return this.deps.openExternal ? this.deps.openExternal(url) : vscode.env.openExternal(vscode.Uri.parse(url, true));
  }

  private async oauth2(target: Target, client: OAuthClient, extraScopes: readonly string[]): Promise<Account | undefined> {
    const auth = readAuthSettings();
    const asked = !target.sandbox && !auth.clientId;
    const clientId = target.sandbox ? SANDBOX_CLIENT_ID : auth.clientId || (await this.askClientId());
    if (!clientId) return undefined;
    const unknown = unknownScopes(extraScopes);
    if (unknown.length > 0) throw new Stopped(vscode.l10n.t('Not signed in: X has no scope named {0}.', unknown.join(', ')));
    const scopes = signInScopes(extraScopes);
    const clientSecret = target.sandbox ? undefined : await this.clientSecret(clientId, asked);
    const attempt = await this.deps.modules.loadEngine().startPkceSignIn({
      client,
      authorizeUrl: target.sandbox ? defaultAuthorizeUrl(target.baseUrl) : auth.authorizeUrl ?? defaultAuthorizeUrl(target.baseUrl),
      clientId,
      clientSecret,
      scopes,
      // The sandbox's app accepts any loopback port; a real app only the one registered.
      port: target.sandbox ? 0 : auth.redirectPort,
    });
    // In a remote window the browser is elsewhere: if VS Code's forwarding would change the registered URI, the
    // loopback cannot be reached as registered, and pasting the URL the browser ended on is the way back.
    const external = await vscode.env.asExternalUri(vscode.Uri.parse(attempt.redirectUri, true));
    const forwarded = external.toString(true).replace(/\/$/, '') !== attempt.redirectUri.replace(/\/$/, '');
    const paste = vscode.l10n.t('Paste Browser URL…');
    const offerPaste = async (): Promise<void> => {
      for (;;) {
        const text = await this.input({
          title: vscode.l10n.t('X API: Finish Signing In'),
          prompt: vscode.l10n.t('After approving, paste the address the browser ended on (it starts with {0}).', attempt.redirectUri),
          ignoreFocusOut: true,
        });
        if (text === undefined) return;
        const problem: SignInError | undefined = attempt.submitPastedUrl(text.trim());
        if (!problem) return;
        void vscode.window.showWarningMessage(problem.message);
      }
    };
    this.deps.log.info(`OAuth 2.0 sign-in: authorize page opened, waiting on ${attempt.redirectUri}${forwarded ? ' (remote window: paste fallback offered)' : ''}`);
    return vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        cancellable: true,
        title: vscode.l10n.t('Signing in to X: approve in your browser'),
      },
      async (progress, token) => {
        token.onCancellationRequested(() => void attempt.cancel());
        progress.report({
          message: target.sandbox
            ? vscode.l10n.t('(the sandbox\'s consent page)')
            : vscode.l10n.t('The app must list {0} as a callback URI (setting xapi.auth.redirectPort).', attempt.redirectUri),
        });
        void this.open(attempt.authorizeUrl);
        void vscode.window.showInformationMessage(
          forwarded
            ? vscode.l10n.t('This window runs on another machine or behind a proxy: if the browser does not come back to VS Code after you approve, paste the address it ended on.')
            : vscode.l10n.t('Approve the sign-in in your browser. If the browser cannot come back to VS Code, paste the address it ended on.'),
          paste,
        ).then((choice) => (choice === paste ? offerPaste() : undefined));
        const tokens = await attempt.tokens;
        const owner = await client.whoAmI({ kind: 'oauth2', accessToken: tokens.accessToken });
        return oauth2Account({ baseUrl: target.baseUrl, clientId, owner, tokens, requestedScopes: scopes });
      },
    );
  }

  private async oauth1(target: Target, client: OAuthClient, given?: GivenKeys): Promise<Account | undefined> {
    const consumer = await this.keys(target, AppSecretKeys.consumer(originOf(target.baseUrl)), vscode.l10n.t('API Key (consumer key)'), vscode.l10n.t('API Key Secret (consumer secret)'), given);
    if (!consumer) return undefined;
    const keys = { consumerKey: consumer.apiKey, consumerSecret: consumer.apiSecret };
    const requestToken = await client.requestToken(keys);
    void this.open(oauth1AuthorizeUrl(target.baseUrl, requestToken.token));
    const pin = await this.input({
      title: vscode.l10n.t('X API: Sign In with a PIN (OAuth 1.0a)'),
      prompt: vscode.l10n.t('Approve in the browser, then type the PIN X shows.'),
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? undefined : pinProblem(text)),
    });
    if (pin === undefined || pin.trim() === '') return undefined;
    const token = await client.accessToken({ ...keys, requestToken, pin: pin.trim() });
    return oauth1Account({ baseUrl: target.baseUrl, ...keys, token });
  }

  private async app(target: Target, client: OAuthClient, given?: GivenKeys): Promise<Account | undefined> {
    const keys = await this.keys(target, AppSecretKeys.appKeys(originOf(target.baseUrl)), vscode.l10n.t('API Key'), vscode.l10n.t('API Key Secret'), given);
    if (!keys) return undefined;
    const token = await client.appToken(keys);
    return appAccount(target.baseUrl, token);
  }

  /** The app's key and secret: the sandbox's documented ones, the ones kept for this origin, or asked once. */
  private async keys(target: Target, secretKey: string, keyPrompt: string, secretPrompt: string, given?: GivenKeys): Promise<{ apiKey: string; apiSecret: string } | undefined> {
    if (given) {
      if (!target.sandbox) await this.deps.store.storeAppSecret(secretKey, { apiKey: given.apiKey, apiSecret: given.apiSecret });
      return given;
    }
    if (target.sandbox) return { apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET };
    const kept = await this.deps.store.appSecret<{ apiKey: string; apiSecret: string }>(secretKey, ['apiKey', 'apiSecret']);
    if (kept) return kept;
    const apiKey = await this.askSecret(keyPrompt);
    const apiSecret = apiKey === undefined ? undefined : await this.askSecret(secretPrompt);
    if (apiKey === undefined || apiSecret === undefined) return undefined;
    await this.deps.store.storeAppSecret(secretKey, { apiKey, apiSecret });
    return { apiKey, apiSecret };
  }

  private async askSecret(prompt: string): Promise<string | undefined> {
    const value = await this.input({
      title: vscode.l10n.t('X API: Sign In'), prompt, password: true, ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? vscode.l10n.t('Required') : /\s/.test(text.trim()) ? vscode.l10n.t('Keys never contain spaces or line breaks; check what was pasted') : undefined),
    });
    return value?.trim();
  }

  private async askClientId(): Promise<string | undefined> {
    const value = await this.input({
      title: vscode.l10n.t('X API: Sign In with X (OAuth 2.0)'),
      prompt: vscode.l10n.t('The OAuth 2.0 Client ID of your app (developer portal, Keys and tokens). It is saved in the setting xapi.auth.clientId.'),
      ignoreFocusOut: true,
      validateInput: (text) => (/^[\x21-\x7e]{1,256}$/.test(text.trim()) ? undefined : vscode.l10n.t('A client id is one word of printable characters')),
    });
    const clientId = value?.trim();
    if (clientId) await vscode.workspace.getConfiguration().update(Settings.authClientId, clientId, vscode.ConfigurationTarget.Global);
    return clientId || undefined;
  }

  /** A confidential client's secret, kept per client id; with `ask`, asked for (empty: a public client). */
  private async clientSecret(clientId: string, ask: boolean): Promise<string | undefined> {
    const kept = await this.deps.store.appSecret<{ secret: string }>(AppSecretKeys.clientSecret(clientId), ['secret']);
    if (kept || !ask) return kept?.secret;
    const value = await this.input({
      title: vscode.l10n.t('X API: Sign In with X (OAuth 2.0)'),
      prompt: vscode.l10n.t('Client Secret, only if your app is a confidential client; leave empty for a public (native) app.'),
      password: true,
      ignoreFocusOut: true,
    });
    const secret = value?.trim();
    if (!secret) return undefined;
    await this.deps.store.storeAppSecret(AppSecretKeys.clientSecret(clientId), { secret });
    return secret;
  }

  private report(error: unknown): void {
    if (error instanceof Stopped) {
      void vscode.window.showErrorMessage(error.message);
      return;
    }
    if (isSignInError(error) && error.reason === 'cancelled') {
      this.deps.log.info('sign-in cancelled');
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    this.deps.log.warn(`sign-in failed: ${message}`);
    const settings = vscode.l10n.t('Open Settings');
    const port = isSignInError(error) && error.reason === 'port-in-use';
    void vscode.window.showErrorMessage(vscode.l10n.t('Not signed in: {0}', message), ...(port ? [settings] : [])).then((choice) => {
      if (choice === settings) void vscode.commands.executeCommand('workbench.action.openSettings', Settings.authRedirectPort);
    });
  }
}

/**
 * Parses `xapi.signIn`'s argument: `{ method, scopes }`, and for `oauth1` / `app` optionally the app's key and secret
 * (`apiKey`, `apiSecret`), as Set Credentials takes tokens. Messages never repeat a value.
 */
export function signInArgs(args: unknown): { method?: SignInMethod; scopes: string[]; keys?: GivenKeys } | { error: string } {
  if (args === undefined) return { scopes: [] };
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return { error: 'the argument must be an object like { method: "oauth2" }' };
  const record = args as Record<string, unknown>;
  const allowed = ['method', 'scopes', 'apiKey', 'apiSecret'];
  for (const key of Object.keys(record)) if (!allowed.includes(key)) return { error: `unknown key ${key.slice(0, 40)} (${allowed.join(', ')} are allowed)` };
  const method = record.method;
  if (method !== undefined && !SIGN_IN_METHODS.includes(method as SignInMethod)) return { error: 'method must be oauth2, oauth1 or app' };
  const scopes = record.scopes === undefined ? [] : Array.isArray(record.scopes) && record.scopes.every((s) => typeof s === 'string') ? (record.scopes as string[]) : typeof record.scopes === 'string' ? parseScopeList(record.scopes) : undefined;
  if (scopes === undefined) return { error: 'scopes must be a list of strings' };
  if (record.apiKey === undefined && record.apiSecret === undefined) return { method: method as SignInMethod | undefined, scopes };
  if (method !== 'oauth1' && method !== 'app') return { error: 'apiKey and apiSecret go with method oauth1 or app' };
  for (const key of ['apiKey', 'apiSecret'] as const) {
    const value = record[key];
    if (typeof value !== 'string' || value === '') return { error: `${key} must be a non-empty string` };
    const problem = tokenProblem(value);
    if (problem) return { error: `${key} ${problem}` };
  }
  return { method, scopes, keys: { apiKey: record.apiKey as string, apiSecret: record.apiSecret as string } };
}
