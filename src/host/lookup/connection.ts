/**
 * What lookups run with right now: the settings, workspace trust and the credentials in SecretStorage, and the mode
 * they make (sandbox or network, which kind signs). Built at activation, because the status bar shows the mode from
 * the start; the lookup machinery that reads it loads later (see extension.ts). It also keeps the log's redaction
 * list in step with SecretStorage, so no line is written before the secrets are known to the log.
 */
import * as vscode from 'vscode';
import type { Credentials } from '../../core/auth/credentials';
import { secretForms } from '../../core/auth/redact';
import type { AuthKind } from '../../core/catalog/endpoints';
import { answersFromSandbox, modeAuth, type LookupContext } from '../../core/request/connectionMode';
import { Disposable } from '../common/lifecycle';
import type { Log } from '../common/log';
import { onDidChangeSettings, readSettings, type XApiSettings } from '../common/settings';
import type { CredentialStore } from '../credentials/store';
import type { ConnectionState } from './runner';

export interface ConnectionDeps {
  readonly credentials: CredentialStore;
  readonly log: Log;
  /** Whether the workspace is trusted; VS Code's answer unless a test injects its own. */
  readonly isTrusted?: () => boolean;
}

export class Connection extends Disposable {
  private current: XApiSettings = readSettings();
  /** Every credential in SecretStorage: a server may echo any of them, so outcomes are cleaned of all. */
  private stored: ReadonlyMap<AuthKind, Credentials> = new Map();
  private ready: Promise<void>;
  private readonly settingsChanged = this._register(new vscode.EventEmitter<{ readonly previous: XApiSettings }>());
  /** After the settings were read again; `previous` is what they were. */
  readonly onDidChangeSettings = this.settingsChanged.event;
  private readonly stateChanged = this._register(new vscode.EventEmitter<ConnectionState>());
  readonly onDidChangeState = this.stateChanged.event;

  constructor(private readonly deps: ConnectionDeps) {
    super();
    this.ready = this.readCredentials();
    this._register(onDidChangeSettings(() => {
      const previous = this.current;
      this.current = readSettings();
      this.settingsChanged.fire({ previous });
      this.stateChanged.fire(this.state());
    }));
    // Restricted Mode ends when the user trusts the workspace; the mode shown changes with it.
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.stateChanged.fire(this.state())));
    this._register(deps.credentials.onDidChange(() => {
      this.ready = this.readCredentials().then(() => this.stateChanged.fire(this.state()));
    }));
  }

  get settings(): XApiSettings {
    return this.current;
  }

  /** Waits for the latest credential read, so state(), context() and credentials() reflect SecretStorage. */
  async whenReady(): Promise<ConnectionState> {
    await this.ready;
    return this.state();
  }

  /** What the plan depends on, read now: settings, trust, the kinds set. */
  context(): LookupContext {
    const { sandbox, vocabulary, baseUrl, defaultUserFields, defaultTweetFields, defaultExpansions } = this.current;
    return {
      sandbox,
      vocabulary,
      baseUrl,
      trusted: this.deps.isTrusted ? this.deps.isTrusted() : vscode.workspace.isTrusted,
      available: [...this.stored.keys()],
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
      baseUrl: sandbox ? 'sandbox' : this.current.baseUrl,
      vocabulary: this.current.vocabulary,
    };
  }

  /** The stored credentials of one kind, as of the last read. */
  credentials(kind: AuthKind): Credentials | undefined {
    return this.stored.get(kind);
  }

  /** Every stored credential, for the engine's redaction of what a server echoes. */
  allCredentials(): Credentials[] {
    return [...this.stored.values()];
  }

  private async readCredentials(): Promise<void> {
    this.stored = await this.deps.credentials.all();
    this.deps.log.setSecrets(secretForms([...this.stored.values()]));
  }
}
