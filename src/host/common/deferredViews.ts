/**
 * What the services register for VS Code in the task after activation, each forwarding to the app half (dist/app.js,
 * see src/app.ts), which it starts the first time VS Code calls it. VS Code waits for these past activation: a view
 * shows its "no data provider" message only 2 s after activation, a restored webview waits in a pool for its
 * serializer. Until then the app's code is neither loaded nor run.
 */
import * as vscode from 'vscode';
import type { App } from '../../app';
import { BUILDER_VIEW_TYPE, Views } from './ids';
import { Disposable, DisposableStore } from './lifecycle';

/** The two trees, whose selection the commands run from a key read, and the builder's revival. */
export interface DeferredViews extends vscode.Disposable {
  readonly selected: { readonly saved: () => unknown; readonly history: () => unknown };
}

export function registerDeferredViews(app: () => App): DeferredViews {
  const owned = new DisposableStore();
  try {
    const saved = owned.add(vscode.window.createTreeView(Views.savedLookups, { treeDataProvider: owned.add(new DeferredTree(() => app().savedTree)), showCollapseAll: true }));
    const history = owned.add(vscode.window.createTreeView(Views.history, { treeDataProvider: owned.add(new DeferredTree(() => app().historyTree)) }));
    owned.add(vscode.window.registerWebviewPanelSerializer(BUILDER_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => Promise.resolve(app().reviveBuilder(panel)),
    }));
    return {
      selected: { saved: () => saved.selection[0], history: () => history.selection[0] },
      dispose: () => owned.dispose(),
    };
  } catch (error) {
    owned.dispose();
    throw error;
  }
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
