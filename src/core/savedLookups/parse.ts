/**
 * Reading a saved-lookups file (the store or an export) as untrusted input: JSON with or without a BOM, a schema
 * version that may be newer than this code, and lists whose entries are checked one by one, each bad one dropped with
 * a warning that names it. Shared by both formats so they judge a file the same way.
 */

/** Longest entry id accepted from a file. */
const ID_MAX_LENGTH = 128;

/** Control characters and line separators: names and summaries are one line of plain text. */
export const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/;
export const CONTROL_ALL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g;

/**
 * A reading that failed. `corrupt`: not JSON or not the shape of the file at all (safe to set aside and start over);
 * `newer`: written by a newer version, which must be left exactly as it is.
 */
export interface ParseFailure {
  readonly ok: false;
  readonly reason: 'corrupt' | 'newer';
  readonly error: string;
}

/** A reading that worked, with a warning for every entry that was dropped. */
export interface ParseSuccess<T> {
  readonly ok: true;
  readonly data: T;
  readonly warnings: readonly string[];
}

/** One entry read from a file, or why it was dropped. */
export type EntryResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= ID_MAX_LENGTH && !CONTROL.test(value);
}

/** How an entry is named in a warning: its name or id when it has one, its position always. */
function entryLabel(kind: string, index: number, raw: unknown): string {
  const position = `${kind} #${index + 1}`;
  if (!isRecord(raw)) return position;
  const name = typeof raw.name === 'string' ? raw.name.replace(CONTROL_ALL, '?').slice(0, 60) : undefined;
  const id = typeof raw.id === 'string' ? raw.id.replace(CONTROL_ALL, '?').slice(0, 60) : undefined;
  if (name !== undefined && name !== '') return `${position} "${name}"${id ? ` (id ${id})` : ''}`;
  return id ? `${position} (id ${id})` : position;
}

/** Reads a list of entries, dropping (with a warning naming it) each one that does not check out, and repeated ids. */
export function readEntries<T extends { readonly id?: string }>(
  kind: string,
  raw: unknown,
  read: (entry: unknown) => EntryResult<T>,
  warnings: string[],
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warnings.push(`"${kind === 'lookup' ? 'lookups' : 'history'}" is not a list; all of it was dropped`);
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  raw.forEach((entry, index) => {
    const result = read(entry);
    if (!result.ok) {
      warnings.push(`${entryLabel(kind, index, entry)} was dropped: ${result.message}`);
      return;
    }
    const id = result.value.id;
    if (id !== undefined) {
      if (seen.has(id)) {
        warnings.push(`${entryLabel(kind, index, entry)} was dropped: its id repeats an earlier entry's`);
        return;
      }
      seen.add(id);
    }
    out.push(result.value);
  });
  return out;
}

/** Parses the text, a leading byte order mark (some editors save one) skipped; bad JSON is `corrupt`. */
export function parseJson(text: string, what: string): { ok: true; value: unknown } | ParseFailure {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    return { ok: false, reason: 'corrupt', error: `${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Undefined when `value` is the version this code reads; `newer` when it is a later one, which must be left alone. */
export function checkVersion(value: unknown, supported: number, what: string): ParseFailure | undefined {
  if (value === supported) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > supported) {
    return {
      ok: false,
      reason: 'newer',
      error: `${what} has schema version ${value}, written by a newer version of X API Explorer; ` +
        `this version reads version ${supported} only. Update the extension to use it. The file was left unchanged.`,
    };
  }
  return { ok: false, reason: 'corrupt', error: `${what} has no valid schemaVersion (expected ${supported}, got ${JSON.stringify(value) ?? 'none'})` };
}
