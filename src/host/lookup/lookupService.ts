/**
 * The LookupRunner behind every surface: decides sandbox or network, picks credentials, validates (nothing is sent
 * for invalid input), sends through the lazily loaded engine, logs, records and opens the result document.
 */
import * as vscode from 'vscode';
import { needsOriginConsent, normalizeBaseUrl, originOf } from '../../core/request/baseUrl';
import { ENDPOINTS, type AuthKind } from '../../core/catalog/endpoints';
import type { Credentials } from '../../core/auth/credentials';
import { formatIssues, prepareLookup, type LookupRequest, type PrepareResult } from '../../core/request/lookupRequest';
import { notificationText } from '../../core/util/markdown';
import type { LookupOutcome } from '../../core/response/outcome';
import { secretForms } from '../../core/auth/redact';
import { describeRequest } from '../../core/request/describe';
import { summarizeOutcome } from '../../core/response/summary';
import { SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2 } from '../../core/auth/sandboxCredentials';
import type { HttpClient } from '../../net/httpClient';
import type { LookupEngine } from '../../net/lookupEngine';
import type { SandboxServer } from '../../sandbox/server';
import type { CredentialStore } from '../credentials/store';
import type { LazyModules } from '../common/lazyModules';
import type { Log } from '../common/log';
import type { ConnectionState, LookupRunner, RunOptions } from './runner';
import type { OriginConsent } from './originConsent';
import type { ResultDocuments, ResultEntry } from '../results/documents';
import { Commands, ContextKeys, Settings } from '../common/ids';
import { onDidChangeSettings, readSettings, type XApiSettings } from '../common/settings';

export interface LookupServiceDeps {
  readonly credentials: CredentialStore;
  readonly results: ResultDocuments;
  readonly log: Log;
  readonly modules: LazyModules;
  /** Asks before credentials first go to an origin that is neither X's nor on this machine. */
  readonly consent: OriginConsent;
  /** Whether the workspace is trusted; VS Code's answer unless a test injects its own. */
  readonly isTrusted?: () => boolean;
}

const SANDBOX_BY_KIND: Readonly<Record<AuthKind, Credentials>> = { bearer: SANDBOX_BEARER, oauth1: SANDBOX_OAUTH1, oauth2: SANDBOX_OAUTH2 };

/** How long a lookup runs before a cancellable notification appears; quick ones never flash one. */
const NOTIFY_AFTER_MS = 800;

export class LookupService implements LookupRunner, vscode.Disposable {
  private settings: XApiSettings = readSettings();
  private kinds: readonly AuthKind[] = [];
  /** Every credential in SecretStorage: a server may echo any of them, so outcomes are cleaned of all. */
  private stored: readonly Credentials[] = [];
  private ready: Promise<void>;
  private http: HttpClient | undefined;
  private sandbox: Promise<SandboxServer> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateChanged = new vscode.EventEmitter<ConnectionState>();
  readonly onDidChangeState = this.stateChanged.event;
  private readonly ran = new vscode.EventEmitter<{ request: LookupRequest; outcome: LookupOutcome; entry: ResultEntry }>();
  readonly onDidRun = this.ran.event;
  private last: LookupRequest | undefined;
  private sandboxBase: string | undefined;

  constructor(private readonly deps: LookupServiceDeps) {
    this.ready = this.refreshCredentials();
    this.disposables.push(
      this.stateChanged,
      this.ran,
      onDidChangeSettings(() => {
        const previous = this.settings;
        this.settings = readSettings();
        // A new timeout needs a new client; its pools close once in-flight requests are done.
        if (previous.timeoutMs !== this.settings.timeoutMs) void this.resetHttp();
        this.stateChanged.fire(this.state());
      }),
      // Restricted Mode ends when the user trusts the workspace; the mode shown changes with it.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.stateChanged.fire(this.state())),
      deps.credentials.onDidChange(() => {
        this.ready = this.refreshCredentials().then(() => this.stateChanged.fire(this.state()));
      }),
    );
  }

  /** The last lookup run from any surface, for rerun, save and copy as cURL. */
  get lastRequest(): LookupRequest | undefined {
    return this.last;
  }

  state(): ConnectionState {
    const sandbox = this.usesSandbox();
    return {
      sandbox,
      restricted: !this.trusted(),
      auth: sandbox ? 'oauth1' : this.kinds[0] ?? 'bearer',
      baseUrl: sandbox ? 'sandbox' : this.settings.baseUrl,
      vocabulary: this.settings.vocabulary,
    };
  }

  /** Waits for the first credential read, so state() reflects SecretStorage. */
  async whenReady(): Promise<ConnectionState> {
    await this.ready;
    return this.state();
  }

  validate(request: LookupRequest): PrepareResult {
    return prepareLookup(this.withDefaults(request), { vocabulary: this.settings.vocabulary, auth: this.authFor(request) });
  }

  urlFor(request: LookupRequest): string | undefined {
    const prepared = this.validate(request);
    if (!prepared.ok) return undefined;
    if (this.usesSandbox()) {
      // The sandbox picks a free port when it first starts; until then the preview says so.
      return (this.sandboxBase ?? 'http://127.0.0.1:<sandbox port>') + prepared.request.pathAndQuery;
    }
    const base = normalizeBaseUrl(this.settings.baseUrl);
    return base.ok ? base.url + prepared.request.pathAndQuery : undefined;
  }

  async run(request: LookupRequest, options: RunOptions & { forceSandbox?: boolean } = {}): Promise<vscode.Uri | undefined> {
    await this.ready;
    const full = this.withDefaults(request);
    const sandbox = options.forceSandbox === true || this.usesSandbox();
    if (!sandbox && !this.trusted()) {
      // Restricted Mode: the sandbox, docs and inline help work; credentials are never sent from an untrusted folder.
      this.refuseInRestrictedMode();
      return undefined;
    }
    const credentials = await this.credentialsFor(full, sandbox);
    if (!credentials) {
      const spec = ENDPOINTS[full.endpoint];
      const message = this.kinds.length === 0
        ? vscode.l10n.t('No X API credentials are set and the sandbox is turned off (xapi.sandbox is "never"). Set credentials or allow the sandbox.')
        : vscode.l10n.t('{0} needs {1}; the credentials set are {2}.', spec.path, spec.auth.join(' or '), this.kinds.join(', '));
      void vscode.window.showErrorMessage(message, vscode.l10n.t('Set Credentials')).then((choice) => {
        if (choice) void vscode.commands.executeCommand(Commands.setCredentials);
      });
      return undefined;
    }
    const prepared = prepareLookup(full, { vocabulary: this.settings.vocabulary, auth: credentials.kind });
    if (!prepared.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', formatIssues(prepared.issues)));
      return undefined;
    }
    let baseUrl: string;
    if (sandbox) {
      baseUrl = (await this.startSandbox()).url;
    } else {
      const normalized = normalizeBaseUrl(this.settings.baseUrl);
      if (!normalized.ok) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: the xapi.baseUrl setting is invalid: {0}', normalized.message));
        return undefined;
      }
      baseUrl = normalized.url;
      if (needsOriginConsent(baseUrl) && !(await this.deps.consent.allows(originOf(baseUrl), credentials.kind))) {
        this.refuseOrigin(originOf(baseUrl));
        return undefined;
      }
    }

    const { LookupEngine } = this.deps.modules.loadEngine();
    const engine = new LookupEngine({ baseUrl, credentials, vocabulary: this.settings.vocabulary, http: this.client(), otherCredentials: this.stored });
    this.last = full;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasLastLookup, true);
    const outcome = await this.send(engine, full);
    const entry = this.deps.results.add(full, outcome, sandbox);
    this.deps.log[outcome.ok ? 'info' : 'warn'](
      `GET ${outcome.url ?? baseUrl + prepared.request.pathAndQuery} -> ${outcome.ok ? outcome.status : outcome.status ?? outcome.error.kind} in ${Math.round(outcome.durationMs ?? 0)} ms` +
        `${outcome.attempts && outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''} (${sandbox ? 'sandbox' : credentials.kind})` +
        (outcome.ok ? '' : `: ${outcome.error.message}`),
    );
    this.ran.fire({ request: full, outcome, entry });
    if (!outcome.ok && outcome.error.kind === 'aborted') return undefined;
    const document = await vscode.workspace.openTextDocument(entry.uri);
    await vscode.window.showTextDocument(document, {
      viewColumn: options.viewColumn ?? vscode.ViewColumn.Active,
      preserveFocus: options.preserveFocus ?? false,
      preview: false,
    });
    if (!outcome.ok) {
      const said = notificationText(summarizeOutcome(full, outcome));
      void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1}', describeRequest(full), said), vscode.l10n.t('Show Log'))
        .then((choice) => choice && this.deps.log.show());
    }
    return entry.uri;
  }

  private async send(engine: LookupEngine, request: LookupRequest): Promise<LookupOutcome> {
    const controller = new AbortController();
    let finished = false;
    const work = engine.lookup(request, {
      signal: controller.signal,
      onRetry: ({ reason, delayMs }) => this.deps.log.info(`retrying after ${reason} in ${delayMs} ms`),
    });
    const title = vscode.l10n.t('X API: {0}', describeRequest(request));
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => work);
    const timer = setTimeout(() => {
      if (finished) return;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
        token.onCancellationRequested(() => controller.abort());
        return work;
      });
    }, NOTIFY_AFTER_MS);
    try {
      return await work;
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }

  private trusted(): boolean {
    return this.deps.isTrusted ? this.deps.isTrusted() : vscode.workspace.isTrusted;
  }

  private usesSandbox(): boolean {
    if (this.settings.sandbox === 'always') return true;
    if (this.settings.sandbox === 'never') return false;
    // In Restricted Mode, "auto" answers from the sandbox even with credentials set: they are not sent from here.
    return this.kinds.length === 0 || !this.trusted();
  }

  private refuseInRestrictedMode(): void {
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Not sent: this workspace is in Restricted Mode, and X API Explorer sends no credentials from an untrusted workspace. Trust it, or let the sandbox answer (xapi.sandbox "auto" or "always").'),
      manage,
    ).then((choice) => {
      if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  }

  private refuseOrigin(origin: string): void {
    const again = vscode.l10n.t('Ask Again');
    const settings = vscode.l10n.t('Open Settings');
    void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: you chose not to send credentials to {0} (xapi.baseUrl).', origin), again, settings).then(async (choice) => {
      if (choice === again) await this.deps.consent.forget(origin);
      if (choice === settings) await vscode.commands.executeCommand('workbench.action.openSettings', Settings.baseUrl);
    });
  }

  /** The auth kind validation assumes: what would sign this request now. */
  private authFor(request: LookupRequest): AuthKind {
    if (this.usesSandbox()) return 'oauth1';
    const spec = ENDPOINTS[request.endpoint];
    return this.kinds.find((kind) => spec?.auth.includes(kind)) ?? this.kinds[0] ?? 'bearer';
  }

  private async credentialsFor(request: LookupRequest, sandbox: boolean): Promise<Credentials | undefined> {
    const spec = ENDPOINTS[request.endpoint];
    if (sandbox) return SANDBOX_BY_KIND.oauth1;
    if (!spec) return undefined;
    return this.deps.credentials.forEndpoint(spec);
  }

  private withDefaults(request: LookupRequest): LookupRequest {
    const spec = ENDPOINTS[request.endpoint];
    if (!spec?.takesFields) return request;
    const { defaultUserFields, defaultTweetFields, defaultExpansions } = this.settings;
    return {
      ...request,
      userFields: request.userFields ?? (defaultUserFields.length ? defaultUserFields : undefined),
      tweetFields: request.tweetFields ?? (defaultTweetFields.length ? defaultTweetFields : undefined),
      expansions: request.expansions ?? (defaultExpansions.length ? defaultExpansions : undefined),
    };
  }

  private async refreshCredentials(): Promise<void> {
    const all = await this.deps.credentials.all();
    this.kinds = [...all.keys()];
    this.stored = [...all.values()];
    this.deps.log.setSecrets(secretForms(this.stored));
  }

  private client(): HttpClient {
    if (!this.http) {
      const { HttpClient } = this.deps.modules.loadEngine();
      this.http = new HttpClient({
        timeouts: { headersMs: this.settings.timeoutMs, bodyMs: this.settings.timeoutMs },
        userAgent: 'x-api-explorer-vscode',
      });
    }
    return this.http;
  }

  private async resetHttp(): Promise<void> {
    const old = this.http;
    this.http = undefined;
    await old?.close();
  }

  private startSandbox(): Promise<SandboxServer> {
    this.sandbox ??= this.deps.modules.loadSandbox().startSandbox().then((server) => {
      this.sandboxBase = server.url;
      this.deps.log.info(`sandbox listening on ${server.url}`);
      return server;
    });
    return this.sandbox;
  }

  /** The URL of the running sandbox, if one was started. */
  async sandboxUrl(): Promise<string | undefined> {
    return this.sandbox ? (await this.sandbox).url : undefined;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
    void this.http?.close();
    void this.sandbox?.then((server) => server.close());
  }
}
