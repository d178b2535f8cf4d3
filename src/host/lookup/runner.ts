/** What the surfaces (commands, tree, builder, hovers) need from the lookup machinery. */
import type * as vscode from 'vscode';
import type { AuthKind } from '../../core/catalog/endpoints';
import type { LookupOutcome } from '../../core/response/outcome';
import type { ResultEntry } from '../results/documents';
import type { LookupRequest, PreparedRequest, PrepareResult } from '../../core/request/lookupRequest';
import type { Vocabulary } from '../../core/catalog/vocabulary';

/** The mode the extension is in: the sandbox, or real credentials of one kind. */
export interface ConnectionState {
  readonly sandbox: boolean;
  /** The workspace is untrusted (Restricted Mode): credentials are not sent, the sandbox answers. */
  readonly restricted: boolean;
  /** The auth kind requests are signed with (in sandbox mode, the sandbox's own user-context credentials). */
  readonly auth: AuthKind;
  readonly baseUrl: string;
  readonly vocabulary: Vocabulary;
  /** The signed-in user account lookups use (`@name`), when there is one. */
  readonly account?: string;
}

export interface RunOptions {
  /** Where the result document opens; beside the builder when run from it. */
  readonly viewColumn?: vscode.ViewColumn;
  /** Keep focus where it is (the builder) after opening the result. */
  readonly preserveFocus?: boolean;
  /** Answer from the sandbox whatever the settings and credentials (the welcome view's "Try the Sandbox"). */
  readonly forceSandbox?: boolean;
}

export interface LookupRunner {
  /** The current mode; changes with settings and credentials. */
  state(): ConnectionState;
  readonly onDidChangeState: vscode.Event<ConnectionState>;
  /** Validation against the current vocabulary and auth, without sending. */
  validate(request: LookupRequest): PrepareResult;
  /** The URL a valid request goes to, for previews and cURL. */
  urlFor(request: LookupRequest): string | undefined;
  /**
   * Validates, sends, records history and opens the result document. Returns its Uri, or undefined when the input
   * was rejected (a specific error is shown and nothing is sent) or the user cancelled.
   */
  run(request: LookupRequest, options?: RunOptions): Promise<vscode.Uri | undefined>;
  /** The last lookup run from any surface, for rerun, save and copy as cURL. */
  readonly lastRequest: LookupRequest | undefined;
  /** The running sandbox's URL, once it has started. */
  sandboxUrl(): Promise<string | undefined>;
  /** Fires after every lookup that reached the engine, with what it answered. */
  readonly onDidRun: vscode.Event<LookupRun>;
}

/** One lookup as the surfaces hear of it: the request sent (defaults applied), the outcome, the result document. */
export interface LookupRun {
  readonly request: LookupRequest;
  readonly outcome: LookupOutcome;
  readonly entry: ResultEntry;
}

/** Where a bulk lookup goes and what signs it, decided by the same rules as a single lookup (LookupService). */
export interface BulkConnection {
  /** The in-editor sandbox answers: nothing is billed. */
  readonly sandbox: boolean;
  readonly origin: string;
  /** Which credentials sign it (`@name`, `App (Bearer)`, `sandbox`): the spend ledger's account, never a token. */
  readonly label: string;
  readonly auth: AuthKind;
  readonly vocabulary: Vocabulary;
  /** The first batch's request with the field defaults applied: the fields every batch asks for. */
  readonly request: LookupRequest;
  /** Sends without retrying or waiting itself: the bulk runner paces and retries. */
  readonly engine: BulkEngine;
}

/** What the bulk runner needs of an engine (net/bulkRunner.ts BulkSender). */
export interface BulkEngine {
  send(prepared: PreparedRequest, options?: { readonly signal?: AbortSignal }): Promise<LookupOutcome>;
}

/** The part of LookupService the bulk lookups use. */
export interface BulkConnector {
  connectBulk(sample: LookupRequest): Promise<BulkConnection | undefined>;
}
