/**
 * The export format of saved lookups: the lookups without the history, for sharing, and the merge that adds an
 * imported file to what is saved. An export is read as untrusted input exactly like the store (savedLookupsParse.ts),
 * but is more forgiving: a hand-written file may leave out ids and times.
 */
import type { LookupRequest } from '../request/lookupRequest';
import { lookupRecord, readLookupFields, sameRequest } from './model';
import { suffixedName } from './name';
import type { SavedLookup } from './model';
import { checkVersion, isEntryId, isRecord, isTimestamp, parseJson, readEntries } from './parse';
import type { EntryResult, ParseFailure, ParseSuccess } from './parse';

/** The version of the export format (saved lookups without history, for sharing). */
export const EXPORT_SCHEMA_VERSION = 1;
/** The `kind` of an export file, so an unrelated JSON file is not mistaken for one. */
export const EXPORT_KIND = 'x-api-explorer.savedLookups';

/** A lookup read from an export file: the id and times may be missing in a hand-written one. */
export interface ExportedLookup {
  readonly id?: string;
  readonly name: string;
  readonly folder?: string;
  readonly request: LookupRequest;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/** The content of an export file. */
export interface ExportData {
  readonly lookups: readonly ExportedLookup[];
}

export type ExportParseResult = ParseSuccess<ExportData> | ParseFailure;

/** What an import did. */
export interface MergeResult {
  /** The saved lookups after the import. */
  readonly lookups: readonly SavedLookup[];
  /** Lookups added (including renamed copies). */
  readonly added: number;
  /** Lookups identical to one already saved, so not added again. */
  readonly skipped: number;
  /** Lookups whose id was taken by a different lookup: added under a new id, the name suffixed ` (imported)`. */
  readonly renamed: number;
}

function readExportedLookup(raw: unknown): EntryResult<ExportedLookup> {
  if (!isRecord(raw)) return { ok: false, message: 'it is not an object' };
  if (raw.id !== undefined && !isEntryId(raw.id)) return { ok: false, message: 'its id is not a short string' };
  const fields = readLookupFields(raw);
  if (!fields.ok) return fields;
  const { name, folder, request } = fields.value;
  const out: { -readonly [K in keyof ExportedLookup]: ExportedLookup[K] } = { name, request };
  if (typeof raw.id === 'string') out.id = raw.id;
  if (folder !== undefined) out.folder = folder;
  if (isTimestamp(raw.createdAt)) out.createdAt = raw.createdAt;
  if (isTimestamp(raw.updatedAt)) out.updatedAt = raw.updatedAt;
  return { ok: true, value: out };
}

/** Reads an export file (saved lookups without history). Entries that do not check out are dropped with a warning. */
export function parseExportText(text: string): ExportParseResult {
  const json = parseJson(text, 'The file');
  if (!json.ok) return json;
  if (!isRecord(json.value) || json.value.kind !== EXPORT_KIND) {
    return { ok: false, reason: 'corrupt', error: `The file is not an X API Explorer export (its "kind" is not "${EXPORT_KIND}")` };
  }
  const root = json.value;
  const version = checkVersion(root.schemaVersion, EXPORT_SCHEMA_VERSION, 'The export file');
  if (version) return version;
  if (!Array.isArray(root.lookups)) return { ok: false, reason: 'corrupt', error: 'The export file has no "lookups" list' };
  const warnings: string[] = [];
  const lookups = readEntries('lookup', root.lookups, readExportedLookup, warnings);
  return { ok: true, data: { lookups }, warnings };
}

/** The export of some saved lookups, history left out. */
export function serializeExport(lookups: readonly SavedLookup[], schemaUrl?: string): string {
  const out = {
    ...(schemaUrl === undefined ? {} : { $schema: schemaUrl }),
    kind: EXPORT_KIND,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    lookups: lookups.map((l) => lookupRecord(l.id, l.name, l.folder, l.request, l.createdAt, l.updatedAt)),
  };
  return JSON.stringify(out, undefined, 2) + '\n';
}

function sameContent(a: SavedLookup, b: ExportedLookup): boolean {
  return a.name === b.name && a.folder === b.folder && sameRequest(a.request, b.request);
}

/**
 * Adds imported lookups to the saved ones. An id already taken by an identical lookup (same name, folder and
 * request) is skipped; taken by a different one, the import is kept too, under a new id with ` (imported)` added to
 * its name. Nothing saved is ever replaced.
 */
export function mergeImport(
  existing: readonly SavedLookup[],
  imported: readonly ExportedLookup[],
  deps: { readonly newId: () => string; readonly now: string },
): MergeResult {
  const lookups = [...existing];
  const byId = new Map(existing.map((l) => [l.id, l]));
  let added = 0;
  let skipped = 0;
  let renamed = 0;
  for (const entry of imported) {
    const clash = entry.id === undefined ? undefined : byId.get(entry.id);
    if (clash && sameContent(clash, entry)) {
      skipped++;
      continue;
    }
    let id = entry.id;
    let name = entry.name;
    if (clash) {
      name = suffixedName(entry.name, ' (imported)');
      renamed++;
    }
    if (id === undefined || clash) {
      do id = deps.newId(); while (byId.has(id));
    }
    const createdAt = entry.createdAt ?? entry.updatedAt ?? deps.now;
    const record = lookupRecord(id, name, entry.folder, entry.request, createdAt, entry.updatedAt ?? createdAt);
    lookups.push(record);
    byId.set(id, record);
    added++;
  }
  return { lookups, added, skipped, renamed };
}
