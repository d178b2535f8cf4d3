/**
 * The CodeLens line above a result document: status, duration, attempts and rate limit, then the actions (rerun,
 * copy as cURL, save). The diagnostics on the response's errors are diagnostics.ts.
 */
import * as vscode from 'vscode';
import { formatDuration, secondsUntilReset } from '../../core/response/rateLimit';
import { Commands } from '../common/ids';
import type { ResultDocuments, ResultEntry } from './documents';

export class ResultLensProvider implements vscode.CodeLensProvider {
  constructor(private readonly results: ResultDocuments) {}

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
  if (entry.sandbox) parts.push(entry.signedWith && entry.signedWith !== 'sandbox' ? `sandbox as ${entry.signedWith}` : 'sandbox');
  else if (entry.signedWith) parts.push(`as ${entry.signedWith}`);
  return parts.join(' · ');
}
