/**
 * The Saved Lookups and History views. Elements are plain records (the store's data wrapped in a tagged node, grouped
 * and ordered by core/savedLookups/tree.ts); getTreeItem maps them, the store's onDidChange refreshes them, and no UI
 * is shown from here.
 */
import * as vscode from 'vscode';
import { ENDPOINTS, type EndpointId } from '../../core/catalog/endpoints';
import type { LookupRequest } from '../../core/request/lookupRequest';
import { describeParameters, titleOfRequest } from '../../core/request/describe';
import { filterHistory } from '../../core/savedLookups/historyFilter';
import type { HistoryEntry } from '../../core/savedLookups/model';
import { groupKey, savedLookupTree, type SavedLookupNode, type SavedLookupTree, type SavedLookupTreeNode } from '../../core/savedLookups/tree';
import { Commands, TreeItemContexts } from '../common/ids';
import type { SavedLookupStore } from './store';
import type { HistoryFilter } from './historyFilter';
import { Disposable, toDisposable } from '../common/lifecycle';

export interface HistoryNode {
  readonly kind: 'history';
  readonly entry: HistoryEntry;
}

/** The URL (or path) of a request, shown in tooltips; the runner's urlFor is the usual source. */
export type UrlOfRequest = (request: LookupRequest) => string;

/** The codicon of an endpoint (a record from a newer version may name one this catalogue lacks). */
export function endpointIcon(endpoint: EndpointId): vscode.ThemeIcon {
  return new vscode.ThemeIcon(ENDPOINTS[endpoint]?.icon ?? 'search');
}

function tooltip(title: string, url: string, lines: readonly string[]): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown('**');
  markdown.appendText(title);
  markdown.appendMarkdown('**\n\n');
  markdown.appendCodeblock(`GET ${url}`, 'http');
  for (const line of lines) {
    markdown.appendMarkdown('\n\n');
    markdown.appendText(line);
  }
  return markdown;
}

/** Saved lookups grouped by folder, or by endpoint when they have none. */
export class SavedLookupTreeProvider extends Disposable implements vscode.TreeDataProvider<SavedLookupTreeNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<SavedLookupTreeNode | undefined>());
  readonly onDidChangeTreeData: vscode.Event<SavedLookupTreeNode | undefined> = this.changeEmitter.event;
  private model: SavedLookupTree | undefined;

  constructor(
    private readonly store: SavedLookupStore,
    private readonly urlOf: UrlOfRequest,
  ) {
    super();
    this._register(store.onDidChange(() => {
      this.model = undefined;
      this.changeEmitter.fire(undefined);
    }));
  }

  getChildren(element?: SavedLookupTreeNode): SavedLookupTreeNode[] {
    const model = this.current();
    if (element === undefined) return [...model.roots];
    if (element.kind === 'group') return [...(model.children.get(element) ?? [])];
    return [];
  }

  getParent(element: SavedLookupTreeNode): SavedLookupTreeNode | undefined {
    return element.kind === 'lookup' ? this.current().parents.get(element) : undefined;
  }

  /** The node showing a saved lookup, for `TreeView.reveal` after saving it. */
  nodeFor(id: string): SavedLookupNode | undefined {
    return this.current().nodes.get(id);
  }

  getTreeItem(element: SavedLookupTreeNode): vscode.TreeItem {
    if (element.kind === 'group') {
      const { group } = element;
      if (group.type === 'folder') {
        const item = new vscode.TreeItem(group.folder, vscode.TreeItemCollapsibleState.Expanded);
        item.id = groupKey(element);
        item.iconPath = vscode.ThemeIcon.Folder;
        item.contextValue = TreeItemContexts.folder;
        return item;
      }
      const spec = ENDPOINTS[group.endpoint];
      const item = new vscode.TreeItem(spec.path, vscode.TreeItemCollapsibleState.Expanded);
      item.id = groupKey(element);
      item.description = spec.summary;
      item.tooltip = `${spec.method} ${spec.path}: ${spec.summary}`;
      item.iconPath = endpointIcon(group.endpoint);
      item.contextValue = TreeItemContexts.endpoint;
      return item;
    }
    const { lookup } = element;
    const item = new vscode.TreeItem(lookup.name, vscode.TreeItemCollapsibleState.None);
    item.id = `lookup:${lookup.id}`;
    item.description = describeParameters(lookup.request);
    item.tooltip = tooltip(lookup.name, this.urlOf(lookup.request), [
      vscode.l10n.t('Saved {0}', new Date(lookup.updatedAt).toLocaleString()),
    ]);
    item.iconPath = endpointIcon(lookup.request.endpoint);
    item.contextValue = TreeItemContexts.savedLookup;
    item.command = { command: Commands.runSavedLookup, title: vscode.l10n.t('Run Saved Lookup'), arguments: [{ id: lookup.id }] };
    item.accessibilityInformation = { label: vscode.l10n.t('Saved lookup {0}, {1}', lookup.name, titleOfRequest(lookup.request)) };
    return item;
  }

  private current(): SavedLookupTree {
    return (this.model ??= savedLookupTree(this.store.lookups()));
  }
}

/** "just now", "2 min ago", "3 h ago", "4 d ago", or the date. */
export function relativeTime(at: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - at.getTime()) / 1000);
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 45) return vscode.l10n.t('just now');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return vscode.l10n.t('{0} min ago', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return vscode.l10n.t('{0} h ago', hours);
  const days = Math.round(hours / 24);
  if (days < 30) return vscode.l10n.t('{0} d ago', days);
  return at.toLocaleDateString();
}

/** How often the "2 min ago" descriptions are brought up to date. */
const CLOCK_TICK_MS = 60_000;

/** Past runs, newest first. */
export class HistoryTreeProvider extends Disposable implements vscode.TreeDataProvider<HistoryNode> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<HistoryNode | undefined>());
  readonly onDidChangeTreeData: vscode.Event<HistoryNode | undefined> = this.changeEmitter.event;
  private nodes: readonly HistoryNode[] | undefined;

  constructor(
    private readonly store: SavedLookupStore,
    private readonly urlOf: UrlOfRequest,
    private readonly now: () => Date = () => new Date(),
    /** The view's filter (Filter History); without one every entry shows. */
    private readonly filter?: Pick<HistoryFilter, 'text' | 'onDidChange'>,
  ) {
    super();
    this._register(store.onDidChange(() => {
      this.nodes = undefined;
      this.changeEmitter.fire(undefined);
    }));
    if (filter) {
      this._register(filter.onDidChange(() => {
        this.nodes = undefined;
        this.changeEmitter.fire(undefined);
      }));
    }
    // Relative times go stale; refresh the labels (not the data) while there is anything to show.
    const clock = setInterval(() => {
      if (this.store.history().length > 0) this.changeEmitter.fire(undefined);
    }, CLOCK_TICK_MS);
    clock.unref?.();
    this._register(toDisposable(() => clearInterval(clock)));
  }

  getChildren(element?: HistoryNode): HistoryNode[] {
    if (element !== undefined) return [];
    this.nodes ??= filterHistory(this.store.history(), this.filter?.text ?? '').map((entry) => ({ kind: 'history', entry }));
    return [...this.nodes];
  }

  getParent(): undefined {
    return undefined;
  }

  /** The node showing a history entry, for `TreeView.reveal`. */
  nodeFor(id: string): HistoryNode | undefined {
    return this.getChildren().find((node) => node.entry.id === id);
  }

  getTreeItem(element: HistoryNode): vscode.TreeItem {
    const { entry } = element;
    const item = new vscode.TreeItem(titleOfRequest(entry.request), vscode.TreeItemCollapsibleState.None);
    item.id = `history:${entry.id}`;
    const at = new Date(entry.at);
    const outcome = entry.status !== undefined ? String(entry.status) : entry.ok ? vscode.l10n.t('ok') : vscode.l10n.t('failed');
    item.description = `${outcome} · ${relativeTime(at, this.now())}`;
    const details = [entry.summary, at.toLocaleString()];
    if (entry.durationMs !== undefined) details.push(vscode.l10n.t('{0} ms', entry.durationMs));
    details.push(historyProvenance(entry, at));
    item.tooltip = tooltip(titleOfRequest(entry.request), this.urlOf(entry.request), details);
    item.iconPath = entry.ok
      ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
    item.contextValue = TreeItemContexts.historyEntry;
    // A click reopens what came back; sending again (money and rate limit, with real credentials) is its own action.
    item.command = { command: Commands.openHistoryEntry, title: vscode.l10n.t('Open Stored Response'), arguments: [{ historyId: entry.id }] };
    item.accessibilityInformation = {
      label: vscode.l10n.t('{0}, {1}, {2}', titleOfRequest(entry.request), entry.ok ? vscode.l10n.t('succeeded') : vscode.l10n.t('failed'), entry.summary),
    };
    return item;
  }

}

/** Where the entry's response is and where it came from: "Response stored 1/31/2025, 10:20 AM · from the sandbox · as sandbox". */
export function historyProvenance(entry: HistoryEntry, at: Date): string {
  const parts = [entry.stored
    ? vscode.l10n.t('Response stored {0}; a click reopens it without sending', at.toLocaleString())
    : vscode.l10n.t('Response not stored (xapi.history.keepResponses off, or too large); Run Again sends it')];
  if (entry.sandbox) parts.push(vscode.l10n.t('from the offline sandbox'));
  else if (entry.origin !== undefined) parts.push(vscode.l10n.t('from {0}', entry.origin));
  // The sandbox's own keys sign as "sandbox": said once is enough.
  if (entry.account !== undefined && !(entry.sandbox && entry.account === 'sandbox')) parts.push(vscode.l10n.t('as {0}', entry.account));
  return parts.join(' · ');
}
