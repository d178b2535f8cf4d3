/**
 * Activation: registers what VS Code may call as soon as activation returns (the commands, the result documents,
 * the builder's revival, the two trees, the Accounts provider), each as a stand-in, and nothing else. What follows
 * is started in the next task, off the activation path: the services (src/services.ts, dist/services.js: log,
 * credentials, accounts, the mode and status bar, inline docs), and, on first use, the app half (src/app.ts,
 * dist/app.js: lookups, results, trees, builder). A stand-in called before then starts what it needs at once.
 * Activation so costs about what a one-command extension costs (npm run bench:host).
 */
import * as vscode from 'vscode';
import type { App } from './app';
import { AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL } from './host/auth/providerId';
import { Deferred, DeferredTree, registerDeferredAuthentication, registerDeferredCommands, registerDeferredDocuments, requireApp, requireServices } from './host/common/deferredApp';
import { Views } from './host/common/ids';
import type { Services } from './services';

/** What activate() hands other extensions: where this one writes, so a security review can audit those files. */
export interface XApiExplorerApi {
  readonly globalStorageUri: vscode.Uri;
  readonly logUri: vscode.Uri;
  /** Resolves once the start-up after activation is done: credentials read, status bar shown, inline docs up. */
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): XApiExplorerApi {
  const views: { saved?: vscode.TreeView<unknown>; history?: vscode.TreeView<unknown> } = {};
  const selected = { saved: () => views.saved?.selection[0], history: () => views.history?.selection[0] };
  const app: Deferred<App> = new Deferred((): App => requireApp(context.extensionPath).startApp(services.get().shell));
  const services: Deferred<Services> = new Deferred((): Services => requireServices(context.extensionPath).startServices({ context, selected, sessions: () => app.get().sessions }));
  const saved = new DeferredTree(() => app.get().savedTree);
  const history = new DeferredTree(() => app.get().historyTree);
  let startLater: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    startLater = setTimeout(() => {
      try {
        void services.get().ready.then(resolve, reject);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
  ready.catch((error: unknown) => console.error(`X API Explorer could not start: ${error instanceof Error ? error.message : String(error)}`));
  context.subscriptions.push(
    // First: subscriptions are disposed in order; the app uses the services, both use the stand-ins below.
    { dispose: () => clearTimeout(startLater) },
    app,
    services,
    saved,
    history,
    (views.saved = vscode.window.createTreeView(Views.savedLookups, { treeDataProvider: saved, showCollapseAll: true })),
    (views.history = vscode.window.createTreeView(Views.history, { treeDataProvider: history })),
    ...registerDeferredDocuments(app),
    ...registerDeferredCommands(app, () => services.get().log),
    registerDeferredAuthentication(() => services.get().provider, AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL),
  );
  return Object.freeze({ globalStorageUri: context.globalStorageUri, logUri: context.logUri, ready });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
