// The store on disk in plain Node: the cross-process lock (stale takeover, bounded wait), the caps, and recovery from
// a damaged or oversized file. Several processes at once are in storeConcurrency.test.ts.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LookupRequest } from '../../../src/core/request/lookupRequest';
import { lookupRecord, serializeStore, type SavedLookup } from '../../../src/core/savedLookups/model';
import { serializeExport } from '../../../src/core/savedLookups/exchange';
import { SAVED_LOOKUPS_LIMIT, STORE_FILE_MAX_BYTES } from '../../../src/core/savedLookups/limits';
import { LockTimeoutError, withFileLock } from '../../../src/storage/fileLock';
import type { LockOptions } from '../../../src/storage/fileLock';
import { LOCK_FILE_NAME, SavedLookupsFile, STORE_FILE_NAME, StoreBusyError } from '../../../src/storage/savedLookupsFile';

const JACK: LookupRequest = { endpoint: 'userById', id: '2244994945' };
const T0 = '2025-03-01T10:00:00.000Z';

interface Note {
  readonly message: string;
  readonly backup?: string;
}

/** A temp folder per test and the stores opened in it. */
class Fixture {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-storage-'));
  readonly dir = path.join(this.root, 'globalStorage');
  readonly notes: Note[] = [];
  private readonly opened: SavedLookupsFile[] = [];
  private readonly children: ChildProcess[] = [];
  private ids = 0;

  get file(): string {
    return path.join(this.dir, STORE_FILE_NAME);
  }

  get lockFile(): string {
    return path.join(this.dir, LOCK_FILE_NAME);
  }

  async open(lock?: Partial<LockOptions>): Promise<SavedLookupsFile> {
    const store = await SavedLookupsFile.open(this.dir, {
      notify: (message, backup) => this.notes.push({ message, backup }),
      newId: () => `id-${++this.ids}`,
      now: () => new Date(),
      ...(lock ? { lock } : {}),
    });
    this.opened.push(store);
    return store;
  }

  write(name: string, text: string): void {
    fs.mkdirSync(this.dir, { recursive: true });
    fs.writeFileSync(path.join(this.dir, name), text);
  }

  /** A lock file as another process leaves it, with its mtime `ageMs` in the past. */
  writeLock(pid: number, ageMs = 0, host = os.hostname()): string {
    const text = JSON.stringify({ pid, host, at: Date.now() - ageMs, token: 'theirs' });
    this.write(LOCK_FILE_NAME, text);
    const then = new Date(Date.now() - ageMs);
    fs.utimesSync(this.lockFile, then, then);
    return text;
  }

  /** A process that stays alive until the fixture ends. */
  async liveProcess(): Promise<number> {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    this.children.push(child);
    await new Promise((resolve) => child.once('spawn', resolve));
    return child.pid!;
  }

  /** The pid of a process that has exited. */
  async deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('exit', resolve));
    return child.pid!;
  }

  files(): string[] {
    return fs.readdirSync(this.dir).sort();
  }

  dispose(): void {
    for (const store of this.opened.splice(0)) store.close();
    for (const child of this.children.splice(0)) child.kill();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

function lookups(count: number, prefix = 'x'): SavedLookup[] {
  return Array.from({ length: count }, (_, i) => lookupRecord(`${prefix}${i}`, `Lookup ${i}`, undefined, { endpoint: 'userById', id: String(i + 1) }, T0, T0));
}

describe('saved lookups on disk: the cross-process lock', () => {
  let fx: Fixture;
  beforeEach(() => {
    fx = new Fixture();
  });
  afterEach(() => fx.dispose());

  it('holds the lock only while a change is written', async () => {
    const store = await fx.open();
    await store.save('Jack', JACK);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME], 'the lock is gone once the save resolved');
    await assert.rejects(store.rename('missing', 'x'), /no saved lookup with id missing/);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME], 'released when the change throws too');
  });

  it('takes the lock again after the storage folder was removed', async () => {
    const store = await fx.open();
    await store.save('Jack', JACK);
    fs.rmSync(fx.dir, { recursive: true, force: true });
    await store.save('Devs', { endpoint: 'usersByUsernames', usernames: ['XDevelopers'] });
    assert.deepEqual(store.lookups().map((l) => l.name), ['Devs'], 'the removed file held nothing any more');
    assert.deepEqual(fx.files(), [STORE_FILE_NAME]);
  });

  it('takes over a lock left by a process that died, at once', async () => {
    fx.writeLock(await fx.deadPid());
    const store = await fx.open({ timeoutMs: 5000, staleMs: 60_000 });
    const started = Date.now();
    await store.save('Jack', JACK);
    assert.ok(Date.now() - started < 2000, 'no waiting for the age bound');
    assert.deepEqual(store.lookups().map((l) => l.name), ['Jack']);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME], 'the stale lock and its moved-aside copy are gone');
  });

  it('takes over a lock nobody refreshed for longer than staleMs, even of a live process', async () => {
    fx.writeLock(await fx.liveProcess(), 5000);
    const store = await fx.open({ timeoutMs: 3000, staleMs: 1000 });
    await store.save('Jack', JACK);
    assert.equal(store.lookups().length, 1);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME]);
  });

  it('judges a lock of another host by its age only', async () => {
    // Its pid means nothing here, whether or not a process of that number runs on this machine.
    fx.writeLock(await fx.deadPid(), 0, 'some-other-host');
    const store = await fx.open({ timeoutMs: 300, staleMs: 60_000 });
    await assert.rejects(store.save('Jack', JACK), StoreBusyError);
    fx.writeLock(await fx.deadPid(), 120_000, 'some-other-host');
    await store.save('Jack', JACK);
    assert.equal(store.lookups().length, 1);
  });

  it('fails a change with a clear error when a live process keeps the lock, and writes nothing', async () => {
    const pid = await fx.liveProcess();
    const store = await fx.open({ timeoutMs: 300, staleMs: 60_000 });
    await store.save('Before', JACK);
    const before = fs.readFileSync(fx.file, 'utf8');
    const theirs = fx.writeLock(pid);
    const started = Date.now();
    await assert.rejects(store.save('Jack', JACK), (error: unknown) => {
      assert.ok(error instanceof StoreBusyError);
      assert.match(error.message, new RegExp(`^Saved lookups are busy: another window \\(process ${pid}\\) kept lookups\\.json\\.lock locked for \\d+(\\.\\d)? s\\. Nothing was changed; try again\\.$`));
      return true;
    });
    const waited = Date.now() - started;
    assert.ok(waited >= 300 && waited < 3000, `waited ${waited} ms, about the bound`);
    // History is not silently skipped either: the caller gets the error to show.
    await assert.rejects(store.recordHistory({ request: JACK, ok: true, summary: '200' }), StoreBusyError);
    await assert.rejects(store.clearHistory(), StoreBusyError);
    assert.equal(fs.readFileSync(fx.file, 'utf8'), before, 'the store file is unchanged');
    assert.equal(fs.readFileSync(fx.lockFile, 'utf8'), theirs, 'their lock is left alone');
    assert.deepEqual(store.lookups().map((l) => l.name), ['Before']);

    fs.rmSync(fx.lockFile);
    await store.save('After', JACK);
    assert.deepEqual(store.lookups().map((l) => l.name), ['Before', 'After'], 'works again once released');
  });

  it('waits for a lock held briefly and then released', async () => {
    fs.mkdirSync(fx.dir, { recursive: true });
    const lockPath = path.join(fx.dir, LOCK_FILE_NAME);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = withFileLock(lockPath, async () => {
      order.push('first in');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('first out');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = withFileLock(lockPath, async () => void order.push('second'), { timeoutMs: 5000, staleMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(order, ['first in'], 'the second waits');
    release();
    await Promise.all([first, second]);
    assert.deepEqual(order, ['first in', 'first out', 'second']);
    assert.equal(fs.existsSync(lockPath), false);
  });

  it('refreshes a lock while it is held, so a long change is not taken over', async () => {
    fs.mkdirSync(fx.dir, { recursive: true });
    const lockPath = path.join(fx.dir, LOCK_FILE_NAME);
    const options = { timeoutMs: 200, staleMs: 200 };
    let release: () => void = () => undefined;
    const long = withFileLock(lockPath, () => new Promise<void>((resolve) => (release = resolve)), options);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Older than staleMs by the time it gives up, but refreshed meanwhile: still held, so this one times out.
    await assert.rejects(withFileLock(lockPath, async () => undefined, { timeoutMs: 600, staleMs: 200 }), (error: unknown) => {
      assert.ok(error instanceof LockTimeoutError);
      assert.equal(error.owner?.pid, process.pid);
      return true;
    });
    release();
    await long;
    assert.equal(fs.existsSync(lockPath), false);
  });

  it('does not remove a lock that is no longer its own', async () => {
    fs.mkdirSync(fx.dir, { recursive: true });
    const lockPath = path.join(fx.dir, LOCK_FILE_NAME);
    await withFileLock(lockPath, async () => {
      // Taken over meanwhile (this holder looked dead): the new holder's lock must survive our release.
      fs.writeFileSync(lockPath, JSON.stringify({ pid: 1, host: os.hostname(), at: Date.now(), token: 'new holder' }));
    });
    assert.match(fs.readFileSync(lockPath, 'utf8'), /new holder/);
  });
});

describe('saved lookups on disk: caps', () => {
  let fx: Fixture;
  beforeEach(() => {
    fx = new Fixture();
  });
  afterEach(() => fx.dispose());

  it('refuses an import past the cap as a whole, naming the numbers, with nothing written', async () => {
    const store = await fx.open();
    for (let i = 0; i < 12; i++) await store.save(`Mine ${i}`, { endpoint: 'userById', id: String(100 + i) });
    const before = fs.readFileSync(fx.file, 'utf8');
    const text = serializeExport(lookups(100_000, 'imp'));
    await assert.rejects(store.importText(text), {
      message: `Nothing was imported: the file has 100000 lookups and the store holds at most ${SAVED_LOOKUPS_LIMIT} (you have 12).`,
    });
    assert.equal(fs.readFileSync(fx.file, 'utf8'), before, 'not a byte changed');
    assert.equal(store.lookups().length, 12);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME]);

    // One over is refused too; exactly up to the cap is fine.
    await assert.rejects(store.importText(serializeExport(lookups(SAVED_LOOKUPS_LIMIT - 11, 'imp'))), /has 4989 lookups .* at most 5000 \(you have 12\)/);
    const result = await store.importText(serializeExport(lookups(SAVED_LOOKUPS_LIMIT - 12, 'imp')));
    assert.equal(result.added, SAVED_LOOKUPS_LIMIT - 12);
    assert.equal(store.lookups().length, SAVED_LOOKUPS_LIMIT);
  });

  it('counts only what an import adds: lookups already saved do not use room', async () => {
    fx.write(STORE_FILE_NAME, serializeStore({ schemaVersion: 1, lookups: lookups(SAVED_LOOKUPS_LIMIT), history: [] }));
    const store = await fx.open();
    const again = await store.importText(serializeExport(lookups(10)));
    assert.deepEqual(again, { added: 0, skipped: 10, renamed: 0, warnings: [] });
  });

  it('refuses a save or a duplicate in a full store and keeps a file that is already over the cap', async () => {
    // A file edited by hand past the cap is read whole, never cut: cutting would lose lookups at the next write.
    fx.write(STORE_FILE_NAME, serializeStore({ schemaVersion: 1, lookups: lookups(SAVED_LOOKUPS_LIMIT + 1), history: [] }));
    const store = await fx.open();
    assert.equal(store.lookups().length, SAVED_LOOKUPS_LIMIT + 1);
    const message = `The store holds at most ${SAVED_LOOKUPS_LIMIT} saved lookups (you have ${SAVED_LOOKUPS_LIMIT + 1}); delete some before saving more.`;
    await assert.rejects(store.save('One more', JACK), { message });
    await assert.rejects(store.duplicate('x0'), { message });
    assert.equal(await store.delete('x0'), true);
    assert.equal(await store.delete('x1'), true);
    await store.save('One more', JACK);
    assert.equal(store.lookups().length, SAVED_LOOKUPS_LIMIT);
  });

  it('leaves a file larger than STORE_FILE_MAX_BYTES unread and unchanged, and refuses changes', async () => {
    fs.mkdirSync(fx.dir, { recursive: true });
    fs.writeFileSync(fx.file, Buffer.alloc(STORE_FILE_MAX_BYTES + 1, 0x20));
    const store = await fx.open();
    assert.equal(store.readOnly, true);
    assert.deepEqual(fx.notes.map((n) => n.message), ['Saved lookups are read-only: lookups.json is 33 MB, more than the 32 MB this version reads. The file was left unchanged.']);
    await assert.rejects(store.save('Jack', JACK), /read-only/);
    assert.equal(await store.recordHistory({ request: JACK, ok: true, summary: '200' }), undefined);
    assert.equal(fs.statSync(fx.file).size, STORE_FILE_MAX_BYTES + 1);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME], 'no backup, no lock, no temp file');
    assert.equal(fx.notes.length, 1, 'told once');
  });
});

describe('saved lookups on disk: recovery', () => {
  let fx: Fixture;
  beforeEach(() => {
    fx = new Fixture();
  });
  afterEach(() => fx.dispose());

  it('keeps a corrupt file as a backup, says so, and saves on', async () => {
    const broken = '{"schemaVersion": 1, "lookups": [{"id": "a", "name": "Half';
    fx.write(STORE_FILE_NAME, broken);
    const store = await fx.open();
    assert.equal(store.lookups().length, 0);
    assert.equal(fx.notes.length, 1);
    const [note] = fx.notes;
    assert.match(note.message, /^The saved lookups file could not be read \(.*not valid JSON.*\)\. It was kept as lookups\.corrupt-.+\.json\.$/);
    assert.ok(note.backup);
    assert.equal(fs.readFileSync(note.backup, 'utf8'), broken);
    assert.deepEqual(fx.files(), [path.basename(note.backup)], 'set aside, no lock left');

    await store.save('Jack', JACK);
    assert.equal(fs.readFileSync(note.backup, 'utf8'), broken, 'the backup survives later writes');
    assert.deepEqual(fx.files(), [path.basename(note.backup), STORE_FILE_NAME].sort());
  });

  it('puts back what it knew when the file turns corrupt under it, inside the change that found it', async () => {
    const store = await fx.open();
    const saved = await store.save('Jack', JACK);
    fs.writeFileSync(fx.file, 'not json at all');
    const devs = await store.save('Devs', { endpoint: 'usersByUsernames', usernames: ['XDevelopers'] });
    assert.equal(fx.notes.length, 1);
    assert.equal(fs.readFileSync(fx.notes[0].backup!, 'utf8'), 'not json at all');
    const reread = await fx.open();
    assert.deepEqual(reread.lookups().map((l) => l.id), [saved.id, devs.id]);
    assert.equal(fx.files().length, 2, 'the store and the backup; no lock');
  });

  it('leaves a file from a newer version untouched', async () => {
    const newer = JSON.stringify({ schemaVersion: 2, lookups: [] });
    fx.write(STORE_FILE_NAME, newer);
    const store = await fx.open();
    assert.equal(store.readOnly, true);
    await assert.rejects(store.save('Jack', JACK), /newer version of X API Explorer/);
    assert.equal(fs.readFileSync(fx.file, 'utf8'), newer);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME]);
  });
});

describe('saved lookups on disk: one history entry', () => {
  let fx: Fixture;
  beforeEach(() => {
    fx = new Fixture();
  });
  afterEach(() => fx.dispose());

  it('deletes one entry from the file, keeps the others in order, and says false for an id it does not hold', async () => {
    const store = await fx.open();
    const first = await store.recordHistory({ request: JACK, ok: true, summary: '200 · 1 user' });
    const second = await store.recordHistory({ request: { endpoint: 'userByUsername', username: 'jack' }, ok: false, status: 404, summary: 'not found' });
    const third = await store.recordHistory({ request: { endpoint: 'me' }, ok: true, summary: '200' });
    assert.ok(first && second && third);
    assert.equal(await store.deleteHistory(second.id), true);
    assert.deepEqual(store.history().map((entry) => entry.id), [third.id, first.id]);
    assert.equal(await store.deleteHistory(second.id), false);
    // On disk, as another window reads it.
    const onDisk = JSON.parse(fs.readFileSync(fx.file, 'utf8')) as { history: { id: string }[] };
    assert.deepEqual(onDisk.history.map((entry) => entry.id), [third.id, first.id]);
    const other = await fx.open();
    assert.deepEqual(other.history().map((entry) => entry.id), [third.id, first.id]);
  });
});
