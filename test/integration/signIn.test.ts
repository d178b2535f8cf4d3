// Signing in, checked in the real extension host against a sandbox of the test's own on 127.0.0.2 (xapi.baseUrl in
// user settings, xapi.sandbox "never"): the OAuth 2.0 PKCE flow with the consent page approved or denied over HTTP
// the way a browser does it, refresh with rotation on an injected clock, two windows sharing one SecretStorage, a
// reused refresh token, sign-out with revocation, a wrong state, a port in use, the OAuth 1.0a PIN flow, the app-only
// flow through the real command and the real SecretStorage, the scope check before sending, the Accounts menu's
// provider; and after all of it no token in any file the host wrote. Every request goes to 127.0.0.0/8.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { OAuth2UserAccount } from '../../src/core/auth/account';
import type { TokenSet } from '../../src/core/auth/oauth2Tokens';
import { SANDBOX_API_KEY, SANDBOX_API_SECRET, SANDBOX_CLIENT_ID } from '../../src/core/auth/sandboxCredentials';
import type { LookupRequest } from '../../src/core/request/lookupRequest';
import type { XApiExplorerApi } from '../../src/extension';
import { AccountStore, AppSecretKeys } from '../../src/host/auth/accountStore';
import { signOut as signOutCommand } from '../../src/host/auth/commands';
import { Refresher } from '../../src/host/auth/refresher';
import { SignInFlows } from '../../src/host/auth/signIn';
import { Commands } from '../../src/host/common/ids';
import { LazyModules } from '../../src/host/common/lazyModules';
import { Log } from '../../src/host/common/log';
import { CredentialStore } from '../../src/host/credentials/store';
import { Connection } from '../../src/host/lookup/connection';
import { LookupService } from '../../src/host/lookup/lookupService';
import { OriginConsent } from '../../src/host/lookup/originConsent';
import { ResultDocuments, type ResultEntry } from '../../src/host/results/documents';
import { statusLine } from '../../src/host/results/lens';
import { readAuthSettings } from '../../src/host/common/settings';
import type { OAuthClient } from '../../src/net/oauthClient';
import type { SandboxServer } from '../../src/sandbox/server';
import { approvePin, consent, get, type PageAnswer } from '../support/browserDriver';
import { until, untilTrue } from '../support/polling';
import { MemoryMemento, MemorySecretStorage } from '../support/vscodeFakes';
import { freePort } from '../support/freePort';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';
const HOURS = 3_600_000;
const ME: LookupRequest = { endpoint: 'me' };

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('xapi');
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** What the user was told, in order: every notification a flow showed (the test answers none of them). */
interface Said {
  readonly level: 'info' | 'warn' | 'error';
  readonly text: string;
  /** Its buttons. */
  readonly items: readonly string[];
}

type Show = (message: string, ...items: unknown[]) => Thenable<unknown>;

/**
 * Records the notifications (the extension's own and the test windows' alike: both use this extension's `vscode`
 * object) and answers them as dismissed. `answer` may pick one of a message's buttons instead.
 */
class Notifications {
  readonly said: Said[] = [];
  answer: ((text: string, items: readonly string[]) => string | undefined) | undefined;
  private readonly originals: Record<'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage', Show>;

  constructor() {
    const w = vscode.window as unknown as Record<string, Show>;
    this.originals = { showInformationMessage: w.showInformationMessage, showWarningMessage: w.showWarningMessage, showErrorMessage: w.showErrorMessage };
    const record = (level: Said['level']): Show => (message, ...items) => {
      const buttons = items.filter((item): item is string => typeof item === 'string');
      this.said.push({ level, text: message, items: buttons });
      return Promise.resolve(this.answer?.(message, buttons));
    };
    w.showInformationMessage = record('info');
    w.showWarningMessage = record('warn');
    w.showErrorMessage = record('error');
  }

  /** Everything said at `level` since `from`. */
  texts(level: Said['level'], from = 0): string[] {
    return this.said.slice(from).filter((said) => said.level === level).map((said) => said.text);
  }

  restore(): void {
    Object.assign(vscode.window, this.originals);
  }
}

/** The sandbox's clock: real time plus an offset the test moves. */
class Clock {
  offset = 0;
  readonly now = (): number => Date.now() + this.offset;
}

/** One editor window's sign-in machinery, built like src/app.ts builds it, on a SecretStorage it may share. */
interface TestWindow {
  readonly store: AccountStore;
  readonly connection: Connection;
  readonly refresher: Refresher;
  readonly lookups: LookupService;
  readonly flows: SignInFlows;
  readonly results: ResultDocuments;
  readonly ran: ResultEntry[];
  dispose(): void;
}

interface Browser {
  /** What the loopback listener answered the browser, one per sign-in. */
  readonly pages: PageAnswer[];
  /** Each URL the flow asked to open. */
  readonly opened: string[];
  /** What went wrong in the browser's part (a page that was not the consent page, a refused redirect). */
  readonly failures: unknown[];
  /** Resolves once the browser is done with every page it was sent to (the flow may settle before). */
  settled(): Promise<void>;
}

describe('signing in (OAuth 2.0 with PKCE, OAuth 1.0a with a PIN, app-only)', function () {
  this.timeout(60_000);
  let extensionPath: string;
  let api: XApiExplorerApi;
  let notifications: Notifications;
  let sandbox: SandboxServer;
  let clock: Clock;
  let port: number;
  /** Every secret issued in these tests: none may end up in a file. */
  const issued = new Set<string>([SANDBOX_API_SECRET]);
  const windows: TestWindow[] = [];

  before(async () => {
    const extension = vscode.extensions.getExtension<XApiExplorerApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    extensionPath = extension.extensionPath;
    notifications = new Notifications();
  });

  after(() => notifications.restore());

  beforeEach(async () => {
    clock = new Clock();
    sandbox = await new LazyModules(extensionPath).loadSandbox().startSandbox({ host: '127.0.0.2', now: clock.now });
    port = await freePort();
    await config().update('baseUrl', sandbox.url, vscode.ConfigurationTarget.Global);
    await config().update('sandbox', 'never', vscode.ConfigurationTarget.Global);
    await config().update('auth.clientId', SANDBOX_CLIENT_ID, vscode.ConfigurationTarget.Global);
    await config().update('auth.redirectPort', port, vscode.ConfigurationTarget.Global);
    notifications.answer = undefined;
  });

  afterEach(async () => {
    windows.splice(0).forEach((window) => window.dispose());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const key of ['baseUrl', 'sandbox', 'auth.clientId', 'auth.redirectPort', 'auth.authorizeUrl']) {
      await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await sandbox.close();
  });

  /** A browser that approves (or denies) the consent page and follows the redirect to the loopback listener. */
  function browser(decision: 'approve' | 'deny'): Browser & { open: (url: string) => Thenable<boolean> } {
    const pages: PageAnswer[] = [];
    const opened: string[] = [];
    const failures: unknown[] = [];
    const visits: Promise<void>[] = [];
    return {
      pages, opened, failures,
      settled: async () => void (await Promise.all(visits)),
      open: (url) => {
        opened.push(url);
        const visit = (async () => {
          try {
            assert.ok(url.startsWith(`${sandbox.url}/2/oauth2/authorize?`), url);
            pages.push(await get(await consent(url, decision)));
          } catch (error) {
            failures.push(error);
          }
        })();
        visits.push(visit);
        return visit.then(() => true);
      },
    };
  }

  async function window(options: {
    readonly secrets?: MemorySecretStorage;
    readonly open?: (url: string) => Thenable<boolean>;
    readonly ask?: (options: vscode.InputBoxOptions) => Promise<string | undefined>;
    /** Wraps the Refresher's token-endpoint client (counting, slowing). */
    readonly wrapClient?: (client: OAuthClient) => OAuthClient;
  } = {}): Promise<TestWindow> {
    const secrets = options.secrets ?? new MemorySecretStorage();
    const modules = new LazyModules(extensionPath);
    const engine = modules.loadEngine();
    const log = new Log('X API Explorer (sign-in test)');
    const store = new AccountStore(secrets, new MemoryMemento());
    const credentials = new CredentialStore(secrets);
    const connection = new Connection({ credentials, accounts: store, log, isTrusted: () => true });
    const consentAsked = new OriginConsent(new MemoryMemento(), () => Promise.reject(new Error('asked about a loopback origin')));
    const clients: OAuthClient[] = [];
    const refresher = new Refresher({
      store, log, now: clock.now,
      client: (baseUrl) => {
        // The same clock as the sandbox's dates what a refresh returns.
        const client = new engine.OAuthClient({ baseUrl, deps: { ...engine.nodeSignInDeps, now: clock.now }, otherSecrets: connection.allCredentialSecrets() });
        clients.push(client);
        return options.wrapClient ? options.wrapClient(client) : client;
      },
    });
    const results = new ResultDocuments();
    const lookups = new LookupService({ connection, refresher, results, log, modules, consent: consentAsked });
    const flows = new SignInFlows({
      store, connection, modules, consent: consentAsked, log,
      sandboxUrl: () => Promise.reject(new Error('the built-in sandbox was started')),
      openExternal: options.open ?? (() => Promise.reject(new Error('opened a browser unexpectedly'))),
      ask: options.ask ?? (() => Promise.reject(new Error('asked unexpectedly'))),
    });
    const ran: ResultEntry[] = [];
    lookups.onDidRun(({ entry }) => ran.push(entry));
    const made: TestWindow = {
      store, connection, refresher, lookups, flows, results, ran,
      dispose: () => {
        lookups.dispose();
        connection.dispose();
        store.dispose();
        results.dispose();
        log.dispose();
        clients.forEach((client) => void client.close());
      },
    };
    windows.push(made);
    await until('the settings of this test', () => {
      const { baseUrl, sandbox: mode } = connection.settings;
      const auth = readAuthSettings();
      return baseUrl === sandbox.url && mode === 'never' && auth.redirectPort === port && auth.clientId === SANDBOX_CLIENT_ID ? true : undefined;
    });
    await connection.whenReady();
    return made;
  }

  async function oauth2Account(window: TestWindow): Promise<{ key: string; account: OAuth2UserAccount }> {
    const entries = [...(await window.store.all()).values()].filter((entry) => entry.account.kind === 'oauth2');
    assert.equal(entries.length, 1, 'one OAuth 2.0 account is stored');
    const [{ key, account }] = entries;
    assert.ok(account.kind === 'oauth2');
    issued.add(account.accessToken);
    if (account.refreshToken) issued.add(account.refreshToken);
    return { key, account };
  }

  /** Runs a lookup in a window and returns its result entry (or undefined when it was refused). */
  async function lookUp(window: TestWindow, request: LookupRequest): Promise<{ entry: ResultEntry; body: Record<string, unknown> } | undefined> {
    const before = window.ran.length;
    const uri = await window.lookups.run(request);
    if (!uri) {
      assert.equal(window.ran.length, before, 'a refused lookup ran');
      return undefined;
    }
    const entry = window.results.get(uri);
    assert.ok(entry);
    return { entry, body: JSON.parse(entry.text) as Record<string, unknown> };
  }

  /** The token endpoint, asked directly: what the sandbox says of a refresh token now. */
  async function refreshOutcome(refreshToken: string): Promise<string> {
    const client = new (new LazyModules(extensionPath).loadEngine().OAuthClient)({ baseUrl: sandbox.url });
    try {
      await client.refresh({ clientId: SANDBOX_CLIENT_ID, refreshToken });
      return 'accepted';
    } catch (error) {
      return (error as { reason?: string }).reason ?? String(error);
    } finally {
      await client.close();
    }
  }

  /** The status of `/2/users/me` asked directly with an OAuth 2.0 or Bearer token. */
  async function statusWith(token: string, pathAndQuery = '/2/users/me'): Promise<number> {
    return (await get(`${sandbox.url}${pathAndQuery}`, { authorization: `Bearer ${token}` })).status;
  }

  it('signs in with OAuth 2.0 and PKCE through the consent page, then looks up /2/users/me as the new account', async () => {
    const page = browser('approve');
    const w = await window({ open: page.open });
    const said = notifications.said.length;
    const account = await w.flows.signIn('oauth2');
    await page.settled();
    assert.deepEqual(page.failures, []);
    assert.ok(account && account.kind === 'oauth2', 'signed in');
    const opened = new URL(page.opened[0]);
    assert.equal(opened.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(opened.searchParams.get('redirect_uri'), `http://127.0.0.1:${port}/callback`);
    assert.deepEqual(opened.searchParams.get('scope')?.split(' ').sort(), ['offline.access', 'tweet.read', 'users.read']);
    assert.equal(page.pages[0].status, 200);
    assert.match(page.pages[0].text, /You can close this tab/);
    assert.ok(notifications.texts('info', said).includes(`Signed in to X as @${account.username}.`), notifications.texts('info', said).join('\n'));

    const { key, account: stored } = await oauth2Account(w);
    assert.equal(key, `${sandbox.url} oauth2:${account.userId}`);
    assert.equal(w.store.currentKey(), key, 'the new account is the one lookups use');
    assert.ok(stored.refreshToken, 'offline.access gave a refresh token');
    assert.ok(stored.expiresAt !== undefined && stored.expiresAt > Date.now() + HOURS);
    await untilTrue('the status bar state', () => w.connection.state().account === `@${account.username}`);

    const result = await lookUp(w, ME);
    assert.ok(result, 'the lookup ran');
    assert.equal(result.entry.status, 200, result.entry.text);
    assert.equal((result.body.data as { id: string; username: string }).username, account.username);
    assert.equal(result.entry.signedWith, `@${account.username}`);
    assert.match(statusLine(result.entry), new RegExp(`· as @${account.username}$`));
  });

  it('refreshes an expired token before a lookup and stores the rotated pair; the old refresh token is dead', async () => {
    const page = browser('approve');
    const w = await window({ open: page.open });
    assert.ok(await w.flows.signIn('oauth2'));
    const { key, account: before } = await oauth2Account(w);

    clock.offset = 3 * HOURS;
    assert.equal(await statusWith(before.accessToken), 401, 'the sandbox expired the first access token');
    const result = await lookUp(w, ME);
    assert.ok(result);
    assert.equal(result.entry.status, 200, result.entry.text);
    const after = await w.store.fresh(key);
    assert.ok(after?.kind === 'oauth2');
    issued.add(after.accessToken);
    if (after.refreshToken) issued.add(after.refreshToken);
    assert.notEqual(after.accessToken, before.accessToken);
    assert.ok(after.refreshToken && after.refreshToken !== before.refreshToken, 'the refresh token was rotated');
    assert.ok(after.expiresAt !== undefined && after.expiresAt > clock.now() + HOURS, 'the new expiry counts from the refresh');
    assert.equal(await statusWith(after.accessToken), 200);
    assert.equal(await refreshOutcome(before.refreshToken!), 'invalid-grant');
  });

  it('refreshes once for two windows that need it at the same time; both use the new token', async () => {
    const secrets = new MemorySecretStorage();
    let refreshes = 0;
    // Slowed, so the second window certainly asks while the first one's refresh is under way.
    const counting = (client: OAuthClient): OAuthClient => new Proxy(client, {
      get(target, property, receiver) {
        if (property !== 'refresh') return Reflect.get(target, property, receiver) as unknown;
        return async (...args: Parameters<OAuthClient['refresh']>) => {
          refreshes++;
          await new Promise((resolve) => setTimeout(resolve, 400));
          return target.refresh(...args);
        };
      },
    });
    const page = browser('approve');
    const first = await window({ secrets, open: page.open, wrapClient: counting });
    const second = await window({ secrets, wrapClient: counting });
    assert.ok(await first.flows.signIn('oauth2'));
    const { key, account: before } = await oauth2Account(first);
    // The other window learns of the account through SecretStorage's change event.
    await until('the account in the other window', () => second.connection.choose(sandbox.url, 'oauth2')?.accountKey);
    await second.store.setCurrent(key);

    clock.offset = 3 * HOURS;
    const [a, b] = await Promise.all([lookUp(first, ME), lookUp(second, ME)]);
    assert.equal(refreshes, 1, 'both windows refreshed');
    assert.ok(a && b);
    assert.equal(a.entry.status, 200, a.entry.text);
    assert.equal(b.entry.status, 200, b.entry.text);
    const after = await first.store.fresh(key);
    assert.ok(after?.kind === 'oauth2' && after.accessToken !== before.accessToken);
    issued.add(after.accessToken);
    if (after.refreshToken) issued.add(after.refreshToken);
    assert.deepEqual(await second.store.fresh(key), after);
    // Both connections follow the stored pair (the change event again), so the next lookups sign with it.
    for (const w of [first, second]) {
      await until('the new token in the window', () => (w.connection.choose(sandbox.url, 'oauth2')?.credentials as { accessToken?: string } | undefined)?.accessToken === after.accessToken ? true : undefined);
    }
    assert.equal(await refreshOutcome(after.refreshToken!), 'accepted', 'the stored refresh token is the live one');
  });

  it('refreshes once after a 401 (a token revoked early) and sends the lookup again with the new token', async () => {
    const page = browser('approve');
    const w = await window({ open: page.open });
    assert.ok(await w.flows.signIn('oauth2'));
    const { key, account: before } = await oauth2Account(w);
    const client = new (new LazyModules(extensionPath).loadEngine().OAuthClient)({ baseUrl: sandbox.url });
    await client.revoke({ clientId: SANDBOX_CLIENT_ID, token: before.accessToken, tokenTypeHint: 'access_token' }).finally(() => client.close());
    assert.equal(await statusWith(before.accessToken), 401);

    const sent = sandbox.requestCount;
    const result = await lookUp(w, ME);
    assert.ok(result);
    assert.equal(result.entry.status, 200, result.entry.text);
    assert.equal(sandbox.requestCount, sent + 3, 'the 401, the refresh, the lookup again');
    const after = await w.store.fresh(key);
    assert.ok(after?.kind === 'oauth2' && after.accessToken !== before.accessToken);
    issued.add(after.accessToken);
    if (after.refreshToken) issued.add(after.refreshToken);
  });

  it('signs an account out with a message when its refresh token was already used', async () => {
    const page = browser('approve');
    const w = await window({ open: page.open });
    const account = await w.flows.signIn('oauth2');
    assert.ok(account?.kind === 'oauth2');
    const { key, account: old } = await oauth2Account(w);
    clock.offset = 3 * HOURS;
    assert.ok(await lookUp(w, ME), 'the first refresh');
    const rotated = await w.store.fresh(key);
    assert.ok(rotated?.kind === 'oauth2');
    issued.add(rotated.accessToken);
    if (rotated.refreshToken) issued.add(rotated.refreshToken);
    // What a restored backup or a stale copy would put back: the pair whose refresh token X has seen.
    await w.store.put(old);
    const said = notifications.said.length;
    const sent = sandbox.requestCount;
    assert.equal(await lookUp(w, ME), undefined, 'a lookup ran with a dead sign-in');
    assert.equal(sandbox.requestCount, sent + 1, 'only the refresh reached the sandbox');
    assert.equal((await w.store.all()).size, 0, `the account is still stored; said: ${JSON.stringify(notifications.said.slice(said))}`);
    assert.equal(w.store.currentKey(), undefined);
    const warnings = notifications.texts('warn', said);
    const signedOut = notifications.said.slice(said).find((one) => one.level === 'warn' && one.text.includes(`X no longer accepts the sign-in of @${account.username}`));
    assert.ok(signedOut, warnings.join('\n'));
    assert.deepEqual(signedOut.items, ['Sign In Again']);
  });

  it('signs out with revocation: the sandbox refuses the old tokens', async () => {
    const page = browser('approve');
    const w = await window({ open: page.open });
    const account = await w.flows.signIn('oauth2');
    assert.ok(account?.kind === 'oauth2');
    const { account: stored } = await oauth2Account(w);
    assert.equal(await statusWith(stored.accessToken), 200);
    assert.equal(await signOutCommand(w.store, w.flows, { account: `@${account.username}` }), true);
    assert.equal((await w.store.all()).size, 0);
    await untilTrue('the status bar state', () => w.connection.state().account === undefined);
    assert.equal(await statusWith(stored.accessToken), 401, 'the access token still works');
    assert.equal(await refreshOutcome(stored.refreshToken!), 'invalid-grant', 'the refresh token still works');
  });

  it('stores nothing when the user denies access on the consent page', async () => {
    const page = browser('deny');
    const w = await window({ open: page.open });
    const said = notifications.said.length;
    assert.equal(await w.flows.signIn('oauth2'), undefined);
    await page.settled();
    assert.deepEqual(page.failures, []);
    assert.equal(page.pages[0].status, 400);
    assert.match(page.pages[0].text, /Access was denied/);
    assert.equal((await w.store.all()).size, 0);
    assert.equal(w.store.currentKey(), undefined);
    const errors = notifications.texts('error', said);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /^Not signed in: .*denied/i);
  });

  it('refuses an answer with another state, at the loopback listener and in the pasted URL', async () => {
    // A page that sends the browser to the listener with a code of its own: another attempt's, or an attacker's.
    let forged: Promise<PageAnswer> | undefined;
    const w = await window({
      open: async (url) => {
        const redirect = new URL(url).searchParams.get('redirect_uri')!;
        forged = get(`${redirect}?code=forged-code&state=not-this-attempt`);
        await forged;
        return true;
      },
    });
    const said = notifications.said.length;
    assert.equal(await w.flows.signIn('oauth2'), undefined);
    const answered = await until('the forged answer', () => forged);
    assert.equal(answered.status, 400);
    assert.match(answered.text, /Sign-in failed/);
    assert.equal((await w.store.all()).size, 0);
    const errors = notifications.texts('error', said);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /^Not signed in: .*state does not match/);

    // The paste fallback: a URL with the wrong state is refused and the attempt goes on; the right one signs in.
    let approved: string | undefined;
    const asked: string[] = [];
    const pasting = await window({
      open: async (url) => {
        approved = await consent(url, 'approve');
        return true;
      },
      ask: async (options) => {
        asked.push(options.prompt ?? '');
        const answer = await until('the consent page approved', () => approved);
        if (asked.length === 1) return answer.replace(/state=[^&]+/, 'state=someone-elses');
        return answer;
      },
    });
    // The notification that offers the fallback (worded for a remote window in code-server): its Paste button.
    notifications.answer = (_text, items) => items.find((item) => item.startsWith('Paste Browser URL'));
    const before = notifications.said.length;
    const account = await pasting.flows.signIn('oauth2');
    assert.ok(account?.kind === 'oauth2', 'the right URL, pasted, signed in');
    assert.equal(asked.length, 2);
    assert.match(asked[0], /paste the address the browser ended on/);
    const warnings = notifications.texts('warn', before);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /state does not match/);
    await oauth2Account(pasting);
  });

  it('says which setting to change when the redirect port is in use', async () => {
    const holder = http.createServer((_request, response) => response.end('another program'));
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const w = await window({ open: () => Promise.reject(new Error('the browser opened although nothing listens')) });
      const said = notifications.said.length;
      assert.equal(await w.flows.signIn('oauth2'), undefined);
      assert.equal((await w.store.all()).size, 0);
      const errors = notifications.texts('error', said);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], new RegExp(`port ${port} .*in use.*xapi\\.auth\\.redirectPort`));
      assert.deepEqual(notifications.said.slice(said).find((one) => one.level === 'error')?.items, ['Open Settings']);
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  });

  it('signs in with a PIN (OAuth 1.0a) and looks up a DM custom profile as that user', async () => {
    let pin: Promise<string> | undefined;
    const asked: string[] = [];
    const w = await window({
      open: async (url) => {
        assert.ok(url.startsWith(`${sandbox.url}/oauth/authorize?oauth_token=`), url);
        pin = approvePin(url);
        await pin;
        return true;
      },
      ask: async (options) => {
        const prompt = options.prompt ?? '';
        asked.push(prompt);
        if (/^API Key \(consumer key\)/.test(prompt)) return SANDBOX_API_KEY;
        if (/^API Key Secret/.test(prompt)) return SANDBOX_API_SECRET;
        if (/PIN/.test(prompt)) {
          const typed = await until('the PIN page', () => pin);
          assert.equal(options.validateInput?.(typed) ?? undefined, undefined, 'the PIN box refuses the PIN');
          return typed;
        }
        throw new Error(`unexpected prompt: ${prompt}`);
      },
    });
    const account = await w.flows.signIn('oauth1');
    assert.ok(account?.kind === 'oauth1', 'signed in');
    assert.equal(asked.length, 3, asked.join('\n'));
    issued.add(account.accessToken).add(account.accessTokenSecret);
    const entries = [...(await w.store.all()).values()];
    assert.deepEqual(entries.map((entry) => entry.key), [`${sandbox.url} oauth1:${account.userId}`]);
    assert.deepEqual(await w.store.appSecret(AppSecretKeys.consumer(sandbox.url), ['apiKey', 'apiSecret']), { apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET });

    const result = await lookUp(w, { endpoint: 'customProfile', id: '100001' });
    assert.ok(result);
    assert.equal(result.entry.status, 200, result.entry.text);
    assert.equal((result.body.custom_profile as { id: string }).id, '100001');
    assert.equal(result.entry.signedWith, `@${account.screenName} (OAuth 1.0a)`);
  });

  it('refuses before sending a lookup whose scope the account was not granted, naming it', async () => {
    const page = browser('approve');
    const w = await window({ open: page.open });
    assert.ok(await w.flows.signIn('oauth2'));
    const { key, account } = await oauth2Account(w);
    await w.store.put({ ...account, scopes: ['tweet.read', 'offline.access'] });
    await until('the narrower account', () => (w.connection.choose(sandbox.url, 'oauth2')?.account as OAuth2UserAccount | undefined)?.scopes.length === 2 ? true : undefined);
    assert.equal(w.store.currentKey(), key);
    const said = notifications.said.length;
    const sent = sandbox.requestCount;
    assert.equal(await lookUp(w, ME), undefined);
    assert.equal(sandbox.requestCount, sent, 'the lookup was sent');
    const errors = notifications.texts('error', said);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], new RegExp(`^Not sent: @${account.username}: GET /2/users/me needs the users\\.read scope`));
  });

  describe('the extension itself (its commands, its SecretStorage, its Accounts menu provider)', () => {
    const original = vscode.env.openExternal;
    let restoreSpy: (() => void) | undefined;
    afterEach(() => {
      (vscode.env as { openExternal: typeof vscode.env.openExternal }).openExternal = original;
      restoreSpy?.();
      restoreSpy = undefined;
    });

    /** The accounts the real provider lists (VS Code asks its getSessions). */
    async function accounts(): Promise<string[]> {
      return (await vscode.authentication.getAccounts('xapi')).map((account) => account.label).sort();
    }

    /**
     * Watches the tokens the extension's own code exchanges get: the engine bundle is one module, so the test's
     * require of dist/engine.js is the extension's. Observes only; every call goes through.
     */
    function spyOnExchanges(): TokenSet[] {
      const { OAuthClient: Client } = new LazyModules(extensionPath).loadEngine();
      const exchange = Client.prototype.exchangeCode;
      const seen: TokenSet[] = [];
      Client.prototype.exchangeCode = async function (this: OAuthClient, ...args: Parameters<OAuthClient['exchangeCode']>) {
        const tokens = await exchange.apply(this, args);
        seen.push(tokens);
        return tokens;
      };
      restoreSpy = () => {
        Client.prototype.exchangeCode = exchange;
      };
      return seen;
    }

    it('signs the app in with its key and secret (xapi.signIn), looks up with the Bearer token, and invalidates it (xapi.signOut)', async () => {
      const changes: string[] = [];
      const listening = vscode.authentication.onDidChangeSessions((event) => changes.push(event.provider.id));
      try {
        const label = await vscode.commands.executeCommand<string | undefined>(Commands.signIn, { method: 'app', apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET });
        assert.equal(label, 'App (Bearer)');
        await untilTrue('the session change event', () => changes.includes('xapi'));
        assert.deepEqual(await accounts(), ['App (Bearer)']);
        // The sandbox hands out one app token until it is invalidated: the one the extension got.
        const client = new (new LazyModules(extensionPath).loadEngine().OAuthClient)({ baseUrl: sandbox.url });
        const token = await client.appToken({ apiKey: SANDBOX_API_KEY, apiSecret: SANDBOX_API_SECRET }).finally(() => client.close());
        issued.add(token);

        const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.lookupUser, { id: '2244994945' });
        assert.ok(uri, 'the lookup ran');
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        const line = lenses.map((lens) => lens.command?.title ?? '').find((title) => title.includes(' ms'));
        assert.match(line ?? '', /^\$\(pass\) 200 · .* · as App \(Bearer\)$/);
        assert.equal(await statusWith(token, '/2/users/2244994945'), 200);

        changes.length = 0;
        assert.equal(await vscode.commands.executeCommand(Commands.signOut, { account: 'App (Bearer)' }), true);
        assert.equal(await statusWith(token, '/2/users/2244994945'), 401, 'the app token still works');
        await untilTrue('the session change event', () => changes.includes('xapi'));
        assert.deepEqual(await accounts(), []);
        assert.equal(await vscode.commands.executeCommand(Commands.lookupUser, { id: '2244994945' }), undefined, 'a lookup ran with no credentials');
      } finally {
        listening.dispose();
      }
    });

    it('lists an OAuth 2.0 sign-in as a session of the xapi provider, and none after sign-out', async () => {
      const page = browser('approve');
      (vscode.env as { openExternal: (uri: vscode.Uri) => Thenable<boolean> }).openExternal = (uri) => page.open(uri.toString(true));
      const exchanged = spyOnExchanges();
      const label = await vscode.commands.executeCommand<string | undefined>(Commands.signIn, { method: 'oauth2' });
      await page.settled();
      assert.deepEqual(page.failures, []);
      assert.match(label ?? '', /^@\w+$/);
      assert.equal(exchanged.length, 1);
      const [tokens] = exchanged;
      issued.add(tokens.accessToken);
      if (tokens.refreshToken) issued.add(tokens.refreshToken);
      assert.deepEqual(await accounts(), [label]);
      // Without the user's grant VS Code gives another extension no session, this one included; asking quietly
      // must neither fail nor open a prompt.
      const quiet = await vscode.authentication.getSession('xapi', ['users.read'], { silent: true });
      if (quiet) assert.equal(quiet.accessToken, tokens.accessToken);

      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.lookupMe, {});
      assert.ok(uri);
      const body = JSON.parse((await vscode.workspace.openTextDocument(uri)).getText()) as { data: { username: string } };
      assert.equal(`@${body.data.username}`, label);
      assert.equal(await statusWith(tokens.accessToken), 200);

      assert.equal(await vscode.commands.executeCommand(Commands.signOut, { account: label }), true);
      assert.equal(await statusWith(tokens.accessToken), 401, 'the access token still works');
      assert.equal(await refreshOutcome(tokens.refreshToken!), 'invalid-grant', 'the refresh token still works');
      assert.deepEqual(await accounts(), []);
    });
  });

  describe('after all of it', () => {
    it('leaves no token, refresh token, app token or consumer secret in any file the host wrote', async () => {
      assert.ok(issued.size > 10, 'the tests above issued tokens');
      const userData = path.dirname(path.dirname(path.dirname(api.globalStorageUri.fsPath)));
      const logs = path.dirname(path.dirname(api.logUri.fsPath));
      const scan = (): { files: string[]; texts: Map<string, string> } => {
        const files = [...new Set([...filesUnder(userData), ...filesUnder(logs), ...filesUnder(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '')])];
        return { files, texts: new Map(files.map((file) => [file, fs.readFileSync(file, 'latin1')])) };
      };
      // The logs are written asynchronously: wait until both the extension's and a test window's show the sign-ins.
      await untilTrue('the sign-ins in the logs on disk', () => {
        const { texts } = scan();
        const logged = (name: RegExp, line: string): boolean => [...texts].some(([file, text]) => name.test(path.basename(file)) && text.includes(line));
        return logged(/X API Explorer\.log$/, 'signed in App (Bearer)') && logged(/sign-in test\)\.log$/, 'refreshed the OAuth 2.0 token of @');
      });
      const { files, texts } = scan();
      const found: string[] = [];
      for (const [file, text] of texts) {
        for (const secret of issued) if (text.includes(secret)) found.push(`${file} holds a secret of ${secret.length} characters`);
      }
      assert.deepEqual(found, [], `${files.length} files scanned`);
    });
  });
});
