import { strict as assert } from 'node:assert';
import {
  billedTodayChecker, emptyLedger, ledgerLabel, parseLedgerText, recordReturned, serializeLedger, spendReport, utcDay, type LedgerData,
} from '../../../../src/core/spend/ledger';

const at = (iso: string) => Date.parse(iso);
const users = (...ids: string[]) => ids.map((id) => ({ id, username: `U${id}` }));

describe('spend ledger (UTC days)', () => {
  it('bills a user once per UTC day and account: again at 00:01 UTC, not at 23:59:59', () => {
    let data: LedgerData = emptyLedger(at('2026-03-01T00:00:00Z'));
    let r = recordReturned(data, { endpoint: 'usersByIds', account: 'App (Bearer)', users: users('1', '2') }, at('2026-03-01T23:59:00Z'));
    assert.equal(r.newlyBilled, 2);
    data = r.data;
    r = recordReturned(data, { endpoint: 'userById', account: 'App (Bearer)', users: users('2', '3') }, at('2026-03-01T23:59:59Z'));
    assert.equal(r.newlyBilled, 1, 'user 2 was billed earlier the same UTC day');
    data = r.data;
    r = recordReturned(data, { endpoint: 'usersByIds', account: 'App (Bearer)', users: users('1') }, at('2026-03-02T00:01:00Z'));
    assert.equal(r.newlyBilled, 1, 'a new UTC day bills user 1 again');
    data = r.data;
    // Another account is billed on its own.
    r = recordReturned(data, { endpoint: 'usersByIds', account: '@jack', users: users('1') }, at('2026-03-02T00:02:00Z'));
    assert.equal(r.newlyBilled, 1);
    data = r.data;

    const report = spendReport(data, at('2026-03-02T12:00:00Z'));
    assert.equal(report.today.day, '2026-03-02');
    assert.deepEqual([report.today.users, report.today.usd], [2, 0.02]);
    assert.deepEqual(report.days.map((d) => [d.day, d.users, d.usd]), [['2026-03-02', 2, 0.02], ['2026-03-01', 3, 0.03]]);
    assert.deepEqual(report.days[1].byEndpoint, { usersByIds: { users: 2, usd: 0.02 }, userById: { users: 1, usd: 0.01 } });
    assert.deepEqual(report.days[0].byAccount, { 'App (Bearer)': { users: 1, usd: 0.01 }, '@jack': { users: 1, usd: 0.01 } });
  });

  it("answers 'billed today' by id and by username, for today only", () => {
    const { data } = recordReturned(emptyLedger(0), { endpoint: 'usersByUsernames', account: 'a', users: users('5') }, at('2026-03-01T22:00:00Z'));
    const today = billedTodayChecker(data, at('2026-03-01T23:59:59Z'), 'a');
    assert.equal(today('id', '5'), true);
    assert.equal(today('username', 'u5'), true);
    assert.equal(today('username', '@U5'), true);
    assert.equal(today('id', '6'), false);
    assert.equal(billedTodayChecker(data, at('2026-03-01T23:59:59Z'), 'b')('id', '5'), false);
    assert.equal(billedTodayChecker(data, at('2026-03-01T23:59:59Z'))('id', '5'), true);
    assert.equal(billedTodayChecker(data, at('2026-03-02T00:00:01Z'), 'a')('id', '5'), false);
  });

  it("keeps only today's ids and a bounded number of days", () => {
    let data: LedgerData = emptyLedger(0);
    for (let day = 1; day <= 10; day++) {
      data = recordReturned(data, { endpoint: 'usersByIds', account: 'a', users: users('1', '2') }, Date.UTC(2026, 0, day, 12), 4).data;
    }
    assert.deepEqual(data.days.map((d) => d.day), ['2026-01-10', '2026-01-09', '2026-01-08', '2026-01-07']);
    assert.equal(data.billed.day, '2026-01-10');
    assert.deepEqual(Object.keys(data.billed.accounts.a), ['1', '2']);
  });

  it('ignores values that are not ids, and cleans account labels', () => {
    const r = recordReturned(emptyLedger(0), { endpoint: 'usersByIds', account: '  \x1bweird\n ', users: [{ id: 'x' }, { id: '12' }] }, 0);
    assert.equal(r.newlyBilled, 1);
    assert.deepEqual(Object.keys(r.data.billed.accounts), ['weird']);
    assert.equal(ledgerLabel(''), 'unnamed account');
    assert.equal(utcDay(at('2026-03-01T23:59:59.999Z')), '2026-03-01');
  });

  it('reads back what it writes, and tells corrupt from newer', () => {
    const { data } = recordReturned(emptyLedger(0), { endpoint: 'me', account: 'a', users: users('9') }, 0);
    assert.deepEqual(parseLedgerText(serializeLedger(data)), { ok: true, data });
    assert.equal(parseLedgerText('{"version":1,"days":[').ok, false);
    const newer = parseLedgerText('{"version":2}');
    assert.deepEqual(newer.ok ? undefined : newer.reason, 'newer');
    const bad = parseLedgerText(JSON.stringify({ ...data, billed: { day: '1970-01-01', accounts: { a: { notAnId: '' } } } }));
    assert.deepEqual(bad.ok ? undefined : bad.reason, 'corrupt');
  });
});
