/**
 * The shell's side of the split activation: VS Code's entry points (commands, the result scheme, the builder's
 * serializer, the two trees) are registered at activation with these stand-ins, and each one starts the app half
 * (dist/app.js, see src/app.ts) the first time VS Code calls it. Until then the app's code is neither loaded nor run.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type * as AppModule from '../../app';
import type { App } from '../../app';
import { registerCommands, type CommandHandlers } from './commandRegistry';
import { BUILDER_VIEW_TYPE, Commands, RESULT_SCHEME } from './ids';
import { Disposable } from './lifecycle';
import type { Log } from './log';

/** Requires dist/app.js: a computed path, so the bundler leaves it out of the activation bundle. */
export function requireApp(extensionPath: string): typeof AppModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(extensionPath, 'dist', 'app.js')) as typeof AppModule;
}

/** The app, started once on first use, and disposed with the shell. */
export class DeferredApp extends Disposable {
  private app: App | undefined;

  constructor(private readonly start: () => App) {
    super();
  }

  get(): App {
    if (this.disposed) throw new Error('X API Explorer is shutting down');
    this.app ??= this._register(this.start());
    return this.app;
  }
}

/** Every command of the table, forwarded to the app's handler of the same name. */
export function registerDeferredCommands(app: DeferredApp, log: Log): vscode.Disposable[] {
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
