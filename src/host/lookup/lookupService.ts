/**
 * The LookupRunner behind every surface. The decisions (sandbox or network, which credentials, defaults, where it
 * goes, validation) are core's planLookup; this class carries them out: asks for consent, shows refusals, sends
 * through the lazily loaded engine with progress and cancel, logs, records and opens the result document.
 */
import * as vscode from 'vscode';
import { SANDBOX_OAUTH1 } from '../../core/auth/sandboxCredentials';
import type { CredentialChoice } from '../../core/auth/accountChoice';
import type { Credentials } from '../../core/auth/credentials';
import { checkEndpointAccess } from '../../core/auth/scopes';
import { ENDPOINTS, type AuthKind } from '../../core/catalog/endpoints';
import { CREDENTIAL_PREFERENCE } from '../../core/request/connectionMode';
import { originOf } from '../../core/request/baseUrl';
import { planLookup, validateForContext, type LookupPlan, type Refusal } from '../../core/request/lookupPlan';
import { formatIssues, formatIssuesForLog, type LookupRequest, type PreparedRequest, type PrepareResult } from '../../core/request/lookupRequest';
import type { LookupOutcome } from '../../core/response/outcome';
import { describeRequest } from '../../core/request/describe';
import type { HttpClient } from '../../net/httpClient';
import type { LookupEngine } from '../../net/lookupEngine';
import type { SandboxServer } from '../../sandbox/server';
import { Commands, ContextKeys, SANDBOX_PORTS, Settings } from '../common/ids';
import type { LazyModules } from '../common/lazyModules';
import { Disposable, toDisposable } from '../common/lifecycle';
import type { Log } from '../common/log';
import { LOOKUP_USER_AGENT, type ResultDocuments } from '../results/documents';
import { closeEarlierResultTabs } from '../results/tabs';
import { showFailureNotice } from './failureNotice';
import type { Refresher } from '../auth/refresher';
import type { Connection } from './connection';
import type { OriginConsent } from './originConsent';
import type { BulkConnection, BulkConnector, ConnectionState, LookupRun, LookupRunner, RunOptions } from './runner';

export interface LookupServiceDeps {
  /** Settings, trust and credentials as they are now, and the mode they make. */
  readonly connection: Connection;
  /** Renews OAuth 2.0 account tokens before they expire and after a 401. */
  readonly refresher?: Refresher;
  readonly results: ResultDocuments;
  readonly log: Log;
  readonly modules: LazyModules;
  /** Asks before credentials first go to an origin that is neither X's nor on this machine. */
  readonly consent: OriginConsent;
}

/** How long a lookup runs before a cancellable notification appears; quick ones never flash one. */
const NOTIFY_AFTER_MS = 800;

export class LookupService extends Disposable implements LookupRunner, BulkConnector {
  private http: HttpClient | undefined;
  /** The bulk runner's client: it retries and waits itself, so this one does neither (BULK_HTTP_RETRY). */
  private bulkHttp: HttpClient | undefined;
  private sandbox: Promise<SandboxServer> | undefined;
  readonly onDidChangeState: vscode.Event<ConnectionState>;
  private readonly ran = this._register(new vscode.EventEmitter<LookupRun>());
  readonly onDidRun = this.ran.event;
  private last: LookupRequest | undefined;
  private sandboxBase: string | undefined;

  constructor(private readonly deps: LookupServiceDeps) {
    super();
    this.onDidChangeState = deps.connection.onDidChangeState;
    this._register(deps.connection.onDidChangeSettings(({ previous }) => {
      // A new timeout needs a new client; its pools close once in-flight requests are done.
      if (previous.timeoutMs !== deps.connection.settings.timeoutMs) void this.resetHttp();
    }));
    this._register(toDisposable(() => {
      void this.http?.close();
      void this.bulkHttp?.close();
      void this.sandbox?.then((server) => server.close());
    }));
  }

  /** The last lookup run from any surface, for rerun, save and copy as cURL. */
  get lastRequest(): LookupRequest | undefined {
    return this.last;
  }

  state(): ConnectionState {
    return this.deps.connection.state();
  }

  /** Waits for the first credential read, so state() reflects SecretStorage. */
  whenReady(): Promise<ConnectionState> {
    return this.deps.connection.whenReady();
  }

  validate(request: LookupRequest): PrepareResult {
    return validateForContext(request, this.deps.connection.context());
  }

  urlFor(request: LookupRequest): string | undefined {
    const plan = planLookup(request, this.deps.connection.context());
    if (!plan.ok) return undefined;
    // The sandbox picks a free port when it first starts; until then the preview says so.
    const base = plan.to === 'sandbox' ? this.sandboxBase ?? 'http://127.0.0.1:<sandbox port>' : plan.baseUrl;
    return base + plan.prepared.pathAndQuery;
  }

  async run(request: LookupRequest, options: RunOptions = {}): Promise<vscode.Uri | undefined> {
    await this.deps.connection.whenReady();
    const plan = planLookup(request, this.deps.connection.context(), { forceSandbox: options.forceSandbox === true });
    if (!plan.ok) {
      this.refuse(plan.refusal);
      return undefined;
    }
    const signer = await this.signer(plan);
    if (!signer) return undefined;
    const { baseUrl, choice } = signer;
    let credentials = signer.credentials;

    const full = plan.request;
    this.last = full;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasLastLookup, true);
    let outcome = await this.send(this.engine(baseUrl, credentials), full, plan.prepared);
    // A 401 on an OAuth 2.0 account: its token was revoked or expired early. Refreshed once, sent once more.
    if (outcome.status === 401 && choice.accountKey && credentials.kind === 'oauth2' && this.deps.refresher) {
      const renewed = await this.deps.refresher.fresh(choice.accountKey, credentials.accessToken);
      if (renewed && renewed.accessToken !== credentials.accessToken) {
        credentials = { kind: 'oauth2', accessToken: renewed.accessToken };
        this.deps.log.info('sending again with the refreshed token after a 401');
        outcome = await this.send(this.engine(baseUrl, credentials), full, plan.prepared);
      }
    }
    const sandbox = plan.to === 'sandbox';
    const entry = this.deps.results.add(full, outcome, sandbox, choice.label, { auth: credentials.kind, origin: originOf(baseUrl) });
    this.deps.log[outcome.ok ? 'info' : 'warn'](
      `GET ${outcome.url ?? baseUrl + plan.prepared.pathAndQuery} -> ${outcome.ok ? outcome.status : outcome.status ?? outcome.error.kind} in ${Math.round(outcome.durationMs ?? 0)} ms` +
        `${outcome.attempts && outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''} (${sandbox ? 'sandbox, ' : ''}${credentials.kind}, ${choice.label})` +
        (outcome.ok ? '' : `: ${outcome.error.message}`),
    );
    this.ran.fire({ request: full, outcome, entry });
    if (!outcome.ok && outcome.error.kind === 'aborted') return undefined;
    const document = await vscode.workspace.openTextDocument(entry.uri);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: options.viewColumn ?? vscode.ViewColumn.Active,
      preserveFocus: options.preserveFocus ?? false,
      preview: false,
    });
    // A rerun takes the place of the run before it in that group: one tab per lookup, not two of the same title.
    await closeEarlierResultTabs(this.deps.results, entry, editor.viewColumn);
    if (!outcome.ok) void showFailureNotice(full, outcome, sandbox, this.deps.log);
    return entry.uri;
  }

  /**
   * Where a planned lookup goes and what signs it: the sandbox (an account signed in to it, or its documented keys)
   * or the configured base URL with the chosen credentials, after consent, the account's access check and a token
   * refresh. Undefined when the user was told why nothing is sent.
   */
  private async signer(plan: Extract<LookupPlan, { ok: true }>): Promise<{ baseUrl: string; choice: CredentialChoice; credentials: Credentials } | undefined> {
    let baseUrl: string;
    let choice: CredentialChoice | undefined;
    const spec = ENDPOINTS[plan.request.endpoint];
    if (plan.to === 'sandbox') {
      baseUrl = (await this.startSandbox()).url;
      // An account signed in to this sandbox signs what it can; the sandbox's documented keys sign the rest.
      choice = this.sandboxAccountChoice(originOf(baseUrl), spec.auth) ?? { credentials: SANDBOX_OAUTH1, label: 'sandbox' };
    } else {
      baseUrl = plan.baseUrl;
      choice = this.deps.connection.choose(originOf(baseUrl), plan.auth);
      if (plan.needsConsent && !(await this.deps.consent.allows(originOf(baseUrl), plan.auth))) {
        this.refuseOrigin(originOf(baseUrl));
        return undefined;
      }
    }
    // Cleared by another window between the plan and now.
    if (!choice) {
      this.refuse({ reason: 'no-credentials' });
      return undefined;
    }
    if (choice.account) {
      const access = checkEndpointAccess(spec, { kind: choice.account.kind, scopes: choice.account.kind === 'oauth2' ? choice.account.scopes : undefined });
      if (!access.ok) {
        this.refuseAccess(`${choice.label}: ${access.message}`);
        return undefined;
      }
    }
    const refreshed = await this.refreshed(choice);
    if (refreshed === null) return undefined;
    return { baseUrl, choice, credentials: refreshed ?? choice.credentials };
  }

  /**
   * The connection of a bulk lookup whose first batch is `sample`: the same plan, consent, credentials and refresh as
   * a single lookup (run()), and an engine over a client that leaves retries and rate-limit waits to the bulk runner.
   * Undefined when nothing may be sent (the user was told why).
   */
  async connectBulk(sample: LookupRequest): Promise<BulkConnection | undefined> {
    await this.deps.connection.whenReady();
    const context = this.deps.connection.context();
    const plan = planLookup(sample, context);
    if (!plan.ok) {
      this.refuse(plan.refusal);
      return undefined;
    }
    const signer = await this.signer(plan);
    if (!signer) return undefined;
    const { LookupEngine, HttpClient, BULK_HTTP_RETRY } = this.deps.modules.loadEngine();
    this.bulkHttp ??= new HttpClient({
      timeouts: { headersMs: this.deps.connection.settings.timeoutMs, bodyMs: this.deps.connection.settings.timeoutMs },
      retry: BULK_HTTP_RETRY,
      userAgent: LOOKUP_USER_AGENT,
    });
    const engine = new LookupEngine({
      baseUrl: signer.baseUrl, credentials: signer.credentials, vocabulary: context.vocabulary, http: this.bulkHttp, otherCredentials: this.deps.connection.allCredentials(),
    });
    return {
      sandbox: plan.to === 'sandbox',
      origin: originOf(signer.baseUrl),
      label: signer.choice.label,
      auth: signer.credentials.kind,
      vocabulary: context.vocabulary,
      request: plan.request,
      engine,
    };
  }

  private engine(baseUrl: string, credentials: Credentials): LookupEngine {
    const { LookupEngine } = this.deps.modules.loadEngine();
    return new LookupEngine({ baseUrl, credentials, vocabulary: this.deps.connection.settings.vocabulary, http: this.client(), otherCredentials: this.deps.connection.allCredentials() });
  }

  /** The first kind the endpoint accepts that an account signed in to the running sandbox has. */
  private sandboxAccountChoice(origin: string, accepted: readonly AuthKind[]): CredentialChoice | undefined {
    for (const kind of CREDENTIAL_PREFERENCE) {
      if (!accepted.includes(kind)) continue;
      const choice = this.deps.connection.choose(origin, kind);
      if (choice?.account) return choice;
    }
    return undefined;
  }

  /**
   * Fresh OAuth 2.0 credentials for an account's choice when its token needed a refresh; undefined when nothing
   * changed, null when the account could not be renewed (the user was told, nothing is sent).
   */
  private async refreshed(choice: CredentialChoice): Promise<Credentials | undefined | null> {
    if (choice.account?.kind !== 'oauth2' || !choice.accountKey || !this.deps.refresher) return undefined;
    try {
      const fresh = await this.deps.refresher.fresh(choice.accountKey);
      if (!fresh) return null;
      return fresh.accessToken === choice.account.accessToken ? undefined : { kind: 'oauth2', accessToken: fresh.accessToken };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.deps.log.warn(`token refresh failed: ${message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: the token of {0} could not be refreshed: {1}', choice.label, message));
      return null;
    }
  }

  private refuseAccess(message: string): void {
    const signIn = vscode.l10n.t('Sign In…');
    const switchAccount = vscode.l10n.t('Switch Account…');
    void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', message), signIn, switchAccount).then((choice) => {
      if (choice === signIn) void vscode.commands.executeCommand(Commands.signIn);
      if (choice === switchAccount) void vscode.commands.executeCommand(Commands.switchAccount);
    });
  }

  private async send(engine: LookupEngine, request: LookupRequest, prepared: PreparedRequest): Promise<LookupOutcome> {
    const controller = new AbortController();
    let finished = false;
    const work = engine.send(prepared, {
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

  private refuse(refusal: Refusal): void {
    switch (refusal.reason) {
      case 'restricted': {
        // Restricted Mode: the sandbox, docs and inline help work; credentials are never sent from an untrusted folder.
        const manage = vscode.l10n.t('Manage Workspace Trust');
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Not sent: this workspace is in Restricted Mode, and X API Explorer sends no credentials from an untrusted workspace. Trust it, or let the sandbox answer (xapi.sandbox "auto" or "always").'),
          manage,
        ).then((choice) => {
          if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
        });
        return;
      }
      case 'no-credentials':
      case 'wrong-credentials': {
        const message = refusal.reason === 'no-credentials'
          ? vscode.l10n.t('No X API credentials are set and the sandbox is turned off (xapi.sandbox is "never"). Set credentials or allow the sandbox.')
          : vscode.l10n.t('{0} needs {1}; the credentials set are {2}.', refusal.spec.path, refusal.spec.auth.join(' or '), refusal.available.join(', '));
        void vscode.window.showErrorMessage(message, vscode.l10n.t('Set Credentials')).then((choice) => {
          if (choice) void vscode.commands.executeCommand(Commands.setCredentials);
        });
        return;
      }
      case 'invalid-input':
        // The patterns go to the log only; the message says each rule in words.
        this.deps.log.info(`not sent: ${formatIssuesForLog(refusal.issues)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', formatIssues(refusal.issues)));
        return;
      case 'invalid-base-url':
        void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: the xapi.baseUrl setting is invalid: {0}', refusal.message));
        return;
    }
  }

  private refuseOrigin(origin: string): void {
    const again = vscode.l10n.t('Ask Again');
    const settings = vscode.l10n.t('Open Settings');
    void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: you chose not to send credentials to {0} (xapi.baseUrl).', origin), again, settings).then(async (choice) => {
      if (choice === again) await this.deps.consent.forget(origin);
      if (choice === settings) await vscode.commands.executeCommand('workbench.action.openSettings', Settings.baseUrl);
    });
  }

  private client(): HttpClient {
    if (!this.http) {
      const { HttpClient } = this.deps.modules.loadEngine();
      this.http = new HttpClient({
        timeouts: { headersMs: this.deps.connection.settings.timeoutMs, bodyMs: this.deps.connection.settings.timeoutMs },
        userAgent: LOOKUP_USER_AGENT,
      });
    }
    return this.http;
  }

  private async resetHttp(): Promise<void> {
    const old = [this.http, this.bulkHttp];
    this.http = undefined;
    this.bulkHttp = undefined;
    await Promise.all(old.map((client) => client?.close()));
  }

  private startSandbox(): Promise<SandboxServer> {
    // In the range the manifest keeps out of VS Code's automatic port forwarding (SANDBOX_PORTS).
    this.sandbox ??= this.deps.modules.loadSandbox().startSandboxInRange(SANDBOX_PORTS).then((server) => {
      this.sandboxBase = server.url;
      this.deps.log.info(`sandbox listening on ${server.url}`);
      return server;
    });
    return this.sandbox;
  }

  /** The running sandbox's URL, starting it if need be (sign-in in sandbox mode goes there). */
  async startedSandboxUrl(): Promise<string> {
    return (await this.startSandbox()).url;
  }

  /** The URL of the running sandbox, if one was started. */
  async sandboxUrl(): Promise<string | undefined> {
    return this.sandbox ? (await this.sandbox).url : undefined;
  }
}
