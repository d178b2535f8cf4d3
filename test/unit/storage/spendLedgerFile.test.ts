// The spend ledger on disk: records land across instances (two windows), the UTC-day rule holds through the file, a
// damaged file is kept as a backup and reported, a newer one is left alone.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LEDGER_FILE_NAME, SpendLedgerFile } from '../../../src/storage/spendLedgerFile';

describe('spend ledger file', () => {
  let dir: string;
  let nowMs: number;
  let notes: { message: string; backup?: string }[];
  const open = () => SpendLedgerFile.open(dir, { now: () => nowMs, notify: (message, backup) => notes.push({ message, backup }) });

  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-spend-')), 'globalStorage');
    nowMs = Date.parse('2026-03-01T23:59:00Z');
    notes = [];
  });
  afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('records distinct users per UTC day across instances, and reports them', async () => {
    const a = await open();
    const b = await open();
    assert.deepEqual(await a.record({ endpoint: 'usersByIds', account: '@me', users: [{ id: '1', username: 'One' }, { id: '2' }] }),
      { newlyBilled: 2, usd: 0.02, todayUsd: 0.02 });
    // The other window sees the first one's record before it records its own.
    assert.deepEqual(await b.record({ endpoint: 'usersByUsernames', account: '@me', users: [{ id: '1', username: 'one' }, { id: '3' }] }),
      { newlyBilled: 1, usd: 0.01, todayUsd: 0.03 });
    assert.equal((await a.billedToday('@me'))('username', 'ONE'), true);
    nowMs = Date.parse('2026-03-02T00:01:00Z');
    assert.equal((await a.billedToday('@me'))('id', '1'), false, 'a new UTC day: billable again');
    assert.equal((await b.record({ endpoint: 'usersByIds', account: '@me', users: [{ id: '1' }] })).newlyBilled, 1);
    const report = await a.report();
    assert.deepEqual(report.days.map((d) => [d.day, d.users]), [['2026-03-02', 1], ['2026-03-01', 3]]);
    assert.deepEqual(report.today.byEndpoint, { usersByIds: { users: 1, usd: 0.01 } });
    // Only labels, ids and usernames are stored.
    assert.doesNotMatch(fs.readFileSync(path.join(dir, LEDGER_FILE_NAME), 'utf8'), /token|secret|Bearer/i);
    assert.deepEqual(notes, []);
  });

  it('keeps a corrupt file as a backup, says so, and starts a new ledger', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, LEDGER_FILE_NAME), '{"version":1,"days":[{"day":');
    const ledger = await open();
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /could not be read .* kept as spend\.corrupt-.*\.json/);
    assert.ok(notes[0].backup && fs.readFileSync(notes[0].backup, 'utf8') === '{"version":1,"days":[{"day":');
    assert.equal(fs.existsSync(path.join(dir, LEDGER_FILE_NAME)), false);
    assert.equal((await ledger.record({ endpoint: 'usersByIds', account: 'a', users: [{ id: '5' }] })).newlyBilled, 1);
    assert.equal((await ledger.report()).today.users, 1);
  });

  it('leaves a file from a newer version alone and records nothing', async () => {
    fs.mkdirSync(dir, { recursive: true });
    const newer = '{"version":9,"future":true}';
    fs.writeFileSync(path.join(dir, LEDGER_FILE_NAME), newer);
    const ledger = await open();
    assert.match(notes[0]?.message ?? '', /read-only/);
    assert.equal(ledger.readOnly, true);
    await ledger.record({ endpoint: 'usersByIds', account: 'a', users: [{ id: '5' }] });
    assert.equal(fs.readFileSync(path.join(dir, LEDGER_FILE_NAME), 'utf8'), newer);
    assert.equal(notes.length, 1, 'told once');
  });
});
