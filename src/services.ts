/**
 * The start-up that follows activation (dist/services.js): the log, the credentials and accounts, the mode and the
 * status bar that shows it, the Accounts provider's logic, the inline docs' registrations and the ignored-base-URL
 * notice. Activation (extension.ts) schedules this for the task after it returns, or runs it at once when a command
 * or VS Code needs a part of it first; nothing in VS Code waits on activation for any of it.
 */
import * as vscode from 'vscode';
import type { Shell } from './app';
import { AccountStore } from './host/auth/accountStore';
import { XAuthenticationProvider, type SessionFlows } from './host/auth/provider';
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
  /** The item selected in each tree view (the views are made at activation). */
  readonly selected: Shell['selected'];
  /** The app half's session flows (sign-in, sign-out, refresh), started on first use. */
  readonly sessions: () => SessionFlows;
}

export interface Services extends vscode.Disposable {
  readonly log: Log;
  /** What the app half is built from. */
  readonly shell: Shell;
  readonly provider: vscode.AuthenticationProvider;
  /** Resolves once the first read of SecretStorage is done and the status bar shows the mode. */
  readonly ready: Promise<void>;
}

export function startServices(deps: ServicesDeps): Services {
  const { context } = deps;
  const owned = new DisposableStore();
  const log = owned.add(new Log('X API Explorer', () => `X API Explorer ${String(context.extension.packageJSON.version)} in ${vscode.env.appName} ${vscode.version}`));
  const credentials = owned.add(new CredentialStore(context.secrets));
  const accounts = owned.add(new AccountStore(context.secrets, context.globalState));
  const connection = owned.add(new Connection({ credentials, accounts, log }));
  const status = owned.add(new StatusBar());
  const modules = new LazyModules(context.extensionPath);
  const provider = owned.add(new XAuthenticationProvider(accounts, deps.sessions));
  for (const registration of registerInlineDocs({ modules, log: (message) => log.info(message) })) owned.add(registration);
  owned.add(watchIgnoredBaseUrl(context.workspaceState, log));
  owned.add(connection.onDidChangeState((state) => status.update(state)));
  const ready = connection.whenReady().then((state) => status.update(state));
  return {
    log,
    shell: { context, log, credentials, connection, status, modules, accounts, selected: deps.selected },
    provider,
    ready,
    dispose: () => owned.dispose(),
  };
}
