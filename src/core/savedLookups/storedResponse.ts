/**
 * The response kept for one history entry, so a click on the entry reopens what came back instead of sending the
 * request again (which costs money and rate limit with real credentials). A file per entry beside the store
 * (storage/historyResponses.ts); this module is its format, read back as untrusted input, and the rules of what is
 * kept: the redacted document text, the headers through safeHeaders, never a credential.
 */
import type { AuthKind } from '../catalog/endpoints';
import type { Problem } from '../response/apiError';
import { safeHeaders } from '../response/exchangeText';
import type { RateLimitInfo } from '../response/rateLimit';
import { RESPONSE_MAX_BYTES, RESPONSES_TOTAL_MAX_BYTES } from './limits';
import { cleanAccount, isOrigin } from './model';
import { isRecord, isTimestamp } from './parse';

/** The version of a kept response file this code reads and writes. */
export const STORED_RESPONSE_VERSION = 1;

/** What is kept of one lookup's answer. */
export interface StoredResponse {
  /** When the lookup ran, ISO 8601 (the history entry's `at`). */
  readonly at: string;
  readonly ok: boolean;
  readonly status?: number;
  /** The URL requested; it never holds a secret (auth goes in a header). */
  readonly url?: string;
  /** Response headers, through safeHeaders. */
  readonly headers: Readonly<Record<string, string>>;
  /** The result document's text: the body as shown (already cleaned of secrets where the engine answered). */
  readonly text: string;
  /** Partial errors of a success, or the problems of a failure: the diagnostics of the reopened document. */
  readonly problems: readonly Problem[];
  readonly errorKind?: string;
  readonly errorMessage?: string;
  readonly durationMs?: number;
  readonly attempts?: number;
  readonly rateLimit?: RateLimitInfo;
  readonly sandbox: boolean;
  /** Which credentials signed it, as a label. */
  readonly signedWith?: string;
  /** The kind of those credentials, for the raw request view (shown masked). */
  readonly auth?: AuthKind;
  /** Where it went. */
  readonly origin?: string;
}

export type StoredResponseRead = { readonly ok: true; readonly value: StoredResponse } | { readonly ok: false; readonly message: string };

const MESSAGE_MAX = 2000;
const URL_MAX = 8192;

function isStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function shortText(value: unknown, max = MESSAGE_MAX): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, max) : undefined;
}

function readRateLimit(value: unknown): RateLimitInfo | undefined {
  if (!isRecord(value) || !isCount(value.limit) || !isCount(value.remaining) || !isCount(value.reset)) return undefined;
  return { limit: value.limit, remaining: value.remaining, reset: value.reset };
}

function isAuthKind(value: unknown): value is AuthKind {
  return value === 'bearer' || value === 'oauth1' || value === 'oauth2';
}

/**
 * The response rebuilt from exactly its own keys, each checked: what is written and what is read back go through
 * here, so a key a caller (or a hand-edited file) attached never reaches the disk or the document.
 */
export function storedResponseRecord(raw: Record<string, unknown>): StoredResponseRead {
  if (!isTimestamp(raw.at)) return { ok: false, message: '"at" must be an ISO 8601 time' };
  if (typeof raw.ok !== 'boolean') return { ok: false, message: '"ok" must be true or false' };
  if (typeof raw.text !== 'string') return { ok: false, message: '"text" must be text' };
  const headers = isRecord(raw.headers)
    ? safeHeaders(Object.fromEntries(Object.entries(raw.headers).filter((e): e is [string, string] => typeof e[1] === 'string')))
    : {};
  const problems = Array.isArray(raw.problems) ? (raw.problems.filter(isRecord) as Problem[]) : [];
  const out: { -readonly [K in keyof StoredResponse]: StoredResponse[K] } = {
    at: raw.at,
    ok: raw.ok,
    headers,
    text: raw.text,
    problems,
    sandbox: raw.sandbox === true,
  };
  if (isStatus(raw.status)) out.status = raw.status;
  const url = shortText(raw.url, URL_MAX);
  if (url !== undefined && /^https?:\/\//i.test(url)) out.url = url;
  const errorKind = shortText(raw.errorKind, 40);
  if (errorKind !== undefined) out.errorKind = errorKind;
  const errorMessage = shortText(raw.errorMessage);
  if (errorMessage !== undefined) out.errorMessage = errorMessage;
  if (isCount(raw.durationMs)) out.durationMs = Math.round(raw.durationMs);
  if (isCount(raw.attempts) && Number.isInteger(raw.attempts)) out.attempts = raw.attempts;
  const rateLimit = readRateLimit(raw.rateLimit);
  if (rateLimit) out.rateLimit = rateLimit;
  const signedWith = cleanAccount(raw.signedWith);
  if (signedWith !== undefined) out.signedWith = signedWith;
  if (isAuthKind(raw.auth)) out.auth = raw.auth;
  if (isOrigin(raw.origin)) out.origin = raw.origin;
  return { ok: true, value: out };
}

/** The file's text: `{ version, response }`, one line (nobody diffs these; they are rewritten whole). */
export function serializeStoredResponse(response: StoredResponse): string {
  const checked = storedResponseRecord(response as unknown as Record<string, unknown>);
  if (!checked.ok) throw new Error(`The response cannot be kept: ${checked.message}`);
  return JSON.stringify({ version: STORED_RESPONSE_VERSION, response: checked.value }) + '\n';
}

/** Reads a kept response file; anything else (another version, a damaged file) is refused with why. */
export function parseStoredResponse(text: string): StoredResponseRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the file is not JSON' };
  }
  if (!isRecord(json)) return { ok: false, message: 'the file does not hold a JSON object' };
  if (json.version !== STORED_RESPONSE_VERSION) return { ok: false, message: `version ${String(json.version)} is not the ${STORED_RESPONSE_VERSION} this version reads` };
  if (!isRecord(json.response)) return { ok: false, message: 'the file holds no response' };
  return storedResponseRecord(json.response);
}

/** Bytes of the text in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a response file of `bytes` is kept at all. */
export function fitsOneResponse(bytes: number, max = RESPONSE_MAX_BYTES): boolean {
  return bytes <= max;
}

/** History ids are file names here: only plain ones are (the store's are UUIDs), so none can climb out of the folder. */
export function isFileSafeId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,128}$/.test(id);
}

/** One kept response file, as the folder listing sees it. */
export interface KeptFile {
  readonly id: string;
  readonly bytes: number;
  /** Last written, ms since the epoch. */
  readonly modifiedMs: number;
}

/**
 * Which kept responses to delete: those whose history entry is gone (`history`, newest first), except files younger
 * than `graceMs` (another window may have written one whose entry this window has not read yet); then, oldest entry
 * first, as many as it takes to bring the total under `totalMax`.
 */
export function responsesToEvict(
  files: readonly KeptFile[],
  history: readonly string[],
  nowMs: number,
  { graceMs = 10_000, totalMax = RESPONSES_TOTAL_MAX_BYTES }: { readonly graceMs?: number; readonly totalMax?: number } = {},
): string[] {
  const rank = new Map(history.map((id, i) => [id, i]));
  const evict: string[] = [];
  const kept: KeptFile[] = [];
  for (const file of files) {
    if (!rank.has(file.id) && nowMs - file.modifiedMs >= graceMs) evict.push(file.id);
    else kept.push(file);
  }
  let total = kept.reduce((sum, file) => sum + file.bytes, 0);
  // Oldest first: files of unknown entries (young ones) count as newest.
  const byAge = [...kept].sort((a, b) => (rank.get(b.id) ?? -1) - (rank.get(a.id) ?? -1));
  for (const file of byAge) {
    if (total <= totalMax) break;
    evict.push(file.id);
    total -= file.bytes;
  }
  return evict;
}
