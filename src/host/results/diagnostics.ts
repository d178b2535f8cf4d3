/**
 * Diagnostics on result documents, a thin adapter: core resultDiagnostics decides what each problem of the response
 * says and which element of `errors` it sits on (through the document's JsonIndex, shared with the hovers); this
 * turns offsets into ranges and keeps the collection in step with the open documents.
 */
import * as vscode from 'vscode';
import { resultDiagnostics, type ResultDiagnostic } from '../../core/response/resultDiagnostics';
import { RESULT_SCHEME } from '../common/ids';
import type { ResultDocuments } from './documents';
import type { ResultIndexCache } from './hover';
import { Disposable } from '../common/lifecycle';

export class ResultDiagnostics extends Disposable {
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('x-api'));

  constructor(
    private readonly results: ResultDocuments,
    private readonly indexes: ResultIndexCache,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.diagnose(document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.diagnostics.delete(document.uri)));
    vscode.workspace.textDocuments.forEach((document) => this.diagnose(document));
  }

  private diagnose(document: vscode.TextDocument): void {
    if (document.uri.scheme !== RESULT_SCHEME) return;
    const entry = this.results.get(document.uri);
    if (!entry) return;
    const found = resultDiagnostics(entry, () => this.indexes.get(document)).map((diagnostic) => toDiagnostic(document, diagnostic));
    this.diagnostics.set(document.uri, found);
  }
}

function toDiagnostic(document: vscode.TextDocument, { start, end, message, severity, typeUrl }: ResultDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const diagnostic = new vscode.Diagnostic(range, message, severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'X API';
  if (typeUrl !== undefined) {
    diagnostic.code = { value: typeUrl.slice(typeUrl.lastIndexOf('/') + 1), target: vscode.Uri.parse(typeUrl) };
  }
  return diagnostic;
}
