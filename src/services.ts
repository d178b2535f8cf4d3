/**
 * The start-up that follows activation (dist/services.js): the log, the credentials and accounts, the mode and the
 * status bar that shows it, the two trees and the builder's revival (forwarding to the app half), the Accounts
 * provider, the inline docs' registrations and the ignored-base-URL notice. Activation (extension.ts) schedules this
 * for the task after it returns, or runs it at once when a command needs it first. VS Code waits past activation for
 * each registration made here (see host/common/deferredViews.ts; an Accounts request waits up to 5 s for the
 * provider), so none of it is on the activation path.
 */
import * as vscode from 'vscode';
import type { App, Shell } from './app';
import { AccountStore } from './host/auth/accountStore';
import { XAuthenticationProvider } from './host/auth/provider';
import { AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL } from './host/auth/providerId';
import { registerDeferredViews } from './host/common/deferredViews';
import { DisposableStore } from './host/common/lifecycle';
import { LazyModules } from './host/common/lazyModules';
import { Log } from './host/common/log';
import { CredentialStore } from './host/credentials/store';
import { registerInlineDocs } from './host/inline/register';
import { Connection } from './host/lookup/connection';
import { watchIgnoredBaseUrl } from './host/lookup/ignoredBaseUrlNotice';
import { StatusBar } from './host/lookup/statusBar';

export interface ServicesDeps {
  readonly context: vscode.ExtensionContext;
  /** The app half, started on first use; never called while the services start. */
  readonly app: () => App;
}

export interface Services extends vscode.Disposable {
  readonly log: Log;
  /** What the app half is built from. */
  readonly shell: Shell;
  /** Resolves once the first read of SecretStorage is done and the status bar shows the mode. */
  readonly ready: Promise<void>;
}

export function startServices(deps: ServicesDeps): Services {
  const owned = new DisposableStore();
  try {
    return build(deps, owned);
  } catch (error) {
    // A failed start is tried again on the next call (extension.ts); what it had registered must not be in the way.
    owned.dispose();
    throw error;
  }
}

function build(deps: ServicesDeps, owned: DisposableStore): Services {
  const { context } = deps;
  const log = owned.add(new Log('X API Explorer', () => `X API Explorer ${String(context.extension.packageJSON.version)} in ${vscode.env.appName} ${vscode.version}`));
  const credentials = owned.add(new CredentialStore(context.secrets));
  const accounts = owned.add(new AccountStore(context.secrets, context.globalState));
  const connection = owned.add(new Connection({ credentials, accounts, log }));
  const status = owned.add(new StatusBar());
  const modules = new LazyModules(context.extensionPath);
  const views = owned.add(registerDeferredViews(deps.app));
  const provider = owned.add(new XAuthenticationProvider(accounts, () => deps.app().sessions));
  owned.add(vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL, provider, { supportsMultipleAccounts: true }));
  for (const registration of registerInlineDocs({ modules, log: (message) => log.info(message) })) owned.add(registration);
  owned.add(watchIgnoredBaseUrl(context.workspaceState, log));
  owned.add(connection.onDidChangeState((state) => status.update(state)));
  const ready = connection.whenReady().then((state) => status.update(state));
  return {
    log,
    shell: { context, log, credentials, connection, status, modules, accounts, selected: views.selected },
    ready,
    dispose: () => owned.dispose(),
  };
}
