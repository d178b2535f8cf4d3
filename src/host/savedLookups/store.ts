/**
 * The editor's face of the saved lookups: the store on disk (src/storage/savedLookupsFile.ts, plain Node) with
 * vscode's Uris, events, localised messages and warnings around it. Everything about the file, its locking and its
 * recovery is in the storage module, so it is tested in plain Node with several processes at once.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { LookupRequest } from '../../core/request/lookupRequest';
import type { HistoryEntry, NewHistoryEntry, SavedLookup } from '../../core/savedLookups/model';
import { serializeExport } from '../../core/savedLookups/exchange';
import { IMPORT_FILE_MAX_BYTES } from '../../core/savedLookups/limits';
import { fitsOneResponse, serializeStoredResponse, utf8Length, type StoredResponse } from '../../core/savedLookups/storedResponse';
import { HistoryResponses } from '../../storage/historyResponses';
import { SavedLookupsFile, STORE_FILE_NAME } from '../../storage/savedLookupsFile';
import type { ImportResult } from '../../storage/savedLookupsFile';
import { Disposable, toDisposable } from '../common/lifecycle';

export { STORE_FILE_NAME };
export type { ImportResult };

/** What the store needs from outside: a way to tell the user, ids and the clock. */
export interface SavedLookupStoreDeps {
  /** Tells the user something went wrong with the file; `backup` is where the unreadable file was kept. */
  notify(message: string, backup?: vscode.Uri): void;
  newId(): string;
  now(): Date;
}

/** Shows a store problem as a warning with an "Open Backup" action when a backup was kept. */
export function showStoreWarning(message: string, backup?: vscode.Uri): void {
  const openBackup = vscode.l10n.t('Open Backup');
  const shown = backup === undefined
    ? vscode.window.showWarningMessage(message)
    : vscode.window.showWarningMessage(message, openBackup);
  void shown.then(async (choice) => {
    if (choice === openBackup && backup !== undefined) {
      await vscode.window.showTextDocument(backup, { preview: false });
    }
  });
}

/** The dependencies used outside tests: warnings in the UI, random UUIDs, the system clock. */
export function defaultStoreDeps(): SavedLookupStoreDeps {
  return { notify: showStoreWarning, newId: () => randomUUID(), now: () => new Date() };
}

export class SavedLookupStore extends Disposable {
  /** Fires after the lookups or the history changed, here or in another window. */
  readonly onDidChange: vscode.Event<void>;
  /** History entries being recorded, with their responses. */
  private readonly recording = new Set<Promise<unknown>>();

  private constructor(
    /** The storage folder. */
    readonly dir: vscode.Uri,
    private readonly disk: SavedLookupsFile,
    changeEmitter: vscode.EventEmitter<void>,
    /** The responses kept for history entries, beside the store in the same folder. */
    readonly responses: HistoryResponses,
  ) {
    super();
    this.onDidChange = changeEmitter.event;
    this._register(changeEmitter);
    this._register(toDisposable(() => disk.close()));
  }

  /**
   * Opens (creating the folder if needed) the store in `dir`, normally `context.globalStorageUri`, and starts
   * watching it for other windows' changes. Problems with the file are reported through `deps.notify`.
   */
  static async open(dir: vscode.Uri, deps: SavedLookupStoreDeps): Promise<SavedLookupStore> {
    if (dir.scheme !== 'file') {
      throw new Error(`Saved lookups need a folder on disk; ${dir.toString()} is not a file: URI`);
    }
    // The disk store stops firing once closed, and dispose() closes it before the emitter goes.
    const changes = new vscode.EventEmitter<void>();
    const disk = await SavedLookupsFile.open(dir.fsPath, {
      notify: (message, backup) => deps.notify(message, backup === undefined ? undefined : vscode.Uri.file(backup)),
      newId: () => deps.newId(),
      now: () => deps.now(),
      changed: () => changes.fire(),
      translate: (message, ...args) => vscode.l10n.t(message, ...args),
    });
    disk.watch();
    return new SavedLookupStore(dir, disk, changes, new HistoryResponses(dir.fsPath));
  }

  /** `lookups.json`. */
  get file(): vscode.Uri {
    return vscode.Uri.file(this.disk.file);
  }

  /** Whether changes are refused (the file is from a newer version, or too large). */
  get readOnly(): boolean {
    return this.disk.readOnly;
  }

  lookups(): readonly SavedLookup[] {
    return this.disk.lookups();
  }

  /** Newest first. */
  history(): readonly HistoryEntry[] {
    return this.disk.history();
  }

  get(id: string): SavedLookup | undefined {
    return this.disk.get(id);
  }

  getHistory(id: string): HistoryEntry | undefined {
    return this.disk.getHistory(id);
  }

  /** Saves a lookup under a name. Only the request's own keys are kept. */
  save(name: string, request: LookupRequest, folder?: string): Promise<SavedLookup> {
    return this.disk.save(name, request, folder);
  }

  rename(id: string, name: string): Promise<SavedLookup> {
    return this.disk.rename(id, name);
  }

  /** Saves a copy next to the original, named `<name> (copy)`. */
  duplicate(id: string): Promise<SavedLookup> {
    return this.disk.duplicate(id);
  }

  /** Deletes a saved lookup; false when there was none with that id. */
  delete(id: string): Promise<boolean> {
    return this.disk.delete(id);
  }

  /**
   * Adds a run to the history, and keeps its `response` beside it when one is given and fits (RESPONSE_MAX_BYTES);
   * the entry says whether it was kept. Undefined without writing when the store is read-only. Rejects when the
   * change could not be made (another window held the lock too long), so the caller can say so. A response that
   * could not be written leaves the entry in place: the click on it then offers to run it again.
   */
  recordHistory(entry: NewHistoryEntry, response?: Omit<StoredResponse, 'at'>): Promise<HistoryEntry | undefined> {
    const recording = this.record(entry, response);
    // The entry is on disk (and in the tree) before its response is: a click in between waits for the response.
    this.recording.add(recording);
    void recording.finally(() => this.recording.delete(recording)).catch(() => undefined);
    return recording;
  }

  /** Deletes one history entry and the response kept for it; false when there was none with that id. */
  async deleteHistory(id: string): Promise<boolean> {
    const deleted = await this.disk.deleteHistory(id);
    if (deleted) await this.responses.prune(this.disk.history().map((h) => h.id)).catch(() => undefined);
    return deleted;
  }

  private async record(entry: NewHistoryEntry, response?: Omit<StoredResponse, 'at'>): Promise<HistoryEntry | undefined> {
    const keep = response !== undefined && fitsOneResponse(utf8Length(serializeStoredResponse({ ...response, at: new Date(0).toISOString() })));
    const recorded = await this.disk.recordHistory({ ...entry, stored: keep });
    if (recorded === undefined || !keep || response === undefined) return recorded;
    await this.responses.keep(recorded.id, { ...response, at: recorded.at });
    // Entries cut from the history (and past the total cap, the oldest) lose their responses.
    await this.responses.prune(this.disk.history().map((h) => h.id)).catch(() => undefined);
    return recorded;
  }

  /** The response kept for a history entry; undefined when none was (or it was evicted or cleared since). */
  async storedResponse(historyId: string): Promise<StoredResponse | undefined> {
    await Promise.allSettled([...this.recording]);
    return this.responses.read(historyId);
  }

  /** Empties the history and deletes the responses kept for it; resolves how many entries it held. */
  async clearHistory(): Promise<number> {
    const count = await this.disk.clearHistory();
    await this.responses.clear();
    return count;
  }

  /** Writes every saved lookup (no history) to `uri` in the export format. */
  async exportTo(uri: vscode.Uri): Promise<number> {
    const lookups = await this.disk.freshLookups();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(serializeExport(lookups)));
    return lookups.length;
  }

  /** Adds the lookups of an export file; nothing saved is replaced, and an import past the cap is refused whole. */
  async importFrom(uri: vscode.Uri): Promise<ImportResult> {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > IMPORT_FILE_MAX_BYTES) {
      throw new Error(vscode.l10n.t('{0} is too large to be an export of saved lookups ({1} MB).', uri.fsPath || uri.toString(), Math.ceil(stat.size / 1048576)));
    }
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    return this.disk.importText(text);
  }
}
