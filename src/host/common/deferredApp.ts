/**
 * The shell's side of the split activation: VS Code's entry points (commands, the result scheme, the builder's
 * serializer, the two trees) are registered at activation with these stand-ins, and each one starts the app half
 * (dist/app.js, see src/app.ts) the first time VS Code calls it. Until then the app's code is neither loaded nor run.
 */
import * as vscode from 'vscode';
import type * as AppModule from '../../app';
import type { App } from '../../app';
import type * as ServicesModule from '../../services';
import { registerCommands, type CommandHandlers } from './commandRegistry';
import { BUILDER_VIEW_TYPE, Commands, RESULT_SCHEME } from './ids';
import { Disposable } from './lifecycle';
import type { Log } from './log';

/**
 * Requires dist/app.js: a computed path, so the bundler leaves it out of the activation bundle. Joined by hand (Node
 * takes `/` on every platform) so activation loads no module but its own.
 */
export function requireApp(extensionPath: string): typeof AppModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`${extensionPath}/dist/app.js`) as typeof AppModule;
}

/** Requires dist/services.js (src/services.ts), the start-up that follows activation. */
export function requireServices(extensionPath: string): typeof ServicesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`${extensionPath}/dist/services.js`) as typeof ServicesModule;
}

/** One part of the extension, started once on first use (or when scheduled), and disposed with the shell. */
export class Deferred<T extends vscode.Disposable> extends Disposable {
  private value: T | undefined;

  constructor(private readonly start: () => T) {
    super();
  }

  get(): T {
    if (this.disposed) throw new Error('X API Explorer is shutting down');
    this.value ??= this._register(this.start());
    return this.value;
  }

  get started(): boolean {
    return this.value !== undefined;
  }
}

/** The app half: commands, results, trees, builder. */
export type DeferredApp = Deferred<App>;

/**
 * The X authentication provider, registered at activation (VS Code asks it right after an
 * `onAuthenticationRequest:xapi` activation) and answered by the services' provider.
 */
export function registerDeferredAuthentication(provider: () => vscode.AuthenticationProvider, id: string, label: string): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  let relay: vscode.Disposable | undefined;
  const real = (): vscode.AuthenticationProvider => {
    const found = provider();
    relay ??= found.onDidChangeSessions((event) => changed.fire(event));
    return found;
  };
  const registration = vscode.authentication.registerAuthenticationProvider(id, label, {
    onDidChangeSessions: changed.event,
    getSessions: (scopes, options) => real().getSessions(scopes, options),
    createSession: (scopes, options) => real().createSession(scopes, options),
    removeSession: (sessionId) => real().removeSession(sessionId),
  }, { supportsMultipleAccounts: true });
  return vscode.Disposable.from(registration, changed, { dispose: () => relay?.dispose() });
}

/** Every command of the table, forwarded to the app's handler of the same name. */
export function registerDeferredCommands(app: DeferredApp, log: () => Pick<Log, 'error'>): vscode.Disposable[] {
  const handlers = Object.fromEntries(
    (Object.keys(Commands) as (keyof typeof Commands)[]).map((name) => [name, (...args: unknown[]) => app.get().commands[name](...args)]),
  ) as unknown as CommandHandlers;
  return registerCommands(handlers, log);
}

/** The `x-api-result:` documents (a restored editor asks for one right after a reload) and the builder's revival. */
export function registerDeferredDocuments(app: DeferredApp): vscode.Disposable[] {
  return [
    vscode.workspace.registerTextDocumentContentProvider(RESULT_SCHEME, {
      provideTextDocumentContent: (uri, token) => app.get().results.provideTextDocumentContent(uri, token),
    }),
    vscode.window.registerWebviewPanelSerializer(BUILDER_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => Promise.resolve(app.get().reviveBuilder(panel)),
    }),
  ];
}

/**
 * A tree whose data comes from the app: the first getChildren (the view was made visible) starts it. Its change
 * events are relayed, so the view refreshes as the real provider says.
 */
export class DeferredTree extends Disposable implements vscode.TreeDataProvider<unknown> {
  private readonly changed = this._register(new vscode.EventEmitter<unknown>());
  readonly onDidChangeTreeData = this.changed.event;
  private provider: Promise<vscode.TreeDataProvider<unknown>> | undefined;

  constructor(private readonly open: () => Promise<vscode.TreeDataProvider<unknown>>) {
    super();
  }

  async getChildren(element?: unknown): Promise<unknown[]> {
    const provider = await this.real();
    return (await provider.getChildren(element)) ?? [];
  }

  async getTreeItem(element: unknown): Promise<vscode.TreeItem> {
    return (await this.real()).getTreeItem(element);
  }

  async getParent(element: unknown): Promise<unknown> {
    return (await this.real()).getParent?.(element) ?? undefined;
  }

  private real(): Promise<vscode.TreeDataProvider<unknown>> {
    this.provider ??= this.open().then((provider) => {
      if (provider.onDidChangeTreeData) this._register(provider.onDidChangeTreeData((element) => this.changed.fire(element)));
      return provider;
    });
    return this.provider;
  }
}
