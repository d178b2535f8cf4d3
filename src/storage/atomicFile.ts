/**
 * The file mechanics under the saved-lookups store: one queue that runs jobs one after another, reading the file,
 * atomic writes (temp file in the same folder, fsync, rename over), setting an unreadable file aside under a name no
 * other file has, and watching the folder for other windows' writes. Paths in, paths out: what the file holds and what
 * the user is told stay with the store (savedLookupsFile.ts).
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs jobs one at a time in the order they were queued, so two operations on the file never interleave. */
export class JobQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `job` after every job queued before it, whether those succeeded or not. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const run = this.tail.then(job, job);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** A file larger than the reader accepts; nothing of it was read. */
export class FileTooLargeError extends Error {
  constructor(readonly file: string, readonly bytes: number, readonly maxBytes: number) {
    super(`${file} has ${bytes} bytes, more than the ${maxBytes} read`);
    this.name = 'FileTooLargeError';
  }
}

/** The file's text; undefined when there is no file. Throws FileTooLargeError past `maxBytes`, before reading. */
export async function readTextFile(file: string, maxBytes = Infinity): Promise<string | undefined> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    // Sized on the open handle: what is read is the file that was measured, even if it is renamed over meanwhile.
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FileTooLargeError(file, size, maxBytes);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * A name for a backup that does not exist yet: `lookups.corrupt-2025-01-31T10-20-30-000Z.json` (`stem` is the store's
 * file name without `.json`).
 */
async function freeBackupPath(dir: string, now: Date, stem: string): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n++) {
    const candidate = path.join(dir, `${stem}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}.json`);
    try {
      await fsp.access(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Writes `text` to a new backup in `dir`; resolves its path, or undefined when it could not be written. */
export async function copyToBackup(dir: string, text: string, now: Date, stem = 'lookups'): Promise<string | undefined> {
  try {
    const target = await freeBackupPath(dir, now, stem);
    await fsp.writeFile(target, text, { encoding: 'utf8', flag: 'wx' });
    return target;
  } catch {
    return undefined;
  }
}

/** Renames `file` to a new backup in `dir`; resolves its path, or undefined when the file was already gone. */
export async function moveToBackup(dir: string, file: string, now: Date, stem = 'lookups'): Promise<string | undefined> {
  try {
    const target = await freeBackupPath(dir, now, stem);
    await fsp.rename(file, target);
    return target;
  } catch (error) {
    // Another window set it aside first; the next event shows the file gone.
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Temp file in the same folder, flushed to disk, renamed over the real one: readers see old or new, never half.
 * `target` is a file directly in `dir`.
 */
export async function writeAtomically(dir: string, target: string, text: string): Promise<void> {
  const temp = path.join(dir, `${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  await fsp.mkdir(dir, { recursive: true });
  const handle = await fsp.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Windows refuses to rename over a file another process has open for a moment; a short retry rides that out. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= 4 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw error;
      await delay(20 * (attempt + 1));
    }
  }
}

/** Makes the rename itself durable (POSIX). Windows cannot open a folder for syncing, and does not need to. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data itself is already flushed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A running watch; closing it twice is harmless. */
export interface FolderWatch {
  close(): void;
}

/**
 * Calls `changed` whenever `fileName` in `dir` may have changed. Undefined when this file system cannot be watched:
 * other windows' changes then show after this window's next change.
 */
export function watchFile(dir: string, fileName: string, changed: () => void): FolderWatch | undefined {
  let watcher: fs.FSWatcher | undefined;
  try {
    watcher = fs.watch(dir, { persistent: false }, (_event, filename) => {
      // Temp files and backups come and go in the same folder; only the store itself matters.
      if (filename !== null && filename.toString() !== fileName) return;
      changed();
    });
    watcher.on('error', () => {
      // The folder went away (storage cleared); changes made here still write it again.
      watcher?.close();
      watcher = undefined;
    });
  } catch {
    return undefined;
  }
  return {
    close: () => {
      watcher?.close();
      watcher = undefined;
    },
  };
}
