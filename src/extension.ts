/**
 * Composition root: builds the objects, registers them, nothing else. Everything registered goes into
 * context.subscriptions. The engine, the sandbox and the webview code load on first use, not here.
 */
import * as vscode from 'vscode';
import { ENDPOINTS } from './core/catalog/endpoints';
import type { LookupRequest } from './core/request/lookupRequest';
import { summarizeOutcome } from './core/response/summary';
import { builderArgs } from './core/request/commandArgs';
import { BuilderPanel, registerBuilderSerializer, type BuilderDeps } from './host/builder/panel';
import { registerCommands } from './host/common/commandRegistry';
import { RESULT_SCHEME, Views } from './host/common/ids';
import { clearCredentials, setCredentials } from './host/credentials/commands';
import { CredentialStore } from './host/credentials/store';
import { copyAsCurl, lookUpFromResult, rerunLastLookup, saveLookup, trySandbox, type LastLookupDeps } from './host/lookup/lookupActions';
import { watchIgnoredBaseUrl } from './host/lookup/ignoredBaseUrlNotice';
import { LazyModules } from './host/common/lazyModules';
import { DisposableStore } from './host/common/lifecycle';
import { Log } from './host/common/log';
import { lookupCommand } from './host/lookup/paletteLookups';
import { LookupService } from './host/lookup/lookupService';
import { OriginConsent } from './host/lookup/originConsent';
import { ResultDocuments } from './host/results/documents';
import { ResultHoverProvider, ResultIndexCache, resultSelector } from './host/results/hover';
import { ResultDiagnostics } from './host/results/diagnostics';
import { ResultLensProvider } from './host/results/lens';
import { savedLookupCommands } from './host/savedLookups/commands';
import { defaultStoreDeps, SavedLookupStore } from './host/savedLookups/store';
import { HistoryTreeProvider, SavedLookupTreeProvider } from './host/savedLookups/trees';
import { registerInlineDocs } from './host/inline/register';
import { StatusBar } from './host/lookup/statusBar';

/** What activate() hands other extensions: where this one writes, so a security review can audit those files. */
export interface XApiExplorerApi {
  readonly globalStorageUri: vscode.Uri;
  readonly logUri: vscode.Uri;
}

export function activate(context: vscode.ExtensionContext): XApiExplorerApi {
  const log = new Log('X API Explorer');
  const credentials = new CredentialStore(context.secrets);
  const results = new ResultDocuments();
  const consent = new OriginConsent(context.globalState);
  const modules = new LazyModules(context.extensionPath);
  const runner = new LookupService({ credentials, results, log, consent, modules });
  const status = new StatusBar();
  const indexes = new ResultIndexCache();
  const diagnostics = new ResultDiagnostics(results, indexes);
  context.subscriptions.push(log, credentials, results, runner, status, diagnostics, watchIgnoredBaseUrl(context.workspaceState, log));

  // The store reads its file in the background; commands and views wait for it, activation does not. What it
  // brings goes into `late`, owned from the start: deactivated before the file was read, it is disposed on arrival.
  const late = new DisposableStore();
  context.subscriptions.push(late);
  const storeReady = SavedLookupStore.open(context.globalStorageUri, defaultStoreDeps());
  const urlOf = (request: LookupRequest): string => runner.urlFor(request) ?? ENDPOINTS[request.endpoint].path;
  void storeReady.then((store) => {
    late.add(store);
    const saved = late.add(new SavedLookupTreeProvider(store, urlOf));
    const history = late.add(new HistoryTreeProvider(store, urlOf));
    late.add(vscode.window.createTreeView(Views.savedLookups, { treeDataProvider: saved, showCollapseAll: true }));
    late.add(vscode.window.createTreeView(Views.history, { treeDataProvider: history }));
  }, (error: unknown) => log.error(`saved lookups unavailable: ${error instanceof Error ? error.message : String(error)}`));

  const last: LastLookupDeps = { runner, results, save: async (name, request) => (await storeReady).save(name, request) };
  const builder: BuilderDeps = {
    extensionUri: context.extensionUri,
    runner,
    save: last.save,
    copyCurl: async (request) => void (await copyAsCurl(last, { request })),
    log: (message) => log.info(message),
    modules,
  };
  const openBuilder = (args?: unknown): BuilderPanel => BuilderPanel.createOrShow(builder, builderArgs(args));

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RESULT_SCHEME, results),
    vscode.languages.registerHoverProvider(resultSelector(), new ResultHoverProvider(results, indexes, modules)),
    vscode.languages.registerCodeLensProvider(resultSelector(), new ResultLensProvider(results)),
    registerBuilderSerializer(builder),
    ...registerInlineDocs({ modules, log: (message) => log.info(message) }),
    runner.onDidChangeState((state) => status.update(state)),
    runner.onDidRun(({ request, outcome }) => {
      status.showRateLimit(outcome.rateLimit, ENDPOINTS[request.endpoint].path);
      // A history entry that could not be written (the store busy in another window) is said, not dropped silently.
      void storeReady.then(
        (store) => store.recordHistory({ request, ok: outcome.ok, status: outcome.status, durationMs: outcome.durationMs, summary: summarizeOutcome(request, outcome) })
          .catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            log.warn(`history entry not written: ${message}`);
            void vscode.window.showWarningMessage(vscode.l10n.t('The run was not added to the history: {0}', message));
          }),
        // No store at all (it failed to open, and that was logged): nothing to record into.
        () => undefined,
      );
    }),
    ...registerCommands(
      {
        lookupUser: lookupCommand('userById', runner, modules),
        lookupUsers: lookupCommand('usersByIds', runner, modules),
        lookupUserByUsername: lookupCommand('userByUsername', runner, modules),
        lookupUsersByUsernames: lookupCommand('usersByUsernames', runner, modules),
        lookupMe: lookupCommand('me', runner, modules),
        lookupCustomProfile: lookupCommand('customProfile', runner, modules),
        listCustomProfiles: lookupCommand('customProfiles', runner, modules),
        openRequestBuilder: (args) => void openBuilder(args),
        setCredentials: (args) => setCredentials(credentials, args),
        clearCredentials: (args) => clearCredentials(credentials, args),
        saveLookup: (args) => saveLookup(last, args),
        rerunLastLookup: (args) => rerunLastLookup(last, args),
        copyAsCurl: (args) => copyAsCurl(last, args),
        trySandbox: () => trySandbox(last),
        showLog: () => log.show(),
        lookUpFromResult: (args) => lookUpFromResult(last, args),
        ...savedLookupCommands({ store: storeReady, runner, openInBuilder: async (request, name) => void openBuilder({ request, name }) }),
      },
      log,
    ),
  );
  void runner.whenReady().then((state) => status.update(state));
  log.info(`activated in ${vscode.env.appName} ${vscode.version}`);
  return Object.freeze({ globalStorageUri: context.globalStorageUri, logUri: context.logUri });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
