/**
 * RFC 4180 reading and writing, for the tables people export from spreadsheets (a column of handles, a list of ids)
 * and the CSV export of a bulk lookup. Reading is lenient where spreadsheets are (LF or CRLF line ends, a UTF-8 BOM, a
 * tab or semicolon instead of a comma) and strict where the data would be misread (a quote left open is an error, not
 * a value that swallows the rest of the file).
 */

/** One record of a table: its cells and the (1-based) line of the file it starts on. */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
}

export type CsvParse =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly message: string; readonly line: number };

export type CsvDelimiter = ',' | '\t' | ';';

/**
 * The delimiter of a table, read from its first line: a tab when it has tabs (TSV), else a semicolon when it has
 * semicolons and no comma (what spreadsheets write in locales with a decimal comma), else a comma.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const end = text.search(/\r?\n/);
  const first = end < 0 ? text : text.slice(0, end);
  if (first.includes('\t')) return '\t';
  if (first.includes(';') && !first.includes(',')) return ';';
  return ',';
}

/** Reads every record; blank lines are skipped (a trailing newline is not an empty record). */
export function parseCsv(text: string, delimiter: CsvDelimiter = sniffDelimiter(text)): CsvParse {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let quotedCell = false;
    for (;;) {
      if (i >= n) {
        cells.push(cell);
        break;
      }
      const c = text[i];
      if (c === '"' && cell === '' && !quotedCell) {
        // A quoted field: up to the closing quote, "" standing for one quote, delimiters and line breaks kept.
        const opened = line;
        i++;
        for (;;) {
          if (i >= n) return { ok: false, message: `a quoted field opened on line ${opened} is never closed`, line: opened };
          const q = text[i];
          if (q === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q === '\n') line++;
          cell += q;
          i++;
        }
        quotedCell = true;
        continue;
      }
      if (c === delimiter) {
        cells.push(cell);
        cell = '';
        quotedCell = false;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        cells.push(cell);
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      if (quotedCell) {
        // `"a"b`: RFC 4180 forbids it; spreadsheets read it as `ab`, and so do we rather than refuse a whole file.
        quotedCell = false;
      }
      cell += c;
      i++;
    }
    if (!(cells.length === 1 && cells[0] === '')) records.push({ cells, line: start });
  }
  return { ok: true, records };
}

/**
 * Characters that make a spreadsheet read a cell as a formula. OWASP's CSV injection guidance: prefix such a cell with
 * a single quote, so `=HYPERLINK(...)` in a bio shows as text instead of running. Tab and carriage return start
 * formulas in some spreadsheets too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, quoted when it holds the delimiter, a quote or a line break (RFC 4180), defused when it is text that looks
 * like a formula. `text` false is for numbers and booleans written out of JSON: `-3` stays a number.
 */
export function csvCell(value: string, delimiter: CsvDelimiter = ',', text = true): string {
  const safe = text && FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 writes it. */
export function csvRow(values: readonly string[], delimiter: CsvDelimiter = ','): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : delimiter) + csvCell(values[i], delimiter);
  return out + '\r\n';
}
