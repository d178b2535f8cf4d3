import { strict as assert } from 'node:assert';
import { parseCsv, csvCell, csvRow, sniffDelimiter } from '../../../../src/core/bulk/csv';
import { readBulkValues, tableHeader, type BulkValuesResult } from '../../../../src/core/bulk/sources';

function ok(result: BulkValuesResult) {
  if (!result.ok) assert.fail(result.message);
  return result;
}

describe('bulk sources', () => {
  describe('text', () => {
    it('reads one value per line, or separated by commas, semicolons and spaces', () => {
      const read = ok(readBulkValues({ kind: 'text', text: '1\n2, 3;4 5\t6\r\n\n  7  \r8' }, 'id'));
      assert.deepEqual(read.values, ['1', '2', '3', '4', '5', '6', '7', '8']);
      assert.equal(read.read, 8);
      assert.deepEqual(read.invalid, []);
    });

    it('lists every invalid value with its line and column, and keeps the rest', () => {
      const read = ok(readBulkValues({ kind: 'text', text: '2244994945\n783214, 12x\n\n1.2E+18 42\n12345678901234567890' }, 'id'));
      assert.deepEqual(read.values, ['2244994945', '783214', '42']);
      assert.deepEqual(read.invalid.map(({ value, line, column, index }) => ({ value, line, column, index })), [
        { value: '12x', line: 2, column: 9, index: 2 },
        { value: '1.2E+18', line: 4, column: 1, index: 3 },
        { value: '12345678901234567890', line: 5, column: 1, index: 5 },
      ]);
      assert.match(read.invalid[0].message, /"12x" is not an id: 1 to 19 digits/);
    });

    it('dedupes usernames whatever their case, ids exactly as written, and drops a leading @ of a username', () => {
      const names = ok(readBulkValues({ kind: 'text', text: 'Jack jack @JACK XDevelopers\n@xdevelopers not-a-name' }, 'username'));
      assert.deepEqual(names.values, ['Jack', 'XDevelopers']);
      assert.equal(names.duplicates, 3);
      assert.equal(names.invalid.length, 1);
      // X reads 007 as 7, but the catalogue compares ids as written: both are sent, as a hand-typed list would be.
      const ids = ok(readBulkValues({ kind: 'text', text: '7 7 007' }, 'id'));
      assert.deepEqual(ids.values, ['7', '007']);
      assert.equal(ids.duplicates, 1);
    });

    it('keeps 19-digit ids exact, as strings', () => {
      const read = ok(readBulkValues({ kind: 'text', text: '9223372036854775807\n1234567890123456789' }, 'id'));
      assert.deepEqual(read.values, ['9223372036854775807', '1234567890123456789']);
    });

    it('ignores a byte-order mark', () => {
      assert.deepEqual(ok(readBulkValues({ kind: 'text', text: '\ufeff12\n13' }, 'id')).values, ['12', '13']);
    });
  });

  describe('argument lists', () => {
    it('refuses numbers and other non-strings: an id as a number has lost its digits', () => {
      const read = ok(readBulkValues({ kind: 'list', values: ['1', 2, null, ['3'], ' 4 ', '1'] }, 'id'));
      assert.deepEqual(read.values, ['1', '4']);
      assert.equal(read.duplicates, 1);
      assert.deepEqual(read.invalid.map((r) => r.index), [1, 2, 3]);
      assert.match(read.invalid[0].message, /is a number: ids must be strings/);
      assert.equal(read.invalid[0].line, undefined);
    });
  });

  describe('tables', () => {
    it('reads a column by name (any case) or by 0-based index, with line numbers of the file', () => {
      const text = 'name,Username,followers\r\n"Doe, Jane",jane_doe,10\r\nX,X,"1,000"\r\nBad,not valid!,1\r\n';
      const byName = ok(readBulkValues({ kind: 'table', text, column: 'username' }, 'username'));
      assert.deepEqual(byName.values, ['jane_doe', 'X']);
      assert.deepEqual(byName.invalid.map((r) => [r.value, r.line]), [['not valid!', 4]]);
      assert.deepEqual(ok(readBulkValues({ kind: 'table', text, column: 1 }, 'username')).values, ['jane_doe', 'X']);
    });

    it('picks the one column of a one-column table, or a column named for the kind', () => {
      assert.deepEqual(ok(readBulkValues({ kind: 'table', text: 'whatever\n1\n2\n' }, 'id')).values, ['1', '2']);
      assert.deepEqual(ok(readBulkValues({ kind: 'table', text: 'name,screen_name\nA,a1\nB,b2\n' }, 'username')).values, ['a1', 'b2']);
      const result = readBulkValues({ kind: 'table', text: 'a,b\n1,2\n' }, 'id');
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.message, /pick a column: the table has 2 \("a", "b"\)/);
    });

    it('says which columns exist when the one asked for does not', () => {
      const byName = readBulkValues({ kind: 'table', text: 'id,name\n1,a\n', column: 'user_id' }, 'id');
      assert.match(byName.ok ? '' : byName.message, /no column "user_id"; its columns are "id", "name"/);
      const byIndex = readBulkValues({ kind: 'table', text: 'id,name\n1,a\n', column: 5 }, 'id');
      assert.match(byIndex.ok ? '' : byIndex.message, /has 2 columns .* no column 6/);
    });

    it('reads TSV and semicolon tables, quoted line breaks and doubled quotes (RFC 4180)', () => {
      const tsv = 'id\tbio\n1\t"two\nlines"\n2\t"say ""hi"""\n';
      const read = ok(readBulkValues({ kind: 'table', text: tsv, column: 'id' }, 'id'));
      assert.deepEqual(read.values, ['1', '2']);
      assert.equal(sniffDelimiter(tsv), '\t');
      assert.equal(sniffDelimiter('id;name\n1;a'), ';');
      assert.equal(sniffDelimiter('id,name;x\n'), ',');
      const parsed = parseCsv(tsv);
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.ok && parsed.records.map((r) => [r.cells, r.line]), [
        [['id', 'bio'], 1], [['1', 'two\nlines'], 2], [['2', 'say "hi"'], 4],
      ]);
    });

    it('skips short rows and empty cells, and refuses a quote never closed', () => {
      const read = ok(readBulkValues({ kind: 'table', text: 'name,id\nA\nB,\nC,3\n\n', column: 'id' }, 'id'));
      assert.deepEqual(read.values, ['3']);
      assert.equal(read.invalid.length, 0);
      const open = readBulkValues({ kind: 'table', text: 'id\n1\n"2\n3\n' }, 'id');
      assert.deepEqual(open.ok ? undefined : [open.message, open.line], ['a quoted field opened on line 3 is never closed', 3]);
    });

    it('gives the header for a column picker', () => {
      assert.deepEqual(tableHeader(' id , name \n1,a'), ['id', 'name']);
      assert.equal(tableHeader('"open'), undefined);
    });

    it('reads an empty final field and an empty table', () => {
      const parsed = parseCsv('a,b,\n1,,\n');
      assert.deepEqual(parsed.ok && parsed.records.map((r) => r.cells), [['a', 'b', ''], ['1', '', '']]);
      const empty = readBulkValues({ kind: 'table', text: '' }, 'id');
      assert.match(empty.ok ? '' : empty.message, /the table is empty/);
    });
  });

  describe('CSV writing', () => {
    it('quotes what needs quoting and doubles quotes (RFC 4180), rows end in CRLF', () => {
      assert.equal(csvRow(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded ']), 'plain,"a,b","say ""hi""","two\nlines"," padded "\r\n');
    });

    it('defuses text that a spreadsheet would run as a formula (OWASP CSV injection), not numbers', () => {
      assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
      assert.equal(csvCell('+1'), "'+1");
      assert.equal(csvCell('-2'), "'-2");
      assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
      assert.equal(csvCell('\tx'), `'\tx`);
      assert.equal(csvCell('-2', ',', false), '-2');
      assert.equal(csvCell('a=b'), 'a=b');
    });

    it('reads back what it writes', () => {
      const cells = ['1', 'a,b', '"q"', 'x\r\ny', ''];
      const parsed = parseCsv(csvRow(cells) + csvRow(['2', '', '', '', 'end']));
      assert.deepEqual(parsed.ok && parsed.records.map((r) => r.cells), [cells, ['2', '', '', '', 'end']]);
    });
  });
});
