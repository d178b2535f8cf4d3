/**
 * What a result document shows besides its body: a CodeLens line with status, duration, attempts and rate limit,
 * actions (rerun, copy as cURL, save), and a diagnostic on each error the response carries, saying what it means.
 */
import * as vscode from 'vscode';
import { describeProblem, xProblemTypeUrl } from '../../core/response/apiError';
import { formatDuration, secondsUntilReset } from '../../core/response/rateLimit';
import { Commands, RESULT_SCHEME } from '../common/ids';
import type { ResultDocuments, ResultEntry } from './documents';

export class ResultLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('x-api');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly results: ResultDocuments) {
    this.subscriptions.push(
      this.diagnostics,
      vscode.workspace.onDidOpenTextDocument((document) => this.diagnose(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.diagnostics.delete(document.uri)),
    );
    vscode.workspace.textDocuments.forEach((document) => this.diagnose(document));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const entry = this.results.get(document.uri);
    if (!entry) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, { title: statusLine(entry), command: Commands.showLog, tooltip: entry.url ?? '' }),
      new vscode.CodeLens(top, { title: '$(refresh) Rerun', command: Commands.rerunLastLookup, arguments: [{ request: entry.request }] }),
      new vscode.CodeLens(top, { title: '$(copy) Copy as cURL', command: Commands.copyAsCurl, arguments: [{ request: entry.request }] }),
      new vscode.CodeLens(top, { title: '$(save) Save', command: Commands.saveLookup, arguments: [{ request: entry.request }] }),
    ];
  }

  private diagnose(document: vscode.TextDocument): void {
    if (document.uri.scheme !== RESULT_SCHEME) return;
    const entry = this.results.get(document.uri);
    if (!entry) return;
    const found: vscode.Diagnostic[] = [];
    const text = document.getText();
    const ranges = errorElementRanges(text);
    entry.problems.forEach((problem, i) => {
      const span = ranges[i] ?? ranges[0];
      const range = span ? new vscode.Range(document.positionAt(span[0]), document.positionAt(span[1])) : new vscode.Range(0, 0, 0, 1);
      const diagnostic = new vscode.Diagnostic(range, describeProblem(problem), entry.ok ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'X API';
      // The code links to the problem's page only for X's own problem URIs; a server cannot plant a link here.
      const typeUrl = xProblemTypeUrl(problem.type);
      if (typeUrl !== undefined) {
        diagnostic.code = { value: typeUrl.slice(typeUrl.lastIndexOf('/') + 1), target: vscode.Uri.parse(typeUrl) };
      }
      found.push(diagnostic);
    });
    if (!entry.ok && entry.problems.length === 0 && entry.errorMessage) {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), entry.errorMessage, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'X API';
      found.push(diagnostic);
    }
    this.diagnostics.set(document.uri, found);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** "$(pass) 200 · 42 ms · rate limit 899/900, resets in 14 min · sandbox" */
export function statusLine(entry: ResultEntry): string {
  const parts = [`${entry.ok ? '$(pass)' : '$(error)'} ${entry.status ?? entry.errorKind ?? ''}`.trim()];
  if (entry.durationMs !== undefined) parts.push(`${Math.round(entry.durationMs)} ms`);
  if (entry.attempts !== undefined && entry.attempts > 1) parts.push(`${entry.attempts} attempts`);
  if (entry.rateLimit) {
    parts.push(`rate limit ${entry.rateLimit.remaining}/${entry.rateLimit.limit}, resets in ${formatDuration(secondsUntilReset(entry.rateLimit, Date.now()))}`);
  }
  if (entry.problems.length > 0) parts.push(`${entry.problems.length} error${entry.problems.length === 1 ? '' : 's'}`);
  if (entry.sandbox) parts.push('sandbox');
  return parts.join(' · ');
}

/**
 * Start and end offsets of each element of the top-level `errors` array. Result documents are formatted by us with
 * two-space indentation, so the elements are the `{` lines at four spaces under the `"errors": [` line.
 */
export function errorElementRanges(text: string): [number, number][] {
  const start = text.search(/^ {2}"errors": \[$/m);
  if (start < 0) return [];
  const out: [number, number][] = [];
  const element = /^ {4}\{$|^ {2}\]/gm;
  element.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = element.exec(text)) !== null) {
    if (match[0].trim() === ']') break;
    const close = text.indexOf('\n    }', match.index);
    out.push([match.index + 4, close < 0 ? match.index + 5 : close + 6]);
  }
  return out;
}
