/**
 * The spend ledger as the editor uses it: `spend.json` in the extension's global storage (storage/spendLedgerFile.ts),
 * opened when the app half starts, not at activation. Every successful billed response is recorded with the label of
 * the account that signed it (never a token); the status bar's tooltip shows today's figure; the estimates of the
 * builder and of a bulk lookup ask it which users were billed earlier today; the daily budget warns once per UTC day
 * when it is reached.
 */
import * as vscode from 'vscode';
import type { BilledToday } from '../../core/catalog/cost';
import { ENDPOINTS, type EndpointId } from '../../core/catalog/endpoints';
import { answerOfBody } from '../../core/bulk/merge';
import { usd } from '../../core/bulk/spendGate';
import { utcDay, type ReturnedUser, type SpendReport } from '../../core/spend/ledger';
import { SpendLedgerFile, type RecordResult } from '../../storage/spendLedgerFile';
import { Commands } from '../common/ids';
import { Disposable } from '../common/lifecycle';
import type { Log } from '../common/log';
import { readCostSettings } from '../common/settings';
import type { StatusBar } from '../lookup/statusBar';

export interface SpendTrackerDeps {
  /** The folder of `spend.json` (context.globalStorageUri). */
  readonly dir: string;
  readonly status: Pick<StatusBar, 'showSpendToday'>;
  readonly log: Log;
  readonly now?: () => number;
}

export class SpendTracker extends Disposable {
  private ledger: Promise<SpendLedgerFile> | undefined;
  /** Any account's users billed today, as last read: the builder's estimate is synchronous. */
  private cached: BilledToday | undefined;
  private warnedOn: string | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** After a record or a read changed what the ledger says. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: SpendTrackerDeps) {
    super();
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private open(): Promise<SpendLedgerFile> {
    this.ledger ??= SpendLedgerFile.open(this.deps.dir, {
      now: () => this.now(),
      notify: (message) => {
        this.deps.log.warn(message);
        void vscode.window.showWarningMessage(message);
      },
    });
    return this.ledger;
  }

  /** Reads the ledger again (another window may have recorded) and shows today's figure. */
  async refresh(): Promise<SpendReport> {
    const ledger = await this.open();
    const report = await ledger.report();
    this.cached = await ledger.billedToday();
    this.deps.status.showSpendToday(report.today.usd, report.today.users);
    this.changed.fire();
    return report;
  }

  /** Users billed today for `account` (any account when left out), read from the file now. */
  async billedToday(account?: string): Promise<BilledToday> {
    return (await this.open()).billedToday(account);
  }

  /** Synchronous, as last read (undefined before the first read): for the builder's estimate as you type. */
  cachedBilledToday(): BilledToday | undefined {
    return this.cached;
  }

  async todayUsd(): Promise<number> {
    return (await (await this.open()).report()).today.usd;
  }

  async report(): Promise<SpendReport> {
    return (await this.open()).report();
  }

  /**
   * Records the users a successful response of `endpoint` returned (its body as parsed), signed by `account`. Never
   * throws: a ledger that cannot be written costs the estimate's accuracy, not the lookup.
   */
  async recordBody(endpoint: EndpointId, account: string, body: unknown): Promise<RecordResult | undefined> {
    if (!ENDPOINTS[endpoint].billedPerUser) return undefined;
    return this.record(endpoint, account, usersOf(answerOfBody(body).data));
  }

  async record(endpoint: EndpointId, account: string, users: readonly ReturnedUser[]): Promise<RecordResult | undefined> {
    if (users.length === 0) return undefined;
    try {
      const ledger = await this.open();
      const before = await this.todayUsd();
      const result = await ledger.record({ endpoint, account, users });
      if (result.newlyBilled > 0) await this.refresh();
      this.warnAtBudget(before, result.todayUsd);
      return result;
    } catch (error) {
      this.deps.log.warn(`spend ledger not updated: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Once per UTC day, when a record takes today's spend to the budget or past it. */
  private warnAtBudget(before: number, after: number): void {
    const budget = readCostSettings().dailyBudgetUsd;
    if (budget <= 0 || after < budget || before >= budget) return;
    const day = utcDay(this.now());
    if (this.warnedOn === day) return;
    this.warnedOn = day;
    const report = vscode.l10n.t('Show Spend Report');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The daily pay-per-use budget of {0} is reached: {1} billed today (UTC). Lookups that would go over it ask first.', usd(budget), usd(after)),
      report,
    ).then((choice) => {
      if (choice === report) void vscode.commands.executeCommand(Commands.showSpendReport);
    });
  }
}

/** The ids (and usernames) of the users in an answer's `data`. */
export function usersOf(data: readonly { readonly [key: string]: unknown }[]): ReturnedUser[] {
  const users: ReturnedUser[] = [];
  for (const user of data) {
    if (typeof user.id !== 'string') continue;
    users.push(typeof user.username === 'string' ? { id: user.id, username: user.username } : { id: user.id });
  }
  return users;
}
