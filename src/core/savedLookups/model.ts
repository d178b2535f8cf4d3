/**
 * Saved lookups and run history as data: the store format, its validation as untrusted input, and the pure operations
 * on it (history cap); the export format and the import merge are in exchange.ts. The file lives
 * on disk where people can edit, commit and share it, so reading it never trusts it, and writing it keeps a stable
 * shape that diffs well.
 *
 * No secret is ever stored: every record is rebuilt from whitelisted keys (requests through sanitizeRequest), so a
 * token that found its way into an object is dropped rather than written.
 */
import { lookupFromInput, pickRequestKeys } from '../request/argumentInput';
import type { LookupRequest } from '../request/lookupRequest';
import { HISTORY_LIMIT } from './limits';
import { validateName } from './name';
import { checkVersion, CONTROL_ALL, isEntryId, isRecord, isTimestamp, parseJson, readEntries } from './parse';
import type { EntryResult, ParseFailure, ParseSuccess } from './parse';

/** The version of `lookups.json` this code reads and writes. A newer file is refused, never downgraded. */
export const STORE_SCHEMA_VERSION = 1;
/** Longest history summary kept; a longer one is cut. */
export const SUMMARY_MAX_LENGTH = 200;
/** Longest account label kept with a history entry. */
export const ACCOUNT_MAX_LENGTH = 100;

/** A lookup the user kept under a name. */
export interface SavedLookup {
  readonly id: string;
  readonly name: string;
  /** Groups the lookup in the tree; without one it is grouped by endpoint. */
  readonly folder?: string;
  readonly request: LookupRequest;
  /** ISO 8601. */
  readonly createdAt: string;
  /** ISO 8601. */
  readonly updatedAt: string;
}

/** One lookup that was run. */
export interface HistoryEntry {
  readonly id: string;
  readonly request: LookupRequest;
  /** When it ran, ISO 8601. */
  readonly at: string;
  /** Whether the lookup succeeded (a 200 with partial errors still counts as ok). */
  readonly ok: boolean;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  readonly durationMs?: number;
  /** One line about the outcome, e.g. `200 · 3 users · 1 partial error`. */
  readonly summary: string;
  /** Where it went: the origin of the base URL, or the sandbox's own (then `sandbox` is true). */
  readonly origin?: string;
  /** Answered by the offline sandbox. */
  readonly sandbox?: boolean;
  /** Which credentials signed it, as a label (`@name`, `App (Bearer)`, `sandbox`): never a secret. */
  readonly account?: string;
  /** Its response was kept in the extension's storage (storage/historyResponses.ts), to be reopened without sending. */
  readonly stored?: boolean;
}

/** What a history entry carries before the store gives it an id and a time. */
export type NewHistoryEntry = Omit<HistoryEntry, 'id' | 'at'>;

/** The content of `lookups.json`. History is newest first. */
export interface StoreData {
  readonly schemaVersion: typeof STORE_SCHEMA_VERSION;
  readonly lookups: readonly SavedLookup[];
  readonly history: readonly HistoryEntry[];
}

export type StoreParseResult = ParseSuccess<StoreData> | ParseFailure;

/** An empty store. */
export function emptyStore(): StoreData {
  return { schemaVersion: STORE_SCHEMA_VERSION, lookups: [], history: [] };
}

/** The request rebuilt from its whitelisted keys in a fixed order, so files diff cleanly and nothing else leaks in. */
export function canonicalRequest(request: LookupRequest): LookupRequest {
  const out: { -readonly [K in keyof LookupRequest]: LookupRequest[K] } = { endpoint: request.endpoint };
  if (request.id !== undefined) out.id = request.id;
  if (request.ids !== undefined) out.ids = [...request.ids];
  if (request.username !== undefined) out.username = request.username;
  if (request.usernames !== undefined) out.usernames = [...request.usernames];
  if (request.userFields !== undefined) out.userFields = [...request.userFields];
  if (request.tweetFields !== undefined) out.tweetFields = [...request.tweetFields];
  if (request.expansions !== undefined) out.expansions = [...request.expansions];
  if (request.count !== undefined) out.count = request.count;
  if (request.cursor !== undefined) out.cursor = request.cursor;
  return out;
}

/**
 * Reads a request for the store from untrusted input (a file, a caller that may have attached anything). Unlike the
 * other readers of a request, this one drops unknown keys rather than refusing the request: a lookup in a file that
 * a person or a newer tool annotated is kept, and `token`, `authorization` and the like still never reach the disk.
 */
export function sanitizeRequest(raw: unknown): { readonly ok: true; readonly value: LookupRequest } | { readonly ok: false; readonly message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'the request must be an object with an "endpoint"' };
  }
  const parsed = lookupFromInput(pickRequestKeys(raw as Record<string, unknown>));
  return parsed.ok ? { ok: true, value: canonicalRequest(parsed.value) } : parsed;
}

/** Whether two requests ask for the same thing. */
export function sameRequest(a: LookupRequest, b: LookupRequest): boolean {
  return JSON.stringify(canonicalRequest(a)) === JSON.stringify(canonicalRequest(b));
}

/** Whether a history summary is safe to keep: one line, bounded. */
export function cleanSummary(summary: string): string {
  const flat = summary.replace(CONTROL_ALL, ' ').trim();
  return flat.length > SUMMARY_MAX_LENGTH ? flat.slice(0, SUMMARY_MAX_LENGTH - 1) + '…' : flat;
}

function readFolder(raw: Record<string, unknown>): EntryResult<string | undefined> {
  if (raw.folder === undefined || raw.folder === null || raw.folder === '') return { ok: true, value: undefined };
  const folder = validateName(raw.folder, 'folder');
  return folder.ok ? folder : { ok: false, message: folder.message };
}

/** What a lookup read from a file has whichever file it is in (the store or an export). */
export interface LookupFields {
  readonly name: string;
  readonly folder: string | undefined;
  readonly request: LookupRequest;
}

/** The name, folder and request of a lookup read from a file, checked the same way in the store and in an export. */
export function readLookupFields(raw: Record<string, unknown>): EntryResult<LookupFields> {
  const name = validateName(raw.name);
  if (!name.ok) return { ok: false, message: name.message };
  const folder = readFolder(raw);
  if (!folder.ok) return folder;
  const request = sanitizeRequest(raw.request);
  if (!request.ok) return { ok: false, message: `its request is invalid: ${request.message}` };
  return { ok: true, value: { name: name.value, folder: folder.value, request: request.value } };
}

function readSavedLookup(raw: unknown): EntryResult<SavedLookup> {
  if (!isRecord(raw)) return { ok: false, message: 'it is not an object' };
  if (!isEntryId(raw.id)) return { ok: false, message: 'its id is missing or not a short string' };
  const fields = readLookupFields(raw);
  if (!fields.ok) return fields;
  if (!isTimestamp(raw.createdAt) || !isTimestamp(raw.updatedAt)) {
    return { ok: false, message: 'createdAt and updatedAt must be ISO 8601 times' };
  }
  const { name, folder, request } = fields.value;
  return {
    ok: true,
    value: lookupRecord(raw.id, name, folder, request, raw.createdAt, raw.updatedAt),
  };
}

function isStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** `scheme://host[:port]`, nothing more (no user, path or query): what a history entry says it was sent to. */
export function isOrigin(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && /^https?:\/\/[^\s/@?#\\]+$/i.test(value);
}

/** An account label fit to keep: one line, bounded; undefined when there is nothing left. */
export function cleanAccount(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const flat = value.replace(CONTROL_ALL, ' ').trim();
  if (flat === '') return undefined;
  return flat.length > ACCOUNT_MAX_LENGTH ? flat.slice(0, ACCOUNT_MAX_LENGTH - 1) + '…' : flat;
}

function readHistoryEntry(raw: unknown): EntryResult<HistoryEntry> {
  if (!isRecord(raw)) return { ok: false, message: 'it is not an object' };
  if (!isEntryId(raw.id)) return { ok: false, message: 'its id is missing or not a short string' };
  const request = sanitizeRequest(raw.request);
  if (!request.ok) return { ok: false, message: `its request is invalid: ${request.message}` };
  if (!isTimestamp(raw.at)) return { ok: false, message: '"at" must be an ISO 8601 time' };
  if (typeof raw.ok !== 'boolean') return { ok: false, message: '"ok" must be true or false' };
  if (raw.status !== undefined && !isStatus(raw.status)) {
    return { ok: false, message: '"status" must be an HTTP status code' };
  }
  if (raw.durationMs !== undefined && !isDuration(raw.durationMs)) {
    return { ok: false, message: '"durationMs" must be a non-negative number' };
  }
  if (typeof raw.summary !== 'string') return { ok: false, message: '"summary" must be text' };
  return {
    ok: true,
    value: historyRecord(raw.id, request.value, raw.at, {
      ok: raw.ok,
      status: raw.status as number | undefined,
      durationMs: raw.durationMs as number | undefined,
      summary: raw.summary,
      // Added after the first release of this schema: read when they check out, dropped (not refused) otherwise.
      origin: raw.origin as string | undefined,
      sandbox: raw.sandbox as boolean | undefined,
      account: raw.account as string | undefined,
      stored: raw.stored as boolean | undefined,
    }),
  };
}

/** Builds a saved lookup from exactly its own keys. */
export function lookupRecord(
  id: string,
  name: string,
  folder: string | undefined,
  request: LookupRequest,
  createdAt: string,
  updatedAt: string,
): SavedLookup {
  const out: { -readonly [K in keyof SavedLookup]: SavedLookup[K] } = { id, name, request: canonicalRequest(request), createdAt, updatedAt };
  if (folder !== undefined) out.folder = folder;
  return out;
}

/** Builds a history entry from exactly its own keys. */
export function historyRecord(id: string, request: LookupRequest, at: string, outcome: NewHistoryEntry | Omit<NewHistoryEntry, 'request'>): HistoryEntry {
  const out: { -readonly [K in keyof HistoryEntry]: HistoryEntry[K] } = {
    id,
    request: canonicalRequest(request),
    at,
    ok: outcome.ok,
    summary: cleanSummary(outcome.summary),
  };
  // Values that would not read back (a status 0 for "no response", a negative duration) are left out, not stored.
  if (isStatus(outcome.status)) out.status = outcome.status;
  if (isDuration(outcome.durationMs)) out.durationMs = Math.round(outcome.durationMs);
  if (isOrigin(outcome.origin)) out.origin = outcome.origin;
  if (outcome.sandbox === true) out.sandbox = true;
  const account = cleanAccount(outcome.account);
  if (account !== undefined) out.account = account;
  if (outcome.stored === true) out.stored = true;
  return out;
}

/**
 * Reads `lookups.json`. Blank text is an empty store (nothing to recover). Entries that do not check out are dropped,
 * each with a warning; history beyond HISTORY_LIMIT is cut.
 */
export function parseStoreText(text: string): StoreParseResult {
  if (text.trim() === '') return { ok: true, data: emptyStore(), warnings: [] };
  const json = parseJson(text, 'The saved lookups file');
  if (!json.ok) return json;
  if (!isRecord(json.value)) return { ok: false, reason: 'corrupt', error: 'The saved lookups file does not hold a JSON object' };
  const root = json.value;
  const version = checkVersion(root.schemaVersion, STORE_SCHEMA_VERSION, 'The saved lookups file');
  if (version) return version;
  const warnings: string[] = [];
  const lookups = readEntries('lookup', root.lookups, readSavedLookup, warnings);
  let history = readEntries('history entry', root.history, readHistoryEntry, warnings);
  if (history.length > HISTORY_LIMIT) history = history.slice(0, HISTORY_LIMIT);
  return { ok: true, data: { schemaVersion: STORE_SCHEMA_VERSION, lookups, history }, warnings };
}

/** Pretty JSON with a fixed key order and a closing newline: a file a team can commit and diff. */
export function serializeStore(data: StoreData): string {
  const out = {
    schemaVersion: STORE_SCHEMA_VERSION,
    lookups: data.lookups.map((l) => lookupRecord(l.id, l.name, l.folder, l.request, l.createdAt, l.updatedAt)),
    history: data.history.slice(0, HISTORY_LIMIT).map((h) => historyRecord(h.id, h.request, h.at, h)),
  };
  return JSON.stringify(out, undefined, 2) + '\n';
}

/** The history with one more entry in front, cut to HISTORY_LIMIT. */
export function addHistory(history: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  return [entry, ...history].slice(0, limit);
}

/** The history without the entry `id`, and whether it held one. */
export function removeHistory(history: readonly HistoryEntry[], id: string): { readonly history: readonly HistoryEntry[]; readonly removed: boolean } {
  const kept = history.filter((entry) => entry.id !== id);
  return { history: kept, removed: kept.length !== history.length };
}
