/**
 * The engine every surface uses: validate, sign, send, interpret. A request that fails validation is answered
 * with an `invalid-input` error and never reaches the network.
 */
import { createAuthorizer, type Authorizer } from '../core/authorization';
import type { Credentials } from '../core/credentials';
import { formatIssues, prepareLookup, type LookupRequest, type PrepareResult } from '../core/lookupRequest';
import type { SigningDeps } from '../core/oauth1';
import type { LookupOutcome } from '../core/outcome';
import type { Vocabulary } from '../core/vocabulary';
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
}

export class LookupEngine {
  private readonly authorize: Authorizer;

  constructor(private readonly options: EngineOptions) {
    this.authorize = createAuthorizer(options.credentials, options.signing ?? nodeSigningDeps);
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

  async lookup(request: LookupRequest, options: SendOptions = {}): Promise<LookupOutcome> {
    const prepared = this.prepare(request);
    if (!prepared.ok) {
      return {
        ok: false,
        issues: prepared.issues,
        error: { kind: 'invalid-input', retryable: false, message: formatIssues(prepared.issues) },
      };
    }
    return this.options.http.get(this.urlFor(prepared.request.pathAndQuery), this.authorize, options);
  }
}
