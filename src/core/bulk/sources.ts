/**
 * Where the values of a bulk lookup come from, read into one list: a text (a selection, a file) with one value per
 * line or separated by commas or spaces, a column of a CSV/TSV table with a header, or a list from a command's argument
 * object. Every value is checked by the catalogue's one rule (endpoints.ts isWellFormed) and deduplicated by its
 * sameUserKey (usernames whatever their case, ids exactly as written, always as strings); what is refused is listed
 * with where it was, so a person can fix the file. Nothing here sends anything.
 */
import { isWellFormed, sameUserKey, type ValueKind } from '../catalog/endpoints';
import { parseCsv, sniffDelimiter, type CsvDelimiter } from './csv';

/** What to read the values from. */
export type BulkSource =
  /** Free text: values split on line breaks, commas, semicolons and white space. */
  | { readonly kind: 'text'; readonly text: string }
  /**
   * A table whose first record is a header. `column` is a header name (matched ignoring case and surrounding space)
   * or a 0-based index; left out, a table with one column uses it, and a wider one the column whose header names the
   * kind (`id`, `user_id`, `ids` / `username`, `screen_name`, `handle`, ...). `delimiter` is sniffed from the header
   * line when left out.
   */
  | { readonly kind: 'table'; readonly text: string; readonly column?: string | number; readonly delimiter?: CsvDelimiter }
  /** A list as a command's argument object gives it: anything that is not a string is refused. */
  | { readonly kind: 'list'; readonly values: readonly unknown[] };

/** A value that will not be sent, and where it was. */
export interface RefusedValue {
  /** The value as read (control characters shown as `?`, long ones cut), or a description of a non-string. */
  readonly value: string;
  /** 0-based position among all the values read, refused ones included. */
  readonly index: number;
  /** 1-based line of the file, for text and tables. */
  readonly line?: number;
  /** 1-based column (character) of the line where the value starts, for text. */
  readonly column?: number;
  readonly message: string;
}

/** The values read from a source. */
export interface BulkValues {
  readonly kind: ValueKind;
  /** Well-formed, distinct by sameUserKey, in the order first seen: what will be sent. */
  readonly values: readonly string[];
  readonly invalid: readonly RefusedValue[];
  /** Values left out because an earlier one names the same user. */
  readonly duplicates: number;
  /** Every value read, before validation and dedupe. */
  readonly read: number;
}

export type BulkValuesResult =
  | ({ readonly ok: true } & BulkValues)
  /** The source itself could not be read (a quote never closed, no such column); no value was taken from it. */
  | { readonly ok: false; readonly message: string; readonly line?: number };

const RULE: Readonly<Record<ValueKind, string>> = {
  id: 'is not an id: 1 to 19 digits (^[0-9]{1,19}$)',
  username: 'is not a username: 1 to 15 letters, digits or underscores (^[A-Za-z0-9_]{1,15}$)',
};

/** Header names that say which column holds the values, for a table given without a column. */
const COLUMN_NAMES: Readonly<Record<ValueKind, readonly string[]>> = {
  id: ['id', 'ids', 'user_id', 'userid', 'user id', 'author_id', 'id_str'],
  username: ['username', 'usernames', 'screen_name', 'screenname', 'handle', 'user', 'user_name'],
};

/** Reads, validates and deduplicates the values of `source` as ids or usernames. */
export function readBulkValues(source: BulkSource, kind: ValueKind): BulkValuesResult {
  const collector = new Collector(kind);
  switch (source.kind) {
    case 'text':
      readText(source.text, collector);
      break;
    case 'list':
      for (const value of source.values) {
        if (typeof value === 'string') collector.add(value.trim(), {});
        else if (typeof value === 'number') collector.refuse(String(value), {}, 'is a number: ids must be strings (a large id loses digits as a number)');
        else collector.refuse(describe(value), {}, 'is not a string');
      }
      break;
    case 'table': {
      const problem = readTable(source, collector);
      if (problem) return { ok: false, ...problem };
      break;
    }
  }
  return { ok: true, ...collector.result() };
}

/** The header of a table, for a column picker; undefined when the text is not a readable table. */
export function tableHeader(text: string, delimiter?: CsvDelimiter): readonly string[] | undefined {
  const parsed = parseCsv(text, delimiter ?? sniffDelimiter(text));
  return parsed.ok && parsed.records.length > 0 ? parsed.records[0].cells.map((cell) => cell.trim()) : undefined;
}

interface Where {
  readonly line?: number;
  readonly column?: number;
}

class Collector {
  private readonly seen = new Set<string>();
  private readonly values: string[] = [];
  private readonly invalid: RefusedValue[] = [];
  private duplicates = 0;
  private read = 0;

  constructor(readonly kind: ValueKind) {}

  add(raw: string, where: Where): void {
    // `@jack` is how people write a handle in a spreadsheet; the @ is not part of the username.
    const value = this.kind === 'username' && raw.startsWith('@') ? raw.slice(1) : raw;
    if (!isWellFormed(this.kind, value)) return this.refuse(raw, where, RULE[this.kind]);
    this.read++;
    const key = sameUserKey(this.kind, value);
    if (this.seen.has(key)) {
      this.duplicates++;
      return;
    }
    this.seen.add(key);
    this.values.push(value);
  }

  refuse(value: string, where: Where, message: string): void {
    this.invalid.push({ value: printable(value), index: this.read++, ...where, message: `"${printable(value)}" ${message}` });
  }

  result(): BulkValues {
    return { kind: this.kind, values: this.values, invalid: this.invalid, duplicates: this.duplicates, read: this.read };
  }
}

/** Splits on line breaks, commas, semicolons and white space, keeping each value's line and column. */
function readText(text: string, collector: Collector): void {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  for (let l = 0; l < lines.length; l++) {
    for (const match of lines[l].matchAll(/[^\s,;]+/g)) {
      collector.add(match[0], { line: l + 1, column: (match.index ?? 0) + 1 });
    }
  }
}

function readTable(
  source: Extract<BulkSource, { kind: 'table' }>, collector: Collector,
): { message: string; line?: number } | undefined {
  const parsed = parseCsv(source.text, source.delimiter ?? sniffDelimiter(source.text));
  if (!parsed.ok) return { message: parsed.message, line: parsed.line };
  const [header, ...rows] = parsed.records;
  if (!header) return { message: 'the table is empty: it needs a header line and one value per row' };
  const names = header.cells.map((cell) => cell.trim());
  const index = pickColumn(names, source.column, collector.kind);
  if (typeof index === 'string') return { message: index, line: header.line };
  for (const row of rows) {
    const cell = (row.cells[index] ?? '').trim();
    // A short row or an empty cell is a row without a value, not an invalid one (spreadsheets pad ragged tables).
    if (cell !== '') collector.add(cell, { line: row.line });
  }
  return undefined;
}

/** The 0-based index of the column to read, or why there is none. */
function pickColumn(names: readonly string[], column: string | number | undefined, kind: ValueKind): number | string {
  const listed = names.map((name) => `"${printable(name)}"`).join(', ');
  if (typeof column === 'number') {
    if (Number.isInteger(column) && column >= 0 && column < names.length) return column;
    return `the table has ${names.length} column${names.length === 1 ? '' : 's'} (${listed}); there is no column ${column + 1}`;
  }
  if (column !== undefined) {
    const wanted = column.trim().toLowerCase();
    const found = names.findIndex((name) => name.toLowerCase() === wanted);
    return found >= 0 ? found : `the table has no column "${printable(column)}"; its columns are ${listed}`;
  }
  if (names.length === 1) return 0;
  const known = names.findIndex((name) => COLUMN_NAMES[kind].includes(name.toLowerCase()));
  return known >= 0 ? known : `pick a column: the table has ${names.length} (${listed})`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

const CONTROL = /[\x00-\x1f\x7f]/g;

function printable(value: string): string {
  const clean = value.replace(CONTROL, '?');
  return clean.length > 40 ? clean.slice(0, 37) + '...' : clean;
}
