/**
 * The bulk commands: look up the selection or the whole file as ids or usernames (a CSV/TSV file: a column of it,
 * picked from its header), resume, cancel, export a merged result, and the spend report. Arguments are for
 * keybindings and automation: `{ column?, confirm? }` for the lookups, `{ uri?, target? }` for the exports,
 * `{ format?: 'markdown' | 'json' }` for the report.
 */
import * as vscode from 'vscode';
import type { ValueKind } from '../../core/catalog/endpoints';
import { bulkCommandArgs } from '../../core/bulk/bulkArgs';
import { bulkEndpointFor } from '../../core/bulk/plan';
import { readBulkValues, tableHeader, type BulkSource } from '../../core/bulk/sources';
import { spendReportMarkdown } from '../../core/spend/reportText';
import type { ResultDocuments } from '../results/documents';
import type { BulkLookups } from './bulkLookups';
import type { SpendTracker } from './spendTracker';

function record(args: unknown): Record<string, unknown> {
  return typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Record<string, unknown>) : {};
}

/** Whether a document is a table: its language or its file name says CSV or TSV. */
function tableDelimiter(document: vscode.TextDocument): ',' | '\t' | undefined | false {
  const name = document.fileName.toLowerCase();
  if (document.languageId === 'tsv' || name.endsWith('.tsv') || name.endsWith('.tab')) return '\t';
  if (document.languageId === 'csv' || name.endsWith('.csv')) return undefined;
  return false;
}

/** `xapi.bulkLookupUsers` / `xapi.bulkLookupUsersByUsernames`: the selection, or the whole active file. */
export function bulkSelectionCommand(kind: ValueKind, bulk: BulkLookups) {
  return async (args?: unknown): Promise<vscode.Uri | undefined> => {
    const options = record(args);
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a file of {0} (one per line, or separated by commas or spaces), or select them, then run this again.', kind === 'id' ? 'ids' : 'usernames'));
      return undefined;
    }
    const document = editor.document;
    const selected = editor.selections.filter((selection) => !selection.isEmpty).map((selection) => document.getText(selection));
    const delimiter = tableDelimiter(document);
    let source: BulkSource;
    if (selected.length === 0 && delimiter !== false) {
      const text = document.getText();
      let column = typeof options.column === 'string' || typeof options.column === 'number' ? options.column : undefined;
      const header = tableHeader(text, delimiter);
      if (column === undefined && header && header.length > 1) {
        const picked = await vscode.window.showQuickPick(header.map((name, index) => ({ label: name || vscode.l10n.t('(column {0})', index + 1), index })), {
          title: vscode.l10n.t('X API: which column holds the {0}?', kind === 'id' ? 'ids' : 'usernames'),
          ignoreFocusOut: true,
        });
        if (!picked) return undefined;
        column = picked.index;
      }
      source = { kind: 'table', text, column, delimiter: delimiter ?? undefined };
    } else {
      source = { kind: 'text', text: selected.length > 0 ? selected.join('\n') : document.getText() };
    }
    const read = readBulkValues(source, kind);
    if (!read.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}{1}', read.line ? vscode.l10n.t('line {0}: ', read.line) : '', read.message));
      return undefined;
    }
    return bulk.start(kind, read, {}, { confirm: options.confirm !== false });
  };
}

/**
 * `xapi.lookupUsers` / `xapi.lookupUsersByUsernames` with an argument of more than 100 values (or a `confirm` key):
 * a bulk lookup. Resolves `false` when the argument is not a bulk one, so the single lookup takes it.
 */
export async function bulkFromArgs(kind: ValueKind, args: unknown, bulk: BulkLookups): Promise<vscode.Uri | undefined | false> {
  const parsed = bulkCommandArgs(args, bulkEndpointFor(kind));
  if (parsed.kind === 'single') return false;
  if (parsed.kind === 'invalid') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', parsed.message));
    return undefined;
  }
  const read = readBulkValues({ kind: 'list', values: parsed.args.values }, kind);
  // A list source cannot fail to read; the type says it might.
  if (!read.ok) return undefined;
  const { userFields, tweetFields, expansions } = parsed.args;
  return bulk.start(kind, read, { userFields, tweetFields, expansions }, { confirm: parsed.args.confirm });
}

/** `xapi.exportBulkResultAsNdjson` / `...AsCsv`: the merged document in view (or `uri`), to `target` or a file picked. */
export function exportCommand(format: 'ndjson' | 'csv', bulk: BulkLookups) {
  return async (args?: unknown): Promise<string | undefined> => {
    const options = record(args);
    const uri = args instanceof vscode.Uri ? args
      : typeof options.uri === 'string' ? vscode.Uri.parse(options.uri)
        : vscode.window.activeTextEditor?.document.uri;
    if (!uri || !bulk.resultOf(uri)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open the result of a bulk lookup to export it.'));
      return undefined;
    }
    let target = typeof options.target === 'string' && options.target !== '' ? options.target : undefined;
    if (target === undefined) {
      const picked = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export the users as {0}', format.toUpperCase()),
        filters: format === 'csv' ? { CSV: ['csv'] } : { NDJSON: ['ndjson', 'jsonl'] },
        defaultUri: vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, `users.${format}`) : undefined,
      });
      if (!picked) return undefined;
      target = picked.fsPath;
    }
    const users = await bulk.export(uri, format, target);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('$(export) {0} users exported to {1}', users, target), 5000);
    return target;
  };
}

/**
 * `xapi.showSpendReport`: a read-only Markdown page (or, with `{ format: 'json' }`, the report's JSON) of what the
 * ledger counted billed, by day, endpoint and account. Resolves the document's URI.
 */
export function spendReportCommand(spend: SpendTracker, results: ResultDocuments) {
  return async (args?: unknown): Promise<vscode.Uri> => {
    const json = record(args).format === 'json';
    const report = await spend.refresh();
    const uri = json
      ? results.textView('spend report.json', JSON.stringify(report, null, 2) + '\n')
      : results.textView('spend report.md', spendReportMarkdown(report));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    return uri;
  };
}
