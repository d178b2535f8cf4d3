/**
 * The spend ledger on disk: `spend.json` in the extension's global storage folder (or any folder: the CLI and the
 * tests use their own), shared by every window. Each record is a read-modify-write under the cross-process lock
 * (`spend.json.lock`, fileLock.ts) with an atomic write (atomicFile.ts), so two windows recording at once both land.
 * Reads need no lock: a write replaces the file whole.
 *
 * A file that cannot be read is set aside as `spend.corrupt-<time>.json`, never deleted, the user is told where it
 * went, and the ledger starts again empty (an empty ledger only over-estimates: nothing counts as billed already). A
 * file from a newer version is left alone and the ledger becomes read-only. The file stays small: summaries of
 * keepDays days and only the current UTC day's ids (core/spend/ledger.ts).
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { usdForUsers, type BilledToday } from '../core/catalog/cost';
import {
  billedTodayChecker, DEFAULT_KEEP_DAYS, emptyLedger, parseLedgerText, recordReturned, serializeLedger, spendReport,
  type LedgerData, type LedgerEntry, type SpendReport,
} from '../core/spend/ledger';
import { FileTooLargeError, JobQueue, moveToBackup, readTextFile, writeAtomically } from './atomicFile';
import { DEFAULT_LOCK_OPTIONS, withFileLock, type LockOptions } from './fileLock';

export const LEDGER_FILE_NAME = 'spend.json';
const LEDGER_STEM = 'spend';
/** Far above what MAX_BILLED_IDS ids with usernames take (about 20 MB); a larger file is not ours to read. */
export const LEDGER_MAX_BYTES = 64 * 1024 * 1024;

export interface SpendLedgerDeps {
  /** Milliseconds since the epoch; injectable so the UTC-day rule is tested at 23:59 and 00:01. */
  now(): number;
  /** Tells the user something is wrong with the file; `backup` is where an unreadable file was kept. */
  notify(message: string, backup?: string): void;
  /** Days of summaries kept (default 92). */
  keepDays?: number;
  lock?: Partial<LockOptions>;
}

/** What recording one response did. */
export interface RecordResult {
  /** Users of the response not billed earlier this UTC day for this account. */
  readonly newlyBilled: number;
  /** Their price. */
  readonly usd: number;
  /** Billed today for every account, after this record. */
  readonly todayUsd: number;
}

export class SpendLedgerFile {
  private data: LedgerData;
  private readOnlyReason: string | undefined;
  private readonly queue = new JobQueue();
  private readonly lockOptions: LockOptions;

  private constructor(readonly dir: string, private readonly deps: SpendLedgerDeps) {
    this.data = emptyLedger(deps.now());
    this.lockOptions = { ...DEFAULT_LOCK_OPTIONS, ...deps.lock };
  }

  /** Opens the ledger in `dir` (created when missing), reporting a bad file through deps.notify. */
  static async open(dir: string, deps: SpendLedgerDeps): Promise<SpendLedgerFile> {
    await fsp.mkdir(dir, { recursive: true });
    const ledger = new SpendLedgerFile(dir, deps);
    await ledger.queue.run(() => ledger.locked(() => ledger.load()));
    return ledger;
  }

  get file(): string {
    return path.join(this.dir, LEDGER_FILE_NAME);
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== undefined;
  }

  /**
   * Records the users a successful response returned. Only call it for a success with data: that is what X bills.
   * Resolves what was newly billed; a read-only ledger records nothing and resolves the estimate anyway.
   */
  record(entry: LedgerEntry): Promise<RecordResult> {
    return this.queue.run(() => this.locked(async () => {
      await this.load();
      const { data, newlyBilled } = recordReturned(this.data, entry, this.deps.now(), this.deps.keepDays ?? DEFAULT_KEEP_DAYS);
      if (newlyBilled > 0 && !this.readOnly) {
        await writeAtomically(this.dir, this.file, serializeLedger(data));
        this.data = data;
      }
      return { newlyBilled, usd: usdForUsers(newlyBilled), todayUsd: spendReport(this.readOnly ? data : this.data, this.deps.now()).today.usd };
    }));
  }

  /** The report by day, endpoint and account, from the file as it is now (other windows' records included). */
  report(): Promise<SpendReport> {
    return this.queue.run(async () => {
      await this.load();
      return spendReport(this.data, this.deps.now());
    });
  }

  /** Whether a user was billed today for `account` (any account when left out), for estimates; reads the file first. */
  billedToday(account?: string): Promise<BilledToday> {
    return this.queue.run(async () => {
      await this.load();
      return billedTodayChecker(this.data, this.deps.now(), account);
    });
  }

  /** Reads the file into memory; sets an unreadable one aside. Inside the queue; setting aside needs the lock. */
  private async load(): Promise<void> {
    let text: string | undefined;
    try {
      text = await readTextFile(this.file, LEDGER_MAX_BYTES);
    } catch (error) {
      if (!(error instanceof FileTooLargeError)) throw error;
      this.setReadOnly(`The spend ledger is read-only: ${LEDGER_FILE_NAME} is larger than ${LEDGER_MAX_BYTES / 1048576} MB. It was left unchanged.`);
      return;
    }
    if (text === undefined) {
      this.readOnlyReason = undefined;
      this.data = emptyLedger(this.deps.now());
      return;
    }
    const parsed = parseLedgerText(text);
    if (parsed.ok) {
      this.readOnlyReason = undefined;
      this.data = parsed.data;
      return;
    }
    if (parsed.reason === 'newer') {
      this.setReadOnly(`The spend ledger is read-only: ${LEDGER_FILE_NAME} was ${parsed.error}. It was left unchanged.`);
      return;
    }
    // Setting it aside is a change: under the lock, reading again what the file holds then (another window may have
    // just replaced it with a good one).
    if (!this.lockHeld) return this.locked(() => this.load());
    const backup = await moveToBackup(this.dir, this.file, new Date(this.deps.now()), LEDGER_STEM);
    if (backup === undefined) {
      // Gone meanwhile: whatever took it (another window) already reported it.
      this.data = emptyLedger(this.deps.now());
      return;
    }
    this.data = emptyLedger(this.deps.now());
    this.readOnlyReason = undefined;
    this.deps.notify(`The spend ledger could not be read (${parsed.error}). It was kept as ${path.basename(backup)} and a new one was started; ` +
      'until then, users fetched earlier today count as billable in estimates.', backup);
  }

  private setReadOnly(reason: string): void {
    const was = this.readOnlyReason;
    this.readOnlyReason = reason;
    this.data = emptyLedger(this.deps.now());
    if (was === undefined) this.deps.notify(reason);
  }

  private lockHeld = false;

  private async locked<T>(job: () => Promise<T>): Promise<T> {
    return withFileLock(path.join(this.dir, `${LEDGER_FILE_NAME}.lock`), async () => {
      this.lockHeld = true;
      try {
        return await job();
      } finally {
        this.lockHeld = false;
      }
    }, this.lockOptions);
  }
}
