import { strict as assert } from 'node:assert';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import {
  addHistory,
  emptyStore,
  historyRecord,
  lookupRecord,
  parseStoreText,
  sanitizeRequest,
  serializeStore,
  type HistoryEntry,
  type SavedLookup,
  type StoreData,
} from '../../../../src/core/savedLookups/model';
import { NAME_MAX_LENGTH, validateName } from '../../../../src/core/savedLookups/name';
import { HISTORY_LIMIT } from '../../../../src/core/savedLookups/limits';
import { EXPORT_KIND, mergeImport, parseExportText, serializeExport } from '../../../../src/core/savedLookups/exchange';

const T0 = '2025-03-01T10:00:00.000Z';
const T1 = '2025-03-02T11:30:00.000Z';

function lookup(id: string, name: string, request: LookupRequest, folder?: string): SavedLookup {
  return lookupRecord(id, name, folder, request, T0, T1);
}

function entry(id: string, request: LookupRequest, ok = true): HistoryEntry {
  return historyRecord(id, request, T1, { ok, status: ok ? 200 : 404, durationMs: 42, summary: ok ? '200 · 1 user' : '404 · not found' });
}

const JACK: LookupRequest = { endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'description', 'public_metrics'] };
const BY_NAMES: LookupRequest = { endpoint: 'usersByUsernames', usernames: ['XDevelopers', 'jack', 'x'] };
const PROFILES: LookupRequest = { endpoint: 'customProfiles', count: 20, cursor: 'abc' };

function sample(): StoreData {
  return {
    schemaVersion: 1,
    lookups: [lookup('a', 'Jack', JACK), lookup('b', 'Devs', BY_NAMES, 'Team'), lookup('c', 'Profiles', PROFILES)],
    history: [entry('h2', BY_NAMES), entry('h1', JACK, false)],
  };
}

/** The store file text with `lookups` and `history` replaced. */
function storeText(lookups: unknown, history: unknown = [], schemaVersion: unknown = 1): string {
  return JSON.stringify({ schemaVersion, lookups, history });
}

describe('saved lookups: store file', () => {
  it('round-trips through serialize and parse', () => {
    const data = sample();
    const text = serializeStore(data);
    const parsed = parseStoreText(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(parsed.data, data);
    assert.equal(serializeStore(parsed.data), text, 'serializing again gives the same bytes');
  });

  it('writes pretty JSON with a stable key order and a final newline', () => {
    const scrambled: SavedLookup = {
      updatedAt: T1, request: { cursor: 'abc', count: 20, endpoint: 'customProfiles' }, createdAt: T0, name: 'P', id: 'p',
    } as SavedLookup;
    const text = serializeStore({ schemaVersion: 1, lookups: [scrambled], history: [] });
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.startsWith('{\n  "schemaVersion": 1,\n  "lookups": [\n'));
    const saved = (JSON.parse(text) as { lookups: Record<string, unknown>[] }).lookups[0];
    assert.deepEqual(Object.keys(saved), ['id', 'name', 'request', 'createdAt', 'updatedAt']);
    assert.deepEqual(Object.keys(saved.request as object), ['endpoint', 'count', 'cursor']);
  });

  it('keeps ids as strings, digits and all', () => {
    const big = { endpoint: 'usersByIds', ids: ['1234567890123456789', '2244994945'] };
    const parsed = parseStoreText(storeText([{ id: 'x', name: 'Big', request: big, createdAt: T0, updatedAt: T0 }]));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data.lookups[0].request.ids, ['1234567890123456789', '2244994945']);
    assert.match(serializeStore(parsed.data), /"1234567890123456789"/);
  });

  it('reads blank text as an empty store', () => {
    const parsed = parseStoreText('  \n');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data, emptyStore());
  });

  it('refuses text that is not JSON, naming the problem', () => {
    const parsed = parseStoreText('{"schemaVersion": 1, "lookups": [');
    assert.equal(parsed.ok, false);
    assert.ok(!parsed.ok);
    assert.equal(parsed.reason, 'corrupt');
    assert.match(parsed.error, /not valid JSON/);
  });

  it('refuses JSON of the wrong shape as corrupt', () => {
    for (const text of ['[]', '"lookups"', 'null', storeText([], [], '1'), '{"lookups": []}', storeText([], [], 0), storeText([], [], -2)]) {
      const parsed = parseStoreText(text);
      assert.ok(!parsed.ok, text);
      assert.equal(parsed.reason, 'corrupt', text);
    }
  });

  it('refuses a newer schema version with a clear message', () => {
    const parsed = parseStoreText(storeText([], [], 2));
    assert.ok(!parsed.ok);
    assert.equal(parsed.reason, 'newer');
    assert.match(parsed.error, /schema version 2/);
    assert.match(parsed.error, /newer version of X API Explorer/);
    assert.match(parsed.error, /left unchanged/);
  });

  it('drops invalid entries with a warning naming each, and keeps the rest', () => {
    const good = { id: 'ok', name: 'Fine', request: JACK, createdAt: T0, updatedAt: T1 };
    const text = storeText([
      good,
      { id: 'n1', name: 'Numeric id', request: { endpoint: 'userById', id: 2244994945 }, createdAt: T0, updatedAt: T0 },
      { id: 'n2', name: 'Unknown endpoint', request: { endpoint: 'deleteUser', id: '1' }, createdAt: T0, updatedAt: T0 },
      { id: 'n3', name: '', request: JACK, createdAt: T0, updatedAt: T0 },
      { id: 'n4', name: 'No times', request: JACK },
      { id: 'ok', name: 'Same id again', request: JACK, createdAt: T0, updatedAt: T0 },
      'not an object',
      { name: 'No id', request: JACK, createdAt: T0, updatedAt: T0 },
    ], [
      { id: 'h1', request: JACK, at: T1, ok: true, status: 200, summary: '200 · 1 user' },
      { id: 'h2', request: JACK, at: 'yesterday', ok: true, summary: 'x' },
      { id: 'h3', request: JACK, at: T1, ok: 'yes', summary: 'x' },
    ]);
    const parsed = parseStoreText(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data.lookups.map((l) => l.id), ['ok']);
    assert.deepEqual(parsed.data.history.map((h) => h.id), ['h1']);
    assert.equal(parsed.warnings.length, 9);
    const all = parsed.warnings.join('\n');
    assert.match(all, /lookup #2 "Numeric id" \(id n1\) was dropped: its request is invalid: id must be a string \(ids are strings/);
    assert.match(all, /lookup #3 "Unknown endpoint" \(id n2\) was dropped: .*unknown endpoint "deleteUser"/);
    assert.match(all, /lookup #4 \(id n3\) was dropped: the name must not be empty/);
    assert.match(all, /lookup #5 "No times" \(id n4\) was dropped: createdAt and updatedAt/);
    assert.match(all, /lookup #6 "Same id again" \(id ok\) was dropped: its id repeats/);
    assert.match(all, /lookup #7 was dropped: it is not an object/);
    assert.match(all, /lookup #8 "No id" was dropped: its id is missing/);
    assert.match(all, /history entry #2 \(id h2\) was dropped: "at" must be an ISO 8601 time/);
    assert.match(all, /history entry #3 \(id h3\) was dropped: "ok" must be true or false/);
  });

  it('drops a request with a key of another endpoint', () => {
    const parsed = parseStoreText(storeText([
      { id: 'm', name: 'Mixed', request: { endpoint: 'userById', id: '1', username: 'jack' }, createdAt: T0, updatedAt: T0 },
    ]));
    assert.ok(parsed.ok);
    assert.equal(parsed.data.lookups.length, 0);
    assert.match(parsed.warnings[0], /does not take username/);
  });

  it('keeps control characters out of warnings', () => {
    const parsed = parseStoreText(storeText([{ id: 'z', name: 'Evil\nname\u001b[31m', request: JACK, createdAt: T0, updatedAt: T0 }]));
    assert.ok(parsed.ok);
    assert.equal(parsed.warnings.length, 1);
    assert.doesNotMatch(parsed.warnings[0], /[\n\u001b]/);
  });

  it('caps the history at HISTORY_LIMIT when reading and writing', () => {
    const many = Array.from({ length: HISTORY_LIMIT + 20 }, (_, i) => entry(`h${i}`, JACK));
    const parsed = parseStoreText(storeText([], many));
    assert.ok(parsed.ok);
    assert.equal(parsed.data.history.length, HISTORY_LIMIT);
    assert.equal(parsed.data.history[0].id, 'h0', 'the newest (first) entries are kept');
    const written = JSON.parse(serializeStore({ schemaVersion: 1, lookups: [], history: many })) as { history: unknown[] };
    assert.equal(written.history.length, HISTORY_LIMIT);
  });
});

describe('saved lookups: no secrets stored', () => {
  const SECRET = 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F';

  it('strips token, authorization and bearer keys from requests', () => {
    const dirty = {
      ...JACK,
      token: SECRET,
      authorization: `Bearer ${SECRET}`,
      bearer: SECRET,
      bearerToken: SECRET,
      headers: { Authorization: `Bearer ${SECRET}` },
      oauth: { consumerSecret: SECRET, tokenSecret: SECRET },
    };
    const clean = sanitizeRequest(dirty);
    assert.ok(clean.ok);
    assert.deepEqual(clean.value, JACK);
    assert.deepEqual(Object.keys(clean.value), ['endpoint', 'id', 'userFields']);
  });

  it('writes no secret that was attached to a saved lookup, a history entry or their requests', () => {
    const dirtyRequest = { ...BY_NAMES, token: SECRET, authorization: `Bearer ${SECRET}`, bearer: SECRET } as LookupRequest;
    const dirtyLookup = { ...lookup('s', 'Secretive', dirtyRequest), accessToken: SECRET, authorization: SECRET } as SavedLookup;
    const dirtyEntry = {
      ...historyRecord('hs', dirtyRequest, T1, { ok: true, summary: '200' }),
      bearer: SECRET,
      headers: { authorization: SECRET },
    } as HistoryEntry;
    const text = serializeStore({ schemaVersion: 1, lookups: [dirtyLookup], history: [dirtyEntry] });
    assert.ok(!text.includes(SECRET));
    assert.doesNotMatch(text, /token|authorization|bearer|headers/i);
    const exported = serializeExport([dirtyLookup]);
    assert.ok(!exported.includes(SECRET));
    assert.doesNotMatch(exported, /token|authorization|bearer/i);
  });

  it('drops secret keys found in a file while reading it', () => {
    const text = storeText(
      [{ id: 'a', name: 'A', request: { ...JACK, token: SECRET }, createdAt: T0, updatedAt: T0, authorization: SECRET }],
      [{ id: 'h', request: { ...JACK, bearer: SECRET }, at: T1, ok: true, summary: 's', oauthTokenSecret: SECRET }],
    );
    const parsed = parseStoreText(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.warnings, []);
    assert.ok(!serializeStore(parsed.data).includes(SECRET));
    const imported = parseExportText(JSON.stringify({ kind: EXPORT_KIND, schemaVersion: 1, lookups: [{ name: 'A', request: { ...JACK, token: SECRET }, bearer: SECRET }] }));
    assert.ok(imported.ok);
    assert.ok(!JSON.stringify(imported.data).includes(SECRET));
  });
});

describe('saved lookups: export and import', () => {
  it('exports lookups without history and reads them back', () => {
    const data = sample();
    const text = serializeExport(data.lookups, 'https://example.com/schema.json');
    const json = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['$schema', 'kind', 'schemaVersion', 'lookups']);
    assert.equal(json.kind, 'x-api-explorer.savedLookups');
    assert.equal(json.history, undefined);
    assert.ok(text.endsWith('\n'));
    const parsed = parseExportText(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data.lookups, data.lookups);
  });

  it('refuses a file of another kind, a newer export and non-JSON', () => {
    const store = parseExportText(serializeStore(sample()));
    assert.ok(!store.ok);
    assert.match(store.error, /not an X API Explorer export/);
    const newer = parseExportText(JSON.stringify({ kind: EXPORT_KIND, schemaVersion: 3, lookups: [] }));
    assert.ok(!newer.ok);
    assert.equal(newer.reason, 'newer');
    const broken = parseExportText('{');
    assert.ok(!broken.ok);
    assert.equal(broken.reason, 'corrupt');
  });

  it('accepts a hand-written export without ids or times', () => {
    const parsed = parseExportText(JSON.stringify({ kind: EXPORT_KIND, schemaVersion: 1, lookups: [{ name: ' Jack ', request: JACK }, { name: 'Bad', request: {} }] }));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.data.lookups, [{ name: 'Jack', request: JACK }]);
    assert.equal(parsed.warnings.length, 1);
    assert.match(parsed.warnings[0], /lookup #2 "Bad" was dropped/);
    let n = 0;
    const merged = mergeImport([], parsed.data.lookups, { newId: () => `new${++n}`, now: T1 });
    assert.deepEqual(merged.lookups, [lookupRecord('new1', 'Jack', undefined, JACK, T1, T1)]);
  });

  it('merges: identical skipped, same id with other content kept under a new id, new ones added', () => {
    const existing = sample().lookups;
    const incoming = [
      existing[0], // identical
      { ...existing[1], updatedAt: '2030-01-01T00:00:00.000Z' }, // identical content, other times
      { ...existing[2], name: 'Profiles, edited' }, // same id, different content
      lookup('d', 'Brand new', { endpoint: 'me' }),
    ];
    let n = 0;
    const merged = mergeImport(existing, incoming, { newId: () => (++n === 1 ? 'a' : `fresh${n}`), now: T1 });
    assert.equal(merged.added, 2);
    assert.equal(merged.skipped, 2);
    assert.equal(merged.renamed, 1);
    assert.deepEqual(merged.lookups.slice(0, 3), existing, 'nothing saved is replaced');
    assert.equal(merged.lookups[3].id, 'fresh2', 'a generated id that is taken is not used');
    assert.equal(merged.lookups[3].name, 'Profiles, edited (imported)');
    assert.equal(merged.lookups[4].id, 'd');
    assert.equal(merged.lookups.length, 5);
  });

  it('keeps the imported name within the length limit', () => {
    const long = 'x'.repeat(NAME_MAX_LENGTH);
    const merged = mergeImport([lookup('a', 'Jack', JACK)], [lookup('a', long, JACK)], { newId: () => 'b', now: T1 });
    assert.equal(merged.lookups[1].name.length, NAME_MAX_LENGTH);
    assert.ok(merged.lookups[1].name.endsWith(' (imported)'));
    assert.ok(validateName(merged.lookups[1].name).ok);
  });
});

describe('saved lookups: names, history and summaries', () => {
  it('validates names', () => {
    assert.deepEqual(validateName('  Jack  '), { ok: true, value: 'Jack' });
    assert.ok(validateName('x'.repeat(NAME_MAX_LENGTH)).ok);
    assert.ok(!validateName('x'.repeat(NAME_MAX_LENGTH + 1)).ok);
    assert.ok(!validateName('   ').ok);
    assert.ok(!validateName('two\nlines').ok);
    assert.ok(!validateName('tab\there').ok);
    assert.ok(!validateName(42).ok);
    assert.ok(validateName('Ünïcödé · 名前 🎉').ok);
  });

  it('adds history newest first and keeps at most HISTORY_LIMIT', () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = addHistory(history, entry(`h${i}`, JACK));
    assert.equal(history.length, HISTORY_LIMIT);
    assert.equal(history[0].id, `h${HISTORY_LIMIT + 4}`);
    assert.equal(history[HISTORY_LIMIT - 1].id, 'h5');
  });

  it('keeps history records to their own keys and one line', () => {
    const record = historyRecord('h', JACK, T1, { ok: false, status: 0, durationMs: 12.6, summary: 'line one\nline two' });
    assert.deepEqual(record, { id: 'h', request: JACK, at: T1, ok: false, durationMs: 13, summary: 'line one line two' });
  });
});

describe('saved lookups: where a history entry went', () => {
  it('keeps origin, sandbox, account and whether its response is stored, and reads a file without them', () => {
    const full = historyRecord('h', JACK, T1, { ok: true, status: 200, summary: '200 · 1 user', origin: 'https://api.x.com', account: '@jack', stored: true });
    const sandboxed = historyRecord('s', JACK, T1, { ok: true, summary: '200', origin: 'http://127.0.0.1:51234', sandbox: true, account: 'sandbox', stored: false });
    const text = serializeStore({ schemaVersion: 1, lookups: [], history: [full, sandboxed, entry('old', JACK)] });
    const parsed = parseStoreText(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.warnings, []);
    assert.equal(parsed.data.schemaVersion, 1, 'the same schema: files of the previous version read as before');
    assert.deepEqual(parsed.data.history[0], { id: 'h', request: JACK, at: T1, ok: true, status: 200, summary: '200 · 1 user', origin: 'https://api.x.com', account: '@jack', stored: true });
    assert.deepEqual(parsed.data.history[1], { id: 's', request: JACK, at: T1, ok: true, summary: '200', origin: 'http://127.0.0.1:51234', sandbox: true, account: 'sandbox' });
    assert.equal(parsed.data.history[2].origin, undefined);
  });

  it('drops (not refuses) an origin with a user or path, an account on several lines, and values of the wrong type', () => {
    const text = storeText([], [
      { id: 'a', request: JACK, at: T1, ok: true, summary: 's', origin: 'https://user:pw@api.x.com', account: 42, stored: 'yes', sandbox: 1 },
      { id: 'b', request: JACK, at: T1, ok: true, summary: 's', origin: 'https://api.x.com/2/users', account: '@jack\nsecond line' },
    ]);
    const parsed = parseStoreText(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(parsed.data.history[0], { id: 'a', request: JACK, at: T1, ok: true, summary: 's' });
    assert.deepEqual(parsed.data.history[1], { id: 'b', request: JACK, at: T1, ok: true, summary: 's', account: '@jack second line' });
  });
});
