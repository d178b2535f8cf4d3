/**
 * The engine every surface uses: validate, sign, send, interpret. A request that fails validation is answered
 * with an `invalid-input` error and never reaches the network. Every outcome leaves here with the known secrets
 * removed from what the server said, so history, notifications, diagnostics, documents and the CLI all get it clean.
 */
import { createAuthorizer, type Authorizer } from '../core/auth/authorizer';
import type { Credentials } from '../core/auth/credentials';
import { formatIssues, prepareLookup, type LookupRequest, type PreparedRequest, type PrepareResult } from '../core/request/lookupRequest';
import type { SigningDeps } from '../core/auth/oauth1';
import type { LookupOutcome } from '../core/response/outcome';
import { secretForms } from '../core/auth/redact';
import { redactOutcome } from '../core/response/redactOutcome';
import type { Vocabulary } from '../core/catalog/vocabulary';
import type { HttpClient, SendOptions } from './httpClient';
import { nodeSigningDeps } from './nodeSigningDeps';

export interface EngineOptions {
  /** Normalised base URL (see core/baseUrl). */
  readonly baseUrl: string;
  readonly credentials: Credentials;
  readonly vocabulary: Vocabulary;
  /** Shared so that connections are reused across lookups. */
  readonly http: HttpClient;
  readonly signing?: SigningDeps;
  /**
   * Other credentials the user holds (the rest of the store, the rest of the environment): a server may echo any
   * of them, so their secrets are removed from outcomes too, beside those of `credentials`.
   */
  readonly otherCredentials?: readonly Credentials[];
}

export class LookupEngine {
  private readonly authorize: Authorizer;
  private readonly secrets: readonly string[];

  constructor(private readonly options: EngineOptions) {
    this.authorize = createAuthorizer(options.credentials, options.signing ?? nodeSigningDeps);
    this.secrets = secretForms([options.credentials, ...(options.otherCredentials ?? [])]);
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  get credentialsKind(): Credentials['kind'] {
    return this.options.credentials.kind;
  }

  prepare(request: LookupRequest): PrepareResult {
    return prepareLookup(request, { vocabulary: this.options.vocabulary, auth: this.options.credentials.kind });
  }

  /** The absolute URL a valid request goes to. */
  urlFor(pathAndQuery: string): string {
    return this.options.baseUrl + pathAndQuery;
  }

  /** Validates, then sends; for callers that hold an unchecked request (the CLI, scripts). */
  async lookup(request: LookupRequest, options: SendOptions = {}): Promise<LookupOutcome> {
    const prepared = this.prepare(request);
    if (!prepared.ok) {
      return {
        ok: false,
        issues: prepared.issues,
        error: { kind: 'invalid-input', retryable: false, message: formatIssues(prepared.issues) },
      };
    }
    return this.send(prepared.request, options);
  }

  /**
   * Sends a request already validated for this engine's vocabulary and credential kind (the extension plans every
   * lookup before it sends, so it does not pay for validation twice).
   */
  async send(prepared: PreparedRequest, options: SendOptions = {}): Promise<LookupOutcome> {
    const outcome = await this.options.http.get(this.urlFor(prepared.pathAndQuery), this.authorize, options);
    return redactOutcome(outcome, this.secrets);
  }
}
