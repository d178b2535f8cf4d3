/**
 * Results are read-only virtual JSON documents on their own scheme: JSON highlighting and folding come free, they
 * never turn dirty, and an entry is dropped when its document closes. An unknown or expired URI answers a short
 * explanation instead of throwing.
 */
import * as vscode from 'vscode';
import type { Problem } from '../../core/response/apiError';
import { formatJsonText } from '../../core/response/jsonFormat';
import type { LookupRequest } from '../../core/request/lookupRequest';
import type { LookupOutcome } from '../../core/response/outcome';
import type { RateLimitInfo } from '../../core/response/rateLimit';
import { resultTitle } from '../../core/response/summary';
import { RESULT_SCHEME } from '../common/ids';
import { Disposable, toDisposable } from '../common/lifecycle';

/** What is kept of one lookup for its document: the request, the facts of the exchange and the text shown. */
export interface ResultEntry {
  readonly uri: vscode.Uri;
  readonly request: LookupRequest;
  readonly text: string;
  readonly ok: boolean;
  readonly status?: number;
  readonly durationMs?: number;
  readonly attempts?: number;
  readonly rateLimit?: RateLimitInfo;
  /** The URL requested (no secret: auth travels in a header). */
  readonly url?: string;
  /** The error, for failed lookups. */
  readonly errorMessage?: string;
  readonly errorKind?: string;
  /** Partial errors of a success, or the problems of a failure. */
  readonly problems: readonly Problem[];
  readonly sandbox: boolean;
  /** Which credentials signed it: `@name`, `App (Bearer)`, `pasted Bearer token`, `sandbox`. */
  readonly signedWith?: string;
  readonly createdAt: number;
}

const EXPIRED =
  '{\n  "x-api-explorer": "This result is no longer in memory: results are kept while their document is open. Run the lookup again to see it."\n}\n';

export class ResultDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly entries = new Map<string, ResultEntry>();
  private sequence = 0;
  private readonly added = this._register(new vscode.EventEmitter<ResultEntry>());
  readonly onDidAdd = this.added.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme === RESULT_SCHEME) this.entries.delete(document.uri.toString());
    }));
    this._register(toDisposable(() => this.entries.clear()));
  }

  /** Keeps the result and returns the URI of its document. */
  add(request: LookupRequest, outcome: LookupOutcome, sandbox: boolean, signedWith?: string): ResultEntry {
    this.sequence++;
    const uri = vscode.Uri.from({ scheme: RESULT_SCHEME, path: `/${this.sequence}/${resultTitle(request, outcome)}.json` });
    const entry: ResultEntry = {
      uri,
      request,
      text: documentText(outcome),
      ok: outcome.ok,
      status: outcome.status,
      durationMs: outcome.durationMs,
      attempts: outcome.attempts,
      rateLimit: outcome.rateLimit,
      url: outcome.url,
      errorMessage: outcome.ok ? undefined : outcome.error.message,
      errorKind: outcome.ok ? undefined : outcome.error.kind,
      problems: outcome.ok ? outcome.problems : outcome.error.problems ?? [],
      sandbox,
      ...(signedWith !== undefined ? { signedWith } : {}),
      createdAt: Date.now(),
    };
    this.entries.set(uri.toString(), entry);
    this.added.fire(entry);
    return entry;
  }

  get(uri: vscode.Uri): ResultEntry | undefined {
    return this.entries.get(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.entries.get(uri.toString())?.text ?? EXPIRED;
  }
}

/**
 * The body pretty-printed digit for digit; when there is no body, a short JSON account of what went wrong. Should the
 * formatter give up, the raw text (which JSON.parse accepted) is shown as it came: JSON.stringify of the parsed body
 * would recurse (a stack overflow on a deeply nested response) and indent quadratically.
 */
function documentText(outcome: LookupOutcome): string {
  if (outcome.text !== undefined && outcome.text !== '' && outcome.body !== undefined) {
    return (formatJsonText(outcome.text) ?? outcome.text) + '\n';
  }
  const error = outcome.ok ? undefined : outcome.error;
  const account: Record<string, unknown> = {
    'x-api-explorer': error ? 'The lookup failed before a JSON body arrived.' : 'The server answered without a JSON body.',
  };
  if (error) {
    account.error = error.kind;
    account.message = error.message;
  }
  if (outcome.status !== undefined) account.status = outcome.status;
  if (outcome.url) account.url = outcome.url;
  if (outcome.attempts !== undefined) account.attempts = outcome.attempts;
  if (outcome.text) account.body = outcome.text.length > 2000 ? `${outcome.text.slice(0, 2000)}...` : outcome.text;
  return JSON.stringify(account, null, 2) + '\n';
}
