import { strict as assert } from 'node:assert';
import { estimateBulkCost } from '../../../../src/core/catalog/cost';
import { budgetSentence, estimateSentence, spendGate } from '../../../../src/core/bulk/spendGate';

const ids = (n: number, from = 1000): string[] => Array.from({ length: n }, (_, i) => String(from + i));

describe('bulk spend gate', () => {
  const costs = { confirmAboveUsd: 1, dailyBudgetUsd: 0 };

  it('asks above the threshold only, and not when automation said confirm: false', () => {
    const cheap = estimateBulkCost('id', ids(100));
    assert.equal(spendGate({ estimate: cheap, todayUsd: 0, ...costs }).ask, false);
    const dear = estimateBulkCost('id', ids(250));
    assert.equal(spendGate({ estimate: dear, todayUsd: 0, ...costs }).ask, true);
    assert.equal(spendGate({ estimate: dear, todayUsd: 0, ...costs, skipConfirm: true }).ask, false);
    assert.equal(spendGate({ estimate: dear, todayUsd: 0, ...costs, notBilled: true }).ask, false);
  });

  it('counts users billed earlier today as free, so a repeat lookup does not ask', () => {
    const billed = new Set(ids(250));
    const again = estimateBulkCost('id', ids(250), (_kind, value) => billed.has(value));
    assert.equal(again.totalUsd, 0);
    assert.equal(spendGate({ estimate: again, todayUsd: 2.5, confirmAboveUsd: 0, dailyBudgetUsd: 0 }).ask, false);
    assert.match(estimateSentence(again), /250 users in 3 requests, estimated at most \$0\.00 \(250 fetched earlier today are free\)/);
  });

  it('asks past the daily budget even when confirm is false, and says the budget was reached', () => {
    const estimate = estimateBulkCost('id', ids(50));
    const over = spendGate({ estimate, todayUsd: 4.8, confirmAboveUsd: 1, dailyBudgetUsd: 5, skipConfirm: true });
    assert.deepEqual(over, { ask: true, overBudget: true, budgetReached: false });
    const within = spendGate({ estimate, todayUsd: 4.5, confirmAboveUsd: 1, dailyBudgetUsd: 5 });
    assert.deepEqual(within, { ask: false, overBudget: false, budgetReached: false });
    assert.equal(spendGate({ estimate, todayUsd: 5, confirmAboveUsd: 1, dailyBudgetUsd: 5 }).budgetReached, true);
    assert.match(budgetSentence(4.8, estimate, 5), /\$4\.80; with this lookup up to \$5\.30, over the daily budget of \$5\.00/);
  });
});
