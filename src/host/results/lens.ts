/**
 * The CodeLens line above a result document: status, duration, attempts and rate limit, then the actions (rerun, the
 * headers and raw request, copy the response, compare with the previous run, copy as cURL, and save for a lookup
 * that worked). A result reopened from the history says so first. The diagnostics on the response's errors are diagnostics.ts.
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
    const lens = (title: string, command: string, args: unknown, tooltip?: string): vscode.CodeLens =>
      new vscode.CodeLens(top, { title, command, arguments: [args], ...(tooltip !== undefined ? { tooltip } : {}) });
    const lenses: vscode.CodeLens[] = [];
    if (entry.stored) {
      lenses.push(lens(`$(history) ${vscode.l10n.t('Stored {0}, not sent again', new Date(entry.stored.at).toLocaleString())}`, Commands.showLog, undefined,
        vscode.l10n.t('Reopened from the history: this is the response kept when the lookup ran. Rerun sends it again.')));
    }
    lenses.push(
      new vscode.CodeLens(top, { title: statusLine(entry), command: Commands.showLog, tooltip: entry.url ?? '' }),
      lens('$(refresh) ' + vscode.l10n.t('Rerun'), Commands.rerunLastLookup, { request: entry.request }),
      lens('$(list-flat) ' + vscode.l10n.t('Headers'), Commands.showResponseHeaders, entry.uri, vscode.l10n.t('The raw request and the response headers (secrets masked)')),
      lens('$(clippy) ' + vscode.l10n.t('Copy Response'), Commands.copyResponse, entry.uri),
    );
    if (!entry.stored && this.results.previousOf(entry)) {
      lenses.push(lens('$(diff) ' + vscode.l10n.t('Compare with Previous'), Commands.compareWithPrevious, entry.uri));
    }
    lenses.push(lens('$(copy) ' + vscode.l10n.t('Copy as cURL'), Commands.copyAsCurl, { request: entry.request }));
    lenses.push(lens('$(code) ' + vscode.l10n.t('Copy as Code'), Commands.copyAsCode, { request: entry.request }));
    // A failed lookup is nothing to keep under a name: fix it and run it again first.
    if (entry.ok) lenses.push(lens('$(save) ' + vscode.l10n.t('Save'), Commands.saveLookup, { request: entry.request }));
    return lenses;
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
