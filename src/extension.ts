/**
 * Activation: the shell of the composition root. It builds what must exist from the start (the log, the
 * credentials, the mode and the status bar that shows it, the inline docs' registrations, the notice about an ignored
 * workspace base URL) and registers every other entry point as a stand-in that starts the app half (src/app.ts,
 * bundled apart as dist/app.js) the first time VS Code calls it. Activation so costs about what a one-command
 * extension costs (npm run bench:host); the engine, the sandbox and the inline scanners load later still.
 */
import * as vscode from 'vscode';
import type { App, Shell } from './app';
import { DeferredApp, DeferredTree, registerDeferredCommands, registerDeferredDocuments, requireApp } from './host/common/deferredApp';
import { Views } from './host/common/ids';
import { LazyModules } from './host/common/lazyModules';
import { Log } from './host/common/log';
import { AccountStore } from './host/auth/accountStore';
import { XAuthenticationProvider } from './host/auth/provider';
import { CredentialStore } from './host/credentials/store';
import { registerInlineDocs } from './host/inline/register';
import { Connection } from './host/lookup/connection';
import { watchIgnoredBaseUrl } from './host/lookup/ignoredBaseUrlNotice';
import { StatusBar } from './host/lookup/statusBar';

/** What activate() hands other extensions: where this one writes, so a security review can audit those files. */
export interface XApiExplorerApi {
  readonly globalStorageUri: vscode.Uri;
  readonly logUri: vscode.Uri;
}

export function activate(context: vscode.ExtensionContext): XApiExplorerApi {
  const log = new Log('X API Explorer', () => `X API Explorer ${String(context.extension.packageJSON.version)} in ${vscode.env.appName} ${vscode.version}`);
  const credentials = new CredentialStore(context.secrets);
  const accounts = new AccountStore(context.secrets, context.globalState);
  const connection = new Connection({ credentials, accounts, log });
  const status = new StatusBar();
  const modules = new LazyModules(context.extensionPath);
  const views: { saved?: vscode.TreeView<unknown>; history?: vscode.TreeView<unknown> } = {};
  const selected = { saved: () => views.saved?.selection[0], history: () => views.history?.selection[0] };
  const shell: Shell = { context, log, credentials, connection, status, modules, accounts, selected };
  const app = new DeferredApp((): App => requireApp(context.extensionPath).startApp(shell));
  const provider = new XAuthenticationProvider(accounts, () => app.get().sessions);
  const saved = new DeferredTree(() => app.get().savedTree);
  const history = new DeferredTree(() => app.get().historyTree);
  context.subscriptions.push(
    // First: subscriptions are disposed in order, and the app uses the parts below.
    app,
    saved,
    history,
    provider,
    log,
    accounts,
    credentials,
    connection,
    status,
    (views.saved = vscode.window.createTreeView(Views.savedLookups, { treeDataProvider: saved, showCollapseAll: true })),
    (views.history = vscode.window.createTreeView(Views.history, { treeDataProvider: history })),
    ...registerDeferredDocuments(app),
    ...registerDeferredCommands(app, log),
    ...registerInlineDocs({ modules, log: (message) => log.info(message) }),
    watchIgnoredBaseUrl(context.workspaceState, log),
    connection.onDidChangeState((state) => status.update(state)),
  );
  void connection.whenReady().then((state) => status.update(state));
  return Object.freeze({ globalStorageUri: context.globalStorageUri, logUri: context.logUri });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
