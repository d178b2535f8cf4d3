/**
 * The responses kept for history entries: one file per entry, `responses/<history id>.json`, in the same storage
 * folder as `lookups.json` (the extension's globalStorageUri), plain Node so it is tested without an editor. Written
 * atomically like the store (atomicFile.ts); each file bounded (RESPONSE_MAX_BYTES) and all of them together
 * (RESPONSES_TOTAL_MAX_BYTES), the oldest entries' going first; files whose history entry is gone are deleted.
 *
 * What is written is core's storedResponseRecord of the result: the document text (the engine already removed the
 * known secrets from what the server said) and the headers through safeHeaders. A file from elsewhere is read as
 * untrusted input, never trusted to be what this code wrote.
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { RESPONSE_MAX_BYTES, RESPONSES_TOTAL_MAX_BYTES } from '../core/savedLookups/limits';
import {
  fitsOneResponse,
  isFileSafeId,
  parseStoredResponse,
  responsesToEvict,
  serializeStoredResponse,
  utf8Length,
  type KeptFile,
  type StoredResponse,
} from '../core/savedLookups/storedResponse';
import { readTextFile, writeAtomically } from './atomicFile';

/** The folder inside the storage folder. */
export const RESPONSES_DIR_NAME = 'responses';

export interface HistoryResponsesOptions {
  readonly maxBytes?: number;
  readonly totalMaxBytes?: number;
  /** A file younger than this is not deleted for lack of a history entry (another window may be about to add it). */
  readonly graceMs?: number;
  readonly now?: () => number;
}

/** Why a response was not kept. */
export type KeepResult = { readonly kept: true; readonly bytes: number } | { readonly kept: false; readonly reason: 'too-large' | 'unsafe-id'; readonly bytes?: number };

export class HistoryResponses {
  /** The `responses` folder. */
  readonly folder: string;
  private readonly maxBytes: number;
  private readonly totalMaxBytes: number;
  private readonly graceMs: number;
  private readonly now: () => number;

  constructor(storageDir: string, options: HistoryResponsesOptions = {}) {
    this.folder = path.join(storageDir, RESPONSES_DIR_NAME);
    this.maxBytes = options.maxBytes ?? RESPONSE_MAX_BYTES;
    this.totalMaxBytes = options.totalMaxBytes ?? RESPONSES_TOTAL_MAX_BYTES;
    this.graceMs = options.graceMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The file of one entry's response. */
  fileOf(id: string): string {
    if (!isFileSafeId(id)) throw new Error(`not a history id that can name a file: ${JSON.stringify(id.slice(0, 40))}`);
    return path.join(this.folder, `${id}.json`);
  }

  /** Keeps the response of history entry `id` (replacing one kept before); a response past the cap is not kept. */
  async keep(id: string, response: StoredResponse): Promise<KeepResult> {
    if (!isFileSafeId(id)) return { kept: false, reason: 'unsafe-id' };
    const text = serializeStoredResponse(response);
    const bytes = utf8Length(text);
    if (!fitsOneResponse(bytes, this.maxBytes)) return { kept: false, reason: 'too-large', bytes };
    await writeAtomically(this.folder, this.fileOf(id), text);
    return { kept: true, bytes };
  }

  /** The response kept for `id`; undefined when there is none (never kept, evicted, cleared) or it does not read. */
  async read(id: string): Promise<StoredResponse | undefined> {
    if (!isFileSafeId(id)) return undefined;
    let text: string | undefined;
    try {
      text = await readTextFile(this.fileOf(id), this.maxBytes);
    } catch {
      return undefined;
    }
    if (text === undefined) return undefined;
    const parsed = parseStoredResponse(text);
    return parsed.ok ? parsed.value : undefined;
  }

  /**
   * Deletes the files of entries no longer in `history` (ids newest first) and, past the total cap, those of the
   * oldest entries. Resolves the ids deleted.
   */
  async prune(history: readonly string[]): Promise<string[]> {
    const files = await this.list();
    const evict = responsesToEvict(files, history, this.now(), { graceMs: this.graceMs, totalMax: this.totalMaxBytes });
    await Promise.all(evict.map((id) => fsp.rm(this.fileOf(id), { force: true })));
    return evict;
  }

  /** Deletes every kept response (Clear History); resolves how many files there were. */
  async clear(): Promise<number> {
    const files = await this.list();
    await Promise.all(files.map((file) => fsp.rm(this.fileOf(file.id), { force: true })));
    // Temp files of a write that was interrupted go too; the folder itself goes when nothing else is in it.
    const left = await fsp.readdir(this.folder).catch(() => [] as string[]);
    await Promise.all(left.filter((name) => name.endsWith('.tmp')).map((name) => fsp.rm(path.join(this.folder, name), { force: true })));
    await fsp.rmdir(this.folder).catch(() => undefined);
    return files.length;
  }

  /** The kept files with their size and age; none when the folder does not exist. */
  async list(): Promise<KeptFile[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.folder);
    } catch {
      return [];
    }
    const found: KeptFile[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      if (!isFileSafeId(id)) continue;
      try {
        const stat = await fsp.stat(path.join(this.folder, name));
        if (stat.isFile()) found.push({ id, bytes: stat.size, modifiedMs: stat.mtimeMs });
      } catch {
        // Deleted meanwhile (another window pruning): not there.
      }
    }
    return found;
  }
}
