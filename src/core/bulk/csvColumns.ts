/**
 * The columns of a CSV export: `id`, `name`, `username` (what every answer carries), then the requested user fields
 * in the order asked. An object field whose documented members are all plain values is flattened into one column per
 * member (`public_metrics.followers_count`, ...), as the field docs of that vocabulary list them; any other object or
 * list (entities, connection_status) is one column holding its JSON text. The columns are fixed before the first
 * user arrives, so the file can be written as the batches come in.
 */
import type { Vocabulary } from '../catalog/vocabulary';
import { USER_DOC_LIST } from '../fieldDocs/userDocs';
import { csvCell, csvRow, type CsvDelimiter } from './csv';
import type { JsonObject } from './merge';

const ALWAYS = ['id', 'name', 'username'] as const;

/** The column names for `userFields` under `vocabulary`. */
export function csvColumns(userFields: readonly string[] | undefined, vocabulary: Vocabulary): string[] {
  const columns: string[] = [...ALWAYS];
  for (const field of userFields ?? []) {
    if ((ALWAYS as readonly string[]).includes(field)) continue;
    const members = USER_DOC_LIST.filter((doc) =>
      doc.path.startsWith(`${field}.`) && !doc.path.slice(field.length + 1).includes('.') &&
      (doc.vocabulary === undefined || doc.vocabulary === vocabulary));
    const flat = members.length > 0 && members.every((doc) => !/\bobject\b/.test(doc.type));
    if (flat) for (const doc of members) columns.push(doc.path);
    else columns.push(field);
  }
  return columns;
}

/** The cells of one user, in `columns` order. */
export function csvUserRow(user: JsonObject, columns: readonly string[], delimiter: CsvDelimiter = ','): string {
  const cells: string[] = [];
  const texts: boolean[] = [];
  for (const column of columns) {
    const dot = column.indexOf('.');
    let value: unknown = dot < 0 ? user[column] : undefined;
    if (dot >= 0) {
      const parent = user[column.slice(0, dot)];
      value = typeof parent === 'object' && parent !== null ? (parent as JsonObject)[column.slice(dot + 1)] : undefined;
    }
    if (value === undefined || value === null) {
      cells.push('');
      texts.push(false);
    } else if (typeof value === 'string') {
      cells.push(value);
      texts.push(true);
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      cells.push(String(value));
      texts.push(false);
    } else {
      cells.push(JSON.stringify(value));
      texts.push(true);
    }
  }
  // Numbers and booleans from JSON are not text a spreadsheet could run as a formula: `-3` stays a number.
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i === 0 ? '' : delimiter) + csvCell(cells[i], delimiter, texts[i]);
  return out + '\r\n';
}

/** The header line. */
export function csvHeader(columns: readonly string[], delimiter: CsvDelimiter = ','): string {
  return csvRow(columns, delimiter);
}
