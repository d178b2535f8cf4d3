/**
 * The spend ledger's data: what pay-per-use billed, per UTC day. X charges a user read once per resource per UTC day
 * (CONTRACTS.md, Cost), so the ledger keeps, for the current UTC day, the distinct user ids returned by successful
 * responses per account (with their usernames, so an estimate by username can tell a user billed earlier today), and
 * for every day a summary: users billed by account and endpoint. Only the current day's ids matter for what is billed
 * next; older days keep their counts alone, which keeps the file small however much is looked up.
 *
 * A user returned twice in one UTC day, by any endpoint, is billed once for that account and counted under the endpoint
 * that returned it first. Account labels are names a person recognises (`@jack`, `App (Bearer)`): never a token.
 * Pure: the clock's reading comes in, so the 23:59 / 00:01 rule is tested without waiting for midnight.
 */
import { PRICE_PER_USER_USD, usdForUsers, type BilledToday } from '../catalog/cost';
import type { EndpointId, ValueKind } from '../catalog/endpoints';

export const LEDGER_VERSION = 1;
/** Days of summaries kept, today included. */
export const DEFAULT_KEEP_DAYS = 92;
/**
 * Ids remembered for the current day, over every account. Past it new users are still counted, just not remembered,
 * so an estimate counts them as billable again: an over-estimate, the safe side. (500,000 users is $5,000 a day.)
 */
export const MAX_BILLED_IDS = 500_000;
/** Longest account label kept; longer ones are cut. */
const MAX_LABEL_CHARS = 80;

/** Users billed on one day: by account label, then by endpoint. */
export interface DaySummary {
  /** `YYYY-MM-DD`, UTC. */
  readonly day: string;
  readonly accounts: { readonly [account: string]: { readonly [endpoint: string]: number } };
}

/** The ids billed on the current day, by account: id to lower-case username ('' when the answer had none). */
export interface BilledIds {
  readonly day: string;
  readonly accounts: { readonly [account: string]: { readonly [id: string]: string } };
}

export interface LedgerData {
  readonly version: typeof LEDGER_VERSION;
  /** Newest first, at most keepDays. */
  readonly days: readonly DaySummary[];
  readonly billed: BilledIds;
}

/** One user a successful response returned. */
export interface ReturnedUser {
  readonly id: string;
  readonly username?: string;
}

/** What one successful response returned, to be recorded. */
export interface LedgerEntry {
  readonly endpoint: EndpointId;
  readonly account: string;
  readonly users: readonly ReturnedUser[];
}

/** The UTC day of a moment, `YYYY-MM-DD`. */
export function utcDay(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10);
}

export function emptyLedger(nowMs: number): LedgerData {
  return { version: LEDGER_VERSION, days: [], billed: { day: utcDay(nowMs), accounts: {} } };
}

/** An account label as stored: printable, trimmed, at most MAX_LABEL_CHARS. */
export function ledgerLabel(account: string): string {
  const clean = account.replace(/[\x00-\x1f\x7f]/g, '').trim();
  return (clean === '' ? 'unnamed account' : clean).slice(0, MAX_LABEL_CHARS);
}

/**
 * Records what a response returned. Resolves the ledger after it and how many of the users were newly billed (not
 * billed earlier the same UTC day for the same account).
 */
export function recordReturned(
  data: LedgerData, entry: LedgerEntry, nowMs: number, keepDays = DEFAULT_KEEP_DAYS,
): { readonly data: LedgerData; readonly newlyBilled: number } {
  const day = utcDay(nowMs);
  const rolled = rollOver(data, day, keepDays);
  const account = ledgerLabel(entry.account);
  const known = rolled.billed.accounts[account] ?? {};
  let remembered = Object.values(rolled.billed.accounts).reduce((sum, ids) => sum + Object.keys(ids).length, 0);
  const ids: { [id: string]: string } = { ...known };
  let newlyBilled = 0;
  for (const user of entry.users) {
    if (typeof user.id !== 'string' || !/^[0-9]{1,19}$/.test(user.id)) continue;
    if (Object.prototype.hasOwnProperty.call(ids, user.id)) continue;
    newlyBilled++;
    if (remembered < MAX_BILLED_IDS) {
      ids[user.id] = typeof user.username === 'string' ? user.username.toLowerCase() : '';
      remembered++;
    }
  }
  if (newlyBilled === 0) return { data: rolled, newlyBilled };
  const [first, ...rest] = rolled.days;
  const today: DaySummary = first?.day === day ? first : { day, accounts: {} };
  const counts = today.accounts[account] ?? {};
  const summary: DaySummary = {
    day,
    accounts: { ...today.accounts, [account]: { ...counts, [entry.endpoint]: (counts[entry.endpoint] ?? 0) + newlyBilled } },
  };
  const days = first?.day === day ? [summary, ...rest] : [summary, ...rolled.days];
  return {
    data: { version: LEDGER_VERSION, days: days.slice(0, keepDays), billed: { day, accounts: { ...rolled.billed.accounts, [account]: ids } } },
    newlyBilled,
  };
}

/** The ledger as of `day`: a new UTC day forgets yesterday's ids (they are billable again) and keeps its counts. */
function rollOver(data: LedgerData, day: string, keepDays: number): LedgerData {
  if (data.billed.day === day) return data;
  return { version: LEDGER_VERSION, days: data.days.filter((summary) => summary.day <= day).slice(0, keepDays), billed: { day, accounts: {} } };
}

/**
 * Whether a user was billed today for `account` (when given; any account when not), for estimates. Stale ids (an
 * earlier day's) count for nothing.
 */
export function billedTodayChecker(data: LedgerData, nowMs: number, account?: string): BilledToday {
  if (data.billed.day !== utcDay(nowMs)) return () => false;
  const lists = account === undefined ? Object.values(data.billed.accounts) : [data.billed.accounts[ledgerLabel(account)] ?? {}];
  const ids = new Set<string>();
  const usernames = new Set<string>();
  for (const list of lists) {
    for (const [id, username] of Object.entries(list)) {
      ids.add(id);
      if (username !== '') usernames.add(username);
    }
  }
  return (kind: ValueKind, value: string) => (kind === 'id' ? ids.has(value) : usernames.has(value.replace(/^@/, '').toLowerCase()));
}

/** One line of the report. */
export interface SpendLine {
  readonly users: number;
  readonly usd: number;
}

export interface DayReport extends SpendLine {
  readonly day: string;
  readonly byEndpoint: { readonly [endpoint: string]: SpendLine };
  readonly byAccount: { readonly [account: string]: SpendLine };
}

export interface SpendReport {
  /** Today's UTC day and what was billed on it so far. */
  readonly today: DayReport;
  /** Newest first, today included when anything was billed. */
  readonly days: readonly DayReport[];
  readonly unitUsd: number;
}

/** The report by day, endpoint and account. */
export function spendReport(data: LedgerData, nowMs: number): SpendReport {
  const day = utcDay(nowMs);
  const days = data.days.filter((summary) => summary.day <= day).map(dayReport);
  const today = days.find((report) => report.day === day) ?? { day, users: 0, usd: 0, byEndpoint: {}, byAccount: {} };
  return { today, days, unitUsd: PRICE_PER_USER_USD };
}

function dayReport(summary: DaySummary): DayReport {
  const byEndpoint: { [endpoint: string]: SpendLine } = {};
  const byAccount: { [account: string]: SpendLine } = {};
  let users = 0;
  for (const [account, endpoints] of Object.entries(summary.accounts)) {
    let accountUsers = 0;
    for (const [endpoint, count] of Object.entries(endpoints)) {
      accountUsers += count;
      const before = byEndpoint[endpoint]?.users ?? 0;
      byEndpoint[endpoint] = { users: before + count, usd: usdForUsers(before + count) };
    }
    byAccount[account] = { users: accountUsers, usd: usdForUsers(accountUsers) };
    users += accountUsers;
  }
  return { day: summary.day, users, usd: usdForUsers(users), byEndpoint, byAccount };
}

export function serializeLedger(data: LedgerData): string {
  return JSON.stringify(data) + '\n';
}

export type LedgerParse =
  | { readonly ok: true; readonly data: LedgerData }
  | { readonly ok: false; readonly reason: 'corrupt' | 'newer'; readonly error: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a ledger file's text; anything that is not a ledger this version wrote is `corrupt` (or `newer`). */
export function parseLedgerText(text: string): LedgerParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'corrupt', error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'corrupt', error: 'not a ledger object' };
  const v = raw as Record<string, unknown>;
  if (typeof v.version === 'number' && v.version > LEDGER_VERSION) {
    return { ok: false, reason: 'newer', error: `written by a newer version (format ${v.version})` };
  }
  if (v.version !== LEDGER_VERSION) return { ok: false, reason: 'corrupt', error: 'no ledger version' };
  if (!Array.isArray(v.days) || !v.days.every(isDaySummary)) return { ok: false, reason: 'corrupt', error: 'the days are not readable' };
  if (!isBilled(v.billed)) return { ok: false, reason: 'corrupt', error: "today's ids are not readable" };
  return { ok: true, data: { version: LEDGER_VERSION, days: v.days as DaySummary[], billed: v.billed } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDaySummary(value: unknown): value is DaySummary {
  if (!isRecord(value) || typeof value.day !== 'string' || !DAY.test(value.day) || !isRecord(value.accounts)) return false;
  return Object.values(value.accounts).every((endpoints) =>
    isRecord(endpoints) && Object.values(endpoints).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0));
}

function isBilled(value: unknown): value is BilledIds {
  if (!isRecord(value) || typeof value.day !== 'string' || !DAY.test(value.day) || !isRecord(value.accounts)) return false;
  return Object.values(value.accounts).every((ids) =>
    isRecord(ids) && Object.entries(ids).every(([id, username]) => /^[0-9]{1,19}$/.test(id) && typeof username === 'string'));
}
