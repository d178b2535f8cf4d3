/**
 * A lock file shared by processes (several VS Code windows, each with its own extension host): whoever creates it
 * with O_EXCL (`open(path, 'wx')`) holds it, and removes it when done. It holds the owner's pid, host and a token,
 * so a lock left by a process that died can be taken over at once, and its mtime is refreshed while held, so one
 * nobody refreshed for `staleMs` (a crash on another host, a recycled pid) is taken over too. Waiting is bounded:
 * past `timeoutMs` the caller gets a LockTimeoutError, never a silent skip.
 *
 * A takeover moves the stale file aside with rename (atomic, so only one waiter wins) and checks that what it moved
 * is the lock it judged stale; if another waiter had already replaced it, the fresh lock is put back.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { delay } from './atomicFile';

/** How long to wait for a lock, and when an unrefreshed one counts as abandoned. */
export interface LockOptions {
  /** Give up waiting after this long. */
  readonly timeoutMs: number;
  /** A lock whose file was not refreshed for this long is abandoned, whoever holds it. */
  readonly staleMs: number;
}

/**
 * Store changes hold the lock for a read, a parse and one fsynced write: milliseconds, a few hundred on a loaded disk.
 * Ten seconds of waiting covers a queue of windows; a holder refreshes its lock every staleMs / 4.
 */
export const DEFAULT_LOCK_OPTIONS: LockOptions = { timeoutMs: 10_000, staleMs: 10_000 };

/** Backoff between attempts: doubles from the first to the last, with jitter so waiters do not move in step. */
const FIRST_WAIT_MS = 2;
const LONGEST_WAIT_MS = 100;

/** What a lock file says about its owner. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** When it was taken, ms since the epoch. */
  readonly at: number;
  readonly token: string;
}

/** The lock could not be taken in time; nothing was done. */
export class LockTimeoutError extends Error {
  constructor(
    readonly lockPath: string,
    readonly waitedMs: number,
    /** Who held it last, when the file could be read. */
    readonly owner: LockOwner | undefined,
  ) {
    super(`Timed out after ${waitedMs} ms waiting for ${lockPath}${owner ? ` (held by pid ${owner.pid} on ${owner.host})` : ''}`);
    this.name = 'LockTimeoutError';
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Runs `job` while holding the lock at `lockPath`, and releases it however the job ends. */
export async function withFileLock<T>(lockPath: string, job: () => Promise<T>, options: LockOptions = DEFAULT_LOCK_OPTIONS): Promise<T> {
  const held = await acquire(lockPath, options);
  try {
    return await job();
  } finally {
    await held.release();
  }
}

interface HeldLock {
  release(): Promise<void>;
}

async function acquire(lockPath: string, options: LockOptions): Promise<HeldLock> {
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), at: Date.now(), token: randomBytes(12).toString('hex') };
  const text = JSON.stringify(owner);
  const started = Date.now();
  let wait = FIRST_WAIT_MS;
  for (;;) {
    if (await tryCreate(lockPath, text)) return hold(lockPath, owner.token, options);
    const seen = await readLock(lockPath);
    // Released between our attempt and the read: try again at once.
    if (seen === undefined) continue;
    if (isStale(seen, options) && (await takeOver(lockPath, seen))) continue;
    const waited = Date.now() - started;
    if (waited >= options.timeoutMs) throw new LockTimeoutError(lockPath, waited, seen.owner);
    await delay(Math.min(wait * (0.5 + Math.random()), options.timeoutMs - waited));
    wait = Math.min(wait * 2, LONGEST_WAIT_MS);
  }
}

/** True when the lock file was created here; false when it exists. */
async function tryCreate(lockPath: string, text: string): Promise<boolean> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(lockPath, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (errorCode(error) !== 'ENOENT') throw error;
    // The folder is gone (storage cleared while the window was open): make it, then try once more.
    await fsp.mkdir(path.dirname(lockPath), { recursive: true });
    return tryCreate(lockPath, text);
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.close();
    return true;
  } catch (error) {
    // A lock we could not write would look abandoned only after staleMs; remove it now.
    await handle.close().catch(() => undefined);
    await fsp.rm(lockPath, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Refreshes the lock's mtime while held, so a long hold is not mistaken for an abandoned lock. */
function hold(lockPath: string, token: string, options: LockOptions): HeldLock {
  const refresh = setInterval(() => {
    const now = new Date();
    void fsp.utimes(lockPath, now, now).catch(() => undefined);
  }, Math.max(10, Math.floor(options.staleMs / 4)));
  refresh.unref();
  return {
    release: async () => {
      clearInterval(refresh);
      // Only our own lock is removed: if it was taken over (we looked dead or stale), the new one stays.
      const current = await readLock(lockPath);
      if (current?.owner?.token === token) await fsp.rm(lockPath, { force: true });
    },
  };
}

/** A lock file as read: its text, its owner when the text parses (it is empty for a moment after creation), its mtime. */
interface SeenLock {
  readonly text: string;
  readonly owner: LockOwner | undefined;
  readonly mtimeMs: number;
}

async function readLock(lockPath: string): Promise<SeenLock | undefined> {
  try {
    const [text, stat] = await Promise.all([fsp.readFile(lockPath, 'utf8'), fsp.stat(lockPath)]);
    return { text, owner: parseOwner(text), mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const raw = JSON.parse(text) as Partial<LockOwner>;
    if (typeof raw.pid === 'number' && typeof raw.host === 'string' && typeof raw.at === 'number' && typeof raw.token === 'string') {
      return { pid: raw.pid, host: raw.host, at: raw.at, token: raw.token };
    }
  } catch {
    // Empty or half-written: judged by its age alone.
  }
  return undefined;
}

function isStale(seen: SeenLock, options: LockOptions): boolean {
  if (Date.now() - seen.mtimeMs > options.staleMs) return true;
  const owner = seen.owner;
  // A pid means something only on its own host; elsewhere the age decides.
  return owner !== undefined && owner.host === os.hostname() && owner.pid !== process.pid && !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return errorCode(error) === 'EPERM';
  }
}

/** Removes the stale lock `seen`; true when it is gone (by us or someone else), false when a fresh one is there. */
async function takeOver(lockPath: string, seen: SeenLock): Promise<boolean> {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fsp.rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true;
    throw error;
  }
  const moved = await readLock(aside);
  if (moved !== undefined && (moved.text !== seen.text || moved.mtimeMs !== seen.mtimeMs)) {
    // Another waiter took over first and this is its fresh lock: put it back (unless yet another exists).
    await fsp.link(aside, lockPath).catch(() => undefined);
    await fsp.rm(aside, { force: true });
    return false;
  }
  await fsp.rm(aside, { force: true });
  return true;
}
