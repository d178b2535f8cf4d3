// Runs inside a real VS Code extension host: the store on a real temp folder, its trees and its commands, built here
// rather than through the extension's activation.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LookupRequest } from '../../src/core/request/lookupRequest';
import { prepareLookup } from '../../src/core/request/lookupRequest';
import { STORE_SCHEMA_VERSION, serializeStore } from '../../src/core/savedLookups/model';
import type { ConnectionState, LookupRun, LookupRunner } from '../../src/host/lookup/runner';
import {
  clearHistory,
  deleteHistoryEntry,
  deleteSavedLookup,
  duplicateSavedLookup,
  exportSavedLookups,
  filterHistoryView,
  importSavedLookups,
  openSavedLookupInBuilder,
  renameSavedLookup,
  rerunHistoryEntry,
  runSavedLookup,
  saveHistoryEntry,
  savedLookupCommands,
  type SavedLookupCommandDeps,
} from '../../src/host/savedLookups/commands';
import { STORE_FILE_NAME, SavedLookupStore } from '../../src/host/savedLookups/store';
import { HistoryFilter } from '../../src/host/savedLookups/historyFilter';
import { HistoryTreeProvider, SavedLookupTreeProvider } from '../../src/host/savedLookups/trees';
import { untilTrue } from '../support/polling';

const JACK: LookupRequest = { endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'description', 'public_metrics'] };
const DEVS: LookupRequest = { endpoint: 'usersByUsernames', usernames: ['XDevelopers', 'jack'] };
const SECRET = 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2Xz';

interface Note {
  readonly message: string;
  readonly backup?: vscode.Uri;
}

/** A temp folder per test, and every store opened in it closed afterwards. */
class Fixture {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-store-'));
  readonly notes: Note[] = [];
  private readonly opened: vscode.Disposable[] = [];
  private ids = 0;

  get dir(): vscode.Uri {
    return vscode.Uri.file(path.join(this.root, 'globalStorage'));
  }

  get file(): string {
    return path.join(this.dir.fsPath, STORE_FILE_NAME);
  }

  async open(dir = this.dir): Promise<SavedLookupStore> {
    const store = await SavedLookupStore.open(dir, {
      notify: (message, backup) => this.notes.push({ message, backup }),
      newId: () => `id-${++this.ids}-${Math.random().toString(36).slice(2, 8)}`,
      now: () => new Date(),
    });
    this.opened.push(store);
    return store;
  }

  own<T extends vscode.Disposable>(disposable: T): T {
    this.opened.push(disposable);
    return disposable;
  }

  writeFile(text: string): void {
    fs.mkdirSync(this.dir.fsPath, { recursive: true });
    fs.writeFileSync(this.file, text);
  }

  files(): string[] {
    return fs.readdirSync(this.dir.fsPath).sort();
  }

  dispose(): void {
    for (const d of this.opened.splice(0)) d.dispose();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Resolves on the next event, or fails after `ms`. */
function nextEvent(event: vscode.Event<unknown>, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no event within ${ms} ms`));
    }, ms);
    const listener = event(() => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('saved lookups: store in the extension host', () => {
  let fx: Fixture;
  beforeEach(() => {
    fx = new Fixture();
  });
  afterEach(() => fx.dispose());

  it('creates its folder, saves atomically and reads back in another store', async () => {
    const store = await fx.open();
    assert.equal(fs.existsSync(fx.dir.fsPath), true, 'the storage folder was created');
    assert.equal(fs.existsSync(fx.file), false, 'nothing written before the first change');
    const saved = await store.save('  Jack  ', JACK, 'Team');
    assert.equal(saved.name, 'Jack');
    assert.equal(saved.folder, 'Team');
    assert.deepEqual(saved.request, JACK);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME], 'no temp file left behind');
    const json = JSON.parse(fs.readFileSync(fx.file, 'utf8')) as { schemaVersion: number; lookups: unknown[] };
    assert.equal(json.schemaVersion, STORE_SCHEMA_VERSION);
    assert.equal(json.lookups.length, 1);
    assert.ok(fs.readFileSync(fx.file, 'utf8').endsWith('}\n'));

    const again = await fx.open();
    assert.deepEqual(again.lookups(), store.lookups());
    assert.deepEqual(again.get(saved.id), saved);
    assert.equal(fx.notes.length, 0);
  });

  it('renames, duplicates, deletes and records history', async () => {
    const store = await fx.open();
    const saved = await store.save('Jack', JACK);
    const renamed = await store.rename(saved.id, 'Jack Dorsey');
    assert.equal(renamed.name, 'Jack Dorsey');
    assert.equal(renamed.createdAt, saved.createdAt);
    await assert.rejects(store.rename(saved.id, 'two\nlines'), /control characters/);
    await assert.rejects(store.rename('missing', 'x'), /no saved lookup with id missing/);
    const copy = await store.duplicate(saved.id);
    assert.equal(copy.name, 'Jack Dorsey (copy)');
    assert.notEqual(copy.id, saved.id);
    assert.deepEqual(store.lookups().map((l) => l.id), [saved.id, copy.id]);
    assert.equal(await store.delete(saved.id), true);
    assert.equal(await store.delete(saved.id), false);
    const run = await store.recordHistory({ request: JACK, ok: true, status: 200, durationMs: 120, summary: '200 · 1 user' });
    assert.ok(run);
    assert.deepEqual(store.history().map((h) => h.id), [run.id]);
    assert.equal(await store.clearHistory(), 1);
    const reread = await fx.open();
    assert.deepEqual(reread.lookups().map((l) => l.name), ['Jack Dorsey (copy)']);
    assert.equal(reread.history().length, 0);
  });

  it('keeps a corrupt file as a backup, starts empty and says so', async () => {
    const broken = '{"schemaVersion": 1, "lookups": [{"id": "a", "name": "Half';
    fx.writeFile(broken);
    const store = await fx.open();
    assert.equal(store.lookups().length, 0);
    assert.equal(store.readOnly, false);
    assert.equal(fx.notes.length, 1);
    const [note] = fx.notes;
    assert.match(note.message, /could not be read/);
    assert.ok(note.backup, 'notify got the backup Uri');
    assert.match(path.basename(note.backup.fsPath), /^lookups\.corrupt-.+\.json$/);
    assert.equal(fs.readFileSync(note.backup.fsPath, 'utf8'), broken, 'the backup holds the file as it was');
    assert.equal(fs.existsSync(fx.file), false);

    await store.save('Jack', JACK);
    assert.equal(fs.readFileSync(note.backup.fsPath, 'utf8'), broken, 'the backup survives later writes');
    assert.equal(fx.files().length, 2);
  });

  it('keeps a copy of a file whose invalid entries were dropped', async () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      lookups: [
        { id: 'good', name: 'Good', request: JACK, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' },
        { id: 'bad', name: 'Bad', request: { endpoint: 'userById', id: 2244994945 }, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' },
      ],
      history: [],
    });
    fx.writeFile(text);
    const store = await fx.open();
    assert.deepEqual(store.lookups().map((l) => l.id), ['good']);
    assert.equal(fx.notes.length, 1);
    assert.match(fx.notes[0].message, /lookup #2 "Bad" \(id bad\) was dropped/);
    assert.ok(fx.notes[0].backup);
    assert.equal(fs.readFileSync(fx.notes[0].backup.fsPath, 'utf8'), text);
  });

  it('leaves a file from a newer version untouched and refuses changes', async () => {
    const newer = JSON.stringify({ schemaVersion: 2, lookups: [{ id: 'x', name: 'From the future' }], extra: true }, undefined, 2);
    fx.writeFile(newer);
    const store = await fx.open();
    assert.equal(store.readOnly, true);
    assert.equal(fx.notes.length, 1);
    assert.match(fx.notes[0].message, /schema version 2/);
    assert.equal(fx.notes[0].backup, undefined);
    await assert.rejects(store.save('Jack', JACK), /newer version of X API Explorer/);
    await assert.rejects(store.clearHistory(), /read-only/);
    assert.equal(await store.recordHistory({ request: JACK, ok: true, summary: '200' }), undefined);
    assert.equal(fs.readFileSync(fx.file, 'utf8'), newer, 'not a byte changed');
    assert.deepEqual(fx.files(), [STORE_FILE_NAME], 'no backup, no temp file');
    assert.equal(fx.notes.length, 1, 'told once');
  });

  it('lands every one of many concurrent changes', async () => {
    const store = await fx.open();
    const count = 30;
    const saves = Array.from({ length: count }, (_, i) => store.save(`Lookup ${i}`, { endpoint: 'userById', id: String(1000 + i) }));
    const runs = Array.from({ length: 10 }, (_, i) => store.recordHistory({ request: JACK, ok: i % 2 === 0, summary: `run ${i}` }));
    const results = await Promise.all([...saves, ...runs]);
    assert.equal(results.length, count + 10);
    assert.equal(store.lookups().length, count);
    assert.equal(store.history().length, 10);
    const json = JSON.parse(fs.readFileSync(fx.file, 'utf8')) as { lookups: { id: string; name: string }[]; history: unknown[] };
    assert.equal(json.lookups.length, count);
    assert.equal(new Set(json.lookups.map((l) => l.id)).size, count);
    assert.equal(json.history.length, 10);
    assert.deepEqual(fx.files(), [STORE_FILE_NAME]);
  });

  it('picks up a change written by another window and fires onDidChange', async () => {
    const mine = await fx.open();
    const theirs = await fx.open();
    const changed = nextEvent(mine.onDidChange);
    const saved = await theirs.save('From another window', DEVS);
    await changed;
    assert.deepEqual(mine.get(saved.id), saved);

    // A hand edit (not atomic) is picked up too.
    const edited = nextEvent(mine.onDidChange);
    fs.writeFileSync(fx.file, serializeStore({ schemaVersion: 1, lookups: [{ ...saved, name: 'Edited by hand' }], history: [] }));
    await edited;
    await untilTrue('the hand edit', () => mine.get(saved.id)?.name === 'Edited by hand', 5000);
  });

  it('does not lose another window\'s change when writing right after it', async () => {
    const mine = await fx.open();
    const theirs = await fx.open();
    const a = await theirs.save('Theirs', JACK);
    // No waiting for the watcher: the write itself re-reads the file first.
    const b = await mine.save('Mine', DEVS);
    const json = JSON.parse(fs.readFileSync(fx.file, 'utf8')) as { lookups: { id: string }[] };
    assert.deepEqual(json.lookups.map((l) => l.id), [a.id, b.id]);
  });

  it('ignores the watch events of its own writes', async () => {
    const store = await fx.open();
    let events = 0;
    fx.own(store.onDidChange(() => events++));
    await store.save('Jack', JACK);
    await store.recordHistory({ request: JACK, ok: true, summary: '200' });
    await sleep(400);
    assert.equal(events, 2, 'one event per change, none from the watcher');
  });

  it('writes no secret strings, whatever the caller attached', async () => {
    const store = await fx.open();
    const dirty = { ...JACK, token: SECRET, authorization: `Bearer ${SECRET}`, bearer: SECRET, headers: { Authorization: SECRET } };
    const saved = await store.save('Jack', dirty as LookupRequest);
    assert.deepEqual(saved.request, JACK);
    await store.recordHistory({
      request: dirty as LookupRequest, ok: true, status: 200, summary: '200 · 1 user', bearerToken: SECRET,
    } as unknown as Parameters<SavedLookupStore['recordHistory']>[0]);
    await store.duplicate(saved.id);
    const exported = vscode.Uri.file(path.join(fx.root, 'export.json'));
    await store.exportTo(exported);
    for (const file of [fx.file, exported.fsPath]) {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(!text.includes(SECRET), `${path.basename(file)} holds the secret`);
      assert.doesNotMatch(text, /token|authorization|bearer|headers/i, path.basename(file));
    }
  });

  it('exports and imports through files, skipping what is already there', async () => {
    const store = await fx.open();
    await store.save('Jack', JACK);
    await store.save('Devs', DEVS, 'Team');
    await store.recordHistory({ request: JACK, ok: true, summary: '200' });
    const file = vscode.Uri.file(path.join(fx.root, 'shared.json'));
    assert.equal(await store.exportTo(file), 2);
    const text = fs.readFileSync(file.fsPath, 'utf8');
    assert.match(text, /"kind": "x-api-explorer.savedLookups"/);
    assert.doesNotMatch(text, /history/);

    const other = await fx.open(vscode.Uri.file(path.join(fx.root, 'other')));
    assert.deepEqual(await other.importFrom(file), { added: 2, skipped: 0, renamed: 0, warnings: [] });
    assert.deepEqual(await other.importFrom(file), { added: 0, skipped: 2, renamed: 0, warnings: [] });
    assert.deepEqual(other.lookups(), store.lookups());
    assert.equal(other.history().length, 0);

    fs.writeFileSync(file.fsPath, '{"kind": "something else"}');
    await assert.rejects(other.importFrom(file), /not an X API Explorer export/);
  });
});

/** Records what it was asked to run. */
class FakeRunner implements LookupRunner {
  readonly runs: LookupRequest[] = [];
  private readonly emitter = new vscode.EventEmitter<ConnectionState>();
  readonly onDidChangeState = this.emitter.event;
  readonly onDidRun = new vscode.EventEmitter<LookupRun>().event;
  readonly lastRequest: LookupRequest | undefined = undefined;

  async sandboxUrl(): Promise<string | undefined> {
    return undefined;
  }

  state(): ConnectionState {
    return { sandbox: true, restricted: false, auth: 'oauth1', baseUrl: 'http://127.0.0.1:1', vocabulary: '2.166' };
  }

  validate(request: LookupRequest): ReturnType<LookupRunner['validate']> {
    return prepareLookup(request, { vocabulary: '2.166', auth: 'oauth1' });
  }

  urlFor(request: LookupRequest): string | undefined {
    const prepared = this.validate(request);
    return prepared.ok ? `https://api.x.com${prepared.request.pathAndQuery}` : undefined;
  }

  async run(request: LookupRequest): Promise<vscode.Uri | undefined> {
    this.runs.push(request);
    return vscode.Uri.parse(`x-api-result:/result-${this.runs.length}.json`);
  }
}

describe('saved lookups: trees', () => {
  let fx: Fixture;
  beforeEach(() => {
    fx = new Fixture();
  });
  afterEach(() => fx.dispose());

  const urlOf = (request: LookupRequest): string => new FakeRunner().urlFor(request) ?? request.endpoint;

  it('groups saved lookups by folder, else by endpoint, and maps them to items', async () => {
    const store = await fx.open();
    const tree = fx.own(new SavedLookupTreeProvider(store, urlOf));
    const jack = await store.save('Jack', JACK);
    const devs = await store.save('Devs', DEVS, 'Team');
    const roots = tree.getChildren();
    const labels = roots.map((node) => tree.getTreeItem(node).label);
    assert.deepEqual(labels, ['Team', '/2/users/:id']);

    const [folder, endpoint] = roots;
    const [devsNode] = tree.getChildren(folder);
    const [jackNode] = tree.getChildren(endpoint);
    assert.equal(devsNode.kind === 'lookup' && devsNode.lookup.id, devs.id);
    const item = tree.getTreeItem(jackNode);
    assert.equal(item.label, 'Jack');
    assert.equal(item.description, '2244994945 · user.fields 3');
    assert.equal(item.contextValue, 'savedLookup');
    assert.deepEqual(item.command?.command, 'xapi.runSavedLookup');
    assert.deepEqual(item.command?.arguments, [{ id: jack.id }]);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'person');
    assert.ok(item.tooltip instanceof vscode.MarkdownString);
    assert.match(item.tooltip.value, /GET https:\/\/api\.x\.com\/2\/users\/2244994945\?user\.fields=created_at,description,public_metrics/);

    assert.equal(tree.getParent(jackNode), endpoint);
    assert.equal(tree.getParent(endpoint), undefined);
    assert.equal(tree.nodeFor(jack.id), jackNode);

    const refreshed = nextEvent(tree.onDidChangeTreeData);
    await store.rename(jack.id, 'Jack D');
    await refreshed;
    assert.equal(tree.getTreeItem(tree.nodeFor(jack.id)!).label, 'Jack D');
  });

  it('shows history with status, time, outcome icon, where it went, and a click that reopens without sending', async () => {
    const store = await fx.open();
    const tree = fx.own(new HistoryTreeProvider(store, urlOf));
    const ok = await store.recordHistory({ request: JACK, ok: true, status: 200, durationMs: 80, summary: '200 · 1 user', origin: 'https://api.x.com', account: '@jack' }, {
      ok: true, status: 200, headers: {}, text: '{"data":{}}\n', problems: [], sandbox: false,
    });
    const failed = await store.recordHistory({ request: DEVS, ok: false, summary: 'connection refused' });
    const nodes = tree.getChildren();
    assert.deepEqual(nodes.map((n) => n.entry.id), [failed!.id, ok!.id]);
    const [failedItem, okItem] = nodes.map((n) => tree.getTreeItem(n));
    assert.equal(okItem.label, 'User 2244994945 · user.fields 3');
    assert.match(String(okItem.description), /^200 · just now$/);
    assert.match(String(failedItem.description), /^failed · /);
    assert.equal(okItem.contextValue, 'historyEntry');
    assert.deepEqual(okItem.command?.arguments, [{ historyId: ok!.id }]);
    assert.equal(okItem.command?.command, 'xapi.openHistoryEntry');
    const tooltip = (okItem.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
    assert.match(tooltip, /Response stored .*a click reopens it without sending/);
    assert.match(tooltip, /from https:\/\/api\.x\.com · as @jack/);
    assert.match((failedItem.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /Response not stored/);
    assert.ok(fs.existsSync(store.responses.fileOf(ok!.id)), 'the response is kept beside the store');
    assert.equal(await store.clearHistory(), 2);
    assert.equal(fs.existsSync(store.responses.folder), false, 'Clear History deleted the kept responses');
    assert.equal((okItem.iconPath as vscode.ThemeIcon).id, 'pass');
    assert.equal((failedItem.iconPath as vscode.ThemeIcon).id, 'error');
  });
});

describe('saved lookups: commands', () => {
  let fx: Fixture;
  let store: SavedLookupStore;
  let runner: FakeRunner;
  let opened: { request: LookupRequest; name?: string }[];
  let deps: SavedLookupCommandDeps;
  let filter: HistoryFilter;
  beforeEach(async () => {
    fx = new Fixture();
    store = await fx.open();
    runner = new FakeRunner();
    opened = [];
    filter = new HistoryFilter();
    deps = { store, runner, openInBuilder: async (request, name) => void opened.push({ request, name }), historyFilter: filter };
  });
  afterEach(async () => {
    await filter.set('');
    filter.dispose();
    fx.dispose();
  });

  it('gives history entries their own commands: run again, save this (named), delete entry', async () => {
    const saved = await store.save('Jack', JACK);
    const kept = await store.recordHistory({ request: JACK, ok: true, status: 200, summary: '200 · 1 user' });
    const entry = await store.recordHistory({ request: DEVS, ok: true, status: 200, summary: '200 · 2 users' });
    assert.ok(kept && entry);
    // Through the tree element, as the context menu passes it.
    assert.equal((await rerunHistoryEntry(deps, { kind: 'history', entry }))?.scheme, 'x-api-result');
    assert.deepEqual(runner.runs, [DEVS]);
    const copy = await saveHistoryEntry(deps, { kind: 'history', entry, name: 'Devs and jack' });
    assert.equal(copy?.name, 'Devs and jack');
    assert.deepEqual(store.get(copy!.id)?.request, DEVS);
    assert.equal(await deleteHistoryEntry(deps, { historyId: entry.id }), true);
    assert.deepEqual(store.history().map((h) => h.id), [kept.id]);
    // A saved lookup is not a history entry: the history commands refuse it rather than act on something else.
    await assert.rejects(deleteHistoryEntry(deps, { id: saved.id }), /works on history entries/);
    await assert.rejects(deleteHistoryEntry(deps, { historyId: entry.id }), /history entry is gone/);
    assert.equal(store.lookups().length, 2);
  });

  it('filters the History view by words, keeps matching new runs, and clears again', async () => {
    await store.recordHistory({ request: JACK, ok: true, status: 200, summary: '200 · 1 user' });
    await store.recordHistory({ request: { endpoint: 'userByUsername', username: 'missing_jack' }, ok: false, status: 404, summary: 'not found' });
    await store.recordHistory({ request: DEVS, ok: true, status: 200, summary: '200 · 2 users' });
    const tree = new HistoryTreeProvider(store, () => 'https://api.x.com/2/users', () => new Date(), filter);
    try {
      let changes = 0;
      tree.onDidChangeTreeData(() => changes++);
      assert.equal(tree.getChildren().length, 3);
      assert.equal(await filterHistoryView(deps, { filter: '  404  jack ' }), '404 jack');
      assert.equal(changes, 1, 'the view refreshes');
      assert.deepEqual(tree.getChildren().map((node) => node.entry.request.username), ['missing_jack']);
      assert.equal(filter.text, '404 jack');
      await filterHistoryView(deps, { filter: 'xdevelopers' });
      assert.deepEqual(tree.getChildren().map((node) => node.entry.request.endpoint), ['usersByUsernames']);
      // New runs that match show up while the filter is on; others stay hidden.
      await store.recordHistory({ request: { endpoint: 'userByUsername', username: 'XDevelopers' }, ok: true, status: 200, summary: '200 · 1 user' });
      await untilTrue('the new matching entry shows', () => tree.getChildren().length === 2);
      assert.equal(await savedLookupCommands(deps).clearHistoryFilter(), '');
      assert.equal(tree.getChildren().length, 4);
    } finally {
      tree.dispose();
    }
  });

  it('runs a saved lookup by id, by tree element and a history entry', async () => {
    const saved = await store.save('Jack', JACK);
    const entry = await store.recordHistory({ request: DEVS, ok: true, status: 200, summary: '200 · 2 users' });
    const uri = await runSavedLookup(deps, { id: saved.id });
    assert.equal(uri?.scheme, 'x-api-result');
    await runSavedLookup(deps, { kind: 'lookup', lookup: saved });
    await runSavedLookup(deps, { historyId: entry!.id });
    await runSavedLookup(deps, { kind: 'history', entry });
    assert.deepEqual(runner.runs, [JACK, JACK, DEVS, DEVS]);
    await assert.rejects(runSavedLookup(deps, { id: 'nope' }), /no saved lookup with id nope/);
  });

  it('renames, duplicates, deletes without prompts when told to', async () => {
    const saved = await store.save('Jack', JACK);
    const renamed = await renameSavedLookup(deps, { id: saved.id, name: 'Jack D' });
    assert.equal(renamed?.name, 'Jack D');
    await assert.rejects(renameSavedLookup(deps, { id: saved.id, name: '' }), /must not be empty/);
    const copy = await duplicateSavedLookup(deps, { kind: 'lookup', lookup: saved });
    assert.equal(copy?.name, 'Jack D (copy)');
    assert.equal(await deleteSavedLookup(deps, { id: saved.id, confirm: false }), true);
    assert.deepEqual(store.lookups().map((l) => l.id), [copy!.id]);
    await assert.rejects(duplicateSavedLookup(deps, { historyId: 'x' }), /history entry is gone/);
  });

  it('opens a lookup in the builder with its name', async () => {
    const saved = await store.save('Jack', JACK);
    assert.deepEqual(await openSavedLookupInBuilder(deps, { id: saved.id }), JACK);
    assert.deepEqual(opened, [{ request: JACK, name: 'Jack' }]);
  });

  it('exports to and imports from a given uri, and clears history', async () => {
    await store.save('Jack', JACK);
    await store.recordHistory({ request: JACK, ok: true, summary: '200' });
    const file = vscode.Uri.file(path.join(fx.root, 'out.json'));
    const exported = await exportSavedLookups(deps, { uri: file });
    assert.equal(exported?.count, 1);
    assert.ok(fs.existsSync(file.fsPath));

    const other = await fx.open(vscode.Uri.file(path.join(fx.root, 'other')));
    // The store may also be given as the promise of one, while it is opening.
    const otherDeps: SavedLookupCommandDeps = { ...deps, store: Promise.resolve(other) };
    const imported = await importSavedLookups(otherDeps, { uri: file.fsPath });
    assert.deepEqual(imported, { added: 1, skipped: 0, renamed: 0, warnings: [] });
    assert.equal(await clearHistory(deps), 1);
    assert.equal(store.history().length, 0);
  });

  it('offers its handlers by command table key', async () => {
    const handlers = savedLookupCommands(deps);
    assert.deepEqual(Object.keys(handlers).sort(), [
      'clearHistory', 'clearHistoryFilter', 'deleteHistoryEntry', 'deleteSavedLookup', 'duplicateSavedLookup', 'exportSavedLookups',
      'filterHistory', 'importSavedLookups', 'openSavedLookupInBuilder', 'renameSavedLookup', 'rerunHistoryEntry', 'runSavedLookup',
      'saveHistoryEntry',
    ]);
    const saved = await store.save('Jack', JACK);
    await handlers.runSavedLookup({ id: saved.id });
    assert.deepEqual(runner.runs, [JACK]);
  });
});
