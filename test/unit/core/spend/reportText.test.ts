import { strict as assert } from 'node:assert';
import { emptyLedger, recordReturned, spendReport } from '../../../../src/core/spend/ledger';
import { spendReportMarkdown } from '../../../../src/core/spend/reportText';

const DAY1 = Date.UTC(2026, 2, 1, 23, 59);
const DAY2 = Date.UTC(2026, 2, 2, 0, 1);

describe('spend report text', () => {
  it('shows today first, then earlier days, by endpoint and by account, with table cells escaped', () => {
    let data = emptyLedger(DAY1);
    data = recordReturned(data, { endpoint: 'usersByIds', account: 'App | Bearer', users: [{ id: '1' }, { id: '2' }] }, DAY1).data;
    data = recordReturned(data, { endpoint: 'userById', account: '@jack', users: [{ id: '1' }] }, DAY2).data;
    const text = spendReportMarkdown(spendReport(data, DAY2));
    const today = text.indexOf('## 2026-03-02 (today, UTC): 1 user, $0.01');
    const yesterday = text.indexOf('## 2026-03-01: 2 users, $0.02');
    assert.ok(today > 0 && yesterday > today, text);
    assert.match(text, /\| App \\\| Bearer \| 2 \| \$0\.02 \|/);
    assert.match(text, /\| usersByIds \| 2 \| \$0\.02 \|/);
    assert.match(text, /\| @jack \| 1 \| \$0\.01 \|/);
  });

  it('says when nothing was billed', () => {
    const text = spendReportMarkdown(spendReport(emptyLedger(DAY1), DAY1));
    assert.match(text, /Nothing billed today\./);
    assert.match(text, /no earlier days/);
  });
});
