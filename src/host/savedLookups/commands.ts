/**
 * The commands on saved lookups and history. Each is a plain function of its dependencies and the command argument,
 * returning what it did so tests can check it; the composition root registers them in its command loop.
 *
 * Arguments are untrusted (keybindings, other extensions, menus): `{ id }`, `{ historyId }`, or a tree element of
 * savedLookupTree. Called bare from the palette, a command asks which lookup with a quick pick.
 */
import * as vscode from 'vscode';
import { ENDPOINTS } from '../../core/catalog/endpoints';
import { fileInArgs, storeCommandOptions, storeEntryInArgs } from '../../core/request/commandArgs';
import type { LookupRequest } from '../../core/request/lookupRequest';
import { describeParameters, titleOfRequest } from '../../core/request/describe';
import type { HistoryEntry, SavedLookup } from '../../core/savedLookups/model';
import { validateName } from '../../core/savedLookups/name';
import type { Commands } from '../common/ids';
import type { LookupRunner } from '../lookup/runner';
import type { HistoryFilter } from './historyFilter';
import type { ImportResult, SavedLookupStore } from './store';
import { endpointIcon } from './trees';

export interface SavedLookupCommandDeps {
  /** The store, or the promise of it while it is still opening (activation does not wait for the disk). */
  readonly store: SavedLookupStore | PromiseLike<SavedLookupStore>;
  readonly runner: LookupRunner;
  /** Opens the request builder filled with `request`; `name` is the saved lookup it came from. */
  openInBuilder(request: LookupRequest, name?: string): Promise<void>;
  /** The History view's filter. */
  readonly historyFilter: HistoryFilter;
  /**
   * The item selected in each view: what a command run without an argument works on (F2 and Delete pass none;
   * VS Code hands the item only to menu entries).
   */
  readonly selected?: { readonly saved: () => unknown; readonly history: () => unknown };
}

/** What a command argument pointed at. */
export type LookupTarget =
  | { readonly kind: 'saved'; readonly lookup: SavedLookup }
  | { readonly kind: 'history'; readonly entry: HistoryEntry };

/** The result of an export. */
export interface ExportResult {
  readonly uri: vscode.Uri;
  readonly count: number;
}

/**
 * The saved lookup or history entry a command argument names, read fresh from the store (the element may be stale);
 * undefined when the argument names nothing (the palette). Throws when it names one that no longer exists.
 */
export function resolveLookupTarget(store: SavedLookupStore, arg: unknown): LookupTarget | undefined {
  const named = storeEntryInArgs(arg);
  if (named === undefined) return undefined;
  if (named.kind === 'saved') {
    const lookup = store.get(named.id);
    if (!lookup) throw new Error(vscode.l10n.t('There is no saved lookup with id {0}; it may have been deleted.', named.id));
    return { kind: 'saved', lookup };
  }
  const entry = store.getHistory(named.id);
  if (!entry) throw new Error(vscode.l10n.t('That history entry is gone; the history may have been cleared.'));
  return { kind: 'history', entry };
}

interface LookupPickItem extends vscode.QuickPickItem {
  readonly lookup: SavedLookup;
}

/** Asks which saved lookup; undefined when there is none or the user cancelled. */
async function pickSavedLookup(store: SavedLookupStore, placeHolder: string): Promise<SavedLookup | undefined> {
  const lookups = store.lookups();
  if (lookups.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no saved lookups yet. Run a lookup, then save it.'));
    return undefined;
  }
  const items: LookupPickItem[] = [...lookups]
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }))
    .map((lookup) => ({
      label: lookup.name,
      description: describeParameters(lookup.request),
      detail: lookup.folder !== undefined ? `${lookup.folder} · ${ENDPOINTS[lookup.request.endpoint].path}` : ENDPOINTS[lookup.request.endpoint].path,
      iconPath: endpointIcon(lookup.request.endpoint),
      lookup,
    }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.lookup;
}

async function savedTarget(store: SavedLookupStore, arg: unknown, placeHolder: string): Promise<SavedLookup | undefined> {
  const target = resolveLookupTarget(store, arg);
  if (target === undefined) return pickSavedLookup(store, placeHolder);
  if (target.kind !== 'saved') throw new Error(vscode.l10n.t('This command works on saved lookups, not on history entries.'));
  return target.lookup;
}

function requestOf(target: LookupTarget): LookupRequest {
  return target.kind === 'saved' ? target.lookup.request : target.entry.request;
}

/** Runs a saved lookup or reruns a history entry; resolves the result document, or undefined when nothing ran. */
export async function runSavedLookup(deps: SavedLookupCommandDeps, arg?: unknown): Promise<vscode.Uri | undefined> {
  const store = await deps.store;
  let target = resolveLookupTarget(store, arg);
  if (target === undefined) {
    const lookup = await pickSavedLookup(store, vscode.l10n.t('Run which saved lookup?'));
    if (!lookup) return undefined;
    target = { kind: 'saved', lookup };
  }
  return deps.runner.run(requestOf(target));
}

/** Opens a saved lookup or history entry in the request builder; resolves the request it opened. */
export async function openSavedLookupInBuilder(deps: SavedLookupCommandDeps, arg?: unknown): Promise<LookupRequest | undefined> {
  const store = await deps.store;
  let target = resolveLookupTarget(store, arg);
  if (target === undefined) {
    const lookup = await pickSavedLookup(store, vscode.l10n.t('Open which saved lookup in the builder?'));
    if (!lookup) return undefined;
    target = { kind: 'saved', lookup };
  }
  const request = requestOf(target);
  await deps.openInBuilder(request, target.kind === 'saved' ? target.lookup.name : undefined);
  return request;
}

/** Name check for input boxes (the store's rule): undefined when fine, the problem otherwise. */
export function nameProblem(value: string): string | undefined {
  const checked = validateName(value);
  return checked.ok ? undefined : vscode.l10n.t('Invalid name: {0}', checked.message);
}

/**
 * Renames a saved lookup. `{ id, name }` renames without asking (automation); otherwise an input box asks, with the
 * name checked as it is typed. Resolves the renamed lookup, or undefined when cancelled.
 */
export async function renameSavedLookup(deps: SavedLookupCommandDeps, arg?: unknown): Promise<SavedLookup | undefined> {
  const store = await deps.store;
  const lookup = await savedTarget(store, arg, vscode.l10n.t('Rename which saved lookup?'));
  if (!lookup) return undefined;
  let name = storeCommandOptions(arg).name;
  if (name === undefined) {
    name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Rename Saved Lookup'),
      prompt: vscode.l10n.t('New name for "{0}"', lookup.name),
      value: lookup.name,
      valueSelection: [0, lookup.name.length],
      validateInput: nameProblem,
    });
    if (name === undefined || name.trim() === lookup.name) return undefined;
  }
  return store.rename(lookup.id, name);
}

/** Saves a copy of a saved lookup; resolves the copy. */
export async function duplicateSavedLookup(deps: SavedLookupCommandDeps, arg?: unknown): Promise<SavedLookup | undefined> {
  const store = await deps.store;
  const lookup = await savedTarget(store, arg, vscode.l10n.t('Duplicate which saved lookup?'));
  if (!lookup) return undefined;
  return store.duplicate(lookup.id);
}

/**
 * Deletes a saved lookup after a modal confirmation; `{ id, confirm: false }` skips the question (automation).
 * Resolves whether it was deleted.
 */
export async function deleteSavedLookup(deps: SavedLookupCommandDeps, arg?: unknown): Promise<boolean> {
  const store = await deps.store;
  const lookup = await savedTarget(store, arg, vscode.l10n.t('Delete which saved lookup?'));
  if (!lookup) return false;
  if (storeCommandOptions(arg).confirm) {
    const remove = vscode.l10n.t('Delete');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Delete the saved lookup "{0}"?', lookup.name),
      { modal: true, detail: titleOfRequest(lookup.request) },
      remove,
    );
    if (answer !== remove) return false;
  }
  return store.delete(lookup.id);
}

/** A Uri from `{ uri }`: a Uri, a `scheme:` string, or an absolute path. */
function uriArg(arg: unknown): vscode.Uri | undefined {
  // A Uri object is only recognisable here; the text forms are read in core.
  const given = typeof arg === 'object' && arg !== null ? (arg as { uri?: unknown }).uri : undefined;
  if (given instanceof vscode.Uri) return given;
  const file = fileInArgs(arg);
  if (file === undefined) return undefined;
  return file.kind === 'uri' ? vscode.Uri.parse(file.text, true) : vscode.Uri.file(file.text);
}

function defaultExportUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, 'x-api-lookups.json') : undefined;
}

const JSON_FILTER = { JSON: ['json'] };

/** Writes the saved lookups (no history) to a file chosen in a save dialog, or to `{ uri }`. */
export async function exportSavedLookups(deps: SavedLookupCommandDeps, arg?: unknown): Promise<ExportResult | undefined> {
  const store = await deps.store;
  let uri = uriArg(arg);
  if (uri === undefined) {
    if (store.lookups().length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no saved lookups to export.'));
      return undefined;
    }
    uri = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Saved Lookups'),
      saveLabel: vscode.l10n.t('Export'),
      defaultUri: defaultExportUri(),
      filters: JSON_FILTER,
    });
    if (!uri) return undefined;
  }
  const count = await store.exportTo(uri);
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} saved lookups to {1}.', count, vscode.workspace.asRelativePath(uri)));
  return { uri, count };
}

/** Adds the lookups of an export file chosen in an open dialog, or `{ uri }`; tells how many were added. */
export async function importSavedLookups(deps: SavedLookupCommandDeps, arg?: unknown): Promise<ImportResult | undefined> {
  let uri = uriArg(arg);
  if (uri === undefined) {
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Import Saved Lookups'),
      openLabel: vscode.l10n.t('Import'),
      canSelectMany: false,
      filters: JSON_FILTER,
    });
    uri = picked?.[0];
    if (!uri) return undefined;
  }
  const result = await (await deps.store).importFrom(uri);
  const message = result.renamed > 0
    ? vscode.l10n.t('Imported {0} saved lookups ({1} renamed because their id was taken); {2} already saved.', result.added, result.renamed, result.skipped)
    : vscode.l10n.t('Imported {0} saved lookups; {1} already saved.', result.added, result.skipped);
  if (result.warnings.length > 0) {
    const shown = result.warnings.slice(0, 3).join('; ') + (result.warnings.length > 3 ? ' …' : '');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} {1} entries of the file could not be read and were skipped: {2}', message, result.warnings.length, shown));
  } else {
    void vscode.window.showInformationMessage(message);
  }
  return result;
}

/** The history entry a command argument names; history commands work on nothing else. */
async function historyTarget(deps: SavedLookupCommandDeps, arg: unknown): Promise<{ store: SavedLookupStore; entry: HistoryEntry } | undefined> {
  const store = await deps.store;
  const target = resolveLookupTarget(store, arg);
  if (target === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Choose a History entry first: this command works on the entry it is run on.'));
    return undefined;
  }
  if (target.kind !== 'history') throw new Error(vscode.l10n.t('This command works on history entries, not on saved lookups.'));
  return { store, entry: target.entry };
}

/** "Run Again" on a history entry: sends its request anew; resolves the result document. */
export async function rerunHistoryEntry(deps: SavedLookupCommandDeps, arg?: unknown): Promise<vscode.Uri | undefined> {
  const found = await historyTarget(deps, arg);
  return found ? deps.runner.run(found.entry.request) : undefined;
}

/**
 * "Save This…" on a history entry: keeps its request as a saved lookup. `{ historyId, name }` saves without asking
 * (automation); otherwise an input box asks, prefilled with a description. Resolves the saved lookup.
 */
export async function saveHistoryEntry(deps: SavedLookupCommandDeps, arg?: unknown): Promise<SavedLookup | undefined> {
  const found = await historyTarget(deps, arg);
  if (!found) return undefined;
  let name = storeCommandOptions(arg).name;
  if (name === undefined) {
    const suggested = describeParameters(found.entry.request) || titleOfRequest(found.entry.request);
    name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Save History Entry'),
      prompt: vscode.l10n.t('A name for the saved lookup ({0})', titleOfRequest(found.entry.request)),
      value: suggested,
      valueSelection: [0, suggested.length],
      validateInput: nameProblem,
    });
    if (name === undefined) return undefined;
  }
  return found.store.save(name.trim(), found.entry.request);
}

/** "Delete Entry" on a history entry: removes that one run; resolves whether it was there. */
export async function deleteHistoryEntry(deps: SavedLookupCommandDeps, arg?: unknown): Promise<boolean> {
  const found = await historyTarget(deps, arg);
  return found ? found.store.deleteHistory(found.entry.id) : false;
}

/**
 * Filters the History view: `{ filter }` sets it without asking (automation, tests), otherwise an input box asks,
 * holding the current filter. An empty filter shows everything again. Resolves the filter now in force.
 */
export async function filterHistoryView(deps: SavedLookupCommandDeps, arg?: unknown): Promise<string | undefined> {
  const given = typeof arg === 'object' && arg !== null ? (arg as { filter?: unknown }).filter : undefined;
  let text = typeof given === 'string' ? given : undefined;
  if (text === undefined) {
    text = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter History'),
      prompt: vscode.l10n.t('Words to find in an entry (user, id, username, status, field); empty shows every entry'),
      placeHolder: vscode.l10n.t('e.g. 404 jack'),
      value: deps.historyFilter.text,
    });
    if (text === undefined) return undefined;
  }
  return deps.historyFilter.set(text);
}

/** Empties the history; resolves how many entries were removed. */
export async function clearHistory(deps: SavedLookupCommandDeps): Promise<number> {
  return (await deps.store).clearHistory();
}

/** The commands this file handles, by their key in the command table. */
export type SavedLookupCommandName = keyof Pick<typeof Commands,
  | 'runSavedLookup'
  | 'openSavedLookupInBuilder'
  | 'renameSavedLookup'
  | 'duplicateSavedLookup'
  | 'deleteSavedLookup'
  | 'exportSavedLookups'
  | 'importSavedLookups'
  | 'clearHistory'
  | 'rerunHistoryEntry'
  | 'saveHistoryEntry'
  | 'deleteHistoryEntry'
  | 'filterHistory'
  | 'clearHistoryFilter'>;

/** The handlers by their key in the command table, to spread into the composition root's registration. */
export function savedLookupCommands(
  deps: SavedLookupCommandDeps,
): Readonly<Record<SavedLookupCommandName, (arg?: unknown) => Promise<unknown>>> {
  const saved = (arg: unknown): unknown => arg ?? deps.selected?.saved();
  const history = (arg: unknown): unknown => arg ?? deps.selected?.history();
  return {
    runSavedLookup: (arg) => runSavedLookup(deps, saved(arg)),
    openSavedLookupInBuilder: (arg) => openSavedLookupInBuilder(deps, saved(arg)),
    renameSavedLookup: (arg) => renameSavedLookup(deps, saved(arg)),
    duplicateSavedLookup: (arg) => duplicateSavedLookup(deps, saved(arg)),
    deleteSavedLookup: (arg) => deleteSavedLookup(deps, saved(arg)),
    exportSavedLookups: (arg) => exportSavedLookups(deps, arg),
    importSavedLookups: (arg) => importSavedLookups(deps, arg),
    clearHistory: () => clearHistory(deps),
    rerunHistoryEntry: (arg) => rerunHistoryEntry(deps, history(arg)),
    saveHistoryEntry: (arg) => saveHistoryEntry(deps, history(arg)),
    deleteHistoryEntry: (arg) => deleteHistoryEntry(deps, history(arg)),
    filterHistory: (arg) => filterHistoryView(deps, arg),
    clearHistoryFilter: () => deps.historyFilter.set(''),
  };
}
