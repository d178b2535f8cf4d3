/**
 * Activation registers only what VS Code may call before the next task: every command (a command registered later
 * is "not found" if it was what activated us) and the result documents (a restored result editor asks right after
 * activation, and VS Code does not wait for a late provider). Each is a stand-in that starts what it needs. The rest
 * starts in the next task, off the activation path: the services (src/services.ts, dist/services.js: log,
 * credentials, accounts, status bar, trees, the builder's revival, the Accounts provider, inline docs), and, on
 * first use, the app half (src/app.ts, dist/app.js: lookups, results, trees' data, builder).
 *
 * This file is what activation compiles, and in a real extension host its size is most of what activation costs
 * beyond a one-command extension (npm run bench:host): keep it to the stand-ins.
 */
import * as vscode from 'vscode';
import type { App } from './app';
import { requireApp, requireServices } from './host/common/bundles';
import { RESULT_SCHEME } from './host/common/ids';
import type { Services } from './services';

/** What activate() hands other extensions: where this one writes, so a security review can audit those files. */
export interface XApiExplorerApi {
  readonly globalStorageUri: vscode.Uri;
  readonly logUri: vscode.Uri;
  /** Resolves once the start-up after activation is done: credentials read, status bar shown, views registered. */
  readonly ready: Promise<void>;
}

/** The part of package.json activation reads: its commands are the command table (test/unit/manifest.test.ts). */
interface Manifest {
  readonly contributes: { readonly commands: readonly { readonly command: string }[] };
}

export function activate(context: vscode.ExtensionContext): XApiExplorerApi {
  let services: Services | undefined;
  let app: App | undefined;
  let closed = false;
  const open = (): void => {
    if (closed) throw new Error('X API Explorer is shutting down');
  };
  // Neither is kept until it started, so a failed start is tried again by the next call rather than remembered.
  const getServices = (): Services => {
    open();
    return (services ??= requireServices(context.extensionPath).startServices({ context, app: getApp }));
  };
  const getApp = (): App => {
    open();
    return (app ??= requireApp(context.extensionPath).startApp(getServices().shell));
  };
  // The app logs and shows a command's own failure; what reaches here is the app failing to start.
  const run = async (id: string, args: unknown[]): Promise<unknown> => {
    try {
      return await getApp().run(id, args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      (services?.log ?? console).error(`${id} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('X API: {0}', message));
      return undefined;
    }
  };

  let startLater: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    startLater = setTimeout(() => {
      try {
        void getServices().ready.then(resolve, reject);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
  ready.catch((error: unknown) => console.error(`X API Explorer could not start: ${error instanceof Error ? error.message : String(error)}`));

  context.subscriptions.push(
    {
      // The app uses the services, so it goes first.
      dispose: () => {
        closed = true;
        clearTimeout(startLater);
        try {
          app?.dispose();
        } finally {
          services?.dispose();
        }
      },
    },
    vscode.workspace.registerTextDocumentContentProvider(RESULT_SCHEME, {
      provideTextDocumentContent: (uri, token) => getApp().results.provideTextDocumentContent(uri, token),
    }),
    ...(context.extension.packageJSON as Manifest).contributes.commands.map(({ command }) => vscode.commands.registerCommand(command, (...args: unknown[]) => run(command, args))),
  );
  return Object.freeze({ globalStorageUri: context.globalStorageUri, logUri: context.logUri, ready });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
