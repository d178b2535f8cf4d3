/**
 * Results are read-only virtual JSON documents on their own scheme: JSON highlighting and folding come free, they
 * never turn dirty, and an entry is dropped when its document closes. An unknown or expired URI answers a short
 * explanation instead of throwing.
 */
import * as vscode from 'vscode';
import type { AuthKind } from '../../core/catalog/endpoints';
import type { Problem } from '../../core/response/apiError';
import { exchangeText, safeHeaders } from '../../core/response/exchangeText';
import { formatJsonText } from '../../core/response/jsonFormat';
import { describeRequest } from '../../core/request/describe';
import type { LookupRequest } from '../../core/request/lookupRequest';
import type { LookupOutcome } from '../../core/response/outcome';
import type { RateLimitInfo } from '../../core/response/rateLimit';
import { outcomeLabelOf, resultTitle, titleSegment } from '../../core/response/summary';
import { sameRequest } from '../../core/savedLookups/model';
import type { StoredResponse } from '../../core/savedLookups/storedResponse';
import { RESULT_SCHEME } from '../common/ids';
import { Disposable, toDisposable } from '../common/lifecycle';

/** The User-Agent every lookup sends (LookupService's HttpClient), shown in the raw request. */
export const LOOKUP_USER_AGENT = 'x-api-explorer-vscode';

/** Facts of the exchange the result document does not show but the headers view and a kept response do. */
export interface ResultDetails {
  /** The kind of credentials that signed the request. */
  readonly auth?: AuthKind;
  /** The origin it went to. */
  readonly origin?: string;
  /** A title of its own instead of the request's (a bulk lookup's, whose request lists thousands of values). */
  readonly title?: string;
  /** A bulk lookup's merged result: its URI path starts with `/b<n>/`, which the export menus match. */
  readonly bulk?: boolean;
}

/** Where a result reopened from the history came from. */
export interface StoredOrigin {
  readonly historyId: string;
  /** When the lookup ran, ISO 8601. */
  readonly at: string;
}

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
  /** Response headers through core's safeHeaders: nothing credential-like. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly auth?: AuthKind;
  readonly origin?: string;
  /** Set on a result reopened from the history: nothing was sent to show it. */
  readonly stored?: StoredOrigin;
  readonly createdAt: number;
}

/** How many live results are remembered for Compare with Previous after their document closed. */
const RECENT_LIMIT = 50;

const EXPIRED =
  '{\n  "x-api-explorer": "This result is no longer in memory: results are kept while their document is open. Run the lookup again to see it."\n}\n';

export class ResultDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly entries = new Map<string, ResultEntry>();
  /** The headers-and-request views, by their document's URI. */
  private readonly views = new Map<string, string>();
  /** Live results, oldest first, kept past their document's life so a rerun can be compared with them. */
  private readonly recent: ResultEntry[] = [];
  private sequence = 0;
  private readonly added = this._register(new vscode.EventEmitter<ResultEntry>());
  readonly onDidAdd = this.added.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme !== RESULT_SCHEME) return;
      this.entries.delete(document.uri.toString());
      this.views.delete(document.uri.toString());
    }));
    this._register(toDisposable(() => {
      this.entries.clear();
      this.views.clear();
      this.recent.length = 0;
    }));
  }

  /** Keeps the result and returns the URI of its document. */
  add(request: LookupRequest, outcome: LookupOutcome, sandbox: boolean, signedWith?: string, details: ResultDetails = {}): ResultEntry {
    this.sequence++;
    const title = details.title !== undefined ? titleSegment(details.title) : resultTitle(request, outcome);
    const uri = vscode.Uri.from({ scheme: RESULT_SCHEME, path: `/${details.bulk ? 'b' : ''}${this.sequence}/${title}.json` });
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
      // The engine already took the known secrets out; safeHeaders drops cookies and masks credential-like names.
      headers: safeHeaders(outcome.headers),
      ...(details.auth !== undefined ? { auth: details.auth } : {}),
      ...(details.origin !== undefined ? { origin: details.origin } : {}),
      createdAt: Date.now(),
    };
    this.entries.set(uri.toString(), entry);
    this.recent.push(entry);
    if (this.recent.length > RECENT_LIMIT) this.recent.shift();
    this.added.fire(entry);
    return entry;
  }

  /** A response kept in the history, as a result document of its own: the same hovers and diagnostics, no request. */
  addStored(request: LookupRequest, response: StoredResponse, historyId: string): ResultEntry {
    this.sequence++;
    const at = new Date(response.at);
    const label = outcomeLabelOf({ ok: response.ok, status: response.status, errorKind: response.errorKind, problems: response.problems });
    const title = titleSegment(`${describeRequest(request)} · ${label} · ${Number.isNaN(at.getTime()) ? 'stored' : `stored ${at.toLocaleTimeString()}`}`);
    const uri = vscode.Uri.from({ scheme: RESULT_SCHEME, path: `/h${this.sequence}/${title}.json` });
    const entry: ResultEntry = {
      uri,
      request,
      text: response.text,
      ok: response.ok,
      status: response.status,
      durationMs: response.durationMs,
      attempts: response.attempts,
      rateLimit: response.rateLimit,
      url: response.url,
      errorMessage: response.errorMessage,
      errorKind: response.errorKind,
      problems: response.problems,
      sandbox: response.sandbox,
      ...(response.signedWith !== undefined ? { signedWith: response.signedWith } : {}),
      headers: response.headers,
      ...(response.auth !== undefined ? { auth: response.auth } : {}),
      ...(response.origin !== undefined ? { origin: response.origin } : {}),
      stored: { historyId, at: response.at },
      createdAt: Number.isNaN(at.getTime()) ? Date.now() : at.getTime(),
    };
    this.entries.set(uri.toString(), entry);
    this.added.fire(entry);
    return entry;
  }

  get(uri: vscode.Uri): ResultEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /**
   * The live result of the same lookup that came before `entry`, made readable again if its document has closed
   * since (Compare with Previous); undefined when this window ran none.
   */
  previousOf(entry: ResultEntry): ResultEntry | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const candidate = this.recent[i];
      if (candidate === entry || candidate.createdAt > entry.createdAt || candidate.uri.toString() === entry.uri.toString()) continue;
      if (sameRequest(candidate.request, entry.request)) return candidate;
    }
    return undefined;
  }

  /** Makes an entry's document readable again (its document closed, so its text was dropped); returns its URI. */
  revive(entry: ResultEntry): vscode.Uri {
    this.entries.set(entry.uri.toString(), entry);
    return entry.uri;
  }

  /** The URI of a document showing the entry's raw request and response headers (secrets masked). */
  exchangeView(entry: ResultEntry): vscode.Uri {
    this.sequence++;
    const name = titleSegment(`${entry.uri.path.slice(entry.uri.path.lastIndexOf('/') + 1).replace(/\.json$/, '')} · headers`);
    const uri = vscode.Uri.from({ scheme: RESULT_SCHEME, path: `/x${this.sequence}/${name}.http` });
    this.views.set(uri.toString(), exchangeText({
      method: 'GET',
      url: entry.url,
      auth: entry.auth,
      userAgent: LOOKUP_USER_AGENT,
      status: entry.status,
      headers: entry.headers,
      errorMessage: entry.errorMessage,
      durationMs: entry.durationMs,
      attempts: entry.attempts,
    }));
    return uri;
  }

  /** The URI of a read-only text document of its own (the spend report); `name` ends in its extension. */
  textView(name: string, text: string): vscode.Uri {
    this.sequence++;
    const uri = vscode.Uri.from({ scheme: RESULT_SCHEME, path: `/s${this.sequence}/${titleSegment(name)}` });
    this.views.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const key = uri.toString();
    return this.entries.get(key)?.text ?? this.views.get(key) ?? EXPIRED;
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
