/**
 * Whether a priced lookup may go without asking: above `xapi.cost.confirmAboveUsd` it asks; past the daily budget
 * (`xapi.cost.dailyBudgetUsd`, 0 off) it asks even when automation said `confirm: false`, since a budget is a
 * limit the user set for every caller. And the words of the question, one summary of what will be sent and what not.
 */
import type { BulkCostEstimate } from '../catalog/cost';

export interface SpendGateInput {
  readonly estimate: BulkCostEstimate;
  /** Billed today so far, by the ledger. */
  readonly todayUsd: number;
  readonly confirmAboveUsd: number;
  /** 0: no budget. */
  readonly dailyBudgetUsd: number;
  /** The caller asked to skip the cost question (an argument's `confirm: false`). */
  readonly skipConfirm?: boolean;
  /** The sandbox answers: nothing is billed, nothing to ask. */
  readonly notBilled?: boolean;
}

export interface SpendGate {
  /** Ask before sending. */
  readonly ask: boolean;
  /** The estimate would take today's spend past the daily budget. */
  readonly overBudget: boolean;
  /** Today's spend has already reached the budget. */
  readonly budgetReached: boolean;
}

export function spendGate(input: SpendGateInput): SpendGate {
  if (input.notBilled) return { ask: false, overBudget: false, budgetReached: false };
  const budget = input.dailyBudgetUsd > 0 ? input.dailyBudgetUsd : undefined;
  const after = addUsd(input.todayUsd, input.estimate.totalUsd);
  const overBudget = budget !== undefined && input.estimate.totalUsd > 0 && after > budget;
  const budgetReached = budget !== undefined && input.todayUsd >= budget;
  const aboveThreshold = input.estimate.totalUsd > input.confirmAboveUsd;
  return { ask: overBudget || (aboveThreshold && !input.skipConfirm), overBudget, budgetReached };
}

/** `$1.23`. */
export function usd(amount: number): string {
  return `$${amount.toFixed(2)}`;
}

/** "250 users in 3 requests, estimated at most $2.40 (10 fetched earlier today are free)". */
export function estimateSentence(estimate: BulkCostEstimate, notBilled = false): string {
  const users = `${estimate.users} user${estimate.users === 1 ? '' : 's'} in ${estimate.batches} request${estimate.batches === 1 ? '' : 's'}`;
  if (notBilled) return `${users} (sandbox: nothing is billed)`;
  const free = estimate.alreadyBilledToday > 0 ? ` (${estimate.alreadyBilledToday} fetched earlier today ${estimate.alreadyBilledToday === 1 ? 'is' : 'are'} free)` : '';
  return `${users}, estimated at most ${usd(estimate.totalUsd)}${free}`;
}

/** What refusing a budget-exceeding lookup or reaching the budget says. */
export function budgetSentence(todayUsd: number, estimate: BulkCostEstimate, dailyBudgetUsd: number): string {
  return `Billed today so far: ${usd(todayUsd)}; with this lookup up to ${usd(addUsd(todayUsd, estimate.totalUsd))}, over the daily budget of ${usd(dailyBudgetUsd)} (xapi.cost.dailyBudgetUsd).`;
}

/** a + b in whole tenths of a cent, as usdForUsers counts. */
function addUsd(a: number, b: number): number {
  return Math.round((a + b) * 1000) / 1000;
}
