/**
 * What lookups run with right now: the settings, workspace trust and the credentials in SecretStorage, and the mode
 * they make (sandbox or network, which kind signs). Built at activation, because the status bar shows the mode from
 * the start; the lookup machinery that reads it loads later (see extension.ts). It also keeps the log's redaction
 * list in step with SecretStorage, so no line is written before the secrets are known to the log.
 */
import * as vscode from 'vscode';
import { accountCredentials } from '../../core/auth/account';
import { availableKinds, chooseCredentials, currentUserAccount, type ChoiceInput, type CredentialChoice, type KeyedAccount } from '../../core/auth/accountChoice';
import type { Credentials } from '../../core/auth/credentials';
import { secretForms } from '../../core/auth/redact';
import type { AuthKind } from '../../core/catalog/endpoints';
import { normalizeBaseUrl } from '../../core/request/baseUrl';
import { answersFromSandbox, modeAuth, type LookupContext } from '../../core/request/connectionMode';
import type { AccountStore } from '../auth/accountStore';
import { Disposable } from '../common/lifecycle';
import type { Log } from '../common/log';
import { onDidChangeSettings, readSettings, type XApiSettings } from '../common/settings';
import type { CredentialStore } from '../credentials/store';
import type { ConnectionState } from './runner';

export interface ConnectionDeps {
  readonly credentials: CredentialStore;
  /** Signed-in accounts; absent in tests of pasted credentials alone. */
  readonly accounts?: AccountStore;
  readonly log: Log;
  /** Whether the workspace is trusted; VS Code's answer unless a test injects its own. */
  readonly isTrusted?: () => boolean;
}

export class Connection extends Disposable {
  /** The settings, read on first use (not at activation) and again on every change. */
  private lastSeen: XApiSettings | undefined;
  /** Every credential in SecretStorage: a server may echo any of them, so outcomes are cleaned of all. */
  private stored: ReadonlyMap<AuthKind, Credentials> = new Map();
  private accounts: readonly KeyedAccount[] = [];
  private ready: Promise<void>;
  private readonly settingsChanged = this._register(new vscode.EventEmitter<{ readonly previous: XApiSettings }>());
  /** After the settings were read again; `previous` is what they were. */
  readonly onDidChangeSettings = this.settingsChanged.event;
  private readonly stateChanged = this._register(new vscode.EventEmitter<ConnectionState>());
  readonly onDidChangeState = this.stateChanged.event;

  constructor(private readonly deps: ConnectionDeps) {
    super();
    // The first read starts once activation has returned: SecretStorage answers asynchronously anyway, and the
    // status bar that waits for it can appear a moment later without anyone waiting on activation for it.
    this.ready = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => this.readCredentials());
    this._register(onDidChangeSettings(() => {
      const previous = this.lastSeen ?? readSettings();
      this.lastSeen = readSettings();
      this.settingsChanged.fire({ previous });
      this.stateChanged.fire(this.state());
    }));
    // Restricted Mode ends when the user trusts the workspace; the mode shown changes with it.
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.stateChanged.fire(this.state())));
    const reread = (): void => {
      this.ready = this.readCredentials().then(() => this.stateChanged.fire(this.state()));
    };
    this._register(deps.credentials.onDidChange(reread));
    if (deps.accounts) this._register(deps.accounts.onDidChange(reread));
  }

  private current(): XApiSettings {
    this.lastSeen ??= readSettings();
    return this.lastSeen;
  }

  get settings(): XApiSettings {
    return this.current();
  }

  /** Waits for the latest credential read, so state(), context() and credentials() reflect SecretStorage. */
  async whenReady(): Promise<ConnectionState> {
    await this.ready;
    return this.state();
  }

  /** What the plan depends on, read now: settings, trust, the kinds set. */
  context(): LookupContext {
    const { sandbox, vocabulary, baseUrl, defaultUserFields, defaultTweetFields, defaultExpansions } = this.current();
    return {
      sandbox,
      vocabulary,
      baseUrl,
      trusted: this.deps.isTrusted ? this.deps.isTrusted() : vscode.workspace.isTrusted,
      // An invalid base URL has no origin to match accounts to; pasted credentials still count, so the plan refuses
      // the URL rather than the sandbox answering in its place.
      available: this.networkOrigin() === undefined ? [...this.stored.keys()] : availableKinds(this.choiceInput(this.networkOrigin())),
      defaults: { userFields: defaultUserFields, tweetFields: defaultTweetFields, expansions: defaultExpansions },
    };
  }

  state(): ConnectionState {
    const context = this.context();
    const sandbox = answersFromSandbox(context);
    return {
      sandbox,
      restricted: !context.trusted,
      auth: modeAuth(context),
      baseUrl: sandbox ? 'sandbox' : this.current().baseUrl,
      vocabulary: this.current().vocabulary,
      account: sandbox ? undefined : this.userAccountLabel(this.networkOrigin()),
    };
  }

  /**
   * The credentials of `kind` for a lookup to `origin` (the configured base URL's, or the running sandbox's), with
   * the account behind them; as of the last read.
   */
  choose(origin: string, kind: AuthKind): CredentialChoice | undefined {
    return chooseCredentials(this.choiceInput(origin), kind);
  }

  /** The origin of the configured base URL; undefined when the setting is invalid (lookups are refused then). */
  networkOrigin(): string | undefined {
    const parsed = normalizeBaseUrl(this.current().baseUrl);
    return parsed.ok ? new URL(parsed.url).origin : undefined;
  }

  /** The label of the user account lookups to `origin` use, if one is signed in there. */
  userAccountLabel(origin: string | undefined): string | undefined {
    if (origin === undefined) return undefined;
    const found = currentUserAccount(this.choiceInput(origin));
    return found ? this.choose(origin, found.account.kind)?.label : undefined;
  }

  private choiceInput(origin: string | undefined): ChoiceInput {
    return {
      origin: origin ?? '',
      accounts: this.accounts,
      currentKey: this.deps.accounts?.currentKey(),
      pasted: this.stored,
      pastedOrigin: this.networkOrigin(),
    };
  }

  /** Every stored credential (accounts' too), for the engine's redaction of what a server echoes. */
  allCredentials(): Credentials[] {
    return [...this.stored.values(), ...accountCredentials(this.accounts.map((entry) => entry.account))];
  }

  /** Every spelling of every secret known here, for the sign-in client's redaction of errors. */
  allCredentialSecrets(): string[] {
    return secretForms(this.allCredentials());
  }

  private async readCredentials(): Promise<void> {
    this.stored = await this.deps.credentials.all();
    this.accounts = this.deps.accounts ? [...(await this.deps.accounts.all()).values()].map(({ key, account }) => ({ key, account })) : [];
    this.deps.log.setSecrets(secretForms(this.allCredentials()));
  }
}
