/**
 * Saved lookups and history on disk: `lookups.json` in a folder shared by every window (the extension's global
 * storage), with no editor dependency, so the same code runs in the extension host, in plain Node and in the tests
 * that fork several processes at it. The editor-facing adapter is src/host/savedLookupStore.ts.
 *
 * Every change is a read-modify-write under a lock shared by all processes (`lookups.json.lock`, fileLock.ts): take
 * the lock, re-read the file, apply the change to what it holds now, write atomically (temp file in the same folder,
 * fsync, rename over; storeFile.ts), release. So two windows saving at once both land, and a crash leaves either the
 * old file or the new one. Within one process the changes also go through one queue. A change that cannot get the
 * lock in time fails with a message saying nothing was changed; none is dropped silently.
 *
 * A file that cannot be read is set aside as `lookups.corrupt-<time>.json`, never deleted; a file from a newer
 * version of the extension, or larger than STORE_FILE_MAX_BYTES, is left untouched and the store becomes read-only.
 * The store holds at most SAVED_LOOKUPS_LIMIT lookups and HISTORY_LIMIT history entries (savedLookupsLimits.ts).
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { LookupRequest } from '../core/request/lookupRequest';
import {
  addHistory,
  emptyStore,
  historyRecord,
  lookupRecord,
  parseStoreText,
  removeHistory,
  sanitizeRequest,
  serializeStore,
  type HistoryEntry,
  type NewHistoryEntry,
  type SavedLookup,
  type StoreData,
} from '../core/savedLookups/model';
import { suffixedName, validateName } from '../core/savedLookups/name';
import { mergeImport, parseExportText } from '../core/savedLookups/exchange';
import { lookupCapacityProblem, STORE_FILE_MAX_BYTES } from '../core/savedLookups/limits';
import { DEFAULT_LOCK_OPTIONS, LockTimeoutError, withFileLock } from './fileLock';
import type { LockOptions } from './fileLock';
import { copyToBackup, delay, FileTooLargeError, JobQueue, moveToBackup, readTextFile, watchFile, writeAtomically } from './atomicFile';
import type { FolderWatch } from './atomicFile';

/** The file name inside the storage folder. */
export const STORE_FILE_NAME = 'lookups.json';
/** The lock every process takes to change the store; it exists only while a change is being written. */
export const LOCK_FILE_NAME = `${STORE_FILE_NAME}.lock`;

/** Events of one rename arrive in a burst; one reload covers them. */
const WATCH_DEBOUNCE_MS = 50;
/** How long an unreadable file is given to settle (another program still writing it) before it is set aside. */
const SETTLE_MS = 100;

/** Formats a user-facing message with `{0}`-style placeholders: `vscode.l10n.t` in the editor. */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** Fills `{0}`, `{1}`, ... in: what messages read like outside the editor. */
export const plainTranslate: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));

/** What the store needs from outside: a way to tell the user, ids, the clock, and the message formatter. */
export interface SavedLookupsFileDeps {
  /** Tells the user something went wrong with the file; `backup` is the path where the unreadable file was kept. */
  notify(message: string, backup?: string): void;
  newId(): string;
  now(): Date;
  /** Fires after the lookups or the history changed, here or in another window. */
  changed?(): void;
  /** Defaults to plainTranslate. */
  translate?: Translate;
  /** Defaults to DEFAULT_LOCK_OPTIONS; tests shorten them. */
  lock?: Partial<LockOptions>;
}

/** The lock stayed taken by another process for longer than the wait allows; nothing was changed. */
export class StoreBusyError extends Error {
  constructor(message: string, readonly lockError: LockTimeoutError) {
    super(message);
    this.name = 'StoreBusyError';
  }
}

/** What an import did. */
export interface ImportResult {
  readonly added: number;
  readonly skipped: number;
  /** Added under a new id because a different lookup had theirs. */
  readonly renamed: number;
  /** One per entry of the file that was dropped. */
  readonly warnings: readonly string[];
}

export class SavedLookupsFile {
  private data: StoreData = emptyStore();
  /** The file's text as last read or written here; what lets a watch event caused by our own write be ignored. */
  private knownText: string | undefined;
  /** Set when the file is from a newer version: why writes are refused. */
  private readOnlyReason: string | undefined;
  private readonly queue = new JobQueue();
  private watcher: FolderWatch | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Whether the job running in the queue holds the lock (so a sync inside a change does not take it again). */
  private lockHeld = false;
  private readonly t: Translate;
  private readonly lockOptions: LockOptions;

  private constructor(
    /** The storage folder. */
    readonly dir: string,
    private readonly deps: SavedLookupsFileDeps,
  ) {
    this.t = deps.translate ?? plainTranslate;
    this.lockOptions = { ...DEFAULT_LOCK_OPTIONS, ...deps.lock };
  }

  /**
   * Opens (creating the folder if needed) the store in `dir`. Problems with the file are reported through
   * `deps.notify`. Call watch() to follow other processes' changes as they happen rather than at the next change.
   */
  static async open(dir: string, deps: SavedLookupsFileDeps): Promise<SavedLookupsFile> {
    await fsp.mkdir(dir, { recursive: true });
    const store = new SavedLookupsFile(dir, deps);
    await store.queue.run(() => store.syncFromDisk());
    return store;
  }

  /** The path of `lookups.json`. */
  get file(): string {
    return path.join(this.dir, STORE_FILE_NAME);
  }

  /** The path of the lock file. */
  get lockFile(): string {
    return path.join(this.dir, LOCK_FILE_NAME);
  }

  /** Whether changes are refused (the file is from a newer version, or too large). */
  get readOnly(): boolean {
    return this.readOnlyReason !== undefined;
  }

  lookups(): readonly SavedLookup[] {
    return this.data.lookups;
  }

  /** Newest first. */
  history(): readonly HistoryEntry[] {
    return this.data.history;
  }

  get(id: string): SavedLookup | undefined {
    return this.data.lookups.find((lookup) => lookup.id === id);
  }

  getHistory(id: string): HistoryEntry | undefined {
    return this.data.history.find((entry) => entry.id === id);
  }

  /** Saves a lookup under a name. Only the request's own keys are kept. */
  async save(name: string, request: LookupRequest, folder?: string): Promise<SavedLookup> {
    const checkedName = this.checkName(name, 'name');
    const checkedFolder = folder === undefined || folder.trim() === '' ? undefined : this.checkName(folder, 'folder');
    const checkedRequest = this.checkRequest(request);
    return this.mutate((data) => {
      this.checkRoom(data, 1);
      const at = this.deps.now().toISOString();
      const lookup = lookupRecord(this.freshId(data), checkedName, checkedFolder, checkedRequest, at, at);
      return { data: { ...data, lookups: [...data.lookups, lookup] }, result: lookup };
    });
  }

  async rename(id: string, name: string): Promise<SavedLookup> {
    const checkedName = this.checkName(name, 'name');
    return this.mutate((data) => {
      const old = this.find(data, id);
      const lookup = lookupRecord(id, checkedName, old.folder, old.request, old.createdAt, this.deps.now().toISOString());
      return { data: { ...data, lookups: data.lookups.map((l) => (l.id === id ? lookup : l)) }, result: lookup };
    });
  }

  /** Saves a copy next to the original, named `<name> (copy)`. */
  duplicate(id: string): Promise<SavedLookup> {
    return this.mutate((data) => {
      const old = this.find(data, id);
      this.checkRoom(data, 1);
      const at = this.deps.now().toISOString();
      const copy = lookupRecord(this.freshId(data), suffixedName(old.name, this.t(' (copy)')), old.folder, old.request, at, at);
      const lookups = [...data.lookups];
      lookups.splice(lookups.indexOf(old) + 1, 0, copy);
      return { data: { ...data, lookups }, result: copy };
    });
  }

  /** Deletes a saved lookup; false when there was none with that id. */
  delete(id: string): Promise<boolean> {
    return this.mutate((data) => {
      const lookups = data.lookups.filter((l) => l.id !== id);
      return { data: { ...data, lookups }, result: lookups.length !== data.lookups.length };
    });
  }

  /**
   * Adds a run to the history (newest first, HISTORY_LIMIT kept). Resolves undefined without writing when the store
   * is read-only: the user was told once at open, and a failing history must not fail the lookup itself.
   */
  async recordHistory(entry: NewHistoryEntry): Promise<HistoryEntry | undefined> {
    const request = this.checkRequest(entry.request);
    if (this.readOnly) return undefined;
    try {
      return await this.mutate((data) => {
        const record = historyRecord(this.freshHistoryId(data), request, this.deps.now().toISOString(), entry);
        return { data: { ...data, history: addHistory(data.history, record) }, result: record };
      });
    } catch (error) {
      if (this.readOnly) return undefined;
      throw error;
    }
  }

  /** Deletes one history entry; false when there was none with that id. */
  deleteHistory(id: string): Promise<boolean> {
    return this.mutate((data) => {
      const { history, removed } = removeHistory(data.history, id);
      return { data: { ...data, history }, result: removed };
    });
  }

  /** Empties the history; resolves how many entries it held. */
  clearHistory(): Promise<number> {
    return this.mutate((data) => ({ data: { ...data, history: [] }, result: data.history.length }));
  }

  /** The saved lookups as the file holds them now (what an export writes). */
  freshLookups(): Promise<readonly SavedLookup[]> {
    return this.queue.run(async () => {
      await this.syncFromDisk();
      return this.data.lookups;
    });
  }

  /**
   * Adds the lookups of an export file's text; nothing saved is replaced (see mergeImport). An import that would take
   * the store past SAVED_LOOKUPS_LIMIT is refused as a whole, with nothing written.
   */
  async importText(text: string): Promise<ImportResult> {
    const parsed = parseExportText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return this.mutate((data) => {
      const merged = mergeImport(data.lookups, parsed.data.lookups, {
        newId: () => this.freshId(data),
        now: this.deps.now().toISOString(),
      });
      const problem = lookupCapacityProblem(data.lookups.length, merged.added);
      if (problem) {
        throw new Error(this.t('Nothing was imported: the file has {0} lookups and the store holds at most {1} (you have {2}).',
          parsed.data.lookups.length, problem.limit, problem.current));
      }
      return {
        data: { ...data, lookups: merged.lookups },
        result: { added: merged.added, skipped: merged.skipped, renamed: merged.renamed, warnings: parsed.warnings },
      };
    });
  }

  /** Follows other processes' writes as they happen; without it they show at this store's next change. */
  watch(): void {
    if (this.closed || this.watcher) return;
    this.watcher = watchFile(this.dir, STORE_FILE_NAME, () => this.scheduleReload());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.reloadTimer);
    this.watcher?.close();
    this.watcher = undefined;
  }

  private checkName(name: string, what: 'name' | 'folder'): string {
    const checked = validateName(name, what);
    if (!checked.ok) throw new Error(this.t('Invalid {0}: {1}', what, checked.message));
    return checked.value;
  }

  private checkRequest(request: LookupRequest): LookupRequest {
    const checked = sanitizeRequest(request);
    if (!checked.ok) throw new Error(this.t('The lookup cannot be saved: {0}', checked.message));
    return checked.value;
  }

  /** Refuses a change that would take the store past SAVED_LOOKUPS_LIMIT. */
  private checkRoom(data: StoreData, adding: number): void {
    const problem = lookupCapacityProblem(data.lookups.length, adding);
    if (problem) {
      throw new Error(this.t('The store holds at most {0} saved lookups (you have {1}); delete some before saving more.',
        problem.limit, problem.current));
    }
  }

  private find(data: StoreData, id: string): SavedLookup {
    const found = data.lookups.find((l) => l.id === id);
    if (!found) throw new Error(this.t('There is no saved lookup with id {0}; it may have been deleted in another window.', id));
    return found;
  }

  private freshId(data: StoreData): string {
    let id: string;
    do id = this.deps.newId(); while (data.lookups.some((l) => l.id === id));
    return id;
  }

  private freshHistoryId(data: StoreData): string {
    let id: string;
    do id = this.deps.newId(); while (data.history.some((h) => h.id === id));
    return id;
  }

  /**
   * Applies a change to what the file holds now and writes the result, all under the lock, so no other process
   * writes between the read and the write. A change that throws writes nothing.
   */
  private mutate<T>(change: (data: StoreData) => { readonly data: StoreData; readonly result: T }): Promise<T> {
    return this.queue.run(async () => {
      if (this.closed) throw new Error('The saved lookups store is closed');
      return this.locked(async () => {
        await this.syncFromDisk();
        if (this.readOnlyReason !== undefined) throw new Error(this.readOnlyReason);
        const { data, result } = change(this.data);
        const text = serializeStore(data);
        if (text !== this.knownText) {
          await this.writeStore(text);
          this.knownText = text;
          this.data = data;
          this.fire();
        }
        return result;
      });
    });
  }

  /** Runs `job` holding the cross-process lock (taking it unless this job already holds it). Inside the queue. */
  private async locked<T>(job: () => Promise<T>): Promise<T> {
    if (this.lockHeld) return job();
    try {
      return await withFileLock(this.lockFile, async () => {
        this.lockHeld = true;
        try {
          return await job();
        } finally {
          this.lockHeld = false;
        }
      }, this.lockOptions);
    } catch (error) {
      if (!(error instanceof LockTimeoutError)) throw error;
      const seconds = Math.round(error.waitedMs / 100) / 10;
      throw new StoreBusyError(error.owner === undefined
        ? this.t('Saved lookups are busy: another window kept {0} locked for {1} s. Nothing was changed; try again.', LOCK_FILE_NAME, seconds)
        : this.t('Saved lookups are busy: another window (process {0}) kept {1} locked for {2} s. Nothing was changed; try again.',
          error.owner.pid, LOCK_FILE_NAME, seconds), error);
    }
  }

  /**
   * Brings the in-memory copy up to date with the file, when the file is not what we last read or wrote. Must run
   * inside the queue. Fires `changed` when the content changed. `settle`: give a corrupt file time to become whole.
   */
  private async syncFromDisk(settle = true): Promise<void> {
    try {
      await this.syncFromText(settle);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      // Not read, so not judged either: left exactly as it is, like a file from a newer version.
      const wasReadOnly = this.readOnlyReason !== undefined;
      this.knownText = undefined;
      this.readOnlyReason = this.t('Saved lookups are read-only: {0} is {1} MB, more than the {2} MB this version reads. The file was left unchanged.',
        STORE_FILE_NAME, Math.ceil(error.bytes / 1048576), Math.floor(error.maxBytes / 1048576));
      this.replaceData(emptyStore());
      if (!wasReadOnly) this.deps.notify(this.readOnlyReason);
    }
  }

  private async syncFromText(settle: boolean): Promise<void> {
    let text = await this.readText();
    if (text === this.knownText) return;
    // Something other than this extension may be writing the file in place (an editor saving a hand edit): give a
    // half-written file a moment to become whole before calling it corrupt.
    for (let wait = 0; settle && wait < 3 && text !== undefined && isCorrupt(text); wait++) {
      await delay(SETTLE_MS);
      const later = await this.readText();
      if (later === text) break;
      text = later;
    }
    if (text === this.knownText) return;

    if (text === undefined) {
      // Deleted (by the user, or set aside as corrupt by another window): nothing saved any more.
      this.knownText = undefined;
      this.readOnlyReason = undefined;
      this.replaceData(emptyStore());
      return;
    }

    const parsed = parseStoreText(text);
    if (parsed.ok) {
      this.knownText = text;
      this.readOnlyReason = undefined;
      this.replaceData(parsed.data);
      if (parsed.warnings.length > 0) {
        // The next write would lose the dropped entries for good, so keep a copy of the file as it is.
        const backup = await copyToBackup(this.dir, text, this.deps.now());
        this.deps.notify(this.t(
          'Some saved lookups or history entries could not be read and were left out ({0}). A copy of the file was kept. {1}',
          parsed.warnings.length, parsed.warnings.slice(0, 3).join('; ') + (parsed.warnings.length > 3 ? ' …' : '')), backup);
      }
      return;
    }

    if (parsed.reason === 'newer') {
      const wasReadOnly = this.readOnlyReason !== undefined;
      this.knownText = text;
      this.readOnlyReason = this.t('Saved lookups are read-only: {0}', parsed.error);
      this.replaceData(emptyStore());
      if (!wasReadOnly) this.deps.notify(this.readOnlyReason);
      return;
    }

    // Unreadable: keep it under another name, never delete it, and carry on from what we had (nothing, at open).
    // Setting it aside and writing back is a change: under the lock, after reading again what the file holds then.
    if (!this.lockHeld) {
      try {
        return await this.locked(() => this.syncFromText(false));
      } catch (error) {
        // Left where it is for now; the next change (which takes the lock anyway) deals with it.
        if (error instanceof StoreBusyError) return this.deps.notify(error.message);
        throw error;
      }
    }
    // Another window may have just replaced it with a good file; that one must not be set aside.
    if ((await this.readText()) !== text) return this.syncFromText(false);
    const backup = await moveToBackup(this.dir, this.file, this.deps.now());
    // Another window set it aside first; the next event shows the file gone.
    if (backup === undefined) return;
    this.knownText = undefined;
    this.readOnlyReason = undefined;
    this.deps.notify(this.t('The saved lookups file could not be read ({0}). It was kept as {1}.',
      parsed.error, path.basename(backup)), backup);
    if (this.data.lookups.length > 0 || this.data.history.length > 0) {
      // Put back the last good state this window knows, so other windows do not see everything vanish.
      const restored = serializeStore(this.data);
      await this.writeStore(restored);
      this.knownText = restored;
    }
  }

  private readText(): Promise<string | undefined> {
    return readTextFile(this.file, STORE_FILE_MAX_BYTES);
  }

  private replaceData(data: StoreData): void {
    this.data = data;
    this.fire();
  }

  private fire(): void {
    if (!this.closed) this.deps.changed?.();
  }

  private writeStore(text: string): Promise<void> {
    return writeAtomically(this.dir, this.file, text);
  }

  private scheduleReload(): void {
    if (this.closed) return;
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      void this.queue.run(async () => {
        if (!this.closed) await this.syncFromDisk();
      }).catch(() => undefined);
    }, WATCH_DEBOUNCE_MS);
  }
}

function isCorrupt(text: string): boolean {
  const parsed = parseStoreText(text);
  return !parsed.ok && parsed.reason === 'corrupt';
}
