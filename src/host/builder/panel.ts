/**
 * The request builder: one webview panel with one form (src/webview/main.ts). The panel owns the conversation with
 * the webview: it answers `ready` with the catalogue and the connection, validates every change with the runner, and
 * runs, saves or copies the lookup when asked. Everything the webview sends is checked by `isWebviewToHost` first.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { lookupFromInput } from '../../core/request/argumentInput';
import type { LookupRequest, ValidationIssue } from '../../core/request/lookupRequest';
import { redact } from '../../core/auth/redact';
import { assertNever, isWebviewToHost } from '../../shared/builder/protocol';
import type {
  BuilderAction,
  BuilderCatalog,
  BuilderInitial,
  BuilderRequest,
  ConnectionSummary,
  FieldDefaults,
  HostToWebview,
} from '../../shared/builder/protocol';
import { builderCatalog, connectionSummary, describeUntrusted, fieldDefaults } from './formModel';
import { estimateBulkCost, estimateCost, notBilled, type BilledToday } from '../../core/catalog/cost';
import type { ValueKind } from '../../core/catalog/endpoints';
import { bulkEndpointFor, planBulk } from '../../core/bulk/plan';
import { readBulkValues, type BulkValues } from '../../core/bulk/sources';
import { readSettings } from '../common/settings';
import type { ConnectionState, LookupRunner } from '../lookup/runner';
import { BUILDER_VIEW_TYPE, Commands } from '../common/ids';
import type { LazyModules } from '../common/lazyModules';
import { Disposable } from '../common/lifecycle';

/** What the builder needs from the rest of the extension. */
export interface BuilderDeps {
  /** The extension's root: the webview loads `dist/webview/builder.js` and `media/builder.css` from under it. */
  readonly extensionUri: vscode.Uri;
  readonly runner: LookupRunner;
  /** Stores a lookup under a name (the saved-lookups store); the promise settles once it is stored. */
  save(name: string, request: LookupRequest): Promise<unknown>;
  /** Puts the lookup on the clipboard as a cURL command (with placeholders, never a secret). */
  copyCurl(request: LookupRequest): Promise<void>;
  /** Copies the lookup as code in the client the user picks; false when they picked none. */
  copyCode(request: LookupRequest): Promise<boolean>;
  /** Field selections of a new form; default: the `xapi.defaultUserFields`/`TweetFields`/`Expansions` settings. */
  readonly defaults?: () => FieldDefaults;
  readonly log?: (message: string) => void;
  /** The field docs of the form's tooltips load with dist/inline.js when the form first opens. */
  readonly modules: Pick<LazyModules, 'loadInline'>;
  /** Users the spend ledger says were billed earlier today (as last read): the estimate counts them as free. */
  readonly billedToday?: () => BilledToday | undefined;
  /** Sends more than 100 values as a bulk lookup (batches of 100, priced and confirmed like any bulk lookup). */
  readonly bulk?: (kind: ValueKind, values: BulkValues, fields: Pick<LookupRequest, 'userFields' | 'tweetFields' | 'expansions'>) => Promise<vscode.Uri | undefined>;
}

/** A form whose list holds more than one request takes: what the bulk lookup needs of it. */
interface BulkForm {
  readonly kind: ValueKind;
  readonly values: BulkValues;
  /** The form without its list, read by the same policy as any form. */
  readonly rest: LookupRequest;
}

const TITLE = vscode.l10n.t('X API Request Builder');

export class BuilderPanel extends Disposable {
  private static currentPanel: BuilderPanel | undefined;

  /** The open builder, if any (there is at most one). */
  static get current(): BuilderPanel | undefined {
    return BuilderPanel.currentPanel;
  }

  /**
   * Shows the builder, creating it if needed. With `initial`, the form loads that lookup (replacing what it held);
   * without, an existing builder keeps its form and a new one starts from the defaults.
   */
  static createOrShow(deps: BuilderDeps, initial?: BuilderInitial): BuilderPanel {
    const existing = BuilderPanel.currentPanel;
    if (existing) {
      existing.show(initial);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      BUILDER_VIEW_TYPE,
      TITLE,
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      { ...webviewOptions(deps.extensionUri), retainContextWhenHidden: false },
    );
    return new BuilderPanel(panel, deps, initial);
  }

  /** Takes over a panel VS Code restored after a reload; the webview restores its own form from its saved state. */
  static revive(panel: vscode.WebviewPanel, deps: BuilderDeps): BuilderPanel {
    BuilderPanel.currentPanel?.dispose();
    panel.webview.options = webviewOptions(deps.extensionUri);
    return new BuilderPanel(panel, deps, undefined);
  }

  /** Set by `ready`, cleared when the webview goes away (hidden panels lose their webview: no retained context). */
  private ready = false;
  /** A lookup to load with the next `init`; posted once, so a reload restores the user's edits instead. */
  private pendingInitial: BuilderInitial | undefined;

  private constructor(
    /** The webview panel (its view type is {@link BUILDER_VIEW_TYPE}). */
    readonly panel: vscode.WebviewPanel,
    private readonly deps: BuilderDeps,
    initial: BuilderInitial | undefined,
  ) {
    super();
    BuilderPanel.currentPanel = this;
    this.pendingInitial = initial;
    this.setTitle(initial?.name);
    // Listen before the HTML is set, so the webview's `ready` cannot arrive unheard.
    this._register(panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)));
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.onDidChangeViewState(() => {
      if (!panel.visible) this.ready = false;
    }));
    this._register(deps.runner.onDidChangeState((state) => this.post({ type: 'state', ...this.describe(state) })));
    panel.webview.html = builderHtml(panel.webview, deps.extensionUri, randomBytes(16).toString('base64'));
  }

  override dispose(): void {
    if (this.disposed) return;
    if (BuilderPanel.currentPanel === this) BuilderPanel.currentPanel = undefined;
    this.ready = false;
    super.dispose();
    // Disposing the panel fires onDidDispose, which lands here again and returns: already disposed.
    this.panel.dispose();
  }

  private show(initial: BuilderInitial | undefined): void {
    if (initial) {
      this.pendingInitial = initial;
      this.setTitle(initial.name);
      // A live webview takes the lookup now; a hidden one reloads on reveal and gets it with the `init` of its `ready`.
      if (this.ready) this.postInit();
    }
    this.panel.reveal(undefined, false);
  }

  private setTitle(name: string | undefined): void {
    this.panel.title = name === undefined ? TITLE : vscode.l10n.t('{0} - X API Request Builder', name);
  }

  private log(message: string): void {
    this.deps.log?.(`[builder] ${message}`);
  }

  /** Posts to the webview once it has said `ready`; before that, or while it is hidden, the message would be lost. */
  private post(message: HostToWebview): void {
    if (!this.ready || this.disposed) return;
    void this.panel.webview.postMessage(message).then(undefined, (error: unknown) => {
      this.log(`could not post ${message.type}: ${String(error)}`);
    });
  }

  private describe(state: ConnectionState): { connection: ConnectionSummary; catalog: BuilderCatalog } {
    return { connection: connectionSummary(state), catalog: builderCatalog(state.vocabulary, vscode.l10n.t('Returned by default.'), this.deps.modules.loadInline().docForParameterValue) };
  }

  private postInit(): void {
    const initial = this.pendingInitial;
    this.pendingInitial = undefined;
    const settings = this.deps.defaults ?? ((): FieldDefaults => fieldDefaults(readSettings()));
    this.post({
      type: 'init',
      ...this.describe(this.deps.runner.state()),
      defaults: settings(),
      ...(initial === undefined ? {} : { initial }),
    });
  }

  private receive(message: unknown): void {
    if (!isWebviewToHost(message)) {
      this.log(`dropped a malformed message from the webview (${describeUntrusted(message)})`);
      return;
    }
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.postInit();
        return;
      case 'change':
        this.post(this.validation(message.seq, message.request));
        return;
      case 'send':
        void this.act('send', () => this.send(message.request));
        return;
      case 'save':
        void this.act('save', () => this.save(message.name.trim(), message.request));
        return;
      case 'copyCurl':
        void this.act('copyCurl', () => this.copyCurl(message.request));
        return;
      case 'copyCode':
        void this.act('copyCode', () => this.copyCode(message.request));
        return;
      case 'switchAccount':
        void vscode.commands.executeCommand(Commands.switchAccount);
        return;
      default:
        assertNever(message, 'message');
    }
  }

  /** The form as a bulk lookup, when its list holds more than 100 values; a string says why it cannot be one. */
  private bulkForm(form: BuilderRequest): BulkForm | string | undefined {
    if (form === null || typeof form !== 'object' || (form.endpoint !== 'usersByIds' && form.endpoint !== 'usersByUsernames')) return undefined;
    const key = form.endpoint === 'usersByIds' ? 'ids' : 'usernames';
    const list: unknown = form[key];
    if (!Array.isArray(list) || list.length <= 100) return undefined;
    const rest = lookupFromInput({ ...form, [key]: undefined });
    if (!rest.ok) return rest.message;
    const kind: ValueKind = key === 'ids' ? 'id' : 'username';
    const values = readBulkValues({ kind: 'list', values: list }, kind);
    return values.ok ? { kind, values, rest: rest.value } : values.message;
  }

  /** A bulk form's verdict: every invalid value listed, the plan's problems, the cost with the ledger. */
  private bulkValidation(seq: number, bulk: BulkForm): HostToWebview {
    const key = bulk.kind === 'id' ? 'ids' : 'usernames';
    const state = this.deps.runner.state();
    const issues: ValidationIssue[] = bulk.values.invalid.map((refused) => ({ field: key, value: refused.value, message: refused.message }));
    const estimate = estimateBulkCost(bulk.kind, bulk.values.values, this.deps.billedToday?.());
    if (bulk.values.values.length > 0) {
      // The form's own fields: the settings' defaults are added when it is sent, as for any lookup.
      const full = bulk.rest;
      const planned = planBulk(
        { endpoint: bulkEndpointFor(bulk.kind), values: bulk.values.values, userFields: full.userFields, tweetFields: full.tweetFields, expansions: full.expansions },
        { vocabulary: state.vocabulary, auth: state.auth },
      );
      if (!planned.ok) issues.push(...planned.issues);
    }
    const cost = { kind: 'perUser' as const, users: estimate.users, unitUsd: estimate.unitUsd, totalUsd: estimate.totalUsd, alreadyBilledToday: estimate.alreadyBilledToday, batches: estimate.batches };
    return { type: 'validation', seq, ok: issues.length === 0, issues, cost };
  }

  private validation(seq: number, form: BuilderRequest): HostToWebview {
    const bulk = this.bulkForm(form);
    if (typeof bulk === 'string') return { type: 'validation', seq, ok: false, issues: [{ field: 'request', message: bulk }], cost: notBilled };
    if (bulk) return this.bulkValidation(seq, bulk);
    const parsed = lookupFromInput(form);
    if (!parsed.ok) {
      return { type: 'validation', seq, ok: false, issues: [{ field: 'request', message: parsed.message }], cost: notBilled };
    }
    const request = parsed.value;
    const prepared = this.deps.runner.validate(request);
    const billed = this.deps.billedToday?.();
    const cost = billed ? estimateCost(request, billed) : estimateCost(request);
    if (!prepared.ok) return { type: 'validation', seq, ok: false, issues: prepared.issues, cost };
    const url = this.deps.runner.urlFor(request);
    return { type: 'validation', seq, ok: true, issues: [], cost, ...(url === undefined ? {} : { url }) };
  }

  /**
   * The request behind an action, or the reason there is none. Issues about the auth are let through when
   * `allowAuthIssues` (a lookup for `me` can be saved while only a Bearer token is set).
   */
  private checked(form: BuilderRequest, allowAuthIssues: boolean): LookupRequest | string {
    const parsed = lookupFromInput(form);
    if (!parsed.ok) return parsed.message;
    const prepared = this.deps.runner.validate(parsed.value);
    if (!prepared.ok) {
      const blocking = prepared.issues.filter((issue: ValidationIssue) => !(allowAuthIssues && issue.field === 'auth'));
      if (blocking.length > 0) {
        return blocking.length === 1
          ? blocking[0].message
          : vscode.l10n.t('{0} (and {1} more problems)', blocking[0].message, blocking.length - 1);
      }
    }
    return parsed.value;
  }

  /** Runs an action, turning a refusal or a failure into an `error` message for the webview. */
  private async act(action: BuilderAction, run: () => Promise<HostToWebview | string>): Promise<void> {
    try {
      const outcome = await run();
      this.post(typeof outcome === 'string' ? { type: 'error', action, message: outcome } : outcome);
    } catch (error) {
      const message = redact(error instanceof Error ? error.message : String(error));
      this.log(`${action} failed: ${message}`);
      this.post({ type: 'error', action, message });
    }
  }

  private async send(form: BuilderRequest): Promise<HostToWebview | string> {
    const bulk = this.bulkForm(form);
    if (typeof bulk === 'string') return vscode.l10n.t('Not sent: {0}', bulk);
    if (bulk) {
      if (!this.deps.bulk) return vscode.l10n.t('Not sent: {0}', vscode.l10n.t('at most 100 values per lookup'));
      const uri = await this.deps.bulk(bulk.kind, bulk.values, { userFields: bulk.rest.userFields, tweetFields: bulk.rest.tweetFields, expansions: bulk.rest.expansions });
      if (uri === undefined) return { type: 'sent', ok: false, summary: vscode.l10n.t('Not sent.') };
      return { type: 'sent', ok: true, summary: vscode.l10n.t('Opened {0}', decodeURIComponent(uri.path.slice(uri.path.lastIndexOf('/') + 1))) };
    }
    const request = this.checked(form, false);
    if (typeof request === 'string') return vscode.l10n.t('Not sent: {0}', request);
    const uri = await this.deps.runner.run(request, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    if (uri === undefined) return { type: 'sent', ok: false, summary: vscode.l10n.t('Not sent.') };
    const title = decodeURIComponent(uri.path.slice(uri.path.lastIndexOf('/') + 1));
    return { type: 'sent', ok: true, summary: vscode.l10n.t('Opened {0}', title) };
  }

  private async save(name: string, form: BuilderRequest): Promise<HostToWebview | string> {
    const request = this.checked(form, true);
    if (typeof request === 'string') return vscode.l10n.t('Not saved: {0}', request);
    await this.deps.save(name, request);
    this.setTitle(name);
    return { type: 'saved', name };
  }

  private async copyCurl(form: BuilderRequest): Promise<HostToWebview | string> {
    const request = this.checked(form, true);
    if (typeof request === 'string') return vscode.l10n.t('Not copied: {0}', request);
    await this.deps.copyCurl(request);
    return { type: 'copied' };
  }

  private async copyCode(form: BuilderRequest): Promise<HostToWebview | string> {
    const request = this.checked(form, true);
    if (typeof request === 'string') return vscode.l10n.t('Not copied: {0}', request);
    return { type: 'codeCopied', copied: await this.deps.copyCode(request) };
  }
}

/**
 * Restores the builder after a window reload (the webview's saved state comes back with it). The serializer itself
 * is registered at activation by the shell (package.json's `onWebviewPanel:xapi.requestBuilder` activation event
 * makes sure the extension is running by then), which hands the panel over here.
 */
export function reviveBuilder(panel: vscode.WebviewPanel, deps: BuilderDeps): void {
  BuilderPanel.revive(panel, deps);
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** Attribute values here are URIs and a base64 nonce, but escaping costs nothing and keeps it true for any input. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page: a stylesheet, an empty mount point and one nonce'd script. Data arrives by message, never in the HTML. */
export function builderHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'builder.js')).toString();
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'builder.css')).toString();
  const source = webview.cspSource;
  const csp =
    `default-src 'none'; style-src ${source}; font-src ${source}; img-src ${source} https:; ` +
    `script-src 'nonce-${nonce}'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${attr(style)}">`,
    '<title>X API Request Builder</title>',
    '</head>',
    '<body>',
    '<main id="app" aria-busy="true"></main>',
    `<script nonce="${attr(nonce)}" src="${attr(script)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
