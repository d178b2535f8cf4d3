/**
 * The second half of the composition root: everything the first lookup, command, tree or result needs, built on
 * first use. dist/app.js is its own bundle, so activation (extension.ts) neither loads nor runs this code; the shell
 * calls startApp() once, the first time VS Code asks for something only this half provides.
 */
import * as vscode from 'vscode';
import { ENDPOINTS } from './core/catalog/endpoints';
import type { LookupRequest } from './core/request/lookupRequest';
import { summarizeOutcome } from './core/response/summary';
import type { StoredResponse } from './core/savedLookups/storedResponse';
import { builderArgs } from './core/request/commandArgs';
import { BuilderPanel, reviveBuilder, type BuilderDeps } from './host/builder/panel';
import { commandRunner, type CommandHandlers, type CommandRunner } from './host/common/commandRegistry';
import type { LazyModules } from './host/common/lazyModules';
import { DisposableStore } from './host/common/lifecycle';
import type { Log } from './host/common/log';
import type { OAuthClient } from './net/oauthClient';
import type { AccountStore } from './host/auth/accountStore';
import { signIn, signOut, switchAccount } from './host/auth/commands';
import type { SessionFlows } from './host/auth/provider';
import { Refresher } from './host/auth/refresher';
import { SignInFlows } from './host/auth/signIn';
import { clearCredentials, setCredentials } from './host/credentials/commands';
import type { CredentialStore } from './host/credentials/store';
import type { Connection } from './host/lookup/connection';
import type { ConnectionState } from './host/lookup/runner';
import { copyAsCurl, lookUpFromResult, rerunLastLookup, saveLookup, trySandbox, type LastLookupDeps } from './host/lookup/lookupActions';
import { lookupCommand } from './host/lookup/paletteLookups';
import { copyAsCode, insertAsCode } from './host/lookup/codeActions';
import { copyResponseType } from './host/lookup/responseTypeActions';
import { LookupService } from './host/lookup/lookupService';
import { OriginConsent } from './host/lookup/originConsent';
import type { StatusBar } from './host/lookup/statusBar';
import { ResultDocuments } from './host/results/documents';
import { ResultDiagnostics } from './host/results/diagnostics';
import { ResultHoverProvider, ResultIndexCache, resultSelector } from './host/results/hover';
import { ResultLensProvider } from './host/results/lens';
import { compareHistoryEntries, compareWithPrevious, copyResponse, openHistoryEntry, showResponseHeaders, type ResultActionDeps } from './host/results/resultActions';
import type { ResultEntry } from './host/results/documents';
import { savedLookupCommands } from './host/savedLookups/commands';
import { BulkLookups } from './host/bulk/bulkLookups';
import { bulkFromArgs, bulkSelectionCommand, exportCommand, spendReportCommand } from './host/bulk/bulkCommands';
import { SpendTracker } from './host/bulk/spendTracker';
import { defaultStoreDeps, SavedLookupStore } from './host/savedLookups/store';
import { HistoryFilter } from './host/savedLookups/historyFilter';
import { HistoryTreeProvider, SavedLookupTreeProvider } from './host/savedLookups/trees';

/** What the services built after activation and hand over. */
export interface Shell {
  readonly context: vscode.ExtensionContext;
  readonly log: Log;
  readonly credentials: CredentialStore;
  readonly connection: Connection;
  readonly status: StatusBar;
  readonly modules: LazyModules;
  readonly accounts: AccountStore;
  /** The item selected in each tree view, for commands run from a key with no argument. */
  readonly selected: { readonly saved: () => unknown; readonly history: () => unknown };
}

/** What the shell and the services forward to: every command, the result documents, the trees and the builder. */
export interface App extends vscode.Disposable {
  /** Runs a command of the table by its id, logging and showing a failure. */
  readonly run: CommandRunner;
  readonly results: vscode.TextDocumentContentProvider;
  /** Resolve once the saved lookups file has been read (or failed to be: then they reject, and that was logged). */
  readonly savedTree: Promise<vscode.TreeDataProvider<unknown>>;
  readonly historyTree: Promise<vscode.TreeDataProvider<unknown>>;
  readonly reviveBuilder: (panel: vscode.WebviewPanel) => void;
  /** What the Accounts menu's provider (registered by the services) needs. */
  readonly sessions: SessionFlows;
}

export function startApp(shell: Shell): App {
  const { context, log, credentials, connection, status, modules, accounts } = shell;
  const owned = new DisposableStore();
  const results = owned.add(new ResultDocuments());
  const consent = new OriginConsent(context.globalState);
  const oauthClients = new Map<string, OAuthClient>();
  owned.add({ dispose: () => oauthClients.forEach((client) => void client.close()) });
  const refresher = new Refresher({
    store: accounts,
    log,
    client: (baseUrl) => {
      let client = oauthClients.get(baseUrl);
      if (!client) {
        client = new (modules.loadEngine().OAuthClient)({ baseUrl, userAgent: 'x-api-explorer-vscode', otherSecrets: connection.allCredentialSecrets() });
        oauthClients.set(baseUrl, client);
      }
      return client;
    },
  });
  const runner = owned.add(new LookupService({ connection, results, log, consent, modules, refresher }));
  const flows = new SignInFlows({ store: accounts, connection, modules, consent, log, sandboxUrl: () => runner.startedSandboxUrl() });
  // The spend ledger is read once the app half starts (not at activation), so the tooltip has today's figure.
  const spend = owned.add(new SpendTracker({ dir: context.globalStorageUri.fsPath, status, log }));
  void spend.refresh().catch((error: unknown) => log.warn(`spend ledger unavailable: ${error instanceof Error ? error.message : String(error)}`));
  const bulk = owned.add(new BulkLookups({ connector: runner, results, spend, log, modules, memento: context.globalState, storageDir: context.globalStorageUri.fsPath }));
  const indexes = new ResultIndexCache();
  owned.add(new ResultDiagnostics(results, indexes));

  // The store reads its file in the background; commands and trees wait for it. Disposed before the file was read,
  // `owned` disposes what arrives.
  const storeReady = SavedLookupStore.open(context.globalStorageUri, defaultStoreDeps());
  const urlOf = (request: LookupRequest): string => runner.urlFor(request) ?? ENDPOINTS[request.endpoint].path;
  const historyFilter = owned.add(new HistoryFilter());
  const trees = storeReady.then((store) => {
    owned.add(store);
    return { saved: owned.add(new SavedLookupTreeProvider(store, urlOf)), history: owned.add(new HistoryTreeProvider(store, urlOf, undefined, historyFilter)) };
  });
  trees.catch((error: unknown) => log.error(`saved lookups unavailable: ${error instanceof Error ? error.message : String(error)}`));

  const last: LastLookupDeps = { runner, results, save: async (name, request) => (await storeReady).save(name, request) };
  const builder: BuilderDeps = {
    extensionUri: context.extensionUri,
    runner,
    save: last.save,
    copyCurl: async (request) => void (await copyAsCurl(last, { request })),
    copyCode: async (request) => (await copyAsCode(last, { request })) !== undefined,
    log: (message) => log.info(message),
    modules,
    billedToday: () => spend.cachedBilledToday(),
    bulk: (kind, values, fields) => bulk.start(kind, values, fields, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }),
  };
  const openBuilder = (args?: unknown): BuilderPanel => BuilderPanel.createOrShow(builder, builderArgs(args));

  owned.add(vscode.languages.registerHoverProvider(resultSelector(), new ResultHoverProvider(results, indexes, modules)));
  owned.add(vscode.languages.registerCodeLensProvider(resultSelector(), new ResultLensProvider(results)));
  owned.add(runner.onDidRun(({ request, outcome, entry }) => {
    // A run the mode did not make (Try the Sandbox with credentials set) has a rate limit of somewhere else.
    if (entry.sandbox === connection.state().sandbox) status.showRateLimit(outcome.rateLimit, ENDPOINTS[request.endpoint].path);
    // What a single lookup billed: the sandbox bills nothing.
    if (outcome.ok && !entry.sandbox) void spend.recordBody(request.endpoint, entry.signedWith ?? 'unnamed account', outcome.body);
    // A history entry that could not be written (the store busy in another window) is said, not dropped silently.
    void storeReady.then(
      (store) => store.recordHistory({
        request,
        ok: outcome.ok,
        status: outcome.status,
        durationMs: outcome.durationMs,
        summary: summarizeOutcome(request, outcome),
        origin: entry.origin,
        sandbox: entry.sandbox,
        account: entry.signedWith,
      }, connection.settings.keepResponses ? keptResponse(entry) : undefined)
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          log.warn(`history entry not written: ${message}`);
          void vscode.window.showWarningMessage(vscode.l10n.t('The run was not added to the history: {0}', message));
        }),
      // No store at all (it failed to open, and that was logged): nothing to record into.
      () => undefined,
    );
  }));
  /** More than 100 values (or a `confirm` key) in the argument: a bulk lookup; anything else, the single one. */
  const orBulk = (kind: 'id' | 'username', single: (args?: unknown) => Promise<vscode.Uri | undefined>) => async (args?: unknown): Promise<vscode.Uri | undefined> => {
    const sent = await bulkFromArgs(kind, args, bulk);
    return sent === false ? single(args) : sent;
  };
  const resultActions: ResultActionDeps = { results, store: storeReady, runner };
  const destination = (): Promise<ConnectionState> => connection.whenReady();

  const commands: CommandHandlers = {
    lookupUser: lookupCommand('userById', runner, modules, context.globalState),
    lookupUsers: orBulk('id', lookupCommand('usersByIds', runner, modules, context.globalState)),
    lookupUserByUsername: lookupCommand('userByUsername', runner, modules, context.globalState),
    lookupUsersByUsernames: orBulk('username', lookupCommand('usersByUsernames', runner, modules, context.globalState)),
    lookupMe: lookupCommand('me', runner, modules, context.globalState),
    lookupCustomProfile: lookupCommand('customProfile', runner, modules, context.globalState),
    listCustomProfiles: lookupCommand('customProfiles', runner, modules, context.globalState),
    openRequestBuilder: (args) => void openBuilder(args),
    setCredentials: (args) => setCredentials(credentials, args, destination),
    clearCredentials: (args) => clearCredentials(credentials, args, destination),
    saveLookup: (args) => saveLookup(last, args),
    rerunLastLookup: (args) => rerunLastLookup(last, args),
    copyAsCurl: (args) => copyAsCurl(last, args),
    copyAsCode: (args) => copyAsCode(last, args),
    insertAsCode: (args) => insertAsCode(last, args),
    copyResponseType: (args) => copyResponseType(last, args),
    trySandbox: () => trySandbox(last),
    showLog: () => log.show(),
    lookUpFromResult: (args) => lookUpFromResult(last, args),
    signIn: (args) => signIn(flows, args),
    signOut: (args) => signOut(accounts, flows, args),
    switchAccount: (args) => switchAccount(accounts, args),
    openHistoryEntry: (args) => openHistoryEntry(resultActions, args),
    rerunThisLookup: (args) => rerunLastLookup(last, args),
    showResponseHeaders: (args) => showResponseHeaders(resultActions, args),
    copyResponse: (args) => copyResponse(resultActions, args),
    compareWithPrevious: (args) => compareWithPrevious(resultActions, args),
    compareHistoryEntries: (args) => compareHistoryEntries(resultActions, args),
    bulkLookupUsers: bulkSelectionCommand('id', bulk),
    bulkLookupUsersByUsernames: bulkSelectionCommand('username', bulk),
    resumeBulkLookup: () => bulk.resume(),
    cancelBulkLookup: () => bulk.cancel(),
    exportBulkResultAsNdjson: exportCommand('ndjson', bulk),
    exportBulkResultAsCsv: exportCommand('csv', bulk),
    showSpendReport: spendReportCommand(spend, results),
    ...savedLookupCommands({ store: storeReady, runner, openInBuilder: async (request, name) => void openBuilder({ request, name }), historyFilter, selected: shell.selected }),
  };

  return {
    run: commandRunner(commands, log),
    results,
    savedTree: trees.then((found) => found.saved),
    historyTree: trees.then((found) => found.history),
    reviveBuilder: (panel) => reviveBuilder(panel, builder),
    sessions: {
      signIn: (scopes) => flows.signIn('oauth2', { scopes }),
      signOut: (key) => flows.signOut(key),
      fresh: async (key) => {
        const entry = (await accounts.all()).get(key);
        return entry?.account.kind === 'oauth2' ? refresher.fresh(key) : entry?.account;
      },
    },
    dispose: () => owned.dispose(),
  };
}

/** What the history keeps of a result: its document text, safe headers and facts (no request: the entry has it). */
function keptResponse(entry: ResultEntry): Omit<StoredResponse, 'at'> {
  return {
    ok: entry.ok,
    status: entry.status,
    url: entry.url,
    headers: entry.headers ?? {},
    text: entry.text,
    problems: entry.problems,
    errorKind: entry.errorKind,
    errorMessage: entry.errorMessage,
    durationMs: entry.durationMs,
    attempts: entry.attempts,
    rateLimit: entry.rateLimit,
    sandbox: entry.sandbox,
    signedWith: entry.signedWith,
    auth: entry.auth,
    origin: entry.origin,
  };
}
