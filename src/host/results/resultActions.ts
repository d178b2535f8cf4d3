/**
 * The commands on a result and on the history's kept responses: reopen a History entry without sending, show the
 * raw request and the response headers, copy the response, compare with the previous run or with any other History
 * entry in VS Code's diff editor (both sides are result documents, so both have the hovers and diagnostics).
 *
 * Arguments are untrusted: a result document's Uri (editor menus and lenses pass it), `{ uri }`, `{ historyId }` or
 * a History tree node; without one, the active result editor.
 */
import * as vscode from 'vscode';
import { describeRequest, titleOfRequest } from '../../core/request/describe';
import { sameRequest, type HistoryEntry } from '../../core/savedLookups/model';
import { storeEntryInArgs } from '../../core/request/commandArgs';
import type { LookupRunner } from '../lookup/runner';
import type { SavedLookupStore } from '../savedLookups/store';
import type { ResultDocuments, ResultEntry } from './documents';

export interface ResultActionDeps {
  readonly results: ResultDocuments;
  /** The store, or the promise of it while it is still opening. */
  readonly store: SavedLookupStore | PromiseLike<SavedLookupStore>;
  readonly runner: LookupRunner;
}

/** The two sides of a comparison that was opened. */
export interface Comparison {
  readonly left: vscode.Uri;
  readonly right: vscode.Uri;
}

/** The result an argument points at: a Uri, `{ uri }`, or else the active editor's. */
export function resultOfArgs(results: ResultDocuments, args: unknown): ResultEntry | undefined {
  const given = args instanceof vscode.Uri
    ? args
    : typeof args === 'object' && args !== null && (args as { uri?: unknown }).uri instanceof vscode.Uri ? (args as { uri: vscode.Uri }).uri : undefined;
  const uri = given ?? vscode.window.activeTextEditor?.document.uri;
  return uri ? results.get(uri) : undefined;
}

function noResult(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a result of X API Explorer first (run a lookup, or click a History entry).'));
  return undefined;
}

/** `xapi.showResponseHeaders`: the raw request (Authorization masked) and the response's status and headers, beside. */
export async function showResponseHeaders(deps: ResultActionDeps, args?: unknown): Promise<vscode.Uri | undefined> {
  const entry = resultOfArgs(deps.results, args);
  if (!entry) return noResult();
  const uri = deps.results.exchangeView(entry);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return uri;
}

/** `xapi.copyResponse`: the response body as the document shows it; resolves the text copied. */
export async function copyResponse(deps: ResultActionDeps, args?: unknown): Promise<string | undefined> {
  const entry = resultOfArgs(deps.results, args);
  if (!entry) return noResult();
  await vscode.env.clipboard.writeText(entry.text);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('$(clippy) Copied the response of {0}', describeRequest(entry.request)), 3000);
  return entry.text;
}

/** A History entry's kept response as a result document; undefined (and said) when it was not kept. */
async function storedResult(deps: ResultActionDeps, entry: HistoryEntry, offerRun: boolean): Promise<ResultEntry | undefined> {
  const store = await deps.store;
  const response = await store.storedResponse(entry.id);
  if (response) return deps.results.addStored(entry.request, response, entry.id);
  const message = vscode.l10n.t('The response of "{0}" was not kept (xapi.history.keepResponses was off, it was too large, or it was evicted). Nothing was sent.', titleOfRequest(entry.request));
  if (!offerRun) {
    void vscode.window.showInformationMessage(message);
    return undefined;
  }
  const again = vscode.l10n.t('Run Again');
  void vscode.window.showInformationMessage(message, again).then((choice) => {
    if (choice === again) void deps.runner.run(entry.request);
  });
  return undefined;
}

async function historyEntryOf(deps: ResultActionDeps, args: unknown): Promise<HistoryEntry | undefined> {
  const named = storeEntryInArgs(args);
  if (named === undefined) return undefined;
  if (named.kind !== 'history') throw new Error(vscode.l10n.t('This command works on History entries, not on saved lookups.'));
  const entry = (await deps.store).getHistory(named.id);
  if (!entry) throw new Error(vscode.l10n.t('That history entry is gone; the history may have been cleared.'));
  return entry;
}

/** `xapi.openHistoryEntry` (a click on a History entry): reopens its kept response. Nothing is sent. */
export async function openHistoryEntry(deps: ResultActionDeps, args?: unknown): Promise<vscode.Uri | undefined> {
  const entry = (await historyEntryOf(deps, args)) ?? (await pickHistoryEntry(deps, vscode.l10n.t('Open the stored response of which History entry?')));
  if (!entry) return undefined;
  const result = await storedResult(deps, entry, true);
  if (!result) return undefined;
  const document = await vscode.workspace.openTextDocument(result.uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return result.uri;
}

interface HistoryPick extends vscode.QuickPickItem {
  readonly entry: HistoryEntry;
}

async function pickHistoryEntry(deps: ResultActionDeps, placeHolder: string, storedOnly = true, except?: string): Promise<HistoryEntry | undefined> {
  const entries = (await deps.store).history().filter((h) => (!storedOnly || h.stored === true) && h.id !== except);
  if (entries.length === 0) {
    void vscode.window.showInformationMessage(storedOnly
      ? vscode.l10n.t('No other History entry has a stored response to open.')
      : vscode.l10n.t('The History is empty.'));
    return undefined;
  }
  const items: HistoryPick[] = entries.map((entry) => ({
    label: titleOfRequest(entry.request),
    description: new Date(entry.at).toLocaleString(),
    detail: entry.summary,
    entry,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.entry;
}

async function openDiff(left: ResultEntry, right: ResultEntry, title: string): Promise<Comparison> {
  await vscode.commands.executeCommand('vscode.diff', left.uri, right.uri, title, { preview: false });
  return { left: left.uri, right: right.uri };
}

/**
 * `xapi.compareWithPrevious`: the result beside the one before it of the same lookup: the earlier run of this window
 * (kept in memory), or else the newest older History entry of the same lookup with a stored response.
 */
export async function compareWithPrevious(deps: ResultActionDeps, args?: unknown): Promise<Comparison | undefined> {
  const entry = resultOfArgs(deps.results, args);
  if (!entry) return noResult();
  let previous = entry.stored ? undefined : deps.results.previousOf(entry);
  if (previous) deps.results.revive(previous);
  else {
    const store = await deps.store;
    const older = store.history().find((h) =>
      h.stored === true && h.id !== entry.stored?.historyId && Date.parse(h.at) < entry.createdAt - 1 && sameRequest(h.request, entry.request));
    if (older) previous = await storedResult(deps, older, false);
  }
  if (!previous) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No earlier result of {0} to compare with: run it again first.', describeRequest(entry.request)));
    return undefined;
  }
  deps.results.revive(entry);
  return openDiff(previous, entry, vscode.l10n.t('{0}: previous ↔ this run', describeRequest(entry.request)));
}

/**
 * `xapi.compareHistoryEntries` ("Compare with..."): two History entries' stored responses, older on the left.
 * `{ historyId }` (the tree's context menu) is the first, a quick pick the second; `{ historyId, otherHistoryId }`
 * compares without asking.
 */
export async function compareHistoryEntries(deps: ResultActionDeps, args?: unknown): Promise<Comparison | undefined> {
  const first = (await historyEntryOf(deps, args)) ?? (await pickHistoryEntry(deps, vscode.l10n.t('Compare which History entry?')));
  if (!first) return undefined;
  const otherId = typeof args === 'object' && args !== null ? (args as { otherHistoryId?: unknown }).otherHistoryId : undefined;
  const second = typeof otherId === 'string'
    ? await historyEntryOf(deps, { historyId: otherId })
    : await pickHistoryEntry(deps, vscode.l10n.t('Compare "{0}" with...', titleOfRequest(first.request)), true, first.id);
  if (!second) return undefined;
  const [older, newer] = Date.parse(first.at) <= Date.parse(second.at) ? [first, second] : [second, first];
  const left = await storedResult(deps, older, false);
  const right = left && (await storedResult(deps, newer, false));
  if (!left || !right) return undefined;
  return openDiff(left, right, vscode.l10n.t('{0} ↔ {1}', `${describeRequest(older.request)} (${new Date(older.at).toLocaleTimeString()})`,
    `${describeRequest(newer.request)} (${new Date(newer.at).toLocaleTimeString()})`));
}
